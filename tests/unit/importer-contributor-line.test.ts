import { describe, expect, it } from 'vitest';
import { creditedAuthors } from '../../src/importer/body-facts.ts';

// AP's closing line names the writers who contributed, each with the place they wrote from.
describe('the writers a `contributed to this report` line names', () => {
  it('reads a writer whose city is printed with its country (`in Tallinn, Estonia,`)', () => {
    expect(creditedAuthors('Associated Press writer Dasha Litvinova in Tallinn, Estonia, contributed to this report.')).toEqual(['Dasha Litvinova']);
  });

  it('reads two writers, each with a city and its country', () => {
    expect(creditedAuthors('Associated Press writers Dasha Litvinova in Tallinn, Estonia, and Jim Heintz in Kyiv, Ukraine, contributed to this report.')).toEqual(['Dasha Litvinova', 'Jim Heintz']);
  });

  it('still reads a writer with a city alone', () => {
    expect(creditedAuthors('Associated Press writer Daniel Whitcombe in Moscow contributed to this report.')).toEqual(['Daniel Whitcombe']);
  });
});
