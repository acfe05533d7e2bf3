import { decodePage, type DecodedPage } from './html-input.ts';
import { looksLikeWebarchive, readWebarchive } from './webarchive-input.ts';

export interface OriginalText extends DecodedPage {
  /** The text is the HTML page inside a Safari web archive, whose own bytes are no text. */
  inWebarchive: boolean;
}

/**
 * A kept original as text, decoded as the importer decoded it (import-file.ts), for the page that
 * shows it (src/components/OriginalClipping.astro): a saved page in the charset it declares (an
 * Interfax page's windows-1251, which read as a plain clipping is garbled or refused), a Safari web
 * archive as the page inside it, anything else as a clipping is read. `file` is the name it was
 * imported under (`original.file`), which says what it is; the kept copy is always named `.txt`.
 * `charset` is the one the importer recorded (`original.charset`) for bytes that do not say it
 * themselves (a WARC record's page, whose HTTP header named it).
 */
export function originalText(file: string, bytes: Uint8Array, charset?: string): OriginalText {
  if (!looksLikeWebarchive(file, bytes)) return { ...decodePage(file, bytes, charset), inWebarchive: false };
  const saved = readWebarchive(bytes);
  return { ...decodePage(file, saved.payload, saved.charset), inWebarchive: true };
}
