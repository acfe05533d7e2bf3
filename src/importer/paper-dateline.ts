/**
 * `تبليسي: «الشرق الأوسط»` (Asharq Al-Awsat): the place the paper's staff filed from, then the
 * paper's own name in quotation marks where a reporter's name stands in its other bylines. The place
 * is the dateline, and no one is named. Only the paper's own name (a masthead) makes the line so:
 * the same shape with other words, a speaker and a quotation (`زيلينسكي: «…»`), is how headlines and
 * standfirsts quote people.
 */
const PLACE_THEN_QUOTED = /^(?<place>[^:«»"“”\d]{2,40}?)\s*:\s*[«"“](?<name>[^«»"“”]{2,60})[»"”]$/u;

export function paperDateline(line: string, mastheads: readonly string[]): { dateline: string } | undefined {
  const groups = PLACE_THEN_QUOTED.exec(line.trim())?.groups;
  if (!groups || groups.place!.split(/\s+/u).length > 3) return undefined;
  const name = groups.name!.trim();
  return mastheads.includes(name) ? { dateline: groups.place!.trim() } : undefined;
}
