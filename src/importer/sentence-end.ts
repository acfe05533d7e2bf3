/**
 * How a line ends a sentence in the languages read: its mark (`։` is Armenian's full stop), then the
 * quotes or bracket that close around it (`… the vote.”`). The rules that ask whether a line ends a
 * sentence take the marks from here and keep apart only their own reason (whether a question counts).
 */

/** The full stops: a statement's end, and an ellipsis's; `。` is Japanese and Chinese's, `।` (the danda) Hindi's and Bengali's. */
export const FULL_STOPS = '.…։。।';
/** The marks Japanese and Chinese end a sentence with, full width, and begin the next one after with no blank. */
const WIDE_MARKS = '。！？';
/** Every mark that ends a sentence, a question's and an exclamation's too. */
export const SENTENCE_MARKS = `${FULL_STOPS}!?！？`;

/** A regex source for one of `marks` and the quotes or bracket closing after it (`」』）` in Japanese and Chinese), for a pattern to end with. */
export const endingIn = (marks: string): string => String.raw`[${marks}]["'”’»)」』）]*`;

/** A line that ends a sentence (a statement, a question or an exclamation). */
export const SENTENCE_END = new RegExp(`${endingIn(SENTENCE_MARKS)}$`, 'u');
/** A line that ends a statement: a full stop, not a question's mark. */
export const STATEMENT_END = new RegExp(`${endingIn(FULL_STOPS)}$`, 'u');
/** A sentence ending inside a line, before more text: the line holds two sentences or more. */
export const SENTENCE_BREAK = new RegExp(String.raw`${endingIn(SENTENCE_MARKS)}\s|${endingIn(WIDE_MARKS)}(?=\S)`, 'u');
