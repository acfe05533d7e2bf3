/**
 * The language a clipping is written in, when its paper's profile does not say: used to read month
 * names and the order of numeric dates, and the language of a paper the import adds (paper-language.ts).
 * The script decides Georgian, and Russian or Ukrainian by their own letters; Latin-script languages
 * are told apart by their commonest short words. Too little evidence is no answer.
 */

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'was', 'that', 'for', 'with', 'on', 'said'],
  fr: ['le', 'la', 'les', 'des', 'et', 'est', 'du', 'une', 'dans', 'au', 'pour', 'sur'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'mit', 'den', 'von', 'ein', 'eine', 'sich'],
  es: ['el', 'los', 'las', 'y', 'del', 'que', 'en', 'una', 'por', 'con', 'para', 'según'],
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

function cyrillicLanguage(text: string): string | undefined {
  if (OTHER_CYRILLIC.test(text)) return undefined;
  const ukrainian = UKRAINIAN.test(text);
  if (ukrainian && RUSSIAN.test(text)) return undefined;
  return ukrainian ? 'uk' : 'ru';
}

/** This many function words, and twice as many as the runner-up, make a language a fact. */
const MIN_HITS = 5;

export function detectLanguage(text: string): string | undefined {
  const georgian = (text.match(/[\u10d0-\u10ff]/g) ?? []).length;
  const cyrillic = (text.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
  if (georgian > latin && georgian > cyrillic) return 'ka';
  if (cyrillic > latin) return cyrillicLanguage(text);

  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = Object.entries(FUNCTION_WORDS)
    .map(([language, list]) => {
      const set = new Set(list);
      return [language, words.filter((word) => set.has(word)).length] as const;
    })
    .sort((a, b) => b[1] - a[1]);
  const [first, second] = scores;
  return first![1] >= MIN_HITS && first![1] >= 2 * second![1] ? first![0] : undefined;
}
