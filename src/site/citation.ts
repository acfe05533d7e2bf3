import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { readFileSync } from 'node:fs';
import type { Article } from '../lib/article-schema.ts';
import { localDay } from '../lib/urls.ts';

/**
 * "Cite this article": one CSL-JSON record per article, formatted by citation-js (citeproc) with
 * this project's CSL styles for newspaper articles (src/site/csl/): APA, MLA and Chicago.
 */

export type CitationStyle = 'apa' | 'mla' | 'chicago';
export const CITATION_STYLES: { id: CitationStyle; label: string }[] = [
  { id: 'apa', label: 'APA (7th edition)' },
  { id: 'mla', label: 'MLA (9th edition)' },
  { id: 'chicago', label: 'Chicago (17th edition, bibliography)' },
];

/**
 * This project's own styles (see their headers), registered when the first reference is
 * formatted. They are read from src/site/csl/ beside this file, which is where this module runs
 * when it formats: on the render worker (src/publish/render-worker.ts) or in the tests, never from
 * Astro's bundle, where the main thread only builds CSL records, BibTeX and RIS.
 */
let stylesAdded = false;

function addStyles(): void {
  if (stylesAdded) return;
  const styles = plugins.config.get('@csl').styles;
  for (const { id } of CITATION_STYLES) styles.add(`dateline-${id}`, readFileSync(new URL(`./csl/${id}.csl`, import.meta.url), 'utf8'));
  stylesAdded = true;
}

export interface CitationInput {
  article: Pick<Article, 'title' | 'authors' | 'published' | 'dateline' | 'slug'>;
  /** The publication's name: the container the article appeared in. */
  sourceName: string;
  language: string;
  /** The archive copy's absolute URL. */
  url: string;
  /** When the reader consults the archive: the build date. */
  accessed: Date;
}

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title': string;
  author?: { given?: string; family: string }[];
  issued: { 'date-parts': [[number, number, number]] };
  accessed: { 'date-parts': [[number, number, number]] };
  URL: string;
  language: string;
  'publisher-place'?: string;
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

export function cslItem({ article, sourceName, language, url, accessed }: CitationInput): CslItem {
  const [year, month, day] = localDay(article.published).map(Number) as [number, number, number];
  return {
    // The citation key BibTeX and RIS show: the paper's day and the slug identify the article.
    id: `${year}-${article.slug}`,
    type: 'article-newspaper',
    title: oneLine(article.title),
    'container-title': oneLine(sourceName),
    ...(article.authors.length ? { author: article.authors.map((name) => personName(oneLine(name))) } : {}),
    issued: { 'date-parts': [[year, month, day]] },
    accessed: { 'date-parts': [[accessed.getUTCFullYear(), accessed.getUTCMonth() + 1, accessed.getUTCDate()]] },
    URL: url,
    language,
    ...(article.dateline ? { 'publisher-place': oneLine(article.dateline) } : {}),
  };
}

/**
 * citeproc and citation-js read CSL titles and names of places and papers as rich text: `<i>`,
 * `<b>`, `<sup>`, `<sub>`, `<sc>` and `<span …>` become formatting (on the page, and in BibTeX an
 * unclosed `<b>` became an unbalanced `\textbf{` that broke the whole file). Inside a nocase
 * span, `<` is only a character to both. For BibTeX, LaTeX also joins `--`, `---`, ``` `` ``` and
 * `''` into dashes and quotes: a nocase span (braces in BibTeX) around the second character keeps
 * them apart, so the title reads back exactly (tests/unit/site-citation.test.ts).
 */
const RICH_TEXT = { page: /</g, bibtex: /<|(?<=-)-|(?<=`)`|(?<=')'/g };

function asRichText(item: CslItem, use: keyof typeof RICH_TEXT): CslItem {
  const text = (value: string) => value.replace(RICH_TEXT[use], (char) => `<span class="nocase">${char}</span>`);
  return {
    ...item,
    title: text(item.title),
    'container-title': text(item['container-title']),
    ...(item['publisher-place'] ? { 'publisher-place': text(item['publisher-place']) } : {}),
  };
}

/** citeproc's one entry, `<div class="csl-entry">…</div>` inside `<div class="csl-bib-body">`. */
const CSL_ENTRY = /<div\b[^>]*\bclass="csl-entry"[^>]*>([\s\S]*)<\/div>\s*<\/div>\s*$/;

/**
 * One reference as plain text, or as inline HTML (italics for the paper's name) without
 * citeproc's two wrapping divs, which a page showing one reference has no use for.
 */
export function formatCitation(item: CslItem, style: CitationStyle, format: 'text' | 'html'): string {
  addStyles();
  const output = (plugins.output.format('bibliography', [asRichText(item, 'page')], { format, style: `dateline-${style}`, lang: 'en-US' }) as string).trim();
  if (format === 'text') return output;
  const entry = CSL_ENTRY.exec(output);
  if (!entry) throw new Error(`citeproc's ${style} HTML has no csl-entry: ${output.slice(0, 120)}`);
  return entry[1]!.trim();
}

/** citation-js's BibTeX entry before it is written out: its fields already in LaTeX. */
interface BibtexEntry {
  type: string;
  label: string;
  properties: Record<string, string>;
}

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The reference as a BibTeX entry that BibTeX styles, biblatex (biber), Zotero and JabRef all read.
 * citation-js maps the record and escapes its text (capitals braced against lower-casing styles);
 * its own written form is not kept: `month = {nov 15}` is no month to BibTeX, and its `note =
 * {[Online; accessed …]}` and `howpublished` repeating the URL are noise to every reader. So:
 * `year` and the month as BibTeX's macro (`month = nov`) for BibTeX styles; `date` with the day,
 * which biblatex reads first (biber notes that it replaces year and month, and uses it); the
 * access date as `urldate`; two-space indents, which stay readable on the page.
 */
export function bibtex(item: CslItem): string {
  const [entry] = plugins.output.format('bibtex', [asRichText(item, 'bibtex')], { format: 'object' }) as [BibtexEntry];
  const { author, title, journal, address, url } = entry.properties;
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
    ['urldate', `{${isoDate(item.accessed['date-parts'])}}`],
  ];
  const lines = fields.filter(([, value]) => value !== undefined).map(([name, value]) => `  ${name} = ${value},\n`);
  return `@${entry.type}{${entry.label},\n${lines.join('')}}\n`;
}

/**
 * RIS, written from the same CSL record. citation-js's RIS output drops the authors of a NEWS
 * record, gives only the year (no DA) and hard-wraps values at 70 characters, splitting URLs for
 * the reference managers that read it line by line; the format is a list of tagged lines, so it
 * is written here directly.
 */
export function ris(item: CslItem): string {
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
    ['Y2', risDate(item.accessed['date-parts'])],
    ['ID', item.id],
  ];
  const lines = tags.filter(([, value]) => value !== undefined).map(([tag, value]) => `${tag}  - ${value}`);
  return `${[...lines, 'ER  - '].join('\n')}\n`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
