/**
 * The language a clipping is written in, when its paper's profile does not say: used to read month
 * names and the order of numeric dates, and the language of a paper the import adds (paper-language.ts).
 * The script decides Georgian, Armenian, Greek, Hebrew, Thai, Tamil and India's other one-language scripts, Bengali
 * (unless Assamese's letters are written), and Hindi with its commonest words; Russian, Ukrainian, Belarusian, Serbian or Bulgarian, Persian or
 * Arabic, Turkish and Azerbaijani by their own letters; Japanese, Chinese and Korean by their scripts; other Latin-script
 * languages are told apart by their commonest short words, and close neighbours by the words and letters one writes and
 * the other does not (language-families.ts). Too little evidence is no answer.
 */
import { FAMILIES, familyMember, SERBO_CROATIAN } from './language-families.ts';
import { serbianOrCroatian } from './serbian-or-croatian.ts';

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'was', 'that', 'for', 'with', 'on', 'said'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'du', 'une', 'dans', 'au', 'pour', 'sur'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'ein', 'eine', 'sich'],
  es: ['los', 'las', 'y', 'por', 'con', 'para', 'según', 'pero', 'también', 'fue', 'este', 'esta', 'sus'],
  // Catalan (Ara, La Vanguardia's Catalan edition), whose words shared with Spanish made it read as Spanish (not its `i`
  // "and" nor its `per`, which Italian writes too)
  ca: ['els', 'amb', 'dels', 'als', 'pels', 'aquest', 'aquesta', 'però', 'també', 'seu', 'seva', 'perquè', 'fins', 'són', 'mateix', 'hi', 'ho'],
  it: ['il', 'della', 'che', 'di', 'e', 'per', 'una', 'gli', 'non', 'sono', 'nel', 'alla'],
  pt: ['o', 'os', 'da', 'do', 'que', 'em', 'uma', 'não', 'para', 'com', 'das', 'dos'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'olarak', 'olan', 'çok', 'daha', 'gibi', 'dedi', 'göre'],
  // and the short words of a news item that no other language listed writes (`er`, `op`, `nog`, `tussen`): VRT NWS's seven `in`,
  // which Slovenian lists, outnumbered its other words
  nl: ['het', 'een', 'van', 'niet', 'met', 'voor', 'zijn', 'werd', 'ook', 'bij', 'naar', 'wordt', 'heeft', 'maar', 'dat', 'er', 'op', 'nog', 'tussen', 'deze', 'hij'],
  // A family's members (language-families.ts) list only the words their neighbours write otherwise (Swedish `och`, `från`;
  // Danish `af`, `efter`, `blev`; Norwegian `etter`, `ble`, `seg`; Czech `se`, `jsou`, `podle`; Slovak `sa`, `sú`, `podľa`;
  // Slovenian `ki`, `tudi`, `kot`; Croatian and Serbian `su`, `koji`, `kao`), so a word both write tells neither.
  sv: ['och', 'att', 'är', 'för', 'inte', 'till', 'från', 'också', 'när', 'enligt', 'säger', 'hade', 'sina', 'vid'],
  da: ['af', 'efter', 'blev', 'mod', 'sig', 'mellem', 'nogle', 'siger', 'havde', 'ud', 'fik', 'bliver', 'blevet'],
  nb: ['etter', 'ble', 'seg', 'noen', 'sier', 'hadde', 'mellom', 'hva', 'fikk', 'blir', 'blitt', 'mye', 'enn', 'nå'],
  fi: ['että', 'ovat', 'myös', 'mukaan', 'hän', 'joka', 'jotka', 'sekä', 'kuin', 'kun', 'tai', 'vain', 'jälkeen', 'mutta', 'sen', 'olivat', 'tämä', 'jo', 'koko', 'uusi', 'uuden'],
  // and the words of a short news item that Finnish writes otherwise (`mille` for `jonka`, `sõnul` for `mukaan`, `kuni`, `aasta`)
  et: ['ning', 'mis', 'kui', 'aga', 'seda', 'pole', 'kes', 'veel', 'sest', 'ütles', 'üle', 'nagu', 'tema', 'ta', 'ka', 'või', 'siis', 'mida', 'pärast', 'mille', 'sõnul', 'kuni', 'aasta'],
  hu: ['az', 'és', 'hogy', 'nem', 'egy', 'meg', 'volt', 'csak', 'már', 'szerint', 'után', 'mint', 'pedig', 'között', 'amely'],
  // and the short words of a brief news item that Czech and Slovak write otherwise (`ne`, `před`, `jsou`, `pro`, `už`)
  pl: ['w', 'się', 'że', 'jest', 'przez', 'oraz', 'który', 'która', 'które', 'także', 'został', 'została', 'według', 'jego', 'we', 'nie', 'przed', 'są', 'dla', 'już', 'czy', 'będzie'],
  cs: ['se', 'jsou', 'který', 'která', 'které', 'podle', 'také', 'byl', 'byla', 'bylo', 'jako', 'pro', 'před', 'při', 'mezi'],
  sk: ['sa', 'sú', 'ktorý', 'ktorá', 'ktoré', 'podľa', 'tiež', 'bol', 'bola', 'bolo', 'medzi', 'aj', 'ešte', 'počas'],
  sl: ['in', 'v', 'z', 'ki', 'tudi', 'ter', 'kot', 'bo', 'so', 'bil', 'še', 'lahko', 'ker', 'vendar', 'zaradi'],
  [SERBO_CROATIAN]: ['u', 'su', 'koji', 'koja', 'koje', 'kao', 'što', 'šta', 'nakon', 'prema', 'će', 'bio', 'zbog', 'jer', 'već'],
  ro: ['și', 'şi', 'în', 'că', 'pe', 'care', 'din', 'pentru', 'fost', 'după', 'sunt', 'cu', 'mai', 'iar'],
  lt: ['ir', 'kad', 'yra', 'buvo', 'iš', 'į', 'bet', 'kaip', 'dėl', 'taip', 'pat', 'kuris', 'kuri', 'jau'],
  lv: ['un', 'ka', 'ar', 'uz', 'par', 'arī', 'pēc', 'bija', 'kas', 'vai', 'tika', 'savu', 'tiek', 'kā'],
  // Uzbek in the Latin alphabet (Daryo, Kun.uz), its words without the apostrophe that splits `o‘` and `g‘` words here
  uz: ['va', 'bilan', 'uchun', 'esa', 'haqida', 'haqda', 'xabar', 'berdi', 'hozirda', 'orqali', 'mumkin', 'yilda', 'yangi', 'olib', 'qilindi', 'etildi'],
  sw: ['na', 'ya', 'wa', 'kwa', 'za', 'katika', 'ni', 'kuwa', 'hilo', 'hiyo', 'huo', 'zaidi', 'amesema', 'wamesema', 'pia', 'lakini', 'ambao', 'ambayo'],
  // Indonesian and Malay share their commonest words (language-families.ts); these are the ones each spells its own way.
  // and the months, weekdays and words of transport news each names otherwise (`Agustus`, `Ogos`; `Kamis`, `Khamis`; `libur`, `cuti`)
  id: ['karena', 'bisa', 'saja', 'yaitu', 'mengatakan', 'pemerintah', 'uang', 'polisi', 'ujarnya', 'bahwa', 'perusahaan', 'mobil', 'libur', 'senin', 'kamis', 'jumat', 'agustus', 'desember'],
  ms: ['kerana', 'boleh', 'sahaja', 'iaitu', 'berkata', 'kerajaan', 'wang', 'polis', 'ialah', 'penduduk', 'bahawa', 'syarikat', 'pengangkutan', 'cuti', 'isnin', 'khamis', 'jumaat', 'ogos', 'disember'],
  // Icelandic (RÚV, mbl.is, Vísir): the words it writes with its `ð` and `þ` and its own short words, none of which Faroese, which
  // writes `ð` too, spells so (its `at`, `tað`, `ikki`, `sum`, `fyri`, `við` for "with"); nor do Danish and Norwegian
  is: ['að', 'það', 'ekki', 'sem', 'með', 'fyrir', 'hefur', 'segir', 'sagði', 'þess', 'því', 'þessum', 'þessu', 'hafa', 'hafi', 'þeir', 'þegar', 'verður', 'einnig', 'vegna'],
};

