import { describe, expect, it } from 'vitest';
import { readFactLine, readPlaceLine } from '../../src/importer/line-facts.ts';
import { isChrome, startsTrailer } from '../../src/importer/chrome-lines.ts';
import { LANGUAGES, type Role } from '../../src/importer/phrase-table.ts';
import { PRINTED_PHRASES } from '../../src/importer/printed-phrases.ts';

// The table of printed phrases: a language a role has no phrase for is listed with why, so adding a
// language shows every role it still lacks.
describe('the table of printed phrases', () => {
  it.each(Object.entries(PRINTED_PHRASES as Record<string, Role>))('%s has phrases in every language read, or lists the gap', (_, role) => {
    const covered = LANGUAGES.filter((language) => (role.phrases[language]?.length ?? 0) > 0);
    const gaps = Object.keys(role.gaps ?? {});
    const uncovered = role.any?.length ? [] : LANGUAGES.filter((language) => !covered.includes(language));
    expect(gaps.sort()).toEqual([...uncovered].sort());
    // A gap beside phrases would hide the phrases; a language outside LANGUAGES is not read.
    expect(Object.keys(role.phrases).filter((language) => !(LANGUAGES as readonly string[]).includes(language))).toEqual([]);
    for (const reason of Object.values(role.gaps ?? {})) expect(reason).toMatch(/\S/);
    // A language scoped to its own clippings has phrases to scope.
    for (const language of role.ownClippingsOnly ?? []) expect(role.phrases[language]?.length).toBeGreaterThan(0);
  });
});

// One-word byline phrases that are ordinary words in other languages are read only in their own language's clippings.
describe('a byline word of another language', () => {
  const english = { languages: ['en'] };
  it.each([
    ['Door Closes On Georgian Bid', 'nl'],
    ['De Niro Backs Georgian Protesters', 'ro'],
    ['Di Maria Signs For Benfica', 'it'],
    ['Von Der Leyen Warns Tbilisi', 'de'],
    ['Par For The Course', 'fr'],
  ])('opens no byline in an English clipping: %j (%s)', (line, language) => {
    expect(readFactLine(line, [], english)).toBeUndefined();
    expect(readFactLine(line, [], { languages: [language] })?.authors).toBeDefined();
  });
  it('still opens one in its own language, with its region, and in a clipping whose language is not known', () => {
    expect(readFactLine('Door Eva Smit', [], { languages: ['nl-NL'] })).toEqual({ authors: ['Eva Smit'] });
    expect(readFactLine('de Andrei Popescu', [], { languages: ['ro', 'en'] })).toEqual({ authors: ['Andrei Popescu'] });
    expect(readFactLine('Door Eva Smit', [], { languages: [] })).toEqual({ authors: ['Eva Smit'] });
  });
  it('leaves the other languages\' byline words as they were', () => {
    expect(readFactLine('By Anna Smith', [], { languages: ['ka'] })).toEqual({ authors: ['Anna Smith'] });
    expect(readFactLine('Por Ana Souza', [], english)).toEqual({ authors: ['Ana Souza'] });
  });
});

// JavaScript's case-insensitive matching never folds `İ` to `i` nor `I` to `ı`: Turkish phrases
// printed in capitals were missed.
describe('Turkish phrases in capitals', () => {
  it('reads `İLGİLİ HABERLER` as the start of the page\'s lists', () => {
    expect(startsTrailer('İLGİLİ HABERLER')).toBe(true);
    expect(startsTrailer('İlgili Haberler')).toBe(true);
  });
  it('reads a caption label in capitals', () => {
    expect(readFactLine('FOTOĞRAF ALTI YAZISI, Tiflis\'te parlamento binası önünde toplanan göstericiler', [], { languages: [] })).toEqual({
      caption: 'Tiflis\'te parlamento binası önünde toplanan göstericiler',
    });
  });
  it('reads `PAYLAŞ` and `TÜM HAKLARI SAKLIDIR` as chrome', () => {
    expect(isChrome('PAYLAŞ')).toBe(true);
    expect(isChrome('TÜM HAKLARI SAKLIDIR')).toBe(true);
  });
});

