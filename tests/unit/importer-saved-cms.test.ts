import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { monthNamed } from '../../src/importer/date-names.ts';
import { datedLinesAbove } from '../../src/importer/lines-above-headline.ts';
import { useWorkspace } from './importer-harness.ts';
import { useOutletSources } from './outlet-goldens.ts';

// Session 16's saved pages, as their CMSs print them (text written for these tests): each expected
// file was checked fact by fact against the page, the body against its paragraphs; hashes by sha256sum.
const PAGES = path.resolve('tests/fixtures/pages');

const expectGolden = (target: string | undefined, name: string) =>
  expect(readFileSync(target!, 'utf8')).toBe(readFileSync(path.join(PAGES, `${name}.expected.md`), 'utf8'));

describe('saved pages of session 16\'s CMSs, of papers the archive knows', () => {
  const workspace = useWorkspace();
  useOutletSources(workspace);

  // Hetq (Armenian, Open Graph only, no date in its metadata): the photo and its caption above the headline,
  // then the section and `11:20, 11 հունիսի 2024` (the month in the genitive), the author's name under the
  // text, `Կարդացեք նաև` between paragraphs. Its paper is found by the page's host; the page is read as a clipping.
  // Kavkazsky Uzel (1C-Bitrix, Chrome's "Webpage, Single File" .mhtml, quoted-printable): no date in its metadata,
  // `11 июня 2024, 14:05` above the headline beside the region, today's date in the site's header, a cookie
  // warning, `Читайте также` between paragraphs, `Автор: …; источник: …` under the text, share bar and topics.
  it.each([
    ['hetq-og-only', 'html'],
    ['kavkaz-uzel-bitrix-single-file', 'mhtml'],
  ])('%s', async (name, extension) => {
    const [result] = await workspace.run([path.join(PAGES, `${name}.${extension}`)]);
    expect(result!.error).toBeUndefined();
    expectGolden(result!.target, name);
  });
});

describe('what the saved pages of session 16 taught the reader', () => {
  it('reads an Armenian month in the genitive a day takes (`11 հունիսի 2024`), and still the nominative', () => {
    expect(monthNamed('հունիսի', ['hy'])).toBe(6);
    expect(monthNamed('Մայիս', ['hy'])).toBe(5);
  });

  it('takes the date printed just above the headline, never the site header\'s date of today', () => {
    const { document } = parseHTML(
      '<html><body><header><div class="today">Երեքշաբթի, 11 հունիսի 2024</div></header><main><div class="meta"><a>Տարածաշրջան</a><span>11:20, 10 հունիսի 2024</span></div><h1>Title</h1><p>Text.</p></main></body></html>',
    );
    expect(datedLinesAbove(document as unknown as Document, document.querySelector('h1') as unknown as Element)).toEqual(['11:20, 10 հունիսի 2024']);
    // Nothing between the site's header and the headline: no date of the article's.
    const bare = parseHTML('<html><body><header><div>Երեքշաբթի, 11 հունիսի 2024</div></header><h1>Title</h1><p>Text.</p></body></html>').document;
    expect(datedLinesAbove(bare as unknown as Document, bare.querySelector('h1') as unknown as Element)).toEqual([]);
  });
});