/**
 * Letters Russian and Ukrainian do not write (Belarusian `ў`, Serbian and Macedonian `ј љ њ ћ ђ ѓ ќ џ ѕ`,
 * Kazakh, Kyrgyz, Tatar, Bashkir, Tajik and Mongolian `ә ғ қ ң ө ұ ү һ ҳ ҷ ӣ ӯ җ`): a text with
 * them is in another Cyrillic language, which must not be taken for Russian or Ukrainian.
 */
const OTHER_CYRILLIC = /[ўјљњћђѓќџѕәғқңөұүһҳҷӣӯҗ]/iu;

/** Ukrainian's own letters, and Russian's, which Ukrainian does not write. */
const UKRAINIAN = /[іїєґ]/iu;
const RUSSIAN = /[ыэё]/iu;

/**
 * Bulgarian, which writes no letter Russian lacks: its `ъ` before a consonant or ending a word (`България`, `във`, `път`,
 * the article `-ът`), where Russian writes it only before `е ё ю я`, and its commonest words that are none in Russian
 * (`е` "is", `са` "are", `се`, `че` "that", `ще` "will", `във`, `със`, `към`). Russian's `ы э ё`, which Bulgarian does
 * not write, and these together are a mixed text: no answer.
 */
const BULGARIAN_HARD_SIGN = /ъ(?![еёюя])/iu;
const BULGARIAN_WORDS = new Set(['е', 'са', 'се', 'че', 'ще', 'във', 'със', 'към']);
/** Two such words, as one may be initials in capitals (`ЧЕ`, a championship); one hard sign, which Russian never writes so. */
const BULGARIAN_WORD_HITS = 2;

