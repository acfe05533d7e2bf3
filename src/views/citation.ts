import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { readFileSync } from 'node:fs';
import { bibtexEntry, databaseNote, type BibtexEntry, type CslItem } from './citation-record.ts';

export { cslItem, personName, ris, type CitationInput, type CslItem } from './citation-record.ts';

/**
 * "Cite this article": one CSL-JSON record per article, formatted by citation-js (citeproc) with
 * this project's CSL styles for newspaper articles (src/views/csl/): APA, MLA and Chicago.
 */

export type CitationStyle = 'apa' | 'mla' | 'chicago';
export const CITATION_STYLES: { id: CitationStyle; label: string }[] = [
  { id: 'apa', label: 'APA (7th edition)' },
  { id: 'mla', label: 'MLA (9th edition)' },
  { id: 'chicago', label: 'Chicago (17th edition, bibliography)' },
];

/**
 * This project's own styles (see their headers), registered when the first reference is
 * formatted. They are read from src/views/csl/ beside this file, which is where this module runs
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

/**
 * The reference as a BibTeX entry that BibTeX styles, biblatex (biber), Zotero and JabRef all read.
 * citation-js maps the record and escapes its text (capitals braced against lower-casing styles);
 * its own written form is not kept (`month = {nov 15}` is no month to BibTeX, and its `note` and
 * `howpublished` are noise to every reader): the fields are laid out by bibtexEntry.
 */
export function bibtex(item: CslItem): string {
  // The database's note goes through citation-js as CSL's `note`, which it writes as BibTeX's, escaped.
  const note = databaseNote(item);
  const [entry] = plugins.output.format('bibtex', [{ ...asRichText(item, 'bibtex'), ...(note ? { note } : {}) }], { format: 'object' }) as [BibtexEntry];
  return bibtexEntry(item, entry);
}

