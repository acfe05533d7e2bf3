import { isWireAgency, type LineFacts } from './line-facts.ts';

/** A newsroom's or agency's initials in capitals: `BIRN`, `RFE/RL`. */
const NEWSROOM_INITIALS = /^\p{Lu}{2,6}(?:\/\p{Lu}{2,6})?$/u;

/**
 * A byline printed one fact a line right over the date (Balkan Insight: `Nino Tsereteli`, `BIRN`, `Tbilisi`, then
 * `June 4, 2024`): the names, the reporter's newsroom or agency, and the place the story was written in. Alone, each
 * line is too short to tell from a kicker or a section; stacked in this order over the date they are a byline. The
 * place must be one the gazetteer knows, and `names` reads a line of names as the caller reads bare bylines.
 * `lines` are the three lines over the date, top first; the facts of each, or undefined when they are not that.
 */
export function readStackedByline(lines: readonly string[], names: (text: string) => LineFacts | undefined, places: ReadonlySet<string> | undefined): (LineFacts & { chrome?: true })[] | undefined {
  const [byline, newsroom, place] = lines;
  if (byline === undefined || newsroom === undefined || place === undefined || !places?.has(place)) return undefined;
  if (!NEWSROOM_INITIALS.test(newsroom) && !isWireAgency(newsroom)) return undefined;
  const authors = names(byline)?.authors;
  return authors && authors.length > 0 ? [{ authors }, { chrome: true }, { dateline: place }] : undefined;
}
