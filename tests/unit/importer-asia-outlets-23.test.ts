import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/importer/body-facts.ts';
import { bracketedSignature } from '../../src/importer/bracketed-signature.ts';
import { isControl } from '../../src/importer/chrome-lines.ts';
import { zoneOfCountryDomain } from '../../src/importer/country-domain-zone.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Session 23: Asian, Gulf and Dutch outlets' lines once read silently wrong (issue 13), each pinned whole by an outlet golden
// too (outlet-goldens.ts), and the owner's two rules: a signature in full-width brackets closing the text, and a new
// paper's zone told by its host's country code.
const read = (text: string, languages: string[]) => readGenericLayout(text.split('\n'), [], { languages });

describe('the link to the section\'s list under the text (Jiji Press)', () => {
  it('reads `【経済記事一覧へ】` as the page\'s', () => {
    expect(isControl('【経済記事一覧へ】')).toBe(true);
    expect(isControl('【国際記事一覧へ】')).toBe(true);
  });

  it('leaves a bracketed label that opens a text or a heading in brackets', () => {
    expect(isControl('【速報】ＪＲ東海が臨時列車を増発')).toBe(false);
    expect(isControl('【解説】')).toBe(false);
  });
});

describe('the section over the date, past the page\'s separators (NOS)', () => {
  const clipping = (section: string) =>
    `NS rijdt vanaf december vaker tussen Utrecht en Amsterdam\n${section}\n•\n28 mei 2024 16:42\n•\nAangepast 28 mei 2024 17:10\nNS gaat vanaf december vaker rijden tussen Utrecht en Amsterdam, meldt de vervoerder.\nReizigersorganisatie Rover is blij met de plannen.`;

  it('leaves `Binnenland` out of the body', () => {
    expect(read(clipping('Binnenland'), ['nl']).body[0]).toBe('NS gaat vanaf december vaker rijden tussen Utrecht en Amsterdam, meldt de vervoerder.');
  });

  it('keeps a standfirst there, which is a sentence, and a word right over the date, with no separator between', () => {
    expect(read(clipping('De vervoerder zet in de spits meer treinen in.'), ['nl']).body[0]).toBe('De vervoerder zet in de spits meer treinen in.');
    const unseparated = 'NS rijdt vanaf december vaker\nBinnenland\n28 mei 2024 16:42\nNS gaat vanaf december vaker rijden, meldt de vervoerder.\nRover is blij met de plannen.';
    expect(read(unseparated, ['nl']).body[0]).toBe('Binnenland');
  });
});

describe('a dateline with its country after a comma and a colon (the Peninsula)', () => {
  it('reads `Doha, Qatar:` opening the text', () => {
    expect(readDateline('Doha, Qatar: Qatar Rail will add trains on the Red Line of the Doha Metro.', {})).toEqual({ place: 'Doha, Qatar' });
  });

  it('reads no place where neither word is one (`Merkel, Kanzlerin:`), nor in a headline, which ends no sentence', () => {
    expect(readDateline('Merkel, Kanzlerin: Die Regierung hat den Plan beschlossen.', {})).toBeUndefined();
    expect(readDateline('Doha, Qatar: Metro adds trains', {})).toBeUndefined();
  });
});

describe('the reporter\'s name alone under the caption (Lianhe Zaobao)', () => {
  const clipping = (line: string) =>
    `汤申—东海岸地铁线第四阶段下月通车\n发布/2024年5月28日 16:42\n汤申—东海岸地铁线第四阶段的七个车站将于下月23日通车。（海峡时报）\n${line}\n汤申—东海岸地铁线第四阶段的七个车站将于下个月23日开放。\n当局也提醒公众，通车首个周末将免费开放给民众试乘。`;

  it('reads `吴佳蓉` as the byline, out of the body', () => {
    const header = read(clipping('吴佳蓉'), ['zh']);
    expect(header.authors).toEqual(['吴佳蓉']);
    expect(header.body[0]).toBe('汤申—东海岸地铁线第四阶段的七个车站将于下个月23日开放。');
  });

  it('leaves a longer line there in the text', () => {
    expect(read(clipping('陆路交通管理局表示新车站已完成测试'), ['zh']).authors).toEqual([]);
  });
});

