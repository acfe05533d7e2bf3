import { CJK_YEAR_MONTH_DAY } from './cjk-date-words.ts';
import { type LineFacts } from './line-facts.ts';
import { phrasesOf } from './printed-phrases.ts';

/**
 * Header lines of Japanese, Chinese and Korean pages that name the reporter or the photo's source in their own
 * marks, with no capitals to tell a name by: `モスクワ=山田太郎` (Asahi's byline, the place before the equals sign),
 * `김철수 기자` (Yonhap: the name, then `기자`, "reporter"), `记者 王修远`, and a caption with its source after an
 * equals sign, `議会前で抗議する人たち=2024年5月28日、トビリシ、ロイター` (the day and the place the photo was
 * taken, then who took it), as Japanese papers print them.
 */

/** A name as these papers print it: two to six han or katakana (`山田太郎`, `ジョン・スミス`), or Korean's two to five hangul. */
const NAME = String.raw`(?:[\p{Script=Han}\p{Script=Katakana}ー・]{2,12}|\p{Script=Hangul}{2,5})`;
const NAMES = String.raw`${NAME}(?:\s*[、·]\s*${NAME})*`;
const NAME_LIST = /\s*[、·]\s*/u;

const PLACE_AND_NAMES = new RegExp(String.raw`^(?<place>[\p{Script=Han}\p{Script=Katakana}ー・]{2,15})[=＝](?<names>${NAMES})$`, 'u');
const NAMES_AND_ROLE = new RegExp(String.raw`^(?<names>${NAMES})\s*(?:기자|특파원)$`, 'u');
const ROLE_AND_NAMES = new RegExp(String.raw`^(?:记者|記者)\s*[：:]?\s*(?<names>${NAMES})$`, 'u');

/** A caption, an equals sign, then the photo's date, place and source between `、`: the source is the last. */
const CAPTION = /^(?<caption>[^=＝]{4,}?)[=＝](?<source>[^=＝]{2,60})$/u;

function caption(line: string): LineFacts | undefined {
  const groups = CAPTION.exec(line)?.groups;
  const parts = groups?.source!.split('、') ?? [];
  // Only a source that opens with the photo's date is told from a sentence with an equals sign in it.
  if (!groups || parts.length < 2 || !CJK_YEAR_MONTH_DAY.test(parts[0]!)) return undefined;
  return { caption: groups.caption!, credit: parts.at(-1)! };
}

/** The facts such a line states, or undefined when it is none of these. */
export function cjkFactLine(line: string): LineFacts | undefined {
  const placed = PLACE_AND_NAMES.exec(line)?.groups;
  if (placed) return { authors: placed.names!.split(NAME_LIST), dateline: placed.place! };
  const names = (NAMES_AND_ROLE.exec(line) ?? ROLE_AND_NAMES.exec(line))?.groups?.names;
  if (names) return { authors: names.split(NAME_LIST) };
  return caption(line);
}

/** `（5/28 21:03 更新）` after the date (the Central News Agency): an update's date in brackets, its label after it; the date as printed. */
const UPDATE_IN_BRACKETS = new RegExp(String.raw`^[（(](?<date>[^（）()]+?)\s*${phrasesOf('updateLabel')}[）)]$`, 'iu');
export const updateInBrackets = (text: string): string | undefined => UPDATE_IN_BRACKETS.exec(text)?.groups?.date;
