/**
 * `تبليسي- تجاوز البرلمان …` (Al Jazeera): Arabic papers print the dateline's place with a hyphen
 * joined to it and a space after, which their running text does not write (a dash set off in a
 * sentence has spaces on both sides). Arabic has no capital letters to tell a place from a word, so
 * this mark is what tells it: one to three words before it, at the paragraph's start.
 */
const GLUED_HYPHEN_PLACE = /^(?<place>\p{Script=Arabic}+(?: \p{Script=Arabic}+){0,2})[-–]\s+\p{Script=Arabic}/u;

export const arabicDatelinePlace = (paragraph: string): string | undefined => GLUED_HYPHEN_PLACE.exec(paragraph)?.groups?.place;
