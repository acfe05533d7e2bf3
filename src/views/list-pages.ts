import type { Page } from 'astro';
import type { Source } from '../lib/source-schema.ts';
import {
  archivePath,
  authorPath,
  authorsPath,
  feedPaths,
  LIST_ORDERS,
  monthPath,
  orderedListPagePath,
  searchPath,
  sourcePath,
  sourcesPath,
  yearPath,
  type ListOrder,
} from '../lib/urls.ts';
import type { ListPage } from '../archive/pagination.ts';
import { timelinePages, type TimelinePage } from '../archive/timeline-pages.ts';
import { loadArchive, type SiteRecord } from '../data/archive.ts';
import { writeSearchState, type Facet, type SearchState } from '../search/search-state.ts';
import { countLabel, dayLabel, longDate, monthLabel } from './format.ts';
import { href, SITE_NAME, sitePath } from './site.ts';

/**
 * View models of the pages that list one key's articles, 50 to a page: a day (/2019/03/08/), an
 * author (/authors/<slug>/) and a source (/sources/<id>/); entities' pages (entity-pages.ts) are
 * long lists like the last two. For each, getStaticPaths and one function that turns a page's
 * props into everything its route renders, so routes only lay out.
 */

/** A link in a page's breadcrumb trail: a site path and what it is called. */
export interface Crumb {
  name: string;
  path: string;
}

/** What every list page shows around its articles: the head's title and links, the trail, the heading. */
export interface ListView {
  title: string;
  description: string;
  path: string;
  prev: string | undefined;
  next: string | undefined;
  crumbs: Crumb[];
  heading: string;
  /** The count line under the heading, page number included. */
  lede: string;
  page: Page<SiteRecord>;
}

/** ` (page 2)` after the title of every page of a list but the first. */
export function pageSuffix(page: { currentPage: number }): string {
  return page.currentPage > 1 ? ` (page ${page.currentPage})` : '';
}

/** The head's path and neighbour links of a page of a list, and its title with the page number. */
function listFrame(page: Pick<ListPage, 'currentPage' | 'url'>, heading: string) {
  return { title: `${heading}${pageSuffix(page)}`, path: sitePath(page.url.current), prev: page.url.prev, next: page.url.next };
}

export function dayView(page: Page<SiteRecord>, { year, month, day }: { year: string; month: string; day: string }): ListView {
  const label = dayLabel(year, month, day);
  return {
    ...listFrame(page, label),
    description: `${countLabel(page.total)} from ${label} in the ${SITE_NAME} archive.`,
    crumbs: [
      { name: 'Archive', path: archivePath() },
      { name: year, path: yearPath(year) },
      { name: monthLabel(year, month), path: monthPath(year, month) },
    ],
    heading: label,
    lede: `${countLabel(page.total)}${pageSuffix(page)}.`,
    page,
  };
}

/** A long list of articles read page by page in either order: an entity's, a source's, an author's. */
export interface TimelineList {
  /** Site path of its first page in its own order (`people/<id>/`). */
  path: string;
  /** The order its first page is in: a story's timeline oldest first, a paper's or a byline's newest. */
  ownOrder: ListOrder;
  /** The search filter that finds the same articles ("search within"). */
  search: { facet: Facet; value: string };
}

/** The rest parameter (`[...page]`) of page `n` of a list in `order`: undefined, `2`, `newest`, `newest/2`. */
function pageParam(list: TimelineList, order: ListOrder, n: number): string | undefined {
  return orderedListPagePath('', order, list.ownOrder, n).replace(/\/$/, '') || undefined;
}

/**
 * getStaticPaths entries for every page of a long list in both orders, `props` beside each page's
 * `list` and `timeline` (src/archive/timeline-pages.ts).
 */
export function timelineStaticPaths<P extends Record<string, string>, Q>(list: TimelineList, oldestFirst: SiteRecord[], params: P, props: Q) {
  return LIST_ORDERS.flatMap((order) =>
    timelinePages(oldestFirst, order, (n) => href(orderedListPagePath(list.path, order, list.ownOrder, n))).map((timeline) => ({
      params: { ...params, page: pageParam(list, order, timeline.page.currentPage) },
      props: { ...props, list, timeline },
    })),
  );
}

