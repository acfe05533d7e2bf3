/**
 * A saved page's charset: the one its markup declares, the page's text in it, and the page
 * re-encoded in a single-byte charset with the declaration changed to say so, as an old CMS or a
 * save tool that keeps the server's encoding writes it.
 */

const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)[^>]*>/giu;

/** The WHATWG name of the charset the page's markup declares (`<meta charset>` or http-equiv), else UTF-8. */
export function declaredCharset(bytes: Uint8Array): string {
  const label = [...Buffer.from(bytes).toString('latin1').matchAll(META_CHARSET)][0]?.[1];
  return new TextDecoder(label ?? 'utf-8').encoding;
}

export const pageText = (bytes: Uint8Array): string => new TextDecoder(declaredCharset(bytes)).decode(bytes);

/** The characters of windows-1252's bytes 0x80-0x9F (curly quotes, dashes, €), from the WHATWG decoder itself. */
const WINDOWS_1252_HIGH = new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 32 }, (_, at) => 0x80 + at));

/** The page's text as windows-1252 or ISO-8859-1 bytes, or undefined when a character does not fit. */
export function singleByte(text: string, charset: 'windows-1252' | 'iso-8859-1'): Buffer | undefined {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const high = charset === 'windows-1252' ? WINDOWS_1252_HIGH.indexOf(char) : -1;
    if (high >= 0) bytes.push(0x80 + high);
    else if (code <= 0x7f || (code >= 0xa0 && code <= 0xff)) bytes.push(code);
    else return undefined;
  }
  return Buffer.from(bytes);
}

/**
 * The page with every charset declaration replaced by one for `charset`: as `<meta charset>`, or
 * only as `<meta http-equiv="Content-Type">` (older pages' form). Put first in <head> (after
 * <html> or the doctype when the page leaves <head> implicit), since a browser reads only the first
 * kilobyte for it.
 */
export function declaring(html: string, charset: string, form: 'meta charset' | 'http-equiv'): string {
  const declaration = form === 'meta charset' ? `<meta charset="${charset}">` : `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">`;
  const undeclared = html.replace(META_CHARSET, '');
  const opening = /<head\b[^>]*>/iu.exec(undeclared) ?? /<html\b[^>]*>/iu.exec(undeclared) ?? /<!doctype[^>]*>/iu.exec(undeclared);
  const at = opening ? opening.index + opening[0].length : 0;
  return `${undeclared.slice(0, at)}${declaration}${undeclared.slice(at)}`;
}
