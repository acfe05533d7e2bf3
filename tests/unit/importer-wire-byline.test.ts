import { describe, expect, it } from 'vitest';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Wire copy republished as the wire sent it, its reporter's name over the text (wire-byline.ts).
// Texts written for these tests.
const read = (text: string) => readGenericLayout(text.split('\n'), [], { dateOrder: 'MDY', languages: ['en'] });
const text = ['Georgia\'s parliament on Tuesday overrode a presidential veto of the law.', 'The ruling party has a comfortable majority in the chamber.'];

describe('the wire\'s byline over a text whose dateline credits the agency', () => {
  it('reads the reporter\'s name there as the byline, in place of the agency alone, and leaves it out of the body', () => {
    expect(read(`Parliament overrides veto\nBy AFP\nPublished May 28, 2024\nDemonstrators outside parliament in Tbilisi - Copyright AFP Vano SHLAMOV\nIrakli METREVELI\nTbilisi (AFP) - ${text.join('\n')}\n`)).toMatchObject({
      authors: ['Irakli METREVELI'],
      dateline: 'Tbilisi',
      body: [`Tbilisi (AFP) - ${text[0]}`, text[1]],
    });
  });

  it('reads the agency\'s name alone there as its credit line, under a byline that names the reporter', () => {
    expect(read(`Parliament overrides veto\nBy Irakli Metreveli\nPublished May 28, 2024\nAFP\nTbilisi (AFP) - ${text.join('\n')}\n`)).toMatchObject({
      authors: ['Irakli Metreveli'],
      body: [`Tbilisi (AFP) - ${text[0]}`, text[1]],
    });
  });

  it('leaves a line of names over a dateline that credits no agency in the text', () => {
    expect(read(`Parliament overrides veto\nBy AFP\nPublished May 28, 2024\nDemonstrators outside parliament in Tbilisi - Copyright AFP Vano SHLAMOV\nIrakli METREVELI\nTBILISI, May 28 - ${text.join('\n')}\n`)).toMatchObject({
      authors: ['AFP'],
      body: ['Irakli METREVELI', `TBILISI, May 28 - ${text[0]}`, text[1]],
    });
  });
});