function looksBulgarian(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  return BULGARIAN_HARD_SIGN.test(text) || words.filter((word) => BULGARIAN_WORDS.has(word)).length >= BULGARIAN_WORD_HITS;
}

/**
 * Belarusian, by its `ў` beside the `і` it shares with Ukrainian (Uzbek writes `ў` without `і`), and none of the `и щ ъ`
 * Russian writes; Serbian, by its `ћ` or `ђ` beside `ј`, which Macedonian writes `ќ` and `ѓ`. Either with another
 * language's own letter besides is no answer.
 */
const OWN_CYRILLIC: [language: string, own: RegExp, needs: RegExp, others: RegExp][] = [
  ['be', /ў/iu, /і/iu, /[јљњћђѓќџѕәғқңөұүһҳҷӣӯҗїєґищъ]/iu],
  ['sr', /[ћђ]/iu, /ј/iu, /[ўѓќѕәғқңөұүһҳҷӣӯҗіїєґыэёъ]/iu],
];

function cyrillicLanguage(text: string): string | undefined {
  const own = OWN_CYRILLIC.find(([, letters, needs, others]) => letters.test(text) && needs.test(text) && !others.test(text));
  if (own) return own[0];
  if (OTHER_CYRILLIC.test(text)) return undefined;
  const ukrainian = UKRAINIAN.test(text);
  const russian = RUSSIAN.test(text);
  if (ukrainian && russian) return undefined;
  if (ukrainian) return 'uk';
  if (looksBulgarian(text)) return russian ? undefined : 'bg';
  return 'ru';
}

/** This many function words, and half as many again as the runner-up, make a language a fact. */
const MIN_HITS = 5;
const MIN_LEAD = 1.5;

/**
 * Letters that make up this share of a Latin-script text's letters tell its language by
 * themselves: Azerbaijani's `ə`, Turkish's dotless `ı` (Azerbaijani writes it too, with `ə`). A
 * Turkish name in an English text (`Kılıçdaroğlu`) stays far below it, as a Polish one (`Łódź`) does.
 */
const OWN_LETTERS: [language: string, letters: RegExp][] = [
  ['az', /ə/giu],
  ['tr', /ı/gu],
  // Vietnamese's horned `ơ` and `ư`, and its vowels with a tone mark (the Latin Extended Additional block's), which no other language writes.
  ['vi', /[ơư\u1EA0-\u1EF9]/giu],
  // Polish's `ł ś ź ż ń` and Lithuanian's `ė į ų`: a short news item in either (a tariff, a price) may hold too few of
  // the commonest words, but writes these letters in every other line. Lithuanian's `ą ę` are Polish's too, so not listed.
  ['pl', /[łśźżń]/giu],
  ['lt', /[ėįų]/giu],
];
const OWN_LETTER_SHARE = 0.01;

/** Persian's own letters (`پ چ ژ گ`, and its `ک` and `ی`, which Arabic writes `ك` and `ي`). */
const PERSIAN = /[\u067E\u0686\u0698\u06AF\u06A9\u06CC]/gu;
const ARABIC_ONLY = /[\u0643\u064A\u0629]/gu;

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;

/**
 * Japanese, Chinese or Korean, by script: Korean writes hangul (and some han), Japanese writes kana among its han
 * (its particles, `の`, `は`, `を`, are kana), Chinese han alone. A Chinese text with a Japanese name in katakana is mixed: no answer.
 */
function eastAsianLanguage(text: string): string | undefined {
  const hangul = count(text, /\p{Script=Hangul}/gu);
  const kana = count(text, /[\p{Script=Hiragana}\p{Script=Katakana}]/gu);
  if (hangul >= MIN_HITS && hangul > kana) return 'ko';
  if (kana >= MIN_HITS && hangul === 0) return 'ja';
  return kana === 0 && hangul === 0 ? 'zh' : undefined;
}
const EAST_ASIAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/**
 * Hindi's commonest words, by which it is told from the other languages written in Devanagari (Marathi's `आहे`, `आणि`;
 * Nepali's `छ`, `र`). A word is its letters with their vowel signs, which are marks, not letters.
 */
const HINDI_WORDS = new Set(['के', 'में', 'की', 'है', 'हैं', 'और', 'से', 'को', 'ने', 'का', 'पर', 'कि', 'भी', 'था', 'थे', 'लिए']);

