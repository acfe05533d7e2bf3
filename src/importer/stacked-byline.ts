import { type LineFacts } from './line-facts.ts';
import { isWireAgency } from './byline-lines.ts';
import { isRoleAndBase } from './chrome-lines.ts';

/** A newsroom's or agency's initials in capitals: `BIRN`, `RFE/RL`. */
const NEWSROOM_INITIALS = /^\p{Lu}{2,6}(?:\/\p{Lu}{2,6})?$/u;

/** A place as a byline prints it: one to three capitalised words (`Tbilisi`, `Novi Sad`); the gazetteer knows more. */
const PLACE_SHAPE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;

type StackFacts = LineFacts & { chrome?: true };

/** The initials of a name's capitalised words: `Balkan Investigative Reporting Network` gives `BIRN`. */
const initialsOf = (line: string) => line.split(' ').filter((word) => /^\p{Lu}/u.test(word)).map((word) => word[0]).join('');

/**
 * A byline printed one fact a line right over the date (Balkan Insight: `Nino Tsereteli`, `BIRN`, `Tbilisi`, then
 * `June 4, 2024`): the names, the reporter's newsroom or agency, and the place the story was written in. Alone, each
 * line is too short to tell from a kicker or a section; stacked in this order over the date they are a byline. Each
 * author of a story written by several may have a stack of their own (`Name`, `BIRN`, `Tbilisi`, `Name`, `BIRN`,
 * `Belgrade`), or the names stand one a line, or on one line, over one newsroom and place (`Tbilisi, Belgrade`); the
 * place may be left out (`Name`, `BIRN`, then the date), and the newsroom is never a place. Over the newsroom's
 * initials, a place is any line of a place's shape; `names` reads a line of names as the caller reads bare bylines.
 * `lines` are the lines over the date, top first; the facts of each line of the byline, the names all on its first
 * line, the place the dateline when every author wrote from the same one; undefined when there is no such byline.
 */
export function readStackedByline(lines: readonly string[], names: (text: string) => LineFacts | undefined, places: ReadonlySet<string> | undefined): (StackFacts | undefined)[] | undefined {
  const isPlaceLine = (line: string) => line.split(/\s*,\s*/u).every((part) => places?.has(part) || PLACE_SHAPE.test(part));
  // The reporter's job may stand where the newsroom does (the New Humanitarian: `Name`, `Freelance journalist based in
  // Tbilisi`, `GORI, Georgia`, then the date).
  const isNewsroom = (line: string) => NEWSROOM_INITIALS.test(line) || isWireAgency(line) || isRoleAndBase(line);
  const hasNames = (line: string | undefined) => line !== undefined && (names(line)?.authors?.length ?? 0) > 0;
  const facts: (StackFacts | undefined)[] = lines.map(() => undefined);
  const authors: string[] = [];
  const placesRead = new Set<string>();
  // Stacks read up from the date, each its place (if printed), its newsroom, then its names.
  let j = lines.length - 1;
  for (;;) {
    const place = j >= 2 && isPlaceLine(lines[j]!) && isNewsroom(lines[j - 1]!) && hasNames(lines[j - 2]) ? j : undefined;
    const newsroom = place === undefined ? j : j - 1;
    if (newsroom < 1 || !isNewsroom(lines[newsroom]!) || !hasNames(lines[newsroom - 1])) break;
    let top = newsroom - 1;
    while (top > 0 && hasNames(lines[top - 1])) top -= 1;
    authors.unshift(...lines.slice(top, newsroom).flatMap((line) => names(line)!.authors!));
    if (place !== undefined) placesRead.add(lines[place]!);
    // The newsroom's name written out over its stack (`Balkan Investigative Reporting Network` over `BIRN`) is the page's too.
    if (top > 0 && initialsOf(lines[top - 1]!) === lines[newsroom]) top -= 1;
    for (let k = top; k <= j; k += 1) facts[k] = { chrome: true };
    j = top - 1;
  }
  if (authors.length === 0) return undefined;
  const first = facts.findIndex((line, k) => line !== undefined && hasNames(lines[k]));
  facts[first] = { authors };
  // One place for every author, and one place on its line, is where the story was written: a line of places with a
  // comma is one place a stack (`Tbilisi, Belgrade`), unless one author wrote the story (`GORI, Georgia`).
  const [place] = placesRead;
  if (place !== undefined && placesRead.size === 1 && lines.at(-1) === place && (!place.includes(',') || authors.length === 1)) facts[lines.length - 1] = { dateline: place };
  return facts;
}