// A podcast episode's page: the player's buttons and calls to subscribe are the page's.
describe('a podcast page\'s player', () => {
  it.each(['Listen', 'Share this episode', 'Subscribe on Apple Podcasts', '0:00 / 12:34'])('`%s` is chrome', (line) => {
    expect(isChrome(line)).toBe(true);
  });
});

// India's Hindi, Bengali and Tamil papers and Vietnam's: the labels they print around the facts.
describe('labels of Hindi, Bengali, Tamil and Vietnamese pages', () => {
  it('reads Anandabazar\'s `শেষ আপডেট:` ("last update") as an update\'s label, in Bengali digits', () => {
    expect(readFactLine('শেষ আপডেট: ২৮ মে ২০২৪ ১৬:৪২', [], { languages: ['bn'] })).toEqual({ date: { text: '২৮ মে ২০২৪ ১৬:৪২', updated: true } });
  });
  it('reads Dinamalar\'s `பதிவு செய்த நாள்:` ("date filed") as the publication\'s label', () => {
    expect(readFactLine('பதிவு செய்த நாள்: மே 28,2024 16:42', [], { languages: ['ta'] })).toEqual({ date: { text: 'மே 28,2024 16:42', updated: false } });
  });
  it('reads Thanh Niên\'s caption with its credit in capitals, `ẢNH: NAME`', () => {
    expect(readFactLine('Tàu tuyến metro Nhổn - ga Hà Nội tại depot Nhổn. ẢNH: LÊ QUÂN', [], { languages: ['vi'] })).toEqual({ caption: 'Tàu tuyến metro Nhổn - ga Hà Nội tại depot Nhổn.', credit: 'LÊ QUÂN' });
  });
  it.each(['Tin liên quan', 'সম্পর্কিত খবর', 'தொடர்புடைய செய்திகள்', 'संबंधित खबरें'])('reads `%s` ("related news") as the start of the page\'s lists', (line) => {
    expect(startsTrailer(line)).toBe(true);
  });
  it.each(['Bình luận (0)', 'வாசகர் கருத்து (3)', 'विज्ञापन', 'বিজ্ঞাপন'])('reads `%s` as chrome', (line) => {
    expect(isChrome(line)).toBe(true);
  });
  // India's scripts have no capitals, and their vowel signs are marks: names and places are told by where they stand.
  it('reads the name after BBC Hindi\'s `लेखक,` ("author"), in Devanagari with its vowel signs', () => {
    expect(readFactLine('लेखक, शुरैह नियाज़ी', [], { languages: ['hi'] })).toEqual({ authors: ['शुरैह नियाज़ी'] });
  });
  it('reads one Bengali word alone as a place, and two as no place (a name has two words or more)', () => {
    expect(readPlaceLine('ঢাকা')).toBe('ঢাকা');
    expect(readPlaceLine('সৌরভ দত্ত')).toBeUndefined();
  });
  it('reads Prothom Alo\'s time with a blank after its colon, `১৬: ৪২`', () => {
    expect(readFactLine('প্রকাশ: ২৮ মে ২০২৪, ১৬: ৪২', [], { languages: ['bn'] })).toEqual({ date: { text: '২৮ মে ২০২৪, ১৬: ৪২', updated: false } });
  });
  it('reads the danda closing a caption\'s credit as the sentence\'s, not the credit\'s', () => {
    expect(readFactLine('ট্রাম চলাচল ফের চালু করার প্রস্তাব দিল পরিবহণ দফতর। ছবি: সংগৃহীত।', [], { languages: ['bn'] })).toEqual({ caption: 'ট্রাম চলাচল ফের চালু করার প্রস্তাব দিল পরিবহণ দফতর।', credit: 'সংগৃহীত' });
  });
});
