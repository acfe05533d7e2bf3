import { bibtexEntry, cslItem, ris, type CslItem } from '../../views/citation-record.ts';
import { localDay } from '../../lib/urls.ts';
import { paragraphHits } from '../result-links.ts';
import type { ExportFormat } from './export-download.ts';
import type { PagefindFragment } from './pagefind-api.ts';
import { joinedText } from '../unspaced-words.ts';

/**
 * A search's results as files a researcher keeps: CSV, JSON, RIS and BibTeX, written in the
 * browser from the results' Pagefind fragments. Each file records the query and when it was
 * exported. RIS and BibTeX take their fields from the same record as the article pages' `.ris`
 * and `.bib` files (src/site/citation-record.ts); the page has no citation library, so BibTeX's
 * text is escaped here (LaTeX's ten special characters).
 */

export const EXPORT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  json: 'application/json;charset=utf-8',
  ris: 'application/x-research-info-systems;charset=utf-8',
  bib: 'application/x-bibtex;charset=utf-8',
};

export interface ExportHit {
  paragraph: number;
  url: string;
  /** The paragraph's words around the match, as plain text. */
  excerpt: string;
}

export interface ExportRecord {
  title: string;
  /** The article's instant (ISO 8601, the paper's offset). */
  published: string;
  source: string;
  authors: string[];
  /** Absolute. */
  url: string;
  hits: ExportHit[];
}

export interface ExportContext {
  query: string;
  /** The search's address, filters and all: what reproduces it. */
  search: string;
  exported: Date;
  /** The site's language (the page's `lang`), which the article pages' references give too. */
  language: string;
}

/** Absolute against the page's origin: an exported link must work outside the site. */
function absolute(url: string, origin: string): string {
  return new URL(url, origin).href;
}

/** The byline as printed ("A, B and C") back into names. */
function bylineNames(byline: string | undefined): string[] {
  return (byline ?? '')
    .split(/,\s*|\s+and\s+/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * Pagefind's excerpts escape `<` and `>`, and nothing else; their text is the index's, cut and
 * folded, so it is joined as printed (src/search/unspaced-words.ts).
 */
function plainText(excerpt: string): string {
  return joinedText(excerpt.replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}

/** One result's record; every paragraph that matched, in reading order. */
export function exportRecord(fragment: Pick<PagefindFragment, 'url' | 'meta' | 'sub_results'>, origin: string): ExportRecord {
  const { meta } = fragment;
  return {
    title: meta.title ?? fragment.url,
    published: meta.published ?? '',
    source: meta.source ?? '',
    authors: bylineNames(meta.byline),
    url: absolute(fragment.url, origin),
    hits: paragraphHits(fragment.sub_results, Number.POSITIVE_INFINITY).map((hit) => ({
      paragraph: hit.paragraph,
      url: absolute(hit.url, origin),
      excerpt: plainText(hit.plainExcerpt),
    })),
  };
}

const day = (published: string) => (published ? localDay(published).join('-') : '');

/**
 * A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is a formula to a
 * spreadsheet (a hostile title could run one): such a cell gets a leading apostrophe, which
 * spreadsheets show as text and hide (OWASP's advice for CSV injection).
 */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export const CSV_COLUMNS = ['title', 'date', 'source', 'authors', 'url', 'paragraph hits', 'query', 'search', 'exported'];

/**
 * RFC 4180: every cell quoted, quotes doubled, CRLF between rows (a cell's own line breaks stay);
 * a byte order mark first, so spreadsheets read it as UTF-8. The query and the export date are
 * columns of every row: a CSV has no place for a note that every reader keeps.
 */
export function toCsv(records: ExportRecord[], { query, search, exported }: ExportContext): string {
  const rows = records.map((record) => [
    record.title,
    day(record.published),
    record.source,
    record.authors.join('; '),
    record.url,
    record.hits.map((hit) => `¶${hit.paragraph}: ${hit.excerpt}`).join('\n'),
    query,
    search,
    exported.toISOString(),
  ]);
  return `\uFEFF${[CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

export function toJson(records: ExportRecord[], { query, search, exported }: ExportContext): string {
  return `${JSON.stringify({ query, search, exported: exported.toISOString(), count: records.length, results: records }, null, 2)}\n`;
}

/** Citation keys are `year-slug`; two articles sharing one get `a`, `b`, … after the second. */
function references(records: ExportRecord[], { exported, language }: ExportContext): CslItem[] {
  const keys = new Map<string, number>();
  return records.map((record) => {
    const item = cslItem({
      article: {
        title: record.title,
        authors: record.authors,
        published: record.published,
        dateline: undefined,
        slug: new URL(record.url).pathname.split('/').filter(Boolean).at(-1) ?? 'article',
      },
      sourceName: record.source,
      language,
      url: record.url,
      accessed: exported,
    });
    const seen = keys.get(item.id) ?? 0;
    keys.set(item.id, seen + 1);
    return seen === 0 ? item : { ...item, id: `${item.id}${String.fromCharCode(96 + seen)}` };
  });
}

function exportNote({ query, search, exported }: ExportContext): string {
  return `Exported from a Dateline search for “${query}” (${search}) on ${exported.toISOString()}`;
}

export function toRis(records: ExportRecord[], context: ExportContext): string {
  const note = exportNote(context);
  return references(records, context)
    .map((item) => ris(item, note))
    .join('\n');
}

const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

function latex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => LATEX_SPECIALS[char]!);
}

/**
 * BibTeX entries as the article pages write them; the title in an inner pair of braces, so no
 * style lower-cases its capitals. A `@comment` first records the search (a `@comment` ends at its closing brace, so its braces are escaped too).
 */
export function toBibtex(records: ExportRecord[], context: ExportContext): string {
  const entries = references(records, context).map((item) =>
    bibtexEntry(item, {
      type: 'article',
      label: item.id,
      properties: {
        ...(item.author ? { author: item.author.map((name) => latex(name.given ? `${name.family}, ${name.given}` : name.family)).join(' and ') } : {}),
        title: `{${latex(item.title)}}`,
        journal: latex(item['container-title']),
        url: item.URL.replace(/[{}]/g, encodeURIComponent),
      },
    }),
  );
  return [`@comment{${latex(exportNote(context))}}\n`, ...entries].join('\n');
}

export function exportFile(format: ExportFormat, records: ExportRecord[], context: ExportContext): string {
  const write = { csv: toCsv, json: toJson, ris: toRis, bib: toBibtex }[format];
  return write(records, context);
}
