import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/importer/clipping-language.ts';
import { sourceSchema } from '../../src/lib/source-schema.ts';
import { OUTLET_GOLDENS } from './outlet-goldens.ts';

// The language a clipping is read in when its paper does not say: a wrong one reads its month names wrong and files a
// new paper under it, so a close neighbour (Swedish, Danish, Norwegian; Czech, Slovak; Slovenian, Croatian, Serbian,
// Bosnian; Spanish, Catalan) is never taken for another; too little evidence is no answer, and the import then asks for --language.
// The texts in tests/fixtures/languages were written for this test (a headline and four paragraphs, each file named by
// its language), after the word lists were chosen.
const TEXTS = path.resolve('tests/fixtures/languages');
const texts = readdirSync(TEXTS).map((file) => [path.basename(file, '.txt'), readFileSync(path.join(TEXTS, file), 'utf8')] as const);
/**
 * Bosnian is no language the importer reads: its text is like Croatian and Serbian both, and must be taken for neither.
 * Faroese writes Icelandic's `ð` and many of its words, and must not be taken for Icelandic.
 */
const NOT_READ = new Set(['bs', 'fo']);

describe('the language of a clipping of a headline and four paragraphs', () => {
  it.each(texts.filter(([language]) => !NOT_READ.has(language)))('is %s', (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it.each(texts.filter(([language]) => NOT_READ.has(language)))('is none for %s, a neighbour of languages the importer reads', (_, text) => {
    expect(detectLanguage(text)).toBeUndefined();
  });

  it.each(texts)('is %s or none from its headline and first paragraph alone, never another', (language, text) => {
    const short = text.split('\n').slice(0, 2).join('\n');
    expect([NOT_READ.has(language) ? undefined : language, undefined]).toContain(detectLanguage(short));
  });
});

describe('a short news item', () => {
  it('is Estonian by the words Finnish writes otherwise, though it holds few of the commonest (Postimees)', () => {
    expect(detectLanguage(readFileSync(path.resolve('tests/fixtures/clippings/postimees-estonian-role-line.txt'), 'utf8'))).toBe('et');
  });
});

describe('Croatian or Serbian', () => {
  const croatian = texts.find(([language]) => language === 'hr')![1];
  const serbian = texts.find(([language]) => language === 'sr')![1];

  it('is none when a Croatian text writes Serbian\'s ekavian forms too', () => {
    expect(detectLanguage(`${croatian}\nPosle sednice predsednik nije govorio.`)).toBeUndefined();
  });
  it('is none when a Serbian text writes Croatian\'s own words too', () => {
    expect(detectLanguage(`${serbian}\nTijekom tjedna oporba je najavila nove prosvjede.`)).toBeUndefined();
  });
});

describe('other scripts', () => {
  it('is none for a script none of whose languages is told (Khmer), or digits alone: it was Georgian, the first listed', () => {
    expect(detectLanguage('សភាជាតិបានអនុម័តច្បាប់ថ្មីស្តីពីប្រព័ន្ធផ្សព្វផ្សាយ')).toBeUndefined();
    expect(detectLanguage('28.05.2024 18:42')).toBeUndefined();
  });
  it('is Polish by `ł ś ź ż ń`, Lithuanian by `ė į ų`, in a short item with few of the commonest words (Rzeczpospolita, LRT)', () => {
    const polish = 'URE zatwierdził taryfy. Rachunki za prąd wzrosną od stycznia\nOd 1 stycznia gospodarstwa domowe zapłacą za energię elektryczną średnio o 9 proc. więcej.\nŚrednia cena energii wyniesie 530 zł za megawatogodzinę netto.';
    const lithuanian = 'Šildymo kainos Vilniuje gruodį mažės beveik dešimtadaliu\nVilniaus gyventojai už šildymą gruodį mokės vidutiniškai 9 proc. mažiau nei lapkritį.\nGalutinė šilumos kaina gruodį sieks 8,1 euro cento už kilovatvalandę su PVM.';
    expect(detectLanguage(polish)).toBe('pl');
    expect(detectLanguage(lithuanian)).toBe('lt');
    expect(detectLanguage('The mayor of Łódź, Hanna Zdanowska, said the city would open the new station in the spring, and that the work was on time.')).toBe('en');
  });
  it('is Greek by its script', () => {
    expect(detectLanguage('Η Βουλή της Γεωργίας παρέκαμψε το βέτο της προέδρου')).toBe('el');
  });
  it('is Belarusian by `ў` beside `і` and no `и`, Serbian by `ћ` or `ђ` beside `ј`; Macedonian and Uzbek are none', () => {
    expect(detectLanguage('Урад Беларусі ўхваліў новы закон аб СМІ')).toBe('be');
    expect(detectLanguage('Влада Србије је усвојила нови закон, саопштила је председница ћерка')).toBe('sr');
    expect(detectLanguage('Владата на Македонија донесе нов закон за медиумите, соопшти ѓорѓиев')).toBeUndefined();
    expect(detectLanguage('Ўзбекистон ҳукумати янги қонун қабул қилди')).toBeUndefined();
  });
});

// Goldens written in another language than their paper's (a paper's Russian or Georgian edition filed under its English
// profile, Anadolu's English edition under its Turkish one), by their names.
const WRITTEN_IN: Record<string, string> = {
  'la-vanguardia-ca-rodalies-garraf': 'ca',
  'anadolu-en-border-crossing': 'en',
  'report-az-veto-def-edib': 'az',
  'meduza-ru-protesty-tbilisi': 'ru',
  'interpressnews-ka-protesti': 'ka',
  'civil-georgia-ka-hazelnut': 'ka',
  'agenda-ge-ka-wine': 'ka',
  'oc-media-ru-veto': 'ru',
  'tass-ru-no-year': 'ru',
  'tass-ru-updated-year': 'ru',
  'civil-georgia-ka-2017-constitution': 'ka',
  'agenda-ge-ka-mobile-dotted': 'ka',
  'oc-media-ru-edge-reader': 'ru',
  'el-pais-english-edition': 'en',
  'civil-georgia-ru-2010-slash-dateline': 'ru',
  'civil-georgia-ka-2011-slash-dateline': 'ka',
  'tass-ru-sankt-peterburg-hyphen': 'ru',
  'oc-media-ru-two-authors': 'ru',
  'oc-media-ru-obnovleno': 'ru',
  'agenda-ge-ka-bullets': 'ka',
  'civil-georgia-ru-statements': 'ru',
  'civil-georgia-ka-statements': 'ka',
  'tass-2012-correspondent': 'ru',
  'tass-ru-interview-besedoval': 'ru',
  'tass-ru-2008-itar-dotted': 'ru',
  'oc-media-ru-opinion-disclaimer': 'ru',
  'agenda-ge-ka-statement': 'ka',
  'agenda-ge-ka-2014-interview': 'ka',
  'civil-georgia-ru-2024-law-text': 'ru',
  'civil-georgia-ka-2013-candidates': 'ka',
  'tass-ru-photo-copyright': 'ru',
  'tass-ru-tovarooborot-table': 'ru',
};

const CLIPPINGS = path.resolve('tests/fixtures/clippings');
function paperLanguage(name: string): string {
  const source = /^source: (.+)$/mu.exec(readFileSync(path.join(CLIPPINGS, `${name}.expected.md`), 'utf8'))![1]!;
  const file = [path.resolve('tests/fixtures/outlets/sources'), path.resolve('content/sources')].map((folder) => path.join(folder, `${source}.yaml`)).find(existsSync);
  return sourceSchema.parse(yaml.load(readFileSync(file!, 'utf8'))).language.split('-')[0]!;
}

describe('every text golden', () => {
  it.each(OUTLET_GOLDENS.map(([name]) => name))('%s is told in its own language or none', (name) => {
    const language = WRITTEN_IN[name] ?? paperLanguage(name);
    expect([language, undefined]).toContain(detectLanguage(readFileSync(path.join(CLIPPINGS, `${name}.txt`), 'utf8')));
  });
});
