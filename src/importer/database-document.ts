import type { ImportError } from './errors.ts';

/**
 * One article as a news database (Factiva, Nexis Uni) exported it: the fields the database prints
 * for it, as printed. A database's export holds many; each becomes an article of its own.
 */
export interface DatabaseDocument {
  database: 'Factiva' | 'Nexis Uni';
  /** The line of the export (of its text, for a .docx) where the document begins. */
  line: number;
  /** How the import's results name it: its accession number, or its number in the export. */
  label: string;
  /** The bytes kept as the article's original: the document's part of the export. */
  original: Uint8Array;
  /** Which file the original is named after: the export's name, or for a .docx its text's (`batch.docx.txt`). */
  originalFile: string;
  title: string;
  bylines: string[];
  /** The publication the article appeared in (Factiva's SN, Nexis Uni's line under the title). */
  publication: string;
  /** The publication date as printed (Factiva's PD, Nexis Uni's date line), and the time where printed apart (Factiva's ET). */
  date: string;
  time?: string;
  /** The place, where the database prints it as a field (Nexis Uni's `Dateline:`). */
  dateline?: string;
  /** The article's language as the database names it, as a code (`fr`). */
  language?: string;
  /** A photo's caption, where the database keeps it (Factiva's ART, Nexis Uni's `Graphic`). */
  caption?: string;
  paragraphs: string[];
  /** The database's identifier of the document (Factiva's accession number, `AN`). */
  accession?: string;
  /** When the database loaded it, as printed (Nexis Uni's `Load-Date:`). */
  loaded?: string;
}

/** A document read, or one refused on its own (the others are still imported). */
export type DatabaseItem = { kind: 'document'; document: DatabaseDocument } | { kind: 'refused'; label: string; error: ImportError };
