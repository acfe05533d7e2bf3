import { looksLikeEnex, readEnex } from './enex-input.ts';
import { decodePage, type DecodedPage } from './html-input.ts';
import { looksLikeMhtml, readMhtml } from './mhtml-input.ts';
import { looksLikeWebarchive, readWebarchive } from './webarchive-input.ts';

export interface OriginalText extends DecodedPage {
  /**
   * The single-file save the text is the web page of (`a Safari web archive`): its own bytes are
   * binary, or MIME parts that also hold the page's images as base64, megabytes no reader wants.
   */
  savedIn?: string;
}

/**
 * A kept original as text, decoded as the importer decoded it (import-file.ts), for the page that
 * shows it (src/components/OriginalClipping.astro): a saved page in the charset it declares (an
 * Interfax page's windows-1251, which read as a plain clipping is garbled or refused), a
 * single-file save as the page inside it, anything else as a clipping is read. `file` is the name
 * it was imported under (`original.file`), which says what it is; the kept copy is always named
 * `.txt`. `charset` is the one the importer recorded (`original.charset`) for bytes that do not
 * say it themselves (a WARC record's page, whose HTTP header named it).
 */
export function originalText(file: string, bytes: Uint8Array, charset?: string): OriginalText {
  if (looksLikeWebarchive(file, bytes)) {
    const saved = readWebarchive(bytes);
    return { ...decodePage(file, saved.payload, saved.charset), savedIn: 'a Safari web archive' };
  }
  if (looksLikeMhtml(file, bytes)) {
    const saved = readMhtml(bytes);
    return { ...decodePage(file, saved.payload, saved.charset), savedIn: 'a single-file web page (.mhtml)' };
  }
  if (looksLikeEnex(file, bytes)) {
    const saved = readEnex(bytes);
    return { ...decodePage(file, saved.payload, saved.charset), savedIn: 'an Evernote export (.enex)' };
  }
  return decodePage(file, bytes, charset);
}