function devanagariLanguage(text: string): string | undefined {
  const words = text.match(/[\p{L}\p{M}]+/gu) ?? [];
  return words.filter((word) => HINDI_WORDS.has(word)).length >= MIN_HITS ? 'hi' : undefined;
}

/** India's and Sri Lanka's scripts that each write one language of the news: Tamil (Dinamalar), Telugu, Kannada, Malayalam, Gujarati, Punjabi's Gurmukhi, Sinhala. */
const ONE_LANGUAGE_SCRIPTS: Record<string, RegExp> = {
  ta: /\p{Script=Tamil}/gu,
  te: /\p{Script=Telugu}/gu,
  kn: /\p{Script=Kannada}/gu,
  ml: /\p{Script=Malayalam}/gu,
  gu: /\p{Script=Gujarati}/gu,
  pa: /\p{Script=Gurmukhi}/gu,
  si: /\p{Script=Sinhala}/gu,
};

/** The Bengali script writes Bengali and Assamese, whose `ৰ` and `ৱ` Bengali does not write (Anandabazar's text is Bengali). */
const ASSAMESE = /[ৰৱ]/u;

export function detectLanguage(text: string): string | undefined {
  const georgian = count(text, /[\u10d0-\u10ff]/g);
  const cyrillic = count(text, /\p{Script=Cyrillic}/gu);
  const armenian = count(text, /\p{Script=Armenian}/gu);
  const hebrew = count(text, /\p{Script=Hebrew}/gu);
  const arabicScript = count(text, /\p{Script=Arabic}/gu);
  const latin = count(text, /\p{Script=Latin}/gu);
  const greek = count(text, /\p{Script=Greek}/gu);
  const [script] = [
    ['ka', georgian],
    ['cyrillic', cyrillic],
    ['hy', armenian],
    ['he', hebrew],
    ['arabic', arabicScript],
    ['latin', latin],
    ['east asian', count(text, EAST_ASIAN)],
    ['el', greek],
    // Thai is the one language the Thai script is written in; Devanagari is Hindi's, Marathi's and Nepali's.
    ['th', count(text, /\p{Script=Thai}/gu)],
    ['devanagari', count(text, /\p{Script=Devanagari}/gu)],
    ...Object.entries(ONE_LANGUAGE_SCRIPTS).map(([language, letters]) => [language, count(text, letters)]),
    ['bengali', count(text, /\p{Script=Bengali}/gu)],
  ].sort((a, b) => (b[1] as number) - (a[1] as number));
  // A text in none of these scripts (Khmer, digits alone) is in no language told here, not in the first listed.
  if (script![1] === 0) return undefined;
  if (['ka', 'hy', 'el', 'he', 'th', ...Object.keys(ONE_LANGUAGE_SCRIPTS)].includes(script![0] as string)) return script![0] as string;
  if (script![0] === 'bengali') return ASSAMESE.test(text) ? undefined : 'bn';
  if (script![0] === 'devanagari') return devanagariLanguage(text);
  if (script![0] === 'cyrillic') return cyrillicLanguage(text);
  if (script![0] === 'east asian') return (script![1] as number) >= MIN_HITS ? eastAsianLanguage(text) : undefined;
  if (script![0] === 'arabic') {
    const persian = count(text, PERSIAN);
    const arabic = count(text, ARABIC_ONLY);
    if (persian >= MIN_HITS && persian > 2 * arabic) return 'fa';
    if (arabic >= MIN_HITS && arabic > 2 * persian) return 'ar';
    return undefined;
  }

  for (const [language, letters] of OWN_LETTERS) if (count(text, letters) >= OWN_LETTER_SHARE * latin && count(text, letters) >= MIN_HITS) return language;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  // Each word counted once, then each language's list looked up in the counts: a pass over the text per language was
  // most of an import's detection time.
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  const hits = (list: readonly string[]) => [...new Set(list)].reduce((sum, word) => sum + (counts.get(word) ?? 0), 0);
  const inFamily = new Set(Object.values(FAMILIES).flatMap((family) => family.members));
  const scores = [
    ...Object.entries(FUNCTION_WORDS).filter(([language]) => !inFamily.has(language)).map(([language, list]) => [language, hits(list)] as const),
    ...Object.entries(FAMILIES).map(([name, family]) => [name, hits([...family.shared, ...family.members.flatMap((member) => FUNCTION_WORDS[member]!)])] as const),
  ].sort((a, b) => b[1] - a[1]);
  const [first, second] = scores;
  if (first![1] < MIN_HITS || first![1] < MIN_LEAD * second![1]) return undefined;
  const family = FAMILIES[first![0]];
  const language = family ? familyMember(family, words, FUNCTION_WORDS) : first![0];
  return language === SERBO_CROATIAN ? serbianOrCroatian(words) : language;
}