const ORDER_LABELS: Record<ListOrder, string> = { oldest: 'Oldest first', newest: 'Newest first' };

/** What a page of a long list shows around its articles. */
export interface TimelineView {
  title: string;
  description: string;
  path: string;
  prev: string | undefined;
  next: string | undefined;
  heading: string;
  /** The line under the heading: on a first page the count, order and span; on a later one its articles' numbers, order and page number. */
  lede: string;
  timeline: TimelinePage<SiteRecord>;
  /** Each order, as the switch between them shows it: this page's is current, the other links to its first page. */
  orders: { label: string; url: string; current: boolean }[];
  /** The search page filtered to this list's articles, in this order, and what its link says. */
  searchWithin: { url: string; label: string };
}

/** `Articles 101 to 150` (newest first: `Articles 150 to 101`), `Article 151`: a later page's articles by their numbers in the list. */
export function numberedLabel({ first, last }: { first: number; last: number }, order: ListOrder): string {
  if (first === last) return `Article ${first}`;
  return order === 'oldest' ? `Articles ${first} to ${last}` : `Articles ${last} to ${first}`;
}

/**
 * `what` says whose list it is after its count (`by Nino Gogua`, `naming Tbilisi`) for the head's
 * description. Only the first page of each order says the count and span (timeline.whole): a
 * later page says which of the list's articles it holds, which stays true while the list grows.
 */
export function timelineView(list: TimelineList, timeline: TimelinePage<SiteRecord>, heading: string, what: string): TimelineView {
  const { page, order, whole } = timeline;
  const orderLabel = ORDER_LABELS[order].toLowerCase();
  const search: SearchState = { query: '', filters: { [list.search.facet]: [list.search.value] }, sort: order };
  const span = whole?.span ? `, from ${longDate(whole.span[0])} to ${longDate(whole.span[1])}` : '';
  return {
    ...listFrame(page, heading),
    description: whole
      ? `${countLabel(whole.total)} ${what} in the ${SITE_NAME} archive.`
      : `${numberedLabel(timeline.numbered, order)} ${what}, ${orderLabel}, in the ${SITE_NAME} archive.`,
    heading,
    lede: whole ? `${countLabel(whole.total)}, ${orderLabel}${span}.` : `${numberedLabel(timeline.numbered, order)}, ${orderLabel}${pageSuffix(page)}.`,
    timeline,
    orders: LIST_ORDERS.map((other) => ({
      label: ORDER_LABELS[other],
      url: href(orderedListPagePath(list.path, other, list.ownOrder, 1)),
      current: other === order,
    })),
    searchWithin: {
      url: `${href(searchPath())}?${writeSearchState(search)}`,
      label: whole ? `Search within these ${countLabel(whole.total)}` : 'Search within this list',
    },
  };
}

export async function authorStaticPaths() {
  const site = await loadArchive();
  return [...site.authors.values()].flatMap((author) =>
    timelineStaticPaths(
      { path: authorPath(author.slug), ownOrder: 'newest', search: { facet: 'author', value: author.name } },
      [...author.articles].reverse(),
      { author: author.slug },
      { name: author.name },
    ),
  );
}

export function authorView(list: TimelineList, timeline: TimelinePage<SiteRecord>, name: string) {
  return {
    ...timelineView(list, timeline, name, `by ${name}`),
    crumbs: [{ name: 'Authors', path: authorsPath() }],
  };
}

export async function sourceStaticPaths() {
  const site = await loadArchive();
  return [...site.sources].flatMap(([id, source]) =>
    timelineStaticPaths(
      { path: sourcePath(id), ownOrder: 'newest', search: { facet: 'source', value: id } },
      [...(site.bySource.get(id) ?? [])].reverse(),
      { source: id },
      { id, source },
    ),
  );
}

export function sourceView(list: TimelineList, timeline: TimelinePage<SiteRecord>, id: string, source: Source) {
  return {
    ...timelineView(list, timeline, source.name, `from ${source.name}`),
    crumbs: [{ name: 'Sources', path: sourcesPath() }],
    source,
    feedPrefix: sourcePath(id),
    feeds: feedPaths(sourcePath(id)),
  };
}
