import { CJK_YEAR_MONTH_DAY } from './cjk-date-words.ts';
import { type LineFacts } from './line-facts.ts';
import { agencyForm, NEWS_AGENCY_FORMS } from './news-agencies.ts';
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
/**
 * `记者 王修远`; after the paper's name or a word for it, and a rank, glued to `记者` (The Paper: `澎湃新闻记者 王小明`,
 * `澎湃新闻见习记者 陈思雨`, "trainee reporter"; `本报记者 …`, "this paper's reporter"): the names past a blank only then,
 * so no phrase of a sentence that ends in `记者` and a word is taken for a byline.
 */
const ROLE_AND_NAMES = new RegExp(String.raw`^(?:(?:\p{Script=Han}{2,8}?(?:记者|記者)\s+)|(?:记者|記者)\s*[：:]?\s*)(?<names>${NAMES})$`, 'u');

/**
 * A caption, an equals sign, then the photo's date, place and source between `、`: the source is the last. Yomiuri prints
 * the day and place in brackets inside the caption and the agency alone after the sign: `抗議する人たち（28日、トビリシで）＝ロイター`.
 */
const CAPTION = /^(?<caption>[^=＝]{4,}?)[=＝](?<source>[^=＝]{2,60})$/u;

function caption(line: string): LineFacts | undefined {
  const groups = CAPTION.exec(line)?.groups;
  const parts = groups?.source!.split('、') ?? [];
  // Only a source that opens with the photo's date, or is an agency's name alone, is told from a sentence with an equals sign in it.
  if (!groups || (parts.length < 2 || !CJK_YEAR_MONTH_DAY.test(parts[0]!)) && (parts.length > 1 || agencyForm(parts[0]!) === undefined)) return undefined;
  return { caption: groups.caption!, credit: parts.at(-1)! };
}

/**
 * The photographer after the caption, in brackets before `撮影` ("photographed"), as Japanese papers credit their own staff:
 * `…関係者＝28日午前、羽田空港第3ターミナル駅（山田健太郎撮影）` (Sankei). The caption keeps the day and place before it.
 */
const PHOTOGRAPHER_IN_BRACKETS = /^(?<caption>[^（）()]{4,}?)[（(](?<credit>[^（）()、。\s]{2,20}?)撮影[)）]$/u;

function photographerInBrackets(line: string): LineFacts | undefined {
  const groups = PHOTOGRAPHER_IN_BRACKETS.exec(line)?.groups;
  return groups && { caption: groups.caption!, credit: groups.credit! };
}

/** The Korean agencies that pass other agencies' photos on, as they print their names: `연합뉴스`, `뉴시스`. */
const KOREAN_AGENCY = NEWS_AGENCY_FORMS.filter((form) => /^\p{Script=Hangul}/u.test(form)).join('|');
/** The agency that took the photo, before the Korean one that passes it on: `AP`, `EPA`, `로이터`. */
const FIRST_AGENCY = String.raw`(?:\p{Lu}{2,}|\p{Script=Hangul}{2,4})`;
/**
 * Korean pages' credits after the caption's sentence: `… 있다. AP=연합뉴스` (JoongAng), `… 있다. 트빌리시/AP 연합뉴스`
 * (Hankyoreh: where the photo was taken, then the agencies), `… 있다. /AP 연합뉴스` (Chosun). The place is the caption's
 * matter, not the credit.
 */
const KOREAN_CAPTION = new RegExp(String.raw`^(?<caption>.*\p{Script=Hangul}[.。])\s*(?:\p{Script=Hangul}{2,12})?\/?\s*(?<credit>(?:${FIRST_AGENCY}[=＝\s])?(?:${KOREAN_AGENCY}))$`, 'u');
/** `사진=연합뉴스`, `(사진=AP 연합뉴스)` on a line of its own under the caption: the label, an equals sign, the credit. */
const EQUALS_LABELLED_CREDIT = new RegExp(String.raw`^(?<open>[（(])?${phrasesOf('photoLabel')}\s*[=＝]\s*(?<credit>[^=＝()（）.。]{2,30}?)(?<close>[)）])?$`, 'iu');

function equalsLabelledCredit(line: string): LineFacts | undefined {
  const groups = EQUALS_LABELLED_CREDIT.exec(line)?.groups;
  return groups && Boolean(groups.open) === Boolean(groups.close) ? { credit: groups.credit! } : undefined;
}

function koreanCaption(line: string): LineFacts | undefined {
  const groups = KOREAN_CAPTION.exec(line)?.groups;
  return groups && { caption: groups.caption!, credit: groups.credit! };
}

/** The facts such a line states, or undefined when it is none of these. */
export function cjkFactLine(line: string): LineFacts | undefined {
  const placed = PLACE_AND_NAMES.exec(line)?.groups;
  if (placed) return { authors: placed.names!.split(NAME_LIST), dateline: placed.place! };
  const names = (NAMES_AND_ROLE.exec(line) ?? ROLE_AND_NAMES.exec(line))?.groups?.names;
  if (names) return { authors: names.split(NAME_LIST) };
  return koreanCaption(line) ?? photographerInBrackets(line) ?? caption(line) ?? equalsLabelledCredit(line);
}

/**
 * A Chinese reporter's name alone on its line, two to four han (Lianhe Zaobao prints it under the photo's caption, over
 * the text: `吴佳蓉`), which no capitals tell from a word: read only where its place says it is a byline.
 */
const HAN_NAME_ALONE = /^\p{Script=Han}{2,4}$/u;
export const hanNameAlone = (line: string): LineFacts | undefined => (HAN_NAME_ALONE.test(line) ? { authors: [line] } : undefined);

/**
 * A Japanese name printed with a blank between the family and the given name (Sankei under the date: `山田 健太郎`), which
 * no capitals tell from two words: read only where its place says it is a byline, as hanNameAlone.
 */
const SPACED_JAPANESE_NAME = /^\p{Script=Han}{1,4}[ 　][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4}$/u;
export const spacedJapaneseName = (line: string): LineFacts | undefined => (SPACED_JAPANESE_NAME.test(line) ? { authors: [line] } : undefined);

/** `（5/28 21:03 更新）` after the date (the Central News Agency): an update's date in brackets, its label after it; the date as printed. */
const UPDATE_IN_BRACKETS = new RegExp(String.raw`^[（(](?<date>[^（）()]+?)\s*${phrasesOf('updateLabel')}[）)]$`, 'iu');
export const updateInBrackets = (text: string): string | undefined => UPDATE_IN_BRACKETS.exec(text)?.groups?.date;
