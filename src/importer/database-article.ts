import { slugify } from '../lib/slug.ts';
import { paperZone, sourceSchema, type Source } from '../lib/source-schema.ts';
import { afterBylineWord, readAuthors } from './byline-lines.ts';
import { bylineNames } from './byline-names.ts';
import type { ContentData } from './content-data.ts';
import type { DatabaseDocument } from './database-document.ts';
import { dateOrderOf } from './date-names.ts';
import { resolvePrintedDate } from './dates.ts';
import { readDateline } from './body-facts.ts';
import { findEntities, placeNames } from './entities.ts';
import { ImportError } from './errors.ts';
import { detectLanguage } from './clipping-language.ts';
import { LABEL_FIRST_CAPTION } from './photo-credit-lines.ts';
import { givenSource, NEW_PAPER_ZONE_FIX, newPaperNote, type NewSources, type PageSource } from './page-source.ts';
import { unknownLanguage } from './paper-language.ts';
import type { ArticleFacts, ClippingOptions } from './read-clipping.ts';
import { readPrintedDate } from './read-date.ts';
import { setZoneCommand } from './set-source-zone.ts';

/**
 * The article of a database's document. Its paper is the publication the database names (never
 * the database): the one --source names, else the known paper of that name or masthead, else a
 * paper new to the archive made from the name, as --new-source would make it. Every fact is the
 * database's field, read as printed: the date and time in the paper's zone, the names of the byline,
 * the place of the dateline field or of the text's opening (`TBILISI, Nov 15 (Reuters) -`).
 */

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

/** `The Guardian (London)`, `The Independent (United Kingdom)`: Nexis Uni's name of a paper, its place in brackets after it. */
const PLACE_AFTER_NAME = /\s+\([^()]+\)$/u;

function knownPaper(name: string, papers: Iterable<[string, Source]>): { id: string; source: Source } | undefined {
  const names = [name, name.replace(PLACE_AFTER_NAME, '')];
  for (const [id, source] of papers) if ([source.name, ...source.mastheads].some((masthead) => names.some((printed) => sameName(masthead, printed)))) return { id, source };
  return undefined;
}

function paperOf(document: DatabaseDocument, data: ContentData, newSources: NewSources, options: ClippingOptions): PageSource {
  const known = options.sourceId !== undefined ? { id: options.sourceId, source: givenSource(options.sourceId, data) } : (knownPaper(document.publication, data.sources) ?? knownPaper(document.publication, newSources));
  if (known) {
    const zone = paperZone(known.source) ?? options.timeZone;
    if (!zone) {
      throw new ImportError(
        `the time zone of ${known.source.name} (${known.id}) is not known, so the time ${document.database} prints cannot be read`,
        `pass --time-zone ZONE, or set it for good with ${setZoneCommand(known.id)}`,
        document.line,
      );
    }
    return { ...known, created: false, readingZone: zone };
  }
  const name = document.publication;
  if (options.timeZone === undefined) {
    throw new ImportError(
      `the publication "${name}" is a paper new to the archive, and ${document.database} prints no time zone for it`,
      `${NEW_PAPER_ZONE_FIX}; or, if it is a paper the archive knows under another name, pass --source ID`,
      document.line,
    );
  }
  const language = document.language ?? options.language ?? detectLanguage(document.paragraphs.join('\n'));
  if (language === undefined) throw unknownLanguage(`"${name}"`);
  const id = slugify(name);
  if (!id) throw new ImportError(`the publication "${name}" gives no Latin letters or digits to make a paper's id from`, 'add it first with --new-source "NAME" --id ID --time-zone ZONE, then import with --source ID', document.line);
  const source = sourceSchema.parse({ name, timeZone: options.timeZone, language, mastheads: [name] });
  const paper = { id, source };
  return { ...paper, created: true, readingZone: options.timeZone, note: newPaperNote(paper, undefined) };
}

/** The load date as an ISO day, where the database prints one. */
function loadedDay(printed: string, languages: string[], line: number): string {
  let day;
  try {
    day = readPrintedDate(printed, { languages, dateOrder: dateOrderOf(languages[0]) });
  } catch (error) {
    throw new ImportError(`the document's Load-Date "${printed}" cannot be read as a date (${(error as Error).message})`, 'download the document again from Nexis Uni as a Word file', line);
  }
  return `${String(day.year).padStart(4, '0')}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** The names of the byline field, and the place a byline prints (`Andrew Roth in Tbilisi`, `Marie Dupont (Tbilissi, envoyée spéciale)`). */
function bylineFacts(bylines: readonly string[]): { authors: string[]; place?: string } {
  const read = bylines.map((line) => readAuthors(afterBylineWord(line) ?? line) ?? { authors: bylineNames([line]) });
  return { authors: [...new Set(read.flatMap((facts) => facts.authors))], place: read.map((facts) => 'dateline' in facts ? facts.dateline : undefined).find(Boolean) };
}

export interface DatabaseArticle {
  facts: ArticleFacts;
  paragraphs: string[];
  /** What the article's `original` records of the database's copy. */
  database: { name: DatabaseDocument['database']; accession?: string; loaded?: string };
  newSource?: PageSource;
  notes: string[];
}

export function readDatabaseArticle(document: DatabaseDocument, data: ContentData, newSources: NewSources, options: ClippingOptions): DatabaseArticle {
  const paper = paperOf(document, data, newSources, options);
  const languages = [...new Set([document.language, paper.source.language].filter((tag) => tag !== undefined))];
  const printedDate = document.time ? `${document.date} ${document.time}` : document.date;
  const context = { timeZone: paper.readingZone, dateOrder: paper.source.dateOrder ?? dateOrderOf(languages[0]), languages, year: options.year, date: options.date, now: options.now, abbreviationZone: options.timeZone };
  let date;
  try {
    date = resolvePrintedDate(printedDate, context);
  } catch (error) {
    throw new ImportError(`the ${document.database} document's date "${printedDate}" cannot be read (${(error as Error).message})`, 'pass --date YYYY-MM-DD with the date the document prints', document.line);
  }
  const opening = readDateline(document.paragraphs[0]!, { languages, places: placeNames(data.gazetteer) });
  // `PHOTO: Protesters outside … (PHOTOGRAPH BY NAME/REUTERS)`: the credit in brackets after the caption.
  const credited = document.caption === undefined ? undefined : LABEL_FIRST_CAPTION.exec(document.caption)?.groups;
  const caption = credited?.caption ?? document.caption;
  const byline = bylineFacts(document.bylines);
  const named = [document.title, caption, ...document.paragraphs].filter(Boolean).join('\n');
  const facts: ArticleFacts = {
    title: document.title,
    source: paper.id,
    authors: byline.authors,
    dateline: document.dateline ?? opening?.place ?? byline.place,
    published: date.published,
    printedDate,
    dateCertainty: date.certainty,
    ...(caption ? { photo: { caption, ...(credited?.credit ? { credit: credited.credit } : {}) } } : {}),
    ...findEntities(named, data.gazetteer),
  };
  const database = { name: document.database, ...(document.accession ? { accession: document.accession } : {}), ...(document.loaded ? { loaded: loadedDay(document.loaded, languages, document.line) } : {}) };
  const notes = [`read from ${document.database}'s ${document.label}`, ...(date.note ? [date.note] : []), ...(paper.note ? [paper.note] : [])];
  return { facts, paragraphs: document.paragraphs, database, ...(paper.created ? { newSource: paper } : {}), notes };
}
