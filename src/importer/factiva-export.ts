import { ImportError } from './errors.ts';
import type { DatabaseDocument, DatabaseItem } from './database-document.ts';
import { opensWithBylineWord, readNames } from './byline-lines.ts';
import { languageCodeOfName } from './language-list.ts';

/**
 * A Factiva (Dow Jones) export as text: the documents of a results list as Factiva displays them,
 * copied or saved, each ended by its accession number (`Document WSJO000020171115edbf0005l`). In
 * the "Full Article/Report plus Indexing" display every fact stands under its field code (`HD` the
 * headline, `PD` the date, `SN` the publication, `LP` and `TD` the text, `AN` the accession number),
 * the code alone on its line or before a tab; the plain "Article" display prints the same facts
 * without codes, in a fixed order: headline, byline, `612 words`, date, time, publication, its
 * code, edition and page, language, copyright, then the text.
 */

/** Factiva's accession number: the source code padded to 8 characters, the load day (yyyymmdd), a 9-character serial. */
const DOCUMENT_LINE = /^(?:AN\t)?Document\s+(?<accession>[A-Z0-9]{8}\d{8}[a-z0-9]{9})\s*$/i;

/** The field codes Factiva prints (its help's "Custom Search Fields" and the indexing codes). */
const FIELD_LINE = /^(?<code>HD|BY|CR|WC|PD|ET|SN|SC|ED|PG|VOL|LA|CY|LP|TD|CT|RF|ART|CLM|SE|CX|CO|IN|NS|RE|IPC|IPD|PUB|AN)(?:\t(?<value>.*)|\s*)$/;

/** `612 words`, `612 mots`, `1,204 Wörter`: the word count line of the plain display, in the interface's language. */
const WORD_COUNT = /^\d[\d,.\u00a0 ]*\s+\p{L}+$/u;
const TIME = /^\d{1,2}:\d{2}(?:\s?[AP]M)?(?:\s+[A-Z]{2,5})?$/i;
const SOURCE_CODE = /^[A-Z0-9]{2,10}$/;
const COPYRIGHT = /^(?:copyright\b|©|\(c\))/i;
/** Where the language line is sought after the publication: its code, edition and page come between. */
const FIELDS_BEFORE_LANGUAGE = 4;

export function looksLikeFactivaText(text: string): boolean {
  const lines = text.split('\n');
  return lines.some((line) => DOCUMENT_LINE.test(line)) && lines.some((line) => FIELD_LINE.exec(line)?.groups?.code === 'HD' || WORD_COUNT.test(line.trim()));
}

interface Line {
  text: string;
  /** 1-based, in the export. */
  number: number;
}

const AGAIN = 'download the document again from Factiva (Display Options: Full Article/Report plus Indexing); the export\'s other documents are imported';

function missing(what: string, block: Line[], title: string | undefined): ImportError {
  const named = title ? ` ("${title}")` : '';
  return new ImportError(`the Factiva document that begins here${named} has no ${what}`, AGAIN, block[0]!.number);
}

type Read = Omit<DatabaseDocument, 'line' | 'label' | 'original' | 'originalFile' | 'database' | 'accession'>;

const filled = (lines: readonly string[]) => lines.map((line) => line.trim()).filter(Boolean);

/** A document of the indexing display: each field's lines under its code. */
function readFields(block: Line[]): Read {
  const fields = new Map<string, string[]>();
  let current: string[] | undefined;
  for (const { text } of block) {
    const field = FIELD_LINE.exec(text);
    if (field) {
      current = fields.get(field.groups!.code!) ?? [];
      fields.set(field.groups!.code!, current);
      if (field.groups!.value !== undefined) current.push(field.groups!.value);
    } else current?.push(text);
  }
  const field = (code: string) => filled(fields.get(code) ?? []);
  const title = field('HD').join(' ');
  if (!title) throw missing('headline (HD)', block, undefined);
  const date = field('PD')[0];
  if (!date) throw missing('publication date (PD)', block, title);
  const publication = field('SN')[0];
  if (!publication) throw missing('source name (SN)', block, title);
  const paragraphs = [...field('LP'), ...field('TD')];
  if (paragraphs.length === 0) throw missing('text (LP, TD)', block, title);
  const language = field('LA')[0];
  const caption = field('ART').join(' ');
  return {
    title,
    bylines: field('BY'),
    date,
    time: field('ET')[0],
    publication,
    ...(language ? { language: languageCodeOfName(language) } : {}),
    ...(caption ? { caption } : {}),
    paragraphs,
  };
}

