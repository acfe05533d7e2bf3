import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/importer/content-data.ts';
import { readClipping } from '../../src/importer/read-clipping.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Lines that look like other lines: a compilation's sub-heading under a lone photo credit (no caption), a later photo's
// caption and credit between paragraphs, an update's note set into the text, a byline's `By` alone over the name. Each
// was once read silently wrong or refused (issue 13); each is pinned whole by an outlet golden too (outlet-goldens.ts).
const read = (text: string, mastheads: string[] = []) => readGenericLayout(text.split('\n'), mastheads, { dateOrder: 'DMY', languages: ['en'] });

describe('a compilation under a lone photo credit', () => {
  it('keeps the first sub-heading of a "News in Brief" in the text, not as the photo\'s caption', () => {
    const header = read(
      'News in Brief: 12 June\n12 June, 2024\nImage source: Georgia Today\nBus Fare Rises in Tbilisi\nThe fare will rise in September.\nAirport Breaks Passenger Record\nThe airport served 64,000 passengers in May.\n',
    );
    expect(header.caption).toBeUndefined();
    expect(header.credit).toBe('Georgia Today');
    expect(header.body.filter(Boolean)).toEqual(['Bus Fare Rises in Tbilisi', 'The fare will rise in September.', 'Airport Breaks Passenger Record', 'The airport served 64,000 passengers in May.']);
  });

  it('still reads a caption printed once under the credit, over the text (RIA)', () => {
    const header = read('Parliament overrides the veto\n28 May, 2024\nImage source: Georgia Today\nThe parliament building in Tbilisi\nThe parliament voted.\nThe law takes effect in June.\n');
    expect(header).toMatchObject({ caption: 'The parliament building in Tbilisi', credit: 'Georgia Today' });
  });

  it('still reads a caption written as a sentence under the credit when the text\'s own sub-headings follow', () => {
    const header = read(
      'Parliament Overrides Veto\n5 June, 2024\nImage source: Parliament of Georgia\nThe plenary hall of the parliament in Tbilisi\nThe parliament voted.\nThe law abolishes the quota.\nWhat Happens Next\nThe speaker will sign the law.\n',
    );
    expect(header).toMatchObject({ caption: 'The plenary hall of the parliament in Tbilisi', credit: 'Parliament of Georgia' });
    expect(header.body).toContain('What Happens Next');
  });
});

describe('a later photo\'s caption and credit between paragraphs (Reuters)', () => {
  it('reads the kind of photo or its pool after the photographer as part of the credit', () => {
    for (const credit of ['REUTERS/Irakli Gedenidze/File Photo', 'REUTERS/Yves Herman/Pool', 'REUTERS/Yves Herman/AFP']) {
      expect(readFactLine(`Demonstrators hold flags in Tbilisi, Georgia, May 28, 2024. ${credit} Purchase Licensing Rights, opens new tab`, [], {}), credit).toEqual({
        caption: 'Demonstrators hold flags in Tbilisi, Georgia, May 28, 2024.',
        credit,
      });
    }
  });

  it('reads a credit of any form before Reuters\' licensing link, which is the page\'s', () => {
    for (const credit of ['Yves Herman/Pool via REUTERS', 'Georgian Government Administration/Handout via REUTERS']) {
      expect(readFactLine(`Kobakhidze attends a meeting in Brussels, Belgium, May 22, 2024. ${credit} Purchase Licensing Rights, opens new tab`, [], {}), credit).toEqual({
        caption: 'Kobakhidze attends a meeting in Brussels, Belgium, May 22, 2024.',
        credit,
      });
    }
  });

  it('leaves such a photo out of the body', () => {
    const header = read(
      "Georgia's president vetoes election code amendments\nBy Anna Keller\nJune 4, 2024 5:42 PM GMT+4\nTBILISI, June 4 (Reuters) - The president vetoed the amendments.\nParliament can override the veto.\nDemonstrators hold flags in Tbilisi, Georgia, May 28, 2024. REUTERS/Irakli Gedenidze/File Photo Purchase Licensing Rights, opens new tab\nThe amendments are the latest in a series.\n",
    );
    expect(header.body.filter(Boolean)).toEqual(['TBILISI, June 4 (Reuters) - The president vetoed the amendments.', 'Parliament can override the veto.', 'The amendments are the latest in a series.']);
  });
});

