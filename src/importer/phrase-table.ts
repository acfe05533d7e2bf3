/**
 * The shape of the printed-phrase tables (printed-phrases.ts): the languages the importer reads, a
 * phrase, a role's phrases by language and the reasons a language has none.
 */

/** The languages the importer reads (README, "Importing clippings"): every role covers each, or lists it as a gap. */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'ru', 'uk', 'ka', 'tr', 'az', 'hy', 'fa', 'ar', 'pl', 'cs', 'ro', 'el', 'nl', 'lt', 'lv', 'et', 'be', 'sr', 'hr', 'sv', 'da', 'nb', 'fi', 'hu', 'sk', 'sl', 'ja', 'zh', 'ko', 'bg', 'he', 'uz', 'id', 'sw', 'th', 'hi', 'bn', 'ta', 'vi', 'ca'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A phrase as printed, matched literally (case aside), or a regex fragment where one phrase is
 * printed in several forms (`(?:last )?updated(?: on| at)?`); a fragment keeps each form beside the
 * others instead of listing every combination.
 */
export type Phrase = string | { fragment: string };
export const fragment = (source: string): Phrase => ({ fragment: source });

export interface Role {
  /** Printed alike whatever the page's language: brand names. */
  any?: readonly Phrase[];
  phrases: Partial<Record<Language, readonly Phrase[]>>;
  /** Languages with no phrase for the role, each with why: a missing language is listed, never silent. */
  gaps?: Partial<Record<Language, string>>;
  /**
   * Languages whose phrases here are ordinary words in other languages (the Dutch `door`, the Romanian `de`): read only
   * in a clipping in that language (own-language-phrases.ts).
   */
  ownClippingsOnly?: readonly Language[];
}

export const NO_BBC_SERVICE = 'the BBC, whose labelled layout this is, has no service in this language';
export const NOT_SEEN = 'no outlet seen printing one in this language yet';
export const SUFFIX = 'the language says it with a suffix on the place, not a word before it';
/** A heading printed in sentence case has lower-case words, which no name has: it is never read as names (byline-lines.ts, readNames). */
export const NO_MAIL_SEEN = 'no newsletter mail seen copied in this language yet';
export const SENTENCE_CASE = 'headings are printed in sentence case, and their lower-case words already tell them from names';
