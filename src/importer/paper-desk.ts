/**
 * `BBC News` under the byline on a page of the paper the archive calls BBC, `Reuters Staff` on Reuters': the paper's
 * name, word for word, then a word or two naming its desk or service. The paper's own line, no one's name, whatever
 * name the user gave the paper (`--new-source BBC` makes the masthead `BBC`; the page prints `BBC News`).
 */
export function isPaperDesk(name: string, mastheads: readonly string[]): boolean {
  const words = name.split(/\s+/u).length;
  return mastheads.some((masthead) => name.toLowerCase().startsWith(`${masthead.toLowerCase()} `) && words - masthead.split(/\s+/u).length <= 2);
}

/** A web name's domain (`.cz` of `Novinky.cz`), which the paper leaves out where it names itself (Novinky: `Jan Dvořák, Novinky`). */
const WEB_DOMAIN = /\.\p{L}{2,4}$/u;
/** Whether the words are the paper's own name, in any case, with or without its web name's domain. */
export const isPaperName = (text: string, mastheads: readonly string[]): boolean =>
  mastheads.some((masthead) => [masthead, masthead.replace(WEB_DOMAIN, '')].some((name) => name.toLowerCase() === text.toLowerCase()));

/**
 * `BBC News, Tbilisi` on a line of its own under the byline (the BBC in 2014): the paper's name or desk, a comma, and the
 * place its reporter wrote from, which is returned; undefined for any other line.
 */
export function placeAfterPaperDesk(line: string, mastheads: readonly string[]): string | undefined {
  const comma = line.indexOf(',');
  if (comma === -1) return undefined;
  const [desk, place] = [line.slice(0, comma).trim(), line.slice(comma + 1).trim()];
  const ownName = isPaperName(desk, mastheads) || isPaperDesk(desk, mastheads);
  return ownName && place ? place : undefined;
}

/** The initials of the paper's capitalised words (`DN` for `Diário de Notícias`, `HS` for `Helsingin Sanomat`), when it has two or more. */
export const paperInitials = (masthead: string): string | undefined => {
  const capitalised = masthead.split(/\s+/u).filter((word) => /^\p{Lu}/u.test(word));
  return capitalised.length >= 2 ? capitalised.map((word) => word[0]).join('') : undefined;
};

/**
 * `Matti Virtanen HS` (Helsingin Sanomat): the paper's initials its staff sign with after their names, in capitals as the
 * paper prints them, are the paper's, not the name's last word; the name alone is returned.
 */
export function withoutPaperInitials(name: string, mastheads: readonly string[]): string {
  const initials = mastheads.map(paperInitials).find((letters) => letters !== undefined && name.endsWith(` ${letters}`));
  return initials === undefined ? name : name.slice(0, -initials.length - 1);
}
