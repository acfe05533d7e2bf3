/**
 * Hebrew is written without capitals (as India's scripts are: INDIAN_WORD), so its names and places have the shape of any two words, and the rules that tell them by
 * their capitals (byline-lines.ts, line-facts.ts, body-facts.ts) cannot. Its names are read after the byline word that opens
 * the line (`מאת נועה לנדאו`, "by"), as nothing else follows it, or alone on a line that could be nothing else; its places only
 * as the gazetteer knows them or before an agency in brackets.
 */

const HEBREW = /\p{Script=Hebrew}/u;
/** After a byline word: two or three words each, several joined by commas. */
const HEBREW_WORD = String.raw`\p{Script=Hebrew}[\p{Script=Hebrew}'׳"״-]*`;
/**
 * India's scripts have no capitals either, and their vowel signs are marks, no letters (`शुरैह नियाज़ी`, BBC Hindi's
 * `लेखक, शुरैह नियाज़ी`): a word of Devanagari, Bengali or Tamil letters and signs.
 */
const INDIAN_WORD = String.raw`[\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}][\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Tamil}.-]*`;
const CASELESS_NAME = new RegExp(String.raw`^(?:${HEBREW_WORD}(?: ${HEBREW_WORD}){1,2}|${INDIAN_WORD}(?: ${INDIAN_WORD}){1,3})$`, 'u');

/**
 * One word in India's letters alone on its line beside the date, where a cased script prints its place in capitals: the dateline
 * (Anandabazar's `নিজস্ব সংবাদদাতা`, "own correspondent", over `কলকাতা` over the date). A name has two words or more.
 */
const INDIAN_PLACE = new RegExp(String.raw`^${INDIAN_WORD}$`, 'u');
export const isIndianScriptPlace = (text: string): boolean => INDIAN_PLACE.test(text);

/**
 * `சென்னை: …` (Dinamalar), `नई दिल्ली: …` (NDTV India): one or two words in India's letters and a colon opening the text,
 * where a cased script prints its place in capitals and a colon (`CHENNAI: …`, body-facts.ts): the dateline.
 */
const INDIAN_PLACE_AND_COLON = new RegExp(String.raw`^(?<place>${INDIAN_WORD}(?: ${INDIAN_WORD})?):\s+(?=\S)`, 'u');
export const indianScriptPlaceOpening = (paragraph: string): string | undefined => INDIAN_PLACE_AND_COLON.exec(paragraph)?.groups?.place;

/** The names a byline word opens in Hebrew or India's letters; undefined for any other text, which the rules for cased scripts read. */
export function caselessNames(text: string): { authors: string[]; dateline?: string } | undefined {
  const names = text.trim().split(/\s*,\s*/u);
  return names.every((name) => CASELESS_NAME.test(name)) ? { authors: names } : undefined;
}

/**
 * Hebrew's commonest whole small words, which sentences and headings use and no name holds (`של`, `את`, `על`), the byline word `מאת`, and `חדשות`
 * ("news"), which opens the section labels pages print over the title (`חדשות בעולם`): two or three words with none of them
 * may be a name alone on its line (Ynet prints the reporter's name so above the date), as Persian and Arabic ones
 * (arabic-script-names.ts).
 */
const HEBREW_SMALL_WORDS = new Set(['מאת', 'של', 'את', 'על', 'עם', 'כי', 'לא', 'זה', 'זו', 'הוא', 'היא', 'הם', 'גם', 'אל', 'או', 'אם', 'כל', 'יש', 'אין', 'אחרי', 'לפני', 'היום', 'אתמול', 'חדשות', 'עוד', 'כך', 'בין', 'מול', 'נגד', 'כמו']);

/** Whether words in Hebrew letters may be a name alone on its line: true for words in other scripts, which their own rules judge. */
export function mayBeHebrewName(words: readonly string[]): boolean {
  if (!words.some((word) => HEBREW.test(word))) return true;
  return words.length <= 3 && !words.some((word) => HEBREW_SMALL_WORDS.has(word));
}

/**
 * Whether a text is printed in capitals (`TBILISI`): a capital letter, and no letter in lower case or of a script without
 * case (Hebrew's, Japanese's), so `ＥＵは…`, a Japanese sentence naming the EU, is not.
 */
export const inCapitals = (text: string): boolean => /\p{Lu}/u.test(text) && !/[\p{Ll}\p{Lo}]/u.test(text);

/**
 * Whether a dateline's place is shown to be one: in Hebrew letters only when the gazetteer knows it or an agency in brackets
 * follows it (`ירושלים (רויטרס) -`), as a sentence's first words take the same shape (`הממשלה החליטה היום, 28 במאי -`, "the
 * government decided today, 28 May -"); in other scripts always, their capitals having told it.
 */
export function placeShown(place: string, dateline: string, places: ReadonlySet<string> | undefined): boolean {
  return !HEBREW.test(place) || /\([^()]+\)/u.test(dateline) || (places?.has(place) ?? false);
}
