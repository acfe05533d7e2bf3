/**
 * The paper's name as its web address, on a line of its own: `Mediamax.am` under Mediamax's text,
 * `kvira.ge` under Kvira's. It signs the page as the masthead does, so it is no article text. Only
 * the paper's own name counts: another site's address is a source the text names.
 */
const WEB_ADDRESS = /^(?<name>[\p{L}\d-]+)\.\p{Ll}{2,3}$/iu;

export function namesPaperAtAddress(line: string, masthead: string): boolean {
  const name = WEB_ADDRESS.exec(line.trim())?.groups?.name;
  return name !== undefined && name.toLowerCase() === masthead.replace(/\s+/gu, '').toLowerCase();
}
