/**
 * The datelines Japanese, Chinese and Korean papers open their text with, which name the reporter inside them:
 * `【モスクワ=山田太郎】` (Asahi, Yomiuri: the place, an equals sign, the reporter or the agency), `(서울=연합뉴스)
 * 김철수 기자 =` (Yonhap: the place and the agency in brackets, then the reporter and `기자`, "reporter"),
 * `新华社第比利斯5月28日电（记者王修远）` (Xinhua: the agency, the place, the day and `电`, "dispatch", then the
 * reporter in brackets), `（中央社提比里斯28日綜合外電報導）` (the Central News Agency: the agency, the place, the day
 * and what kind of dispatch it is). These scripts write no capitals and no blank between words, so the marks
 * around the place are what tell it. The text stays word for word; the place and names are read from it.
 */

/** Names listed in a dateline: `、` between names, `·` between Korean ones (`김철수·이영희`). */
const NAME_LIST = /\s*[、·・,，]\s*/u;
const HAN = String.raw`\p{Script=Han}`;

const FORMS: RegExp[] = [
  // 【モスクワ=山田太郎】, 【北京=共同】
  /^【(?<place>[^=＝【】\s]{1,15})[=＝](?<names>[^=＝【】]{1,40})】/u,
  // (서울=연합뉴스) 김철수 기자 =, [서울=뉴시스] 김철수·이영희 기자 =, (서울=연합뉴스) 김철수 특파원 =
  /^[([](?<place>[^=()[\]\s]{1,15})=(?<agency>[^=()[\]]{1,15})[)\]]\s*(?:(?<names>\p{Script=Hangul}{2,5}(?:\s*·\s*\p{Script=Hangul}{2,5})*)\s*(?:기자|특파원)\s*)?=/u,
  // 新华社第比利斯5月28日电（记者王修远）, 中新社北京5月28日电 (the agency's name ends in 社 or 网, "agency", "net")
  new RegExp(String.raw`^(?<agency>${HAN}{1,4}?[社网網])(?<place>${HAN}{2,10}?)\d{1,2}月\d{1,2}日[电電](?:\s*[（(](?:记者|記者)\s*(?<names>[^（）()]{2,30})[）)])?`, 'u'),
  // （中央社提比里斯28日綜合外電報導）: the reporter is named only as `記者` glued to the place, which no mark tells apart: not read
  new RegExp(String.raw`^[（(](?<agency>${HAN}{1,4}?[社网網])(?!記者|记者)(?<place>${HAN}{2,10}?)\d{1,2}日(?:專電|专电|電|电|綜合外電報導|综合外电报道)[）)]`, 'u'),
];

/** The place and the reporters a Japanese, Chinese or Korean dateline opening `paragraph` names, or undefined. */
export function cjkDateline(paragraph: string): { place: string; authors: string[] } | undefined {
  for (const form of FORMS) {
    const groups = form.exec(paragraph)?.groups;
    if (groups) return { place: groups.place!, authors: groups.names?.trim().split(NAME_LIST).filter(Boolean) ?? [] };
  }
  return undefined;
}
