import { ImportError } from './errors.ts';
import type { DatabaseItem } from './database-document.ts';
import { languageCodeOfName } from './language-list.ts';

/**
 * A Nexis Uni (LexisNexis) batch download as Word (.docx): a cover page listing the documents,
 * then each document as Nexis Uni lays it out: title, publication, date line (`November 15, 2017
 * Wednesday`), edition, `Copyright`, labelled fields (`Section:`, `Length: 845 words`, `Byline:`,
 * `Dateline:`, `Highlight:`), `Body`, the text, `Graphic`, `Classification`, `Load-Date:`, and
 * `End of Document`. The .docx is read through mammoth, a paragraph a line; each document's
 * paragraphs are its original, since a zip's bytes cannot be cut into documents.
 */

export const looksLikeDocx = (file: string) => /\.docx$/i.test(file);

const END = /^End of Document$/i;
/** The labels Nexis Uni prints before a document's text, and the headings of its parts. */
const LABEL = /^(?<label>Section|Length|Byline|Dateline|Highlight|Load-Date|Language|Publication-Type|Subject|Geographic|Organization|Person|Industry|Company|Ticker|Journal Code|Type|Correction-Date|Series|Column):\s*(?<value>.*)$/i;
const COPYRIGHT = /^(?:copyright\b|©)/i;
const PARTS_AFTER_BODY = /^(?:Graphic|Classification|Notes|Correction)$|^Load-Date:/i;

const AGAIN = 'download the document again from Nexis Uni as a Word file; the download\'s other documents are imported';

/** The paragraphs mammoth reads from the .docx, in order, blank ones dropped. */
export async function docxParagraphs(bytes: Uint8Array): Promise<string[]> {
  // Loaded for a Word file only: mammoth and its zip and XML readers cost every import's start 0.4 s of CPU.
  const { default: mammoth } = await import('mammoth');
  let text: string;
  try {
    text = (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw new ImportError(`the .docx cannot be read as a Word document (${(error as Error).message})`, 'download the file from Nexis Uni again, as Word (.docx)');
  }
  return text.split('\n').map((line) => line.trim()).filter(Boolean);
}

/** The documents of a Nexis Uni download, a paragraph per line as `paragraphs` gives them; a document not ended by `End of Document` is refused. */
export function readNexisDocuments(paragraphs: readonly string[]): { item: DatabaseItem; paragraphs: string[] }[] {
  const results: { item: DatabaseItem; paragraphs: string[] }[] = [];
  let start = 0;
  let number = 0;
  const ends = paragraphs.flatMap((line, index) => (END.test(line) ? [index] : []));
  // Fields after the last `End of Document` are a document cut short.
  const cut = paragraphs.slice((ends.at(-1) ?? -1) + 1).some((line) => LABEL.test(line) || line === 'Body');
  for (const end of cut ? [...ends, paragraphs.length] : ends) {
    const block = paragraphs.slice(start, end);
    const line = start + 1;
    number += 1;
    const label = `document ${number}`;
    try {
      if (end === paragraphs.length && !END.test(paragraphs[end - 1] ?? '')) {
        throw new ImportError(`the download ends inside its document ${number}: no \`End of Document\` closes it, so the file was cut short`, 'download the documents again; the ones before it are imported', line);
      }
      results.push({ item: { kind: 'document', document: { ...readDocument(block, line), label } }, paragraphs: block });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      results.push({ item: { kind: 'refused', label, error }, paragraphs: block });
    }
    start = end + 1;
  }
  return results;
}

function readDocument(block: readonly string[], firstLine: number) {
  const labelled = block.findIndex((line) => COPYRIGHT.test(line) || LABEL.test(line));
  // The heading lines: (the cover page, for the first,) title, publication, date line, edition.
  const heading = labelled === -1 ? [] : block.slice(0, labelled);
  // The date line is the last heading line with a year: an edition line may follow it, the cover page's lines come before.
  const dateAt = heading.findLastIndex((line) => /\b\d{4}\b/.test(line) && /\p{L}/u.test(line));
  if (dateAt < 2) throw new ImportError(`Nexis Uni document ${block[0] ? `"${block[0]}" ` : ''}has no title, publication and date line before its fields`, AGAIN, firstLine);
  const title = heading[dateAt - 2]!;
  const body = block.indexOf('Body');
  if (body === -1) throw new ImportError(`Nexis Uni document "${title}" has no \`Body\` heading before its text`, AGAIN, firstLine);
  const fields = new Map<string, string>();
  for (const line of block.slice(labelled, body)) {
    const field = LABEL.exec(line)?.groups;
    if (field) fields.set(field.label!.toLowerCase(), field.value!.trim());
  }
  const after = block.findIndex((line, at) => at > body && PARTS_AFTER_BODY.test(line));
  const text = block.slice(body + 1, after === -1 ? block.length : after);
  if (text.length === 0) throw new ImportError(`Nexis Uni document "${title}" has no text under \`Body\``, AGAIN, firstLine);
  const graphic = block.indexOf('Graphic', body);
  const caption = graphic === -1 ? undefined : block.slice(graphic + 1).find((line) => !PARTS_AFTER_BODY.test(line) && !LABEL.test(line));
  const loaded = block.map((line) => LABEL.exec(line)?.groups).find((field) => field?.label!.toLowerCase() === 'load-date')?.value!.trim();
  const language = block.map((line) => LABEL.exec(line)?.groups).find((field) => field?.label!.toLowerCase() === 'language')?.value;
  const code = language === undefined ? undefined : languageCodeOfName(language.replace(/;.*$/, '').toLowerCase());
  return {
    database: 'Nexis Uni' as const,
    line: firstLine + dateAt - 2,
    original: new TextEncoder().encode(`${block.slice(dateAt - 2).join('\n\n')}\n\nEnd of Document\n`),
    originalFile: '',
    title,
    bylines: fields.get('byline') ? [fields.get('byline')!] : [],
    publication: heading[dateAt - 1]!,
    date: heading[dateAt]!,
    ...(fields.get('dateline') ? { dateline: fields.get('dateline')! } : {}),
    ...(code ? { language: code } : {}),
    ...(caption ? { caption } : {}),
    // The standfirst the paper prints under its headline: the first paragraph, as a clipping's.
    paragraphs: fields.get('highlight') ? [fields.get('highlight')!, ...text] : text,
    ...(loaded ? { loaded } : {}),
  };
}
