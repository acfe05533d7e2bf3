import { parseBuffer } from 'bplist-parser';
import { ImportError } from './errors.ts';
import type { SavedFilePage } from './mhtml-input.ts';

/**
 * A page Safari saved as "Web Archive" (`.webarchive`, Safari's default format for File > Save As):
 * a binary property list whose `WebMainResource` holds the page's HTML exactly as Safari received
 * it (`WebResourceData`), its address (`WebResourceURL`) and charset
 * (`WebResourceTextEncodingName`), beside the page's images, styles and frames
 * (`WebSubresources`, `WebSubframeArchives`), which the article does not need. Read with
 * bplist-parser; the HTML is then read as any saved page's, and the whole file is the original.
 */

/** `.webarchive`, or a binary property list (`bplist00`) whatever the file is called. */
export function looksLikeWebarchive(file: string, bytes: Uint8Array): boolean {
  return /\.webarchive$/i.test(file) || Buffer.from(bytes.subarray(0, 8)).toString('latin1') === 'bplist00';
}

const COPY_AGAIN = 'copy the .webarchive again (it may have been cut short), or open it in Safari and save it with File > Save As… and Format: Page Source (an .html file), then import that';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

/** The page a Safari web archive holds. Throws an ImportError for a file that is no property list, or holds no HTML page. */
export function readWebarchive(bytes: Uint8Array): SavedFilePage {
  let root: unknown;
  try {
    [root] = parseBuffer(Buffer.from(bytes));
  } catch (error) {
    throw new ImportError(`the Safari web archive cannot be read as a binary property list (${(error as Error).message})`, COPY_AGAIN, 1);
  }
  const main = isRecord(root) ? root.WebMainResource : undefined;
  if (!isRecord(main) || !Buffer.isBuffer(main.WebResourceData)) {
    throw new ImportError("the file is a property list but no Safari web archive: it has no WebMainResource holding the page's data", COPY_AGAIN, 1);
  }
  const type = text(main.WebResourceMIMEType) ?? 'no type';
  if (!/^(?:text\/html|application\/xhtml\+xml)$/i.test(type)) {
    throw new ImportError(`the Safari web archive holds ${type}, not a web page`, 'save the article page itself (File > Save As… in Safari), not a PDF or image it links to', 1);
  }
  return { payload: main.WebResourceData, charset: text(main.WebResourceTextEncodingName), url: text(main.WebResourceURL) };
}
