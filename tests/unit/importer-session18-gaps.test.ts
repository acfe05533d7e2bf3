import { describe, expect, it } from 'vitest';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Layouts the generic reader read silently wrong at the end of session 18 (issue 13), one rule at a time; each is
// pinned whole by an outlet golden too (outlet-goldens.ts).
const read = (text: string, options = {}) => readGenericLayout(text.split('\n'), [], { dateOrder: 'DMY', languages: ['en'], ...options });

describe('a video\'s caption and credit on one line between paragraphs (OC Media)', () => {
  const line = 'Farmers walking along the highway near Zugdidi. Video: Mariam Nikuradze/OC Media.';

  it('reads the caption\'s sentence and the credit after `Video:`, and leaves the figure out of the body', () => {
    expect(readFactLine(line, [], {})).toEqual({ caption: 'Farmers walking along the highway near Zugdidi.', credit: 'Mariam Nikuradze/OC Media' });
    const header = read(`Farmers block highway\nby Mariam Nikuradze\n12 September 2024\nFarmers blocked the highway on Wednesday.\nBuyers offered ₾3 per kilogram.\n${line}\nPolice diverted traffic.\n`);
    expect(header.body.filter(Boolean)).toEqual(['Farmers blocked the highway on Wednesday.', 'Buyers offered ₾3 per kilogram.', 'Police diverted traffic.']);
  });

  it('reads no credit in a sentence that mentions a video after another sentence', () => {
    expect(readFactLine('The ministry replied. Video: the footage was filmed on Tuesday.', [], {})).toBeUndefined();
    expect(readFactLine('He posted a video: farmers and police on the road.', [], {})).toBeUndefined();
  });
});
