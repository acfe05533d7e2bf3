import { describe, expect, it } from 'vitest';
import { isChrome } from '../../src/importer/chrome-lines.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';

// An article copied from PressReader's e-edition of a paper: its line over the article (the paper, the edition's date,
// the page, the byline) was no fact line, so the printed date went unread and the import asked for --date, and the
// distributor's lines under the text were kept as its last paragraphs. Lines written for these tests in PressReader's
// layout; a whole copy is a golden (outlet-goldens.ts, "Session 21").
describe("PressReader's line over an e-edition's article", () => {
  const options = { languages: ['en'] };

  it("gives the edition's date and the byline, never the paper or the page", () => {
    expect(readFactLine('The Guardian · 29 May 2024 · 24 · Nadia Berishvili', ['The Guardian'], options)).toEqual({ date: { text: '29 May 2024', updated: false }, authors: ['Nadia Berishvili'] });
    expect(readFactLine('The Guardian · 29 May 2024 · 24 · By Nadia Berishvili', ['The Guardian'], options)).toMatchObject({ authors: ['Nadia Berishvili'] });
  });

  it('gives the date alone when the page prints no byline', () => {
    expect(readFactLine('Financial Times · 29 May 2024 · 6', ['Financial Times'], options)).toEqual({ date: { text: '29 May 2024', updated: false } });
  });

  it('is no such line without the page number between the date and the byline', () => {
    expect(readFactLine('Politics · 29 May 2024 · Analysis', ['The Guardian'], options)).not.toMatchObject({ authors: ['Analysis'] });
  });

  it("sets the distributor's lines under the text aside", () => {
    expect(isChrome('Printed and distributed by PressReader')).toBe(true);
    expect(isChrome('PressReader.com +1 604 278 4604')).toBe(true);
  });
});