describe('a caption and its credit past a slash (El País)', () => {
  it('reads the photographer with the agency in brackets as the credit, not part of the caption', () => {
    expect(readFactLine('Margvelashvili saluda a sus seguidores en Tiflis, el domingo. / DAVID MDZINARISHVILI (REUTERS)', [], {})).toEqual({
      caption: 'Margvelashvili saluda a sus seguidores en Tiflis, el domingo.',
      credit: 'DAVID MDZINARISHVILI (REUTERS)',
    });
    expect(readFactLine('Manifestantes en Tiflis. / ULY MARTÍN (REUTERS / EFE)', [], {})).toEqual({ caption: 'Manifestantes en Tiflis.', credit: 'ULY MARTÍN (REUTERS / EFE)' });
  });
});

describe('a video\'s credit between paragraphs (OC Media)', () => {
  it('reads `Video: Name/OC Media.` on its line as a figure\'s credit, which leaves the body', () => {
    expect(readFactLine('Video: Mariam Nikuradze/OC Media.', [], {})).toEqual({ credit: 'Mariam Nikuradze/OC Media' });
    const header = read('Thousands march in Tbilisi\nby Mariam Nikuradze\n5 June 2024\nThousands of people marched on Wednesday.\nThe march ended outside parliament.\nVideo: Mariam Nikuradze/OC Media.\nThe amendments passed on Tuesday.\n');
    expect(header.body.filter(Boolean)).toEqual(['Thousands of people marched on Wednesday.', 'The march ended outside parliament.', 'The amendments passed on Tuesday.']);
  });

  it('reads no credit in a sentence about a video', () => {
    expect(readFactLine('He posted a video: the minister said so.', [], {})).toBeUndefined();
    expect(readFactLine('Video: Protesters clash with police outside parliament', [], {})).toBeUndefined();
  });
});

describe('an update\'s note set into the text (Civil Georgia)', () => {
  const note = 'Update (June 6, 14:10): One of the activists was detained again.';
  const top = `Activists Released After Overnight Detention\n05/06/2024 - 11:40\n${note}\nThree activists were released on June 5.\nThe EU Monitoring Mission raised the case.\n`;
  const bottom = `Activists Released After Overnight Detention\n05/06/2024 - 11:40\nThree activists were released on June 5.\nThe EU Monitoring Mission raised the case.\n${note}\n`;

  it('dates the update from its bracket, at the top or under the text, and stays in the body', () => {
    for (const text of [top, bottom]) {
      const header = read(text);
      expect(header.updated).toEqual({ text: 'June 6, 14:10', line: text.split('\n').indexOf(note) + 1 });
      expect(header.body).toContain(note);
    }
  });

  it('reads the update in the year of the article\'s date and the paper\'s zone', () => {
    const data = loadContentData(path.resolve('content'));
    const { facts, paragraphs } = readClipping(bottom, data, { sourceId: 'civil-georgia', now: new Date('2026-01-01T00:00:00Z') });
    expect(facts.published).toBe('2024-06-05T11:40:00+04:00');
    expect(facts.dateModified).toBe('2024-06-06T14:10:00+04:00');
    expect(paragraphs.at(-1)).toBe(note);
  });
});

describe('a byline\'s `By` alone over the name, and two topics under `In:` (CBS News)', () => {
  const text =
    "Georgia's president vetoes election code changes\nBy\nAnna Keller\nJune 4, 2024 / 11:05 AM EDT / CBS News\nLondon — The president vetoed the changes on Tuesday.\nParliament can override the veto.\nAnna Keller\nAnna Keller is a CBS News reporter based in London.\nIn:\nGeorgia\nElections\n";

  it('reads the name under `By` as the byline, and `By` stays out of the body', () => {
    const header = read(text, ['CBS News']);
    expect(header).toMatchObject({ authors: ['Anna Keller'], title: "Georgia's president vetoes election code changes" });
    expect(header.body).not.toContain('By');
  });

  it('ends the text at the author\'s box over `In:` and its topics', () => {
    expect(read(text, ['CBS News']).body.filter(Boolean)).toEqual(['London — The president vetoed the changes on Tuesday.', 'Parliament can override the veto.']);
  });
});