/** A document of the plain display, read by the order of its lines around the word count. */
function readPlain(block: Line[]): Read {
  const lines = block.filter((line) => line.text.trim() !== '').map((line) => line.text.trim());
  const count = lines.findIndex((line) => WORD_COUNT.test(line));
  if (count < 1) throw missing('word count line (`612 words`) under its headline, so its fields cannot be told apart', block, lines[0]);
  // One byline at most stands between the headline and the word count; lines above the headline are the page's
  // (a copy of Factiva's whole page brings its menus), kept in the original only.
  const bylined = count >= 2 && (opensWithBylineWord(lines[count - 1]!) || readNames(lines[count - 1]!) !== undefined);
  const title = lines[bylined ? count - 2 : count - 1];
  const bylines = bylined ? [lines[count - 1]!] : [];
  let at = count + 1;
  const date = lines[at++];
  const time = TIME.test(lines[at] ?? '') ? lines[at++] : undefined;
  const publication = lines[at++];
  if (!date || !publication) throw missing('date and source name under its word count', block, title);
  if (SOURCE_CODE.test(lines[at] ?? '')) at += 1;
  const languageAt = lines.slice(at, at + FIELDS_BEFORE_LANGUAGE).findIndex((line) => languageCodeOfName(line) !== undefined);
  if (languageAt === -1) throw missing('language line under its source name, so where its text begins is not known', block, title);
  at += languageAt;
  const language = languageCodeOfName(lines[at++]!);
  if (COPYRIGHT.test(lines[at] ?? '')) at += 1;
  const paragraphs = lines.slice(at);
  if (paragraphs.length === 0) throw missing('text', block, title);
  return { title: title!, bylines, date, ...(time ? { time } : {}), publication, language, paragraphs };
}

/**
 * The export's documents, each with the lines it spans, so its original is its part of the export.
 * Text after the last document (Factiva's "Search Summary") belongs to no article; a document cut
 * off before its accession number is refused by its line, the others are read.
 */
export function readFactivaText(text: string): { item: DatabaseItem; from: number; to: number }[] {
  const lines = text.split('\n').map((line, index) => ({ text: line.replace(/\r$/, ''), number: index + 1 }));
  const items: { item: DatabaseItem; from: number; to: number }[] = [];
  let start = 0;
  for (const [index, line] of lines.entries()) {
    const accession = DOCUMENT_LINE.exec(line.text.trim())?.groups?.accession;
    if (accession === undefined) continue;
    let first = start;
    while (first < index && lines[first]!.text.trim() === '') first += 1;
    const block = lines.slice(first, index);
    const label = `Document ${accession}`;
    const from = block[0]?.number ?? line.number;
    try {
      const read = block.some((kept) => FIELD_LINE.exec(kept.text)?.groups?.code === 'HD') ? readFields(block) : readPlain(block);
      items.push({ item: { kind: 'document', document: { ...read, database: 'Factiva', line: from, label, accession, original: new Uint8Array(), originalFile: '' } }, from, to: line.number });
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      items.push({ item: { kind: 'refused', label, error }, from, to: line.number });
    }
    start = index + 1;
  }
  const rest = lines.slice(start);
  const cut = rest.find((line) => FIELD_LINE.exec(line.text)?.groups?.code === 'HD' || WORD_COUNT.test(line.text.trim()));
  if (cut) {
    const title = rest.find((line) => line.text.trim() !== '' && !FIELD_LINE.test(line.text))?.text.trim();
    const error = new ImportError(
      `the export ends inside a Factiva document${title ? ` ("${title}")` : ''}: no accession number (\`Document …\`) closes it, so the file was cut short`,
      'download or copy the export again; the documents before this one are imported',
      cut.number,
    );
    items.push({ item: { kind: 'refused', label: `line ${cut.number}`, error }, from: cut.number, to: lines.length });
  }
  return items;
}
