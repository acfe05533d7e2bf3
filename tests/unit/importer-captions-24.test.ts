import { describe, expect, it } from 'vitest';
import { readHeaderCaption } from '../../src/importer/header-caption.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { readCaptionOverText } from '../../src/importer/photo-credit-lines.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Session 24: captions, credits, update labels and bylines under the text of African and Central Asian outlets whose
// clippings were read silently wrong (issue 13), each rule alone; each clipping is pinned whole by a golden too (outlet-goldens.ts).
const read = (text: string, options = {}) => readGenericLayout(text.split('\n'), [], { dateOrder: 'DMY', languages: ['fr'], ...options });

describe("the mark of an uncredited photo in brackets after the caption's sentence (Fraternité Matin: `(DR)`)", () => {
  it('reads the caption and `DR` as its credit', () => {
    expect(readHeaderCaption('Le ministre des Transports, Amadou Koné, à Anyama. (DR)')).toEqual({ caption: 'Le ministre des Transports, Amadou Koné, à Anyama.', credit: 'DR' });
  });

  it('reads no credit from other capitals in brackets', () => {
    expect(readHeaderCaption('Les troupes de la MONUSCO quittent le Sud-Kivu. (RDC)')).toBeUndefined();
  });
});

describe('a labelled credit glued to its caption by a slash (Actualite.cd: `…/Ph. ACTUALITE.CD`)', () => {
  it('reads the caption and the credit, without the abbreviated label', () => {
    expect(readFactLine('Le boulevard Lumumba à Kinshasa/Ph. ACTUALITE.CD', [], {})).toEqual({ caption: 'Le boulevard Lumumba à Kinshasa', credit: 'ACTUALITE.CD' });
    expect(readFactLine('La route Kasenga à Lubumbashi/Photo : Radio Okapi', [], {})).toEqual({ caption: 'La route Kasenga à Lubumbashi', credit: 'Radio Okapi' });
  });

  it("reads no credit from a doctor's title", () => {
    expect(readFactLine('Jean Mbala, Ph. D. en géologie', [], {})?.credit).toBeUndefined();
  });
});

describe("the archive a photo came from after its label (Kaktus.media: `Фото из архива Kaktus.media`)", () => {
  it('reads the words after the label as the credit, by name or address', () => {
    expect(readFactLine('Фото из архива Kaktus.media', [], {})).toEqual({ credit: 'из архива Kaktus.media' });
    expect(readFactLine('Фото из архива 24.kg', [], {})).toEqual({ credit: 'из архива 24.kg' });
  });

  it('reads no credit from a sentence that opens with the words', () => {
    expect(readFactLine('Фото из архива семьи показывает дом до пожара', [], {})?.credit).toBeUndefined();
  });
});

describe('the word for a file photo past a dash after the caption (Echorouk: `… - أرشيف`)', () => {
  it('reads the caption and the word as its credit', () => {
    expect(readCaptionOverText('ترامواي سطيف - أرشيف')).toEqual({ caption: 'ترامواي سطيف', credit: 'أرشيف' });
  });

  it('reads no credit from other words past a dash', () => {
    expect(readCaptionOverText('ترامواي سطيف - الجزائر')).toBeUndefined();
  });
});

describe('the bare Arabic label of an update (Echorouk: `تحديث:`)', () => {
  it('reads the date under it as the update, not a line of the text', () => {
    const header = read('تسليم مشروع توسعة ترامواي سطيف قبل نهاية السنة\nعبد الحكيم مسعودي\n2024/05/28 16:42\nتحديث: 2024/05/28 17:05\nأعلنت مؤسسة مترو الجزائر، الثلاثاء، أن المشروع سيسلم قبل نهاية السنة.\nوأوضح مدير المشروع أن التوسعة تضم سبع محطات.', { dateOrder: 'YMD', languages: ['ar'] });
    expect(header.updated?.text).toBe('2024/05/28 17:05');
    expect(header.body.join('\n')).not.toContain('تحديث');
  });
});

describe("the reporter's name alone under the text, where the paper prints no byline above (Actualite.cd, Daryo)", () => {
  const page = (closing: string) =>
    `RDC : le boulevard Lumumba fermé pour trois semaines\nPublié le mar 28/05/2024 - 16:42\nL'Office des voiries et drainage a annoncé mardi la fermeture partielle du boulevard Lumumba.\nLes automobilistes sont invités à emprunter l'avenue By-Pass.\n${closing}`;

  it('reads it as the byline, leaves it out of the text and says which line it read', () => {
    const header = read(page('Christine Tshibuyi'));
    expect(header.authors).toEqual(['Christine Tshibuyi']);
    expect(header.body.at(-1)).toBe("Les automobilistes sont invités à emprunter l'avenue By-Pass.");
    expect(header.closingByline).toEqual({ line: 5 });
  });

  it("reads it under the photo's labelled credit, which is the page's (Daryo)", () => {
    const header = read(page('Foto: Toshkent metropoliteni\nJasur Abdullayev'));
    expect(header.authors).toEqual(['Jasur Abdullayev']);
    expect(header.body.at(-1)).toBe("Les automobilistes sont invités à emprunter l'avenue By-Pass.");
    expect(header.closingByline).toEqual({ line: 6, creditLine: 5 });
  });

  it('leaves a place the gazetteer knows, and a name under a line that runs on, in the text', () => {
    const place = read(page('Addis Ababa'), { places: new Set(['Addis Ababa']) });
    expect(place.authors).toEqual([]);
    expect(place.body.at(-1)).toBe('Addis Ababa');
    const runsOn = read(page('Selon le ministre\nChristine Tshibuyi'));
    expect(runsOn.authors).toEqual([]);
    expect(runsOn.body.at(-1)).toBe('Christine Tshibuyi');
  });
});

describe('a name alone under the date, over a labelled credit of words (24.kg)', () => {
  it('reads the name as the byline, not as the caption', () => {
    const header = read('В Бишкеке на 12 маршрутах появятся электробусы\n28 мая 2024 16:42\nАнна Кравченко\nФото из архива 24.kg\n24.kg, БИШКЕК - В Бишкеке до конца года на 12 маршрутах появятся электробусы. Об этом сообщили в мэрии.\nПервые 60 электробусов поступят в сентябре.', { languages: ['ru'] });
    expect(header.authors).toEqual(['Анна Кравченко']);
    expect(header.caption).toBeUndefined();
    expect(header.credit).toBe('из архива 24.kg');
  });
});

describe("a dateline in capitals under the headline whose place the site's menu prints as a section (the Himalayan Times)", () => {
  const menu = 'Skip to main content\nHome\nWorld\nPolitics\nBusiness\nSport\n';
  const page = 'The Himalayan Times\nKathmandu\nWork on Kalanki-Basundhara ring road section to resume next week\nPublished: 04:42 pm May 28, 2024\nHimalayan News Service\nKATHMANDU, MAY 28\nThe Department of Roads will resume the expansion of the section next week.\nOfficials said around 70 per cent of the work had been completed so far.';

  it('reads it as the dateline in a copy of the whole page too', () => {
    expect(read(page, { dateOrder: 'MDY', languages: ['en'] }).dateline).toBe('KATHMANDU');
    expect(read(`${menu}${page}`, { dateOrder: 'MDY', languages: ['en'] }).dateline).toBe('KATHMANDU');
  });

  it("still takes a section printed beside the date as the menu prints it for the page's", () => {
    expect(read(`${menu}${page.replace('KATHMANDU, MAY 28', 'Kathmandu, May 28')}`, { dateOrder: 'MDY', languages: ['en'] }).dateline).toBeUndefined();
  });
});
