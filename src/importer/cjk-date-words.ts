import type { Locale } from 'date-fns';
import { ja } from 'date-fns/locale/ja';
import { ko } from 'date-fns/locale/ko';
import { zhCN } from 'date-fns/locale/zh-CN';
import { zhTW } from 'date-fns/locale/zh-TW';

/**
 * Dates and times as Japanese, Chinese and Korean pages print them, with a character after each number where
 * other languages print a name or a mark: `2024年5月28日 15時42分` (NHK), `2024年05月28日 15:42` (Xinhua),
 * `2024년 5월 28일 오후 3시 42분` (Yonhap), the half of the day (`午後`, `下午`, `오후`) before a 12-hour time. The
 * half-day words are date-fns's (ja, zh-CN, zh-TW, ko); its weekday names are read where date-names.ts reads all others.
 */

const LOCALES: Locale[] = [ja, zhCN, zhTW, ko];

/** `2024年5月28日`, `2024년 5월 28일`: year, month and day each followed by its character (Chinese `号` for the day too). */
export const CJK_YEAR_MONTH_DAY = /^(?<y>\d{4})\s*[年년]\s*(?<m>\d{1,2})\s*[月월]\s*(?<d>\d{1,2})\s*[日일号號]/u;

/** The words for before and after noon, `午前`/`午後`, `上午`/`下午`, `오전`/`오후`: abbreviated and wide (the narrow `上` and `下` are ordinary characters). */
const MERIDIEM = new Map(
  LOCALES.flatMap((locale) =>
    (['am', 'pm'] as const).flatMap((period) => (['abbreviated', 'wide'] as const).map((width) => [locale.localize.dayPeriod(period, { width }), period] as const)),
  ),
);
const MERIDIEM_WORDS = [...MERIDIEM.keys()].join('|');

/**
 * A time after its half-day word or on a 24-hour clock: `15時42分`, `午後3時42分`, `오후 3시 42분`, `오전 9시` (the hour
 * and minute each followed by its character), or `下午3:42`, `오후 3:42` (the half-day word before a clock time).
 */
const CJK_TIME = new RegExp(
  String.raw`^(?:(?<ampm>${MERIDIEM_WORDS})\s*)?(?<h>\d{1,2})(?:\s*[時时시](?:\s*(?<mi>\d{1,2})\s*[分분])?|:(?<mi2>\d{2})(?::(?<s>\d{2}))?)`,
  'u',
);

/** The time `text` starts with in these forms, as hour, minute and second on a 24-hour clock; a clock time with no half-day word is left to the common reader. */
export function cjkTimeAt(text: string): { groups: { h: string; mi?: string; s?: string; ampm?: 'am' | 'pm' }; length: number } | undefined {
  const match = CJK_TIME.exec(text);
  if (!match) return undefined;
  const { ampm, h, mi, mi2, s } = match.groups!;
  if (ampm === undefined && mi2 !== undefined) return undefined;
  return { groups: { h: h!, mi: mi ?? mi2, s, ampm: ampm === undefined ? undefined : MERIDIEM.get(ampm) }, length: match[0].length };
}
