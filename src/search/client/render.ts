import { longDate } from '../../views/format.ts';
import { aliasMatches, ENTITY_NAMES_META, entityNameGroups, searchForm } from '../entity-names.ts';
import { excerptCuts, excerptSegments, markedSentences, passageText, sentenceAround, tidyExcerpt, withoutRepeatedEnd, wordOffset, type ExcerptSegment } from '../excerpt.ts';
import type { FacetLabels } from '../facet-labels.ts';
import { highlightLink, paragraphHits } from '../result-links.ts';
import { FACETS, type SearchState } from '../search-state.ts';
import type { PagefindFragment } from './pagefind-api.ts';
import type { JudgedResults } from './true-matches.ts';

/**
 * DOM for the search page. Everything that came from the index or the URL (titles, bylines,
 * excerpts, the query) is set as text, never as HTML.
 */


/** An element the search page's markup (src/components/SearchApp.astro) must hold. */
export function required<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`search page is missing ${selector}`);
  return found;
}

/** An HTML element with its attributes and children (text is set as text). */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function excerptNodes(segments: ExcerptSegment[]): Node[] {
  return segments.map(({ text, marked }) => (marked ? element('mark', {}, text) : document.createTextNode(text)));
}

/**
 * One result. `terms` are the searched words and phrases (search-state.ts highlightTerms);
 * `matchedMetaFields` the metadata fields Pagefind matched them in.
 */
export function resultItem(fragment: PagefindFragment, terms: string[], matchedMetaFields: string[] = []): HTMLLIElement {
  const meta = fragment.meta;
  // Found by another name of an entity the article names: said, and that name marked on the page.
  const aliases = matchedMetaFields.includes(ENTITY_NAMES_META)
    ? aliasMatches(entityNameGroups(meta[ENTITY_NAMES_META]), terms.flatMap((term) => term.split(' ')).map(searchForm), fragment.content)
    : [];
  const marked = [...terms, ...aliases.map((alias) => alias.used)];
  // Each result is a section of the page, one level below its "Search the archive" heading.
  const title = element('h2', { class: 'search-result-title' }, element('a', { href: highlightLink(fragment.url, marked) }, meta.title ?? fragment.url));

  // The same line as the archive's lists (ArticleList.astro): date, paper, authors.
  const parts: Node[] = [];
  if (meta.published) parts.push(element('time', { class: 'search-result-date', datetime: meta.published }, longDate(meta.published)));
  if (meta.source) parts.push(element('span', { class: 'search-result-source' }, meta.source));
  if (meta.byline) parts.push(element('span', { class: 'search-result-byline' }, meta.byline));
  const line = element('p', { class: 'search-result-meta' });
  parts.forEach((part, i) => line.append(...(i > 0 ? [' · ', part] : [part])));

  const hits = paragraphHits(fragment.sub_results).map((hit) => ({
    ...hit,
    segments: tidyExcerpt(excerptSegments(hit.excerpt), excerptCuts(fragment.content, hit.plainExcerpt, wordOffset(fragment.content, hit.start))),
  }));
  // No sentence twice: the excerpt stops where a listed paragraph takes over (and is left out
  // when what remains of it matched nothing), and a paragraph whose matching sentences the
  // excerpt shows is linked, not quoted again.
  // Found through another name only: the sentence where the article uses its own name for it.
  const found =
    fragment.locations.length === 0 && aliases[0]
      ? sentenceAround(fragment.content, aliases[0].used)
      : tidyExcerpt(excerptSegments(fragment.excerpt), excerptCuts(fragment.content, fragment.plain_excerpt), meta.title);
  const cut = withoutRepeatedEnd(found, hits.map((hit) => passageText(hit.segments)));
  const excerpt = hits.length === 0 || cut.some((segment) => segment.marked) ? cut : [];
  const item = element('li', { class: 'search-result' }, title, line);
  if (aliases.length > 0) {
    const said = aliases.map(({ used, matched }) => `${used}, also known as ${matched}`).join('; ');
    item.append(element('p', { class: 'search-result-note' }, `Matched ${said}.`));
  }
  if (excerpt.length > 0) item.append(element('p', { class: 'search-result-excerpt' }, ...excerptNodes(excerpt)));
  if (hits.length > 0) {
    const list = element('ul', { class: 'search-result-paragraphs', 'aria-label': `Matching paragraphs in “${meta.title ?? ''}”` });
    for (const hit of hits) {
      const link = element('a', { href: highlightLink(hit.url, marked) }, `Paragraph ${hit.paragraph}`);
      const shownAbove = markedSentences(hit.segments).every((sentence) => passageText(excerpt).includes(sentence));
      list.append(element('li', {}, link, ...(shownAbove ? [] : [' ', element('span', { class: 'search-result-paragraph-excerpt' }, ...excerptNodes(hit.segments))])));
    }
    item.append(list);
  }
  return item;
}

/** "1 article", "2 articles". */
export const articleCount = (count: number) => (count === 1 ? '1 article' : `${count} articles`);

/** " in Civil Georgia, 2017, from 2018-03 to 2019": the chosen filters, named, and the date range. */
function filterScope(state: SearchState, labels: FacetLabels): string {
  const chosen = FACETS.flatMap((facet) => (state.filters[facet] ?? []).map((value) => labels[facet]?.[value] ?? value));
  const { from, to } = state;
  const range = from && from === to ? `in ${from}` : [...(from ? [`from ${from}`] : []), ...(to ? [`to ${to}`] : [])].join(' ');
  const scope = chosen.length > 0 ? ` in ${chosen.join(', ')}` : '';
  return range.length > 0 ? `${scope}${scope ? ',' : ''} ${range}` : scope;
}

/** " No article contains “Bibilof”.": the terms of a boolean query that matched nothing. */
export function unmatchedNote(terms: string[]): string {
  return terms.length > 0 ? ` No article searched contains ${either(terms.map((term) => quoted(term.replace(/^"(.*)"$/, '$1'))))}.` : '';
}

const quoted = (text: string) => `“${text}”`;

/** "A", "A or B", "A, B or C". */
function either(items: string[]): string {
  return items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * When only Pagefind's fallbacks found something: "No article contains “Sukhumi”. 1 article
 * with a word beginning “S” instead." Each typed word is named as what was found for it: itself
 * where it matched, the start of it that matched where Pagefind fell back; a word that matched
 * nothing at all is not named.
 */
export function nearestSummary({ nearest, words }: JudgedResults, state: SearchState, labels: FacetLabels): string {
  const missing = words.filter((verdict) => verdict.matchedIn.size === 0).map((verdict) => quoted(verdict.word.typed));
  const first = missing.length > 0 ? `No article contains ${either(missing)}` : `No article matches ${quoted(state.query)}`;
  const found = words.flatMap((verdict) =>
    verdict.matchedIn.size > 0 ? [quoted(verdict.word.typed)] : verdict.instead ? [`a word beginning ${quoted(verdict.instead)}`] : [],
  );
  const scope = filterScope(state, labels);
  return `${first}${scope}. ${articleCount(nearest.length)} with ${found.join(' and ')} instead.`;
}

/** "2 articles match “bibilov” in Civil Georgia, 2017." as plain text for the live region. */
export function resultSummary(count: number, state: SearchState, labels: FacetLabels): string {
  const articles = articleCount(count);
  const scope = filterScope(state, labels);
  if (count === 0) {
    const what = state.query ? `for “${state.query}”` : 'for these filters';
    return `No articles found ${what}${scope}.`;
  }
  return state.query ? `${articles} ${count === 1 ? 'matches' : 'match'} “${state.query}”${scope}.` : `${articles}${scope}.`;
}
