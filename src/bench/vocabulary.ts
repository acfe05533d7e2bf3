import { intBetween, pick, type Random } from './random.ts';

/**
 * The most frequent words of English news text, in rough frequency order: they take the top
 * ranks of the Zipf distribution so the synthetic text has real stop words for Pagefind to handle.
 */
const COMMON_WORDS = `the of and to a in that is for on was with said he it as at by from his be have has
are an not but were which this had they after who their been its or will also more one would two about
than up government new year people first last minister president over into out when there other some
could years all against her new week country officials state police told we said party our no can
talks said city may since security under any between while told only such if three former before during
because most what them made many where both early foreign national public court election parliament
report meeting time agreement day month war according later region economic military plan law local`
  .split(/\s+/)
  .filter((word, index, words) => words.indexOf(word) === index);

const ONSETS = ['b', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'ch', 'sh', 'tr', 'st', 'br', 'kv', 'gr'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou'];
const CODAS = ['', '', '', 'n', 'r', 's', 'l', 'nd', 'rt', 'st', 'm'];

function syllable(random: Random): string {
  return pick(random, ONSETS) + pick(random, VOWELS) + pick(random, CODAS);
}

/** A pronounceable made-up word of `min`..`max` syllables. */
export function pseudoWord(random: Random, min: number, max: number): string {
  let word = '';
  for (let count = intBetween(random, min, max); count > 0; count -= 1) word += syllable(random);
  return word;
}

/**
 * `size` distinct lower-case words, most frequent first: real common words, then made-up ones
 * (made-up, so a query's hits are decided by the seed, not by which English words we listed).
 */
export function buildVocabulary(random: Random, size: number): string[] {
  const words = new Set(COMMON_WORDS.slice(0, size));
  while (words.size < size) words.add(pseudoWord(random, 1, 3));
  return [...words];
}

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
