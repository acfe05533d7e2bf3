import { describe, expect, it } from 'vitest';
import { readFactLine } from '../../src/importer/line-facts.ts';

// After a byline's names and a comma, the outlet the writer works for is no second author.
describe('a paper\'s name after the byline\'s comma', () => {
  const english = { languages: ['en'] };
  it('reads a paper whose name opens with `The` as the outlet, whatever the source', () => {
    expect(readFactLine('By Anna Keller, The Guardian', [], english)).toEqual({ authors: ['Anna Keller'] });
    expect(readFactLine('By Anna Keller and Giorgi Lomidze, The Washington Post', [], english)).toEqual({ authors: ['Anna Keller', 'Giorgi Lomidze'] });
  });
  it('reads the paper\'s own name there as the outlet', () => {
    expect(readFactLine('By Anna Keller, Civil Georgia', ['Civil Georgia'], english)).toEqual({ authors: ['Anna Keller'] });
    // Joined to the last name with no comma, as before.
    expect(readFactLine('By Landon Mion Fox News', ['Fox News'], english)).toEqual({ authors: ['Landon Mion'] });
  });
  it('still reads a second name, or a place, after the comma', () => {
    expect(readFactLine('By Anna Keller, Giorgi Lomidze', ['Civil Georgia'], english)).toEqual({ authors: ['Anna Keller', 'Giorgi Lomidze'] });
    expect(readFactLine('By Anna Keller, Tbilisi', [], english)).toEqual({ authors: ['Anna Keller'], dateline: 'Tbilisi' });
  });
});
