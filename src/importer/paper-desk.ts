/**
 * `BBC News` under the byline on a page of the paper the archive calls BBC, `Reuters Staff` on Reuters': the paper's
 * name, word for word, then a word or two naming its desk or service. The paper's own line, no one's name, whatever
 * name the user gave the paper (`--new-source BBC` makes the masthead `BBC`; the page prints `BBC News`).
 */
export function isPaperDesk(name: string, mastheads: readonly string[]): boolean {
  const words = name.split(/\s+/u).length;
  return mastheads.some((masthead) => name.toLowerCase().startsWith(`${masthead.toLowerCase()} `) && words - masthead.split(/\s+/u).length <= 2);
}
