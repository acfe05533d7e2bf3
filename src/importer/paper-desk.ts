/**
 * `BBC News` under the byline on a page of the paper the archive calls BBC, `Reuters Staff` on Reuters': the paper's
 * name, word for word, then a word or two naming its desk or service. The paper's own line, no one's name, whatever
 * name the user gave the paper (`--new-source BBC` makes the masthead `BBC`; the page prints `BBC News`).
 */
export function isPaperDesk(name: string, mastheads: readonly string[]): boolean {
  const words = name.split(/\s+/u).length;
  return mastheads.some((masthead) => name.toLowerCase().startsWith(`${masthead.toLowerCase()} `) && words - masthead.split(/\s+/u).length <= 2);
}

/**
 * `BBC News, Tbilisi` on a line of its own under the byline (the BBC in 2014): the paper's name or desk, a comma, and the
 * place its reporter wrote from, which is returned; undefined for any other line.
 */
export function placeAfterPaperDesk(line: string, mastheads: readonly string[]): string | undefined {
  const comma = line.indexOf(',');
  if (comma === -1) return undefined;
  const [desk, place] = [line.slice(0, comma).trim(), line.slice(comma + 1).trim()];
  const ownName = mastheads.some((masthead) => masthead.toLowerCase() === desk.toLowerCase()) || isPaperDesk(desk, mastheads);
  return ownName && place ? place : undefined;
}
