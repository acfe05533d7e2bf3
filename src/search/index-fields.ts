import { ENTITY_KIND_LIST, type EntityKind } from '../lib/entity-kinds.ts';
import type { Entity } from '../lib/gazetteer-schema.ts';
import { joinBase } from '../lib/urls.ts';
import { localDay } from '../lib/local-date.ts';
import { dateFilterValues, type DateFilter } from './date-range.ts';
import { ENTITY_NAMES_META, entityNamesValue } from './entity-names.ts';
import { SORT_KEY, type Facet } from './search-state.ts';

/**
 * What the search index knows about an article besides its text: filters (source, year, author,
 * person, place, organization), the sort key and the metadata a result shows. Each is an
 * attribute on the element of the article page that already shows the value (the title, the
 * byline's names, the paper's links, the <time>, the printed date, the entity links), so Pagefind
 * reads the page's own text instead of a hidden copy of it: a hidden <span> per field cost 960
 * bytes on an average benchmark article, these attributes about 500.
 *
 * Pagefind reads filters and metadata inside data-pagefind-ignore (which only keeps words out of
 * the index) and outside data-pagefind-body (the entity links are in the article's footer).
 * Values written into the attribute itself (`name:value`) are plain tokens only (ids, ISO
 * instants, site paths): Pagefind reads a comma as a list and `name[attr]` as a capture.
 */

type Attributes = Record<string, string>;

const filter = (name: Facet | DateFilter, value?: string): Attributes => ({ 'data-pagefind-filter': value === undefined ? name : `${name}:${value}` });
const meta = (name: string, value?: string): Attributes => ({ 'data-pagefind-meta': value === undefined ? name : `${name}:${value}` });

/** The article's <h1>: weighted highest, and Pagefind takes the result's title from it. */
export function titleField(path: string): Attributes {
  // The link as the site serves it, base path included: Pagefind builds paragraph links from it.
  return { 'data-pagefind-weight': '10', ...meta('url', joinBase(import.meta.env.BASE_URL, path)) };
}

/** The element holding the byline's names, "A, B and C" as the page prints them. */
export const bylineField: Attributes = meta('byline');

/** One author's name in the byline. */
export const authorField: Attributes = filter('author');

/** The link whose text is the paper's name. */
export const sourceNameField: Attributes = meta('source');

/** The link to the paper's own archive page. */
export function sourceField(source: string): Attributes {
  return filter('source', source);
}

/**
 * The article's <time datetime>: its instant as result metadata, its local day as the `year`,
 * `month` and `day` filters (a date range is built from them, src/search/date-range.ts), and the
 * sort key, the same instant in UTC so ISO text order is time order whatever offset each paper
 * prints. Pagefind reads one filter from a `name:value` attribute but a list of them from
 * attributes it is told to read (`name[attribute]`), so the three values sit in data-attributes.
 */
export function publishedField(published: string): Attributes {
  const [year] = localDay(published);
  const { month, day } = dateFilterValues(localDay(published));
  return {
    ...meta('published[datetime]'),
    'data-year': year,
    'data-month': month,
    'data-day': day,
    'data-pagefind-filter': 'year[data-year], month[data-month], day[data-day]',
    'data-pagefind-sort': `${SORT_KEY}:${new Date(published).toISOString()}`,
  };
}

/**
 * The date as the paper printed it. A result shows the archive's own date (from `published`, as
 * every list of the site does); this one is kept because Pagefind searches metadata, so a reader
 * who searches the printed words ("Friday") finds the article.
 */
export const printedDateField: Attributes = meta('date');

/** A link to a person, place or organization named in the article. */
export function entityField(kind: EntityKind, id: string): Attributes {
  return filter(ENTITY_KIND_LIST[kind].facet, id);
}

/**
 * On the list of the article's people, places and organisations: every name of those that go by
 * more than one, as searchable metadata (src/search/entity-names.ts). Nothing for an article
 * whose entities have one name each.
 */
export function entityNamesField(gazetteer: Record<EntityKind, Map<string, Entity>>, article: Record<EntityKind, string[]>): Attributes {
  const names = entityNamesValue(gazetteer, article);
  return names ? { 'data-names': names, ...meta(`${ENTITY_NAMES_META}[data-names]`) } : {};
}
