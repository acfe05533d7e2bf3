import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/importer/content-data.ts';
import { readClipping } from '../../src/importer/read-clipping.ts';
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

describe('the place line of South Asian outlets (the Kathmandu Post, Dawn, the Daily Star)', () => {
  const data = loadContentData(path.resolve('content'));
  const clipping = (place: string) =>
    `Parliament endorses transitional justice bill\nThe bill now goes to the upper house.\nBinod Ghimire\nPublished at : August 14, 2024\n${place}\nThe House on Wednesday endorsed the bill.\nVictims' groups welcomed the vote.\n`;

  it.each(['Kathmandu', 'New Delhi', 'Islamabad', 'Dhaka', 'Colombo'])('reads %s alone under the date as the dateline, out of the body', (place) => {
    const { facts, paragraphs } = readClipping(clipping(place), data, { sourceId: 'civil-georgia', now: new Date('2026-01-01T00:00:00Z') });
    expect(facts.dateline).toBe(place);
    expect(paragraphs).toEqual(['The bill now goes to the upper house.', 'The House on Wednesday endorsed the bill.', "Victims' groups welcomed the vote."]);
    expect(facts.places).toContain(place.toLowerCase().replace(' ', '-'));
  });

  it('finds the places as other languages print them', () => {
    const { facts } = readClipping('Визит в Исламабад\n14 августа 2024\nМинистр прибыл в Исламабад из Катманду и Дакки.\nПереговоры продлятся два дня.\n', data, {
      sourceId: 'civil-georgia',
      now: new Date('2026-01-01T00:00:00Z'),
    });
    expect(facts.places).toEqual(expect.arrayContaining(['islamabad', 'kathmandu', 'dhaka']));
  });
});
