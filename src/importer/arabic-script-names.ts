/**
 * Persian and Arabic are written without capitals, so a line of names has the shape of any short
 * line (Radio Farda: `مریم احمدی` between the title and the date). Their letters count as a name's
 * capitals (byline-lines.ts, as Georgian's do), only in a line that could be nothing else: two or
 * three words, none of them the languages' commonest small words (`و`, `في`, `من`; `در`, `به`,
 * `را`), which every sentence and sub-heading uses and no name holds.
 */
const MOST_WORDS = 3;

const SMALL_WORDS = new Set([
  // Arabic
  'و', 'في', 'من', 'على', 'إلى', 'الى', 'عن', 'مع', 'أن', 'إن', 'ان', 'لا', 'ما', 'هذا', 'هذه', 'التي', 'الذي', 'قد', 'كان', 'بعد', 'قبل',
  // Persian
  'در', 'به', 'از', 'را', 'که', 'با', 'این', 'آن', 'برای', 'تا', 'هم', 'یا', 'است', 'شد', 'کرد',
]);

const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/** Whether words in Persian or Arabic letters may be a name: true for words in other scripts, which their own rules judge. */
export function mayBeArabicScriptName(words: readonly string[]): boolean {
  if (!words.some((word) => ARABIC_SCRIPT.test(word))) return true;
  return words.length <= MOST_WORDS && !words.some((word) => SMALL_WORDS.has(word));
}
