import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadContentData } from '../../src/importer/content-data.ts';
import { feedEntryAuthors, printedByFeedReader } from '../../src/importer/feed-entry-line.ts';
import { readClipping } from '../../src/importer/read-clipping.ts';
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
    expect(facts).toEqual({ date: { text: '22 août 2024 16:35', updated: false, readerClock: true } });
  });
});

// Inoreader prints the entry's time on the reader's clock, in the zone of the browser that showed it, which the copy does
// not name: the paper's zone would read it hours off, and on another day.
describe("a feed reader's time", () => {
  const data = loadContentData(path.resolve('content'));
  const clipping = 'Night train to Batumi\nGeorgia Today · by Ana Dumbadze · Jun 4, 2024 23:20\nThe Georgian Railway will launch a night train.\nTickets go on sale on Wednesday.\n';
  const now = new Date('2026-01-01T00:00:00Z');

  it('is refused without the reader\'s zone, naming the line and --reader-time-zone', () => {
    expect(() => readClipping(clipping, data, { sourceId: 'civil-georgia', now })).toThrow(
      expect.objectContaining({ line: 2, fix: expect.stringContaining('--reader-time-zone ZONE') }),
    );
  });

  it("is read in the reader's zone, keeping its offset, with a note when it is not the paper's", () => {
    const { facts, notes } = readClipping(clipping, data, { sourceId: 'civil-georgia', readerTimeZone: 'America/New_York', now });
    expect(facts.published).toBe('2024-06-04T23:20:00-04:00');
    expect(facts.printedDate).toBe('Jun 4, 2024 23:20');
    expect(notes.join('\n')).toMatch(/^line 2: the feed reader's time "Jun 4, 2024 23:20" was read in America\/New_York/mu);
    expect(readClipping(clipping, data, { sourceId: 'civil-georgia', readerTimeZone: 'Asia/Tbilisi', now }).notes).toEqual([]);
  });

  it('is no reader\'s line without the byline between the dots', () => {
    expect(printedByFeedReader('Georgia Today · by Ana Dumbadze · Jun 4, 2024 14:20')).toBe(true);
    expect(printedByFeedReader('News · Jun 4, 2024 14:20')).toBe(false);
    expect(printedByFeedReader('By Ana Dumbadze · Jun 4, 2024 14:20')).toBe(false);
  });
});
