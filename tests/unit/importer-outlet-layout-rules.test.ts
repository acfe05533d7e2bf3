import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DateOrder } from '../../src/importer/date-names.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Rules that outlets' layouts showed missing (issue 13's list of clippings still read wrong), each on the lines that
// need it; the goldens in outlet-goldens.ts pin the whole clippings (reuters-breakingviews-context-news,
// guardian-2009-article-history, thepaper-*, nikkei-*, guardian-other-lives-*, spiegel-nachruf-*, afp-france24-fr-*).
const read = (lines: string[], languages: string[], dateOrder: DateOrder = 'DMY', mastheads: string[] = []) =>
  readGenericLayout(lines, mastheads, { dateOrder, languages, places: new Set(['georgia', 'tbilisi', 'london']) });

describe("an outlet's layout", () => {
  it("leaves a Breakingviews column's follow line and the opinion note out, and keeps its CONTEXT NEWS box as printed", () => {
    const header = read(
      [
        "Georgia's bond sale tests investors' nerve",
        'By Karen Whitfield',
        'May 29, 2024 3:12 PM GMT+1',
        'LONDON, May 29 (Reuters Breakingviews) - Georgia is asking bond investors to look past the street.',
        'That wager deserves a fatter premium than the one on offer.',
        'Follow @KWhitfieldBV on X',
        'CONTEXT NEWS',
        "Georgia's finance ministry said on May 27 that it had hired banks to arrange a sale of Eurobonds.",
        'Editing by Peter Thal Larsen',
        'Our Standards: The Thomson Reuters Trust Principles., opens new tab',
        'Opinions expressed are those of the author. They do not reflect the views of Reuters News, which, under the Trust Principles, is committed to integrity, independence, and freedom from bias.',
      ],
      ['en'],
      'MDY',
    );
    expect(header.body).toEqual([
      'LONDON, May 29 (Reuters Breakingviews) - Georgia is asking bond investors to look past the street.',
      'That wager deserves a fatter premium than the one on offer.',
      'CONTEXT NEWS',
      "Georgia's finance ministry said on May 27 that it had hired banks to arrange a sale of Eurobonds.",
      'Editing by Peter Thal Larsen',
    ]);
  });

  it('keeps a sentence of the text that begins as a call to follow', () => {
    const text = ['Follow the money on X and you find the same three companies.', 'The ministry declined to comment.'];
    expect(read(['Who owns the port?', '28 May 2024', ...text], ['en']).body).toEqual(text);
  });

  const GUARDIAN_2009 = [
    'Georgian opposition blocks Tbilisi roads',
    'Luke Harding in Tbilisi',
    'guardian.co.uk, Tuesday 5 May 2009 14.32 BST',
    'Article history',
    'Georgian opposition supporters blocked the main roads into the centre of Tbilisi today.',
    'Interior ministry officials said the protests had so far been peaceful.',
    'Article history',
    'About this article',
    'Close',
    'Georgian opposition blocks Tbilisi roads',
    'This article was published on guardian.co.uk at 14.32 BST on Tuesday 5 May 2009. It was last modified at 16.05 BST on Tuesday 5 May 2009.',
    'Related information',
    'World news',
  ];

  it("reads guardian.co.uk's record of publication and update under the text, and leaves its box out of the body", () => {
    const header = read(GUARDIAN_2009, ['en']);
    expect(header).toMatchObject({ date: { text: 'Tuesday 5 May 2009 14.32 BST' }, updated: { text: '16.05 BST on Tuesday 5 May 2009', line: 11 } });
    expect(header.body).toEqual(GUARDIAN_2009.slice(4, 6));
  });

  it("dates the article by that record when its header prints no date", () => {
    const header = read(GUARDIAN_2009.filter((line) => !line.startsWith('guardian.co.uk')), ['en']);
    expect(header).toMatchObject({ date: { text: '14.32 BST on Tuesday 5 May 2009' }, updated: { text: '16.05 BST on Tuesday 5 May 2009' } });
  });

  it("reads the names of a byline that glues the paper's name and the reporter's rank to 记者, and leaves the editors' lines out", () => {
    const text = ['当地时间5月28日，格鲁吉亚议会推翻了总统对该法的否决。', '欧盟对这一决定深感遗憾。'];
    const trailer = ['责任编辑：李华', '校对：张静', '澎湃新闻，未经授权不得转载'];
    expect(read(['格鲁吉亚议会推翻总统否决', '澎湃新闻记者 王小明', '2024-05-28 21:05', ...text, ...trailer], ['zh'])).toMatchObject({ authors: ['王小明'], body: text });
    expect(read(['格鲁吉亚议会推翻总统否决', '澎湃新闻见习记者 陈思雨', '2024-05-28 21:05', ...text], ['zh'])).toMatchObject({ authors: ['陈思雨'], body: text });
  });

  it("takes Nikkei's buttons under the date (`保存`, `共有`, `印刷`, `その他`) for none of the title and the text, nor its rights line", () => {
    const text = ['【イスタンブール=佐藤健一】ジョージアの議会は28日、大統領の拒否権を覆して法案を再可決した。', '欧州連合は加盟交渉に影響すると警告している。'];
    const header = read(['ジョージア「外国の代理人」法成立へ', '2024年5月28日 22:14', '保存', '共有', '印刷', 'その他', ...text, '本サービスに関する知的財産権その他一切の権利は、日本経済新聞社またはその情報提供者に帰属します。'], ['ja']);
    expect(header).toMatchObject({ title: 'ジョージア「外国の代理人」法成立へ', body: text });
  });

  const OBITUARY = [
    'Other lives',
    'Anna Keller obituary',
    'Foreign correspondent who reported from Tbilisi and Moscow as the Soviet Union came apart',
    'Peter Keller',
    'Wed 29 May 2024 16.20 BST',
    'My mother, Anna Keller, who has died aged 83, was a foreign correspondent.',
    'Anna Keller, journalist, born 3 March 1941; died 20 May 2024',
  ];

  it("takes `Name obituary` for the headline under its kicker, over a standfirst of a headline's length", () => {
    expect(read(OBITUARY, ['en'])).toMatchObject({ title: 'Anna Keller obituary', authors: ['Peter Keller'] });
  });

  it("takes `Name obituary` for no item of the site's menu over it", () => {
    expect(read(['Skip to main content', 'News', 'Opinion', 'Sport', 'Culture', 'Obituaries', ...OBITUARY], ['en'])).toMatchObject({ title: 'Anna Keller obituary' });
  });

  it('reads a kicker longer than its headline with blank lines between the lines, as a browser copies them', () => {
    const lines = ['Zum Tod von Tamaz Kvirikashvili', 'Der Erzähler von Tiflis', 'Er schrieb über Hinterhöfe und Weinkeller. Nun ist der Schriftsteller mit 84 Jahren gestorben.', 'Ein Nachruf von Lena Hartmann', '07.03.2023, 16.12 Uhr', 'Wer Tiflis kennenlernen wollte, las Tamaz Kvirikashvili.'];
    expect(read(lines.flatMap((line) => [line, '']), ['de'])).toMatchObject({ title: 'Der Erzähler von Tiflis' });
  });

  it("keeps the agency the paper drew on, `Avec AFP`, under the last sentence over the footer's links", () => {
    const clipping = readFileSync('tests/fixtures/clippings/afp-france24-fr-decryptage-lire-aussi.txt', 'utf8').trimEnd().split('\n');
    const header = read([...clipping, 'Qui sommes-nous', 'Contact', 'Politique de confidentialité', '© 2024 Tous droits réservés.'], ['fr'], 'DMY', ['FRANCE 24']);
    expect(header.body.at(-1)).toBe('Avec AFP');
  });
});
