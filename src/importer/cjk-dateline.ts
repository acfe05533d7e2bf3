/**
 * The datelines Japanese, Chinese and Korean papers open their text with, which name the reporter inside them:
 * `【モスクワ=山田太郎】` (Asahi, Yomiuri: the place, an equals sign, the reporter or the agency), `(서울=연합뉴스)
 * 김철수 기자 =` (Yonhap: the place and the agency in brackets, then the reporter and `기자`, "reporter"),
 * `新华社第比利斯5月28日电（记者王修远）` (Xinhua: the agency, the place, the day and `电`, "dispatch", then the
 * reporter in brackets), `（中央社提比里斯28日綜合外電報導）` (the Central News Agency: the agency, the place, the day
 * and what kind of dispatch it is). These scripts write no capitals and no blank between words, so the marks
 * around the place are what tell it. Where no mark stands between a reporter and the place, `（中央社記者林雅婷布魯塞爾28日專電）`
 * (the Central News Agency: the reporter, then the place) and `【モスクワ山田太郎】` (Mainichi: the place, then the reporter),
 * only a place the gazetteer lists (`布魯塞爾`, `モスクワ`) tells where one ends; an unlisted one is not read. The text
 * stays word for word; the place and names are read from it.
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
  // 〔記者王小明／台北報導〕, 〔編譯林欣怡／綜合報導〕 (the Liberty Times: the reporter, or the international desk's writer, 編譯,
  // then where the report was filed, or 綜合, "compiled", from several sources, which names no place)
  new RegExp(String.raw`^〔(?:記者|记者|特派記者|編譯|编译)?(?<names>${HAN}{2,4}(?:、${HAN}{2,4})*)[／/](?:綜合|综合|(?<place>${HAN}{2,10}?))(?:報導|报道)〕`, 'u'),
  // （中央社提比里斯28日綜合外電報導）; with its reporter glued to the place, `記者林雅婷布魯塞爾`, it is GLUED's
  new RegExp(String.raw`^[（(](?<agency>${HAN}{1,4}?[社网網])(?!記者|记者)(?<place>${HAN}{2,10}?)\d{1,2}日(?:專電|专电|電|电|綜合外電報導|综合外电报道)[）)]`, 'u'),
];

/**
 * Datelines whose reporter is glued to the place, and how long a name there may be. The Central News Agency puts the
 * names first, `（中央社記者林雅婷布魯塞爾28日專電）` or `記者林雅婷、王心妤台北`: a Chinese name is two to four han (a compound
 * surname makes four). Mainichi puts the place first, in katakana, and the reporter's name in han after it: Japanese
 * names take three han or more, so that `【モスクワ五輪】` (the Moscow Olympics) names no one.
 */
const GLUED: { pattern: RegExp; namesFirst: boolean; nameLengths: number[] }[] = [
  { pattern: new RegExp(String.raw`^[（(]${HAN}{1,4}?[社网網](?:記者|记者)(?<glued>[^（）()\d]{4,40}?)\d{1,2}日(?:專電|专电|電|电)[）)]`, 'u'), namesFirst: true, nameLengths: [2, 3, 4] },
  { pattern: /^【(?<glued>[\p{Script=Katakana}ー]{2,12}\p{Script=Han}{3,5})】/u, namesFirst: false, nameLengths: [3, 4, 5] },
];

/** `林雅婷布魯塞爾` as the name and the place, when the place is one the gazetteer lists. */
function splitGlued(glued: string, { namesFirst, nameLengths }: (typeof GLUED)[number], places: ReadonlySet<string>): { place: string; authors: string[] } | undefined {
  const names = glued.split(NAME_LIST);
  const joined = namesFirst ? names.pop()! : names.shift()!;
  for (const length of nameLengths) {
    const [name, place] = namesFirst ? [joined.slice(0, length), joined.slice(length)] : [joined.slice(-length), joined.slice(0, -length)];
    if (places.has(place)) return { place, authors: namesFirst ? [...names, name] : [name, ...names] };
  }
  return undefined;
}

/** The place and the reporters a Japanese, Chinese or Korean dateline opening `paragraph` names, or undefined. */
export function cjkDateline(paragraph: string, places: ReadonlySet<string> | undefined): { place?: string; authors: string[] } | undefined {
  for (const form of FORMS) {
    const groups = form.exec(paragraph)?.groups;
    if (groups) return { place: groups.place, authors: groups.names?.trim().split(NAME_LIST).filter(Boolean) ?? [] };
  }
  for (const form of GLUED) {
    const glued = form.pattern.exec(paragraph)?.groups?.glued;
    const read = glued === undefined || places === undefined ? undefined : splitGlued(glued, form, places);
    if (read) return read;
  }
  return undefined;
}
