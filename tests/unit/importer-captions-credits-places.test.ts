import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/importer/content-data.ts';
import { readClipping } from '../../src/importer/read-clipping.ts';
import { readDateline } from '../../src/importer/body-facts.ts';
import { isChrome } from '../../src/importer/chrome-lines.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Captions and credits in other outlets' forms (a video's on one line, in Chinese brackets, in square brackets, through
// several agencies), a standfirst over a lone credit, South Asian place lines and page lines. Each was once read
// silently wrong (issue 13); each is pinned whole by an outlet golden too (outlet-goldens.ts).
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

describe('captions between paragraphs and the byline of the Liberty Times', () => {
  it.each([
    ['喬治亞民眾28日晚間聚集在國會大樓外抗議。（美聯社）', '喬治亞民眾28日晚間聚集在國會大樓外抗議。', '美聯社'],
    ['抗議群眾在首都提比里斯揮舞喬治亞與歐盟旗幟。（路透）', '抗議群眾在首都提比里斯揮舞喬治亞與歐盟旗幟。', '路透'],
    ['立法院院會今天三讀通過修正案。（記者王小明攝）', '立法院院會今天三讀通過修正案。', '王小明'],
  ])('reads %s as a caption and its credit', (line, caption, credit) => {
    expect(readFactLine(line, [], {})).toEqual({ caption, credit });
  });

  it('leaves a sentence with other words in brackets after it alone', () => {
    expect(readFactLine('該法將於6月生效。（完）', [], {})).toBeUndefined();
    expect(readFactLine('外交部表示將持續關注。（編輯：陳政偉）', [], {})).toBeUndefined();
  });

  it('leaves the captions between paragraphs out of the body, and reads the byline in square brackets opening the text', () => {
    const header = read(
      '喬治亞國會推翻總統否決\n2024/05/28 21:35\n〔編譯林欣怡／綜合報導〕喬治亞國會28日推翻總統否決。\n批評者認為這項法案仿效俄羅斯。\n喬治亞民眾28日晚間聚集在國會大樓外抗議。（美聯社）\n歐盟表示該法與其價值觀不符。\n',
      { dateOrder: 'YMD', languages: ['zh'] },
    );
    expect(header.authors).toEqual(['林欣怡']);
    expect(header.dateline).toBeUndefined();
    expect(header.body.filter(Boolean)).toEqual(['〔編譯林欣怡／綜合報導〕喬治亞國會28日推翻總統否決。', '批評者認為這項法案仿效俄羅斯。', '歐盟表示該法與其價值觀不符。']);
  });

  it('reads the reporter and the place a domestic story was filed from', () => {
    expect(readDateline('〔記者王小明／台北報導〕立法院今天三讀通過修正案。', { places: new Set(['台北']) })).toEqual({ place: '台北', authors: ['王小明'] });
  });
});

describe('a sentence under the title over a credit alone: the caption, or the standfirst of a photo with none', () => {
  const data = loadContentData(path.resolve('content'));
  const gazeta =
    'Общество\n28 мая 2024, 14:30\nВ Ташкенте откроют ещё три станции метро\nСтроительство участка завершат до конца года, сообщили в хокимияте.\nФото: Gazeta.uz\nВ Ташкенте до конца года откроют ещё три станции.\nНовый участок соединит две станции.\n';

  it('reads it as the caption, as Radio-Canada prints one, and says it may be the standfirst (Gazeta.uz, El Tiempo)', () => {
    const header = read(gazeta, { languages: ['ru'] });
    expect(header).toMatchObject({ caption: 'Строительство участка завершат до конца года, сообщили в хокимияте.', credit: 'Gazeta.uz', captionOrStandfirstLine: 4 });
    const { notes } = readClipping(gazeta, data, { sourceId: 'civil-georgia', now: new Date('2026-01-01T00:00:00Z') });
    expect(notes.join('\n')).toMatch(/^line 4, the sentence under the title over the photo's credit, was read as the photo's caption; papers print their standfirst there too/mu);
  });

  it("reads it as the standfirst, the credit the uncaptioned photo's, when the paper's profile says it prints one there", () => {
    const header = read(gazeta, { languages: ['ru'], standfirstOverPhoto: true });
    expect(header.credit).toBe('Gazeta.uz');
    expect(header.caption).toBeUndefined();
    expect(header.captionOrStandfirstLine).toBeUndefined();
    expect(header.body.filter(Boolean)[0]).toBe('Строительство участка завершат до конца года, сообщили в хокимияте.');
  });

  it('says nothing where the layout tells them apart: the caption under the credit (Le Devoir), or a caption under the date (CNN)', () => {
    const devoir = read(
      'La Géorgie adopte la loi\nDes milliers de manifestants ont défilé mardi soir devant le Parlement\nPhoto: Irakli Gedenidze Reuters\nDes manifestants devant le Parlement géorgien, mardi, à Tbilissi.\nAgence France-Presse\nà Tbilissi\n28 mai 2024\nLe Parlement géorgien a adopté la loi mardi.\nLe texte a été approuvé par 84 députés.\n',
      { languages: ['fr'] },
    );
    expect(devoir.caption).toBe('Des manifestants devant le Parlement géorgien, mardi, à Tbilissi.');
    expect(devoir.captionOrStandfirstLine).toBeUndefined();
    const cnn = read('Georgia passes foreign agents law\nBy Anna Keller, CNN\nUpdated 9:12 AM EDT, Tue May 28, 2024\nProtesters outside parliament in Tbilisi on Tuesday.\nNika Beridze/Reuters\nGeorgia’s parliament passed the law on Tuesday.\nThe vote was 84 to 4.\n');
    expect(cnn.caption).toBe('Protesters outside parliament in Tbilisi on Tuesday.');
    expect(cnn.captionOrStandfirstLine).toBeUndefined();
  });
});

describe('Premium Times: a caption with its labelled credit in square brackets, and the plea under the text', () => {
  it.each([
    ['Senators during plenary at the National Assembly in Abuja [PHOTO CREDIT: @NGRSenate]', 'Senators during plenary at the National Assembly in Abuja', '@NGRSenate'],
    ['Senator Adamu Aliero [PHOTO: Twitter/@NGRSenate]', 'Senator Adamu Aliero', 'Twitter/@NGRSenate'],
  ])('reads %s as the caption and its credit', (line, caption, credit) => {
    expect(readFactLine(line, [], {})).toEqual({ caption, credit });
  });

  it('reads no credit in a sentence with words in square brackets', () => {
    expect(readFactLine('The minister [photo: left] spoke to reporters.', [], {})).toBeUndefined();
  });

  it('leaves the figure between paragraphs and the plea under the text out of the body', () => {
    const header = read(
      "Senate passes bill\nBy Adebayo Olatunji\nMay 28, 2024\nThe Senate on Tuesday passed the bill.\nThe bill scaled third reading.\nSenator Adamu Aliero [PHOTO: Twitter/@NGRSenate]\nThe bill now goes to the House.\nSupport PREMIUM TIMES' journalism of integrity and credibility\nAt Premium Times, we firmly believe in the importance of high-quality journalism. Not everyone can afford costly news subscriptions.\nDonate\n",
    );
    expect(header.body.filter(Boolean)).toEqual(['The Senate on Tuesday passed the bill.', 'The bill scaled third reading.', 'The bill now goes to the House.']);
    expect(isChrome("Support PREMIUM TIMES' journalism of integrity and credibility")).toBe(true);
  });
});

describe('El Tiempo: the desk after a labelled byline word', () => {
  it('reads `Por: Redacción Internacional` as the newsroom, no author', () => {
    expect(isChrome('Por: Redacción Internacional')).toBe(true);
    expect(readFactLine('Por: María Fernanda Ortiz', [], {})).toEqual({ authors: ['María Fernanda Ortiz'] });
  });
});

describe('captions and credits of other outlets\' layouts', () => {
  it.each([
    // the Kyiv Independent: what kind of photo before the label in brackets
    [
      'Ukrainian soldiers near Pokrovsk on Aug. 1, 2024. (Illustrative photo: Serhii Korovainyi/Global Images Ukraine via Getty Images)',
      { caption: 'Ukrainian soldiers near Pokrovsk on Aug. 1, 2024.', credit: 'Serhii Korovainyi/Global Images Ukraine via Getty Images' },
    ],
    // Daily Maverick's composite image: `Photos:`, and `image:` inside the caption is no label
    [
      'Illustrative image: The National Assembly in Cape Town. (Photos: Gallo Images / Brenton Geach)',
      { caption: 'Illustrative image: The National Assembly in Cape Town.', credit: 'Gallo Images / Brenton Geach' },
    ],
    // Dawn's own photographers past a dash
    ['Shops remain closed at Saddar in Karachi on Tuesday. — White Star', { caption: 'Shops remain closed at Saddar in Karachi on Tuesday.', credit: 'White Star' }],
    // and its other credits there: Pakistan's agency, a labelled credit naming who gave the photo
    ['Murad Ali Shah presides over a cabinet meeting in Karachi on Thursday. — APP', { caption: 'Murad Ali Shah presides over a cabinet meeting in Karachi on Thursday.', credit: 'APP' }],
    ['Murad Ali Shah presides over a cabinet meeting on Thursday. — Photo courtesy: Sindh govt', { caption: 'Murad Ali Shah presides over a cabinet meeting on Thursday.', credit: 'Sindh govt' }],
    ['PM Shehbaz Sharif addresses the gathering in Lahore. — Photo courtesy: X/@CMShehbaz', { caption: 'PM Shehbaz Sharif addresses the gathering in Lahore.', credit: 'X/@CMShehbaz' }],
    // Meduza's credit alone, the agencies past spaced slashes
    ['Alexander Zemlianichenko / AP / Scanpix / LETA', { credit: 'Alexander Zemlianichenko / AP / Scanpix / LETA' }],
  ])('reads %s', (line, facts) => {
    expect(readFactLine(line, [], {})).toEqual(facts);
  });
});

// The Jamestown Foundation's record of the series and issue an article ran in, and an institution's press office that
// issued a statement (the EEAS): the page's lines, no body text and no author.
describe('page lines of the Jamestown Foundation and the EEAS', () => {
  it('reads the publication record and the press office as the page\'s, and sentences naming them as text', () => {
    expect(isChrome('Publication: Eurasia Daily Monitor Volume: 21 Issue: 80')).toBe(true);
    expect(isChrome('Eurasia Daily Monitor Volume 21, Issue 80')).toBe(true);
    expect(isChrome('Press and information team of the Delegation to Georgia')).toBe(true);
    expect(isChrome('Пресс-служба МИД России')).toBe(true);
    expect(isChrome('The press office of the Delegation to Georgia said the statement stands.')).toBe(false);
    expect(isChrome('The journal published volume 21 in issue 80.')).toBe(false);
  });

  it("reads `(Source: Civil.ge)` under the header as the photo's credit, and after a paragraph as the author's note", () => {
    const header = read('Georgian Dream Overrides Veto\nBy: Giorgi Menabde\nMay 29, 2024 04:58 PM\n(Source: Civil.ge)\nExecutive Summary:\nThe parliament overrode the veto on Tuesday.\nThe law requires registration.\n(Source: Civil.ge, May 28)\nBrussels responded within hours.\n');
    expect(header).toMatchObject({ credit: 'Civil.ge', authors: ['Giorgi Menabde'] });
    expect(header.caption).toBeUndefined();
    expect(header.body.filter(Boolean)).toEqual(['Executive Summary:', 'The parliament overrode the veto on Tuesday.', 'The law requires registration.', '(Source: Civil.ge, May 28)', 'Brussels responded within hours.']);
  });
});

describe('page lines of Dawn and Daily Maverick', () => {
  it('reads `Updated about 2 hours ago` and `Support Daily Maverick` as the page\'s', () => {
    expect(isChrome('Updated about 2 hours ago')).toBe(true);
    expect(isChrome('Support Daily Maverick')).toBe(true);
    expect(isChrome('The session lasted about 2 hours.')).toBe(false);
  });
});
