import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useWorkspace } from './importer-harness.ts';

// Session 18's saved pages (text written for these tests, each site's markup as it serves it): the
// expected files were checked fact by fact against the pages, the bodies against their paragraphs.
const ARCHIVES = path.resolve('tests/fixtures/web-archives');
const SAVED = path.resolve('tests/fixtures/saved-pages');

const expectGolden = (target: string | undefined, file: string) =>
  expect(readFileSync(target!, 'utf8')).toBe(readFileSync(file.replace(/\.html$/u, '.expected.md'), 'utf8'));

describe("a Wayback Machine capture of a 2009 table layout", () => {
  const workspace = useWorkspace();
  const page = path.join(ARCHIVES, 'wayback-civil-ge-2009-table.html');
  const html = readFileSync(page, 'utf8');

  // Civil Georgia in 2009: the headline, the date and the byline in <font>s, each ended by one <br>, then the text as
  // loose lines of its <td>, the first ended by one <br>, the others by two; `Print | E-mail to a friend` under it.
  // Readability read only what two <br>s enclose: without the first paragraph, the date and the byline.
  it('reads every line of its cell: the date, the byline, the first paragraph, the title without the site name', async () => {
    const [result] = await workspace.run([page]);
    expect(result!.error).toBeUndefined();
    expectGolden(result!.target, page);
  });

  // Readability takes the <title> for the headline of a page without an <h1>: with a site name of three words or more
  // it kept the whole <title>, or took the site's name for the headline.
  it.each([
    'Civil Georgia Daily News Online | Opposition Marks Fifty Days of Rallies Outside Parliament',
    'Opposition Marks Fifty Days of Rallies Outside Parliament :: Civil Georgia News Service',
  ])('takes the headline its text prints first, not the <title> "%s"', async (title) => {
    const retitled = html.replace(/<title>[^<]*<\/title>/u, `<title>${title}</title>`);
    const [result] = await workspace.run([workspace.input('retitled.html', retitled)], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article!.title).toBe('Opposition Marks Fifty Days of Rallies Outside Parliament');
  });
});

describe('a post of a Tilda site', () => {
  const workspace = useWorkspace();

  // Tilda's feed (tilda.cc, "Webpage, HTML only" at /tpost/…): the post in the feed's popup after the page's records,
  // its cover above the headline with the caption beside it, the date in a <span>, the text's paragraphs ended by
  // `<br /><br />` in `t-redactor__text` blocks beside an <h2>; the menu and `Made on Tilda` outside it. The page's text
  // was its menu and label; the paper's zone is not on the page.
  it('reads the post in its popup: headline, date, cover caption and credit, byline, every paragraph and subheading', async () => {
    const page = path.join(SAVED, 'tilda-feed-post.html');
    const [result] = await workspace.run([page], { timeZone: 'Asia/Tbilisi' });
    expect(result!.error).toBeUndefined();
    expectGolden(result!.target, page);
  });
});
