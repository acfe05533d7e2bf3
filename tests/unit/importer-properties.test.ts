import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { resolvePrintedDate } from '../../src/importer/dates.ts';
import { DateError } from '../../src/importer/read-date.ts';
import { renderArticleMarkdown } from '../../src/markdown/article-markdown.ts';
import { PARAGRAPH_LINK_SELECTOR } from '../../src/markdown/rehype-paragraph-ids.ts';
import { useWorkspace } from './importer-harness.ts';

// Properties over generated input: the words of any clipping body reach the rendered page intact
// and in order, and no input whatsoever makes the importer fail other than by a clear refusal.

/** Printable Unicode: letters, marks, numbers, punctuation, symbols and spaces, astral planes included. */
const printable = fc
  .integer({ min: 0x20, max: 0x2ffff })
  .map((code) => String.fromCodePoint(code))
  .filter((char) => /^[\p{L}\p{M}\p{N}\p{P}\p{S}\p{Zs}]$/u.test(char));
/** Markdown's and HTML's special characters, often, so escaping is really exercised. */
const special = fc.constantFrom(...'*_[]()#<>`\\&!|~-+=:;"\'/.1234567890 '.split(''), '&amp;', '<script>', '</p>', '&#65;', '    ', '\u00a0');
const paragraph = fc
  .array(fc.oneof(printable, special), { minLength: 1, maxLength: 60 })
  .map((parts) => parts.join(''))
  .filter((text) => /[^\s]/u.test(text) && !/Photo:/.test(text));

const words = (text: string) => text.split(/\s+/u).filter(Boolean);

const HEADER = "A Title\nCivil Georgia, Tbilisi / 15 Nov.'17 / 12:31\n\n";

describe('property: import then render keeps every word in order', () => {
  const workspace = useWorkspace();

  it('for any printable Unicode paragraphs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(paragraph, { minLength: 1, maxLength: 6 }), async (paragraphs) => {
        const input = workspace.input('clip.txt', `${HEADER}${paragraphs.join('\n\n')}\n`);
        const [result] = await workspace.run([input], { dryRun: true });
        expect(result!.error).toBeUndefined();
        // The site's own pipeline, as article pages render it.
        const code = await renderArticleMarkdown(result!.article!.body);
        const { document } = parseHTML(`<!doctype html><html><body>${code}</body></html>`);
        // Each paragraph's link to itself (¶) is the site's, not the clipping's.
        for (const link of document.querySelectorAll(PARAGRAPH_LINK_SELECTOR)) link.remove();
        const rendered = [...document.querySelectorAll('p')].map((p) => p.textContent ?? '');
        // One <p> per paragraph, nothing else: no heading, list, code block or raw HTML sneaks in.
        expect(document.body.children.length).toBe(paragraphs.length);
        // The importer reads text composed (NFC): a decomposed or singleton form is the same text.
        expect(rendered.map(words)).toEqual(paragraphs.map((paragraph) => words(paragraph.normalize('NFC'))));
      }),
      { numRuns: 150 },
    );
  });
});

describe('property: no input makes the importer throw', () => {
  const workspace = useWorkspace();
  const lines = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), paragraph, fc.constantFrom('', 'The messenger logo', 'By Someone', 'Friday, March 8', "Civil Georgia, Tbilisi / 15 Nov.'17 / 12:31", 'x Photo: y', '---', 'title: x')), { maxLength: 12 });

  it('for arbitrary bytes and arbitrary clipping-like text, every outcome is a result, never an internal error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 300 }), lines.map((list) => new TextEncoder().encode(list.join('\n')))),
        fc.constantFrom('clip.txt', 'clip.md', 'clip.html'),
        fc.option(fc.constantFrom('civil-georgia', 'the-messenger'), { nil: undefined }),
        async (bytes, name, sourceId) => {
          const [result] = await workspace.run([workspace.input(name, bytes)], { dryRun: true, sourceId });
          expect(['imported', 'failed']).toContain(result!.status);
          if (result!.status === 'failed') {
            expect(result!.error!.internal).toBeUndefined();
            expect(result!.error!.fix.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads any date line either as a date or with a DateError, nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom("15 Nov.'17 / 12:31", 'Friday, March 8', 'Feb 30, 2019', '2019-13-01', '99.99.9999', 'March 8, 2019 99:99', 'March 8, 2019 1:00 +99:00')), (text) => {
        try {
          resolvePrintedDate(text, { timeZone: 'Asia/Tbilisi', year: 2019 });
        } catch (error) {
          expect(error).toBeInstanceOf(DateError);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
