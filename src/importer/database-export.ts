import path from 'node:path';
import type { DatabaseItem } from './database-document.ts';
import { ImportError } from './errors.ts';
import { factivaHtmlDocuments, looksLikeFactivaHtml } from './factiva-html.ts';
import { looksLikeFactivaText, readFactivaText } from './factiva-export.ts';
import { type DecodedPage, looksLikeHtml } from './html-input.ts';
import { docxParagraphs, readNexisDocuments } from './nexis-export.ts';

/*
 * A news database's export (Factiva's as text or HTML, Nexis Uni's Word download): its documents,
 * each with the part of the export that is its original. As a WARC keeps each record's payload as
 * its article's original, each document keeps its own part: its lines of a text export, its element
 * of an HTML one, and for a .docx (a zip, whose bytes cannot be cut) its paragraphs as text, kept
 * under the export's name with `.txt` after it.
 */

/** The documents of a Nexis Uni Word download (`looksLikeDocx`); any other Word file is refused. */
export async function readNexisExport(file: string, bytes: Uint8Array): Promise<DatabaseItem[]> {
  const documents = readNexisDocuments(await docxParagraphs(bytes));
  if (documents.length === 0) {
    throw new ImportError('the Word file is no Nexis Uni download: no document in it ends with `End of Document`', 'download the documents from Nexis Uni as Word (.docx); save any other Word file as plain text (.txt) to import it as a clipping');
  }
  const name = path.basename(file);
  return documents.map(({ item }) => (item.kind === 'document' ? { ...item, document: { ...item.document, originalFile: `${name}.txt` } } : item));
}

/**
 * The documents of a Factiva export saved as text or HTML, read from the file's decoded text (the
 * importer decodes each input once), or undefined for any other text: a clipping or a saved page.
 */
export function readTextExport(file: string, bytes: Uint8Array, { text, encoding }: DecodedPage): DatabaseItem[] | undefined {
  const name = path.basename(file);
  if (looksLikeHtml(file, text)) {
    if (!looksLikeFactivaHtml(text)) return undefined;
    return factivaHtmlDocuments(text).flatMap((element) =>
      readFactivaText(element.text).map(({ item }): DatabaseItem => {
        if (item.kind === 'refused') return { ...item, error: new ImportError(item.error.reason, item.error.fix, element.line) };
        return { ...item, document: { ...item.document, line: element.line, original: new TextEncoder().encode(element.markup), originalFile: name } };
      }),
    );
  }
  if (!looksLikeFactivaText(text)) return undefined;
  // UTF-16's line ends are two bytes: its documents are kept as their text in UTF-8.
  const lines = encoding.startsWith('utf-16') ? undefined : lineStartsOf(bytes);
  const textLines = lines ? [] : text.split('\n');
  return readFactivaText(text).map(({ item, from, to }) => {
    if (item.kind === 'refused') return item;
    const original = lines ? bytes.subarray(lines[from - 1] ?? bytes.length, lines[to] ?? bytes.length) : new TextEncoder().encode(`${textLines.slice(from - 1, to).join('\n')}\n`);
    return { ...item, document: { ...item.document, original, originalFile: name } };
  });
}

/** The byte offset of each line's start: a text export's lines are cut from its bytes as they are (UTF-8 or a single-byte charset). */
function lineStartsOf(bytes: Uint8Array): number[] {
  const starts = [0];
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) starts.push(at + 1);
  return starts;
}
