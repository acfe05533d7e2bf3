import { expect, it } from 'vitest';
import { readByline } from '../../src/importer/byline-lines.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';

// Names with their particles in lower case (name-particles.ts), in bylines and photo credits. Lines written for these tests.
it('reads a name whose particle is joined to it by a hyphen as a byline\'s name, and a particle alone opening none', () => {
  expect(readByline('By Essam al-Sudani')).toEqual({ authors: ['Essam al-Sudani'] });
  expect(readByline('Par Rania el-Khoury')).toEqual({ authors: ['Rania el-Khoury'] });
  expect(readByline('By Ahmed al-Khatib and Peter de Jong')).toEqual({ authors: ['Ahmed al-Khatib', 'Peter de Jong'] });
  // An English phrase with `at` or `as` is no name: those particles count only joined.
  expect(readByline('By Ana at Home')).toBeUndefined();
});

it('reads a photographer with a particle before the agency in square brackets as the credit, under the caption', () => {
  expect(readFactLine('Residents wade through a flooded street in Amarah [Essam al-Sudani/Reuters]', [], { languages: ['en'] })).toEqual({
    caption: 'Residents wade through a flooded street in Amarah',
    credit: 'Essam al-Sudani/Reuters',
  });
  expect(readFactLine('Fietsers op de Dam in Amsterdam [Peter de Jong/ANP]', [], { languages: ['nl'] })).toEqual({ caption: 'Fietsers op de Dam in Amsterdam', credit: 'Peter de Jong/ANP' });
});
