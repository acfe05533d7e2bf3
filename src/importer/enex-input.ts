import { DomUtils, parseDocument } from 'htmlparser2';
import { ImportError } from './errors.ts';
import type { SavedFilePage } from './mhtml-input.ts';

/**
 * A note Evernote exported as `.enex` (File > Export Note…, "ENEX format"): XML whose `<note>`
 * holds the note's title, its `created` and `updated` (when it was clipped, never the article's
 * date), the address its web clipper clipped it from (`<note-attributes><source-url>`) and the
 * clipped page as ENML, XHTML inside `<en-note>` in a CDATA section. The note is read as the page
 * it holds, tagged as Evernote's (note-export.ts) and at the address it was clipped from; its title,
 * the browser's title for the page (`Headline - Section - TASS`), is left to the headline the page
 * prints. The whole file is the original.
 */

/** `.enex`, or XML whose root is `<en-export>` whatever the file is called. */
export function looksLikeEnex(file: string, bytes: Uint8Array): boolean {
  return /\.enex$/i.test(file) || /^(?:\uFEFF)?\s*<\?xml[^>]*>\s*(?:<!DOCTYPE[^>]*>\s*)?<en-export\b/.test(Buffer.from(bytes.subarray(0, 512)).toString('utf8'));
}

const EXPORT_AGAIN = 'export the note again from Evernote (File > Export Note…, ENEX format), one note a file, or save the article page itself as .html';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page an Evernote export's one note holds. Throws an ImportError for a file that holds no note, or several. */
export function readEnex(bytes: Uint8Array): SavedFilePage {
  const document = parseDocument(new TextDecoder('utf-8').decode(bytes), { xmlMode: true });
  const root = DomUtils.findOne((element) => element.name === 'en-export', document.children);
  if (!root) throw new ImportError('the file is no Evernote export: it has no <en-export> element', EXPORT_AGAIN, 1);
  const notes = DomUtils.getElementsByTagName('note', root.children, false);
  if (notes.length !== 1) {
    const titles = notes.map((note) => `"${DomUtils.textContent(DomUtils.getElementsByTagName('title', note.children, false)).trim()}"`);
    throw new ImportError(
      notes.length === 0 ? 'the Evernote export holds no note' : `the Evernote export holds ${notes.length} notes (${titles.join(', ')}), and one file is read as one article`,
      EXPORT_AGAIN,
      1,
    );
  }
  const note = notes[0]!;
  const field = (name: string) => DomUtils.textContent(DomUtils.getElementsByTagName(name, note, true, 1)).trim();
  const enml = /<en-note\b[^>]*>([\s\S]*)<\/en-note>/.exec(field('content'))?.[1];
  if (enml === undefined) throw new ImportError(`the Evernote note "${field('title')}" holds no <en-note> content`, EXPORT_AGAIN, 1);
  const url = field('source-url') || undefined;
  const head = [
    '<meta charset="utf-8">',
    '<meta name="exporter-version" content="Evernote (.enex)">',
    ...(url ? [`<meta name="source-url" content="${escapeHtml(url)}">`] : []),
  ];
  const html = `<!DOCTYPE html>\n<html><head>${head.join('')}</head><body>${enml}</body></html>\n`;
  return { payload: new TextEncoder().encode(html), charset: 'utf-8', url };
}
