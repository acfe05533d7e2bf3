/**
 * The language a clipping is written in, when its paper's profile does not say: used to read month
 * names and the order of numeric dates, and the language of a paper the import adds (paper-language.ts).
 * The script decides Georgian and Armenian; Russian, Ukrainian or Bulgarian, Persian or Arabic, Turkish and
 * Azerbaijani by their own letters; Japanese, Chinese and Korean by their scripts; other Latin-script languages are told apart by their commonest
 * short words. Too little evidence is no answer.
 */

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'was', 'that', 'for', 'with', 'on', 'said'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'du', 'une', 'dans', 'au', 'pour', 'sur'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'ein', 'eine', 'sich'],
  es: ['el', 'la', 'los', 'las', 'y', 'del', 'que', 'en', 'una', 'por', 'con', 'para', 'según'],
  it: ['il', 'della', 'che', 'di', 'e', 'per', 'una', 'gli', 'non', 'sono', 'nel', 'alla'],
  pt: ['o', 'os', 'da', 'do', 'que', 'em', 'uma', 'não', 'para', 'com', 'das', 'dos'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'olarak', 'olan', 'çok', 'daha', 'gibi', 'dedi', 'göre'],
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

function cyrillicLanguage(text: string): string | undefined {
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
 * Turkish name in an English text (`Kılıçdaroğlu`) stays far below it.
 */
const OWN_LETTERS: [language: string, letters: RegExp][] = [
  ['az', /ə/giu],
  ['tr', /ı/gu],
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

export function detectLanguage(text: string): string | undefined {
  const georgian = count(text, /[\u10d0-\u10ff]/g);
  const cyrillic = count(text, /\p{Script=Cyrillic}/gu);
  const armenian = count(text, /\p{Script=Armenian}/gu);
  const arabicScript = count(text, /\p{Script=Arabic}/gu);
  const latin = count(text, /\p{Script=Latin}/gu);
  const [script] = [
    ['ka', georgian],
    ['cyrillic', cyrillic],
    ['hy', armenian],
    ['arabic', arabicScript],
    ['latin', latin],
    ['east asian', count(text, EAST_ASIAN)],
  ].sort((a, b) => (b[1] as number) - (a[1] as number));
  if (script![0] === 'ka' || script![0] === 'hy') return script![0] as string;
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
  const scores = Object.entries(FUNCTION_WORDS)
    .map(([language, list]) => {
      const set = new Set(list);
      return [language, words.filter((word) => set.has(word)).length] as const;
    })
    .sort((a, b) => b[1] - a[1]);
  const [first, second] = scores;
  return first![1] >= MIN_HITS && first![1] >= MIN_LEAD * second![1] ? first![0] : undefined;
}
