import { ImportError } from './errors.ts';

/**
 * A page saved by Chrome or Edge as "Webpage, Single File" (`.mhtml`; Internet Explorer's `.mht`):
 * a MIME multipart/related message whose first HTML part is the page, quoted-printable or base64,
 * followed by its styles, images and frames, with the address it was saved from in the
 * `Snapshot-Content-Location` header. Node has no MIME reader and the maintained npm ones are mail
 * parsers that join every HTML part (a page's ad and video frames too) into one text, so the page's
 * part is taken out here with Node's Buffer; its bytes are then read as any saved page's are.

 */

/** The longest single-file save read (.mhtml, .webarchive): the page's images and fonts are inside it (the HTML part keeps the HTML bounds). */
export const MAX_SAVED_FILE_BYTES = 64 * 1024 * 1024;

/** Single-file saves by name: Chrome's and Edge's `.mhtml`, Internet Explorer's `.mht`, Safari's `.webarchive`. */
export const SAVED_FILE_NAME = /\.(?:mht(?:ml)?|webarchive)$/i;

/** `.mhtml`, as Chrome and Edge name it, or Internet Explorer's `.mht`. */
const MHTML_NAME = /\.mht(?:ml)?$/i;

/** The page a single-file save holds (an .mhtml's HTML part, a Safari web archive's main resource). */
export interface SavedFilePage {
  /** The page's HTML bytes as the browser received them (an .mhtml part's transfer encoding undone). */
  payload: Uint8Array;
  /** The charset the save names for them, if any. */
  charset?: string;
  /** The page's address (an .mhtml's `Snapshot-Content-Location`, else its HTML part's `Content-Location`). */
  url?: string;
}

type Headers = Map<string, string>;

/** A header block's fields by lower-case name, folded lines joined (`Content-Type: multipart/related;\r\n\ttype=…`). */
function parseHeaders(block: string): Headers {
  const headers: Headers = new Map();
  for (const field of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = field.indexOf(':');
    if (colon > 0) headers.set(field.slice(0, colon).trim().toLowerCase(), field.slice(colon + 1).trim());
  }
  return headers;
}

/** The header block and what follows the blank line after it. */
function splitHead(text: string): { headers: Headers; body: string } {
  const end = /\r?\n\r?\n/.exec(text);
  return end ? { headers: parseHeaders(text.slice(0, end.index)), body: text.slice(end.index + end[0].length) } : { headers: parseHeaders(text), body: '' };
}

const parameter = (value: string | undefined, name: string) => new RegExp(`;\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value ?? '')?.slice(1).find((found) => found !== undefined);

/** A file saved as MHTML: by its name, or by a MIME header block that declares multipart/related. */
export function looksLikeMhtml(file: string, bytes: Uint8Array): boolean {
  if (MHTML_NAME.test(file)) return true;
  const { headers } = splitHead(Buffer.from(bytes.subarray(0, 4096)).toString('latin1'));
  return headers.has('mime-version') && /^multipart\/related\b/i.test(headers.get('content-type') ?? '');
}

/** Quoted-printable (RFC 2045) to bytes: soft line breaks joined, `=XX` to its byte. */
function fromQuotedPrintable(text: string): Buffer {
  return Buffer.from(text.replace(/=\r?\n/g, '').replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
}

function decodeTransfer(content: string, encoding: string | undefined): Buffer {
  switch ((encoding ?? '').toLowerCase()) {
    case 'quoted-printable':
      return fromQuotedPrintable(content);
    case 'base64':
      return Buffer.from(content, 'base64');
    default:
      return Buffer.from(content, 'latin1');
  }
}

const SAVE_AGAIN = 'save the page again with "Webpage, Single File" (or as "Webpage, HTML Only", an .html file the importer reads the same way)';

/** The page an .mhtml file holds. Throws an ImportError for a file that is not one, holds no HTML part, or ends inside it. */
export function readMhtml(bytes: Uint8Array): SavedFilePage {
  // latin1 keeps every byte as one character: the parts' bytes come back unchanged.
  const { headers, body } = splitHead(Buffer.from(bytes).toString('latin1'));
  const boundary = parameter(headers.get('content-type'), 'boundary');
  if (!/^multipart\//i.test(headers.get('content-type') ?? '') || !boundary) {
    throw new ImportError('the file is named as a single-file web page (.mhtml) but is not one: it has no MIME multipart header with a boundary', SAVE_AGAIN, 1);
  }
  const delimiter = `--${boundary}`;
  const parts = body.split(delimiter).slice(1);
  for (const [index, part] of parts.entries()) {
    if (part.startsWith('--')) break;
    const { headers: partHeaders, body: content } = splitHead(part.replace(/^[ \t]*\r?\n/, ''));
    const type = partHeaders.get('content-type') ?? 'text/plain';
    if (!/^text\/html\b/i.test(type)) continue;
    // The part ends at the next delimiter; a file cut inside its HTML part has none after it.
    if (index === parts.length - 1) throw new ImportError('the .mhtml file ends inside its HTML part (the page is incomplete)', `copy the file again, or ${SAVE_AGAIN}`);
    return {
      payload: decodeTransfer(content.replace(/\r?\n$/, ''), partHeaders.get('content-transfer-encoding')),
      charset: parameter(type, 'charset'),
      url: headers.get('snapshot-content-location') ?? partHeaders.get('content-location'),
    };
  }
  throw new ImportError('the .mhtml file holds no HTML page (none of its parts is text/html)', SAVE_AGAIN);
}
