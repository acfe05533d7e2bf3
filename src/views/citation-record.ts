import type { Article } from '../lib/article-schema.ts';
import { localDay } from '../lib/local-date.ts';

/**
 * An article's reference as data, and the RIS and BibTeX layouts written from it: plain string
 * work with no citation library, so the search page's export (src/search/client/export-formats.ts)
 * writes the same fields as the article pages' `.ris` and `.bib` files (src/site/citation.ts).
 */

export interface CitationInput {
  article: Pick<Article, 'title' | 'authors' | 'published' | 'dateline' | 'slug'>;
  /** The publication's name: the container the article appeared in. */
  sourceName: string;
  language: string;
  /** The archive copy's absolute URL. */
  url: string;
  /**
   * When the reference was taken, if the one writing it knows: the search page's export (the day
   * of the export). An article page's reference has none: the page is a permalink whose text never
   * changes, for which APA 7 asks no retrieval date, and a reference manager importing it records
   * its own. A build date here would also make every article page new every day, and so every
   * build of a new day a full one.
   */
  accessed?: Date;
  /** The news database the archived copy was exported from, and its document number there (Factiva's accession number). */
  database?: { name: string; accession?: string };
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  author?: { given?: string; family: string }[];
  issued: { 'date-parts': [[number, number, number]] };
  accessed?: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  'publisher-place'?: string;
  /**
   * The news database the copy came from and its document number, as Zotero reads a reference's
   * database (RIS `DB` and `AN` are its Archive and Loc. in Archive, CSL `archive` and `archive_location`).
   */
  archive?: string;
  archive_location?: string;
}

/** "Tea Mariamidze" -> given Tea, family Mariamidze; a single word is a family name. */
export function personName(name: string): { given?: string; family: string } {
  const words = name.trim().split(/\s+/);
  const family = words.pop()!;
  return words.length ? { given: words.join(' '), family } : { family };
}

/**
 * Line breaks become spaces: RIS is one value per line (a line break in a title could start a
 * tag of its own, "ER  - "), and a page and a BibTeX value show one as a space anyway.
 */
function oneLine(text: string): string {
  return text.replace(/[\r\n\v\f\u0085\u2028\u2029]+/g, ' ');
}

export function cslItem({ article, sourceName, language, url, accessed, database }: CitationInput): CslItem {
  const [year, month, day] = localDay(article.published).map(Number) as [number, number, number];
  return {
    // The citation key BibTeX and RIS show: the paper's day and the slug identify the article.
    id: `${year}-${article.slug}`,
    type: 'article-newspaper',
    title: oneLine(article.title),
    'container-title': oneLine(sourceName),
    ...(article.authors.length ? { author: article.authors.map((name) => personName(oneLine(name))) } : {}),
    issued: { 'date-parts': [[year, month, day]] },
    ...(accessed ? { accessed: { 'date-parts': [[accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()]] } } : {}),
    URL: url,
    language,
    ...(article.dateline ? { 'publisher-place': oneLine(article.dateline) } : {}),
    ...(database ? { archive: oneLine(database.name), ...(database.accession ? { archive_location: oneLine(database.accession) } : {}) } : {}),
  };
}

/**
 * Where the copy was retrieved, for BibTeX's `note`: the one field every BibTeX style prints and
 * Zotero, JabRef and citation-js all read (biblatex's `eprint` would be printed by biblatex alone,
 * and citation-js reads it as a PubMed id).
 */
export function databaseNote(item: CslItem): string | undefined {
  if (!item.archive) return undefined;
  return `Retrieved from ${item.archive}${item.archive_location ? `, document ${item.archive_location}` : ''}`;
}

/** citation-js's BibTeX entry before it is written out: its fields already in LaTeX. */
export interface BibtexEntry {
  type: string;
  label: string;
  /** author, title, journal, address, url and note, escaped for LaTeX. */
  properties: Record<string, string>;
}

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The fields of a BibTeX entry whose text is already escaped: `year` and the month as BibTeX's
 * macro (`month = nov`) for BibTeX styles; `date` with the day, which biblatex reads first; the
 * access date, when there is one, as `urldate`; two-space indents.
 */
export function bibtexEntry(item: CslItem, entry: BibtexEntry): string {
  const { author, title, journal, address, url, note } = entry.properties;
  const isoDate = ([[y, m, d]]: [[number, number, number]]) => `${y}-${pad(m)}-${pad(d)}`;
  const [year, month] = item.issued['date-parts'][0];
  const fields: [string, string | undefined][] = [
    ['author', author && `{${author}}`],
    ['title', `{${title}}`],
    ['journal', `{${journal}}`],
    ['year', `{${year}}`],
    ['month', MONTH_MACROS[month - 1]],
    ['date', `{${isoDate(item.issued['date-parts'])}}`],
    ['address', address && `{${address}}`],
    ['url', `{${url}}`],
    ['urldate', item.accessed && `{${isoDate(item.accessed['date-parts'])}}`],
    // citation-js writes an access date as a note of its own when given none: only the database's is kept.
    ['note', databaseNote(item) && note && `{${note}}`],
  ];
  const lines = fields.filter(([, value]) => value !== undefined).map(([name, value]) => `  ${name} = ${value},\n`);
  return `@${entry.type}{${entry.label},\n${lines.join('')}}\n`;
}

/**
 * RIS, written from the same CSL record. citation-js's RIS output drops the authors of a NEWS
 * record, gives only the year (no DA) and hard-wraps values at 70 characters, splitting URLs for
 * the reference managers that read it line by line; the format is a list of tagged lines, so it
 * is written here directly. A `note` (the search an export came from) is an N1 line.
 */
export function ris(item: CslItem, note?: string): string {
  const risDate = ([[y, m, d]]: [[number, number, number]]) => `${y}/${pad(m)}/${pad(d)}/`;
  const tags: [string, string | undefined][] = [
    ['TY', 'NEWS'],
    ...(item.author ?? []).map((name): [string, string] => ['AU', name.given ? `${name.family}, ${name.given}` : name.family]),
    ['TI', item.title],
    ['T2', item['container-title']],
    ['PY', String(item.issued['date-parts'][0][0])],
    ['DA', risDate(item.issued['date-parts'])],
    ['CY', item['publisher-place']],
    ['LA', item.language],
    ['UR', item.URL],
    ['DB', item.archive],
    ['AN', item.archive_location],
    ['Y2', item.accessed && risDate(item.accessed['date-parts'])],
    ['ID', item.id],
    ['N1', note && oneLine(note)],
  ];
  const lines = tags.filter(([, value]) => value !== undefined).map(([tag, value]) => `${tag}  - ${value}`);
  return `${[...lines, 'ER  - '].join('\n')}\n`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
