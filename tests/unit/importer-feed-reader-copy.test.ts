import { describe, expect, it } from 'vitest';
import { feedEntryAuthors } from '../../src/importer/feed-entry-line.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';

// A clipping copied from a feed reader (feed-entry-line.ts): the reader's line under the title. Lines written for these
// tests in the readers' layouts; the whole clippings are goldens (outlet-goldens.ts, "Session 19").
describe("a feed reader's line under the title", () => {
  it("names the entry's author, never the feed or the entry's age", () => {
    expect(feedEntryAuthors('OC Media / by Mariam Nikuradze / 2mo')).toEqual(['Mariam Nikuradze']);
    expect(feedEntryAuthors('Civil Georgia / 4y')).toEqual([]);
  });

  it('names no author when the feed signs its entries with its own name, in any letter case', () => {
    expect(feedEntryAuthors('Civil Georgia / by Civil Georgia / 4y')).toEqual([]);
    expect(feedEntryAuthors('France 24 - World News / by FRANCE 24 / 3mo')).toEqual([]);
  });

  it('is no such line without the age at its end, or in a sentence', () => {
    expect(feedEntryAuthors('Georgia / Armenia')).toBeUndefined();
    expect(feedEntryAuthors('Prices rose 5% / 2y')).toBeUndefined();
  });

  // Inoreader prints the date: its dots separate the feed (the paper's site as it brands itself), the paper signing as
  // its own byline with an agency, and the date.
  it("reads Inoreader's line as a date line, the paper's branded site and own byline no author", () => {
    const facts = readFactLine('Le Monde.fr · par Le Monde avec AFP · 22 août 2024 16:35', ['Le Monde'], { languages: ['fr'] });
    expect(facts).toEqual({ date: { text: '22 août 2024 16:35', updated: false } });
  });
});