describe('a signature in full-width brackets closing the text', () => {
  it('reads the name, without the ideographic space that sets its parts apart', () => {
    expect(bracketedSignature('昨年度の都の引き上げ額は４１円で、過去最大だった。（山田　健太郎）')).toEqual(['山田健太郎']);
    expect(bracketedSignature('（佐藤 )')).toEqual([]);
  });

  it('reads the reporter\'s word before a Chinese name', () => {
    expect(bracketedSignature('市民可通过官方应用查询新时刻表。（记者 王磊）')).toEqual(['王磊']);
  });

  it('reads no one from a closing note, an agency or brackets inside the text', () => {
    expect(bracketedSignature('関係者が語った。（敬称略）')).toEqual([]);
    expect(bracketedSignature('政府が発表した。（共同）')).toEqual([]);
    expect(bracketedSignature('東京都（山田知事）は１１日、発表した。')).toEqual([]);
    expect(bracketedSignature('会議は続く。（上）')).toEqual([]);
  });

  it('keeps the signature in the text of a clipping, the author read from it', () => {
    const header = read('都内の最低賃金、引き上げ議論開始\n2024年6月11日 18時30分\n　審議会が１１日、議論を始めた。\n　昨年度の引き上げ額は過去最大だった。（山田　健太郎）', ['ja']);
    expect(header.authors).toEqual(['山田健太郎']);
    expect(header.body.at(-1)).toBe('　昨年度の引き上げ額は過去最大だった。（山田　健太郎）');
  });
});

describe('a new paper\'s zone from its host\'s country code', () => {
  it('is the one zone of a country that keeps one clock, when the page is in the country\'s language', () => {
    expect(zoneOfCountryDomain('tokyo-np.co.jp', 'ja')).toEqual({ zone: 'Asia/Tokyo', country: 'JP' });
    expect(zoneOfCountryDomain('hani.co.kr', 'ko')).toEqual({ zone: 'Asia/Seoul', country: 'KR' });
    expect(zoneOfCountryDomain('netgazeti.ge', 'ka')).toEqual({ zone: 'Asia/Tbilisi', country: 'GE' });
    // Büsingen keeps Berlin's clock since 1990, though zone.tab lists it apart
    expect(zoneOfCountryDomain('faz.de', 'de')).toEqual({ zone: 'Europe/Berlin', country: 'DE' });
  });

  it('is none for countries of several clocks, whose zones differed since 1990 (Kazakhstan until 2024)', () => {
    for (const [host, language] of [['example.us', 'en'], ['lenta.ru', 'ru'], ['folha.br', 'pt'], ['abc.au', 'en'], ['tempo.id', 'id'], ['example.mx', 'es'], ['tengrinews.kz', 'kk'], ['example.ca', 'en']]) {
      expect(zoneOfCountryDomain(host!, language)).toBeUndefined();
    }
  });

  it('is none for a generic domain, or a country code sold as a generic name, the page in another language', () => {
    for (const [host, language] of [['example.com', 'ja'], ['example.news', 'en'], ['example.info', 'de'], ['techsite.io', 'en'], ['tempo.co', 'id'], ['example.tv', 'en'], ['example.jp', 'en']]) {
      expect(zoneOfCountryDomain(host!, language)).toBeUndefined();
    }
    expect(zoneOfCountryDomain('example.jp', undefined)).toBeUndefined();
  });
});

describe('Ming Pao\'s labels, caption and tags', () => {
  const clipping = (caption: string) =>
    `港聞\n港鐵東鐵綫暑假加密班次　繁忙時間每2.5分鐘一班\n發佈時間: 2024/05/28 16:42\n最後更新: 2024/05/28 17:10\n分享：\n${caption}\n港鐵今日（28日）宣布，由7月起暑假期間東鐵綫班次將加密。\n港鐵又指，暑假期間亦會在周末加開特別班次。\n相關字詞﹕\n港鐵\n東鐵綫`;

  it('reads `發佈時間:` and `最後更新:` as the publication and the update', () => {
    const header = read(clipping('東鐵綫列車駛經紅磡站。（資料圖片）'), ['zh']);
    expect(header.date?.text).toBe('2024/05/28 16:42');
    expect(header.updated?.text).toBe('2024/05/28 17:10');
  });

  it('reads `<caption>。（資料圖片）` as the caption as printed, and leaves the tags under `相關字詞﹕` out of the body', () => {
    const header = read(clipping('東鐵綫列車駛經紅磡站。（資料圖片）'), ['zh']);
    expect(header.caption).toBe('東鐵綫列車駛經紅磡站。（資料圖片）');
    expect(header.body).toEqual(['港鐵今日（28日）宣布，由7月起暑假期間東鐵綫班次將加密。', '港鐵又指，暑假期間亦會在周末加開特別班次。']);
  });
});

describe('the Japanese and Chinese agencies signing in brackets', () => {
  it('reads `（共同）` closing the text as Kyodo\'s credit, no reporter\'s name', () => {
    expect(bracketedSignature('政府が発表した。（共同）')).toEqual([]);
    const header = read('臨時列車を増発\n2024年05月28日16時42分\n　ＪＲ東海は２８日、発表した。\n　指定席の予約は１カ月前から受け付ける。（共同）', ['ja']);
    expect(header.authors).not.toContain('共同');
  });
});
