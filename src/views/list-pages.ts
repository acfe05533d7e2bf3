import type { GetStaticPathsOptions, Page } from 'astro';
import type { Source } from '../lib/source-schema.ts';
import { archivePath, authorsPath, feedPaths, monthPath, sourcePath, sourcesPath, yearPath } from '../lib/urls.ts';
import { PAGE_SIZE } from '../archive/pagination.ts';
import { loadArchive, type SiteRecord } from '../data/archive.ts';
import { countLabel, dayLabel, monthLabel } from './format.ts';
import { SITE_NAME, sitePath } from './site.ts';

/**
 * View models of the pages that list one key's articles, 50 to a page: a day (/2019/03/08/), an
 * author (/authors/<slug>/) and a source (/sources/<id>/). For each, getStaticPaths and one
 * function that turns a page's props into everything its route renders, so routes only lay out.
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
export function listFrame(page: Page<unknown>, heading: string) {
  return { title: `${heading}${pageSuffix(page)}`, path: sitePath(page.url.current), prev: page.url.prev, next: page.url.next };
}

type Paginate = GetStaticPathsOptions['paginate'];

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

export async function authorStaticPaths({ paginate }: { paginate: Paginate }) {
  const site = await loadArchive();
  return [...site.authors.values()].flatMap((author) =>
    paginate(author.articles, { pageSize: PAGE_SIZE, params: { author: author.slug }, props: { name: author.name } }),
  );
}

export function authorView(page: Page<SiteRecord>, name: string): ListView {
  return {
    ...listFrame(page, name),
    description: `${countLabel(page.total)} by ${name} in the ${SITE_NAME} archive.`,
    crumbs: [{ name: 'Authors', path: authorsPath() }],
    heading: name,
    lede: `${countLabel(page.total)} with this byline, newest first${pageSuffix(page)}.`,
    page,
  };
}

export async function sourceStaticPaths({ paginate }: { paginate: Paginate }) {
  const site = await loadArchive();
  return [...site.sources].flatMap(([id, source]) =>
    paginate(site.bySource.get(id) ?? [], { pageSize: PAGE_SIZE, params: { source: id }, props: { id, source } }),
  );
}

export function sourceView(page: Page<SiteRecord>, id: string, source: Source) {
  return {
    ...listFrame(page, source.name),
    description: `${countLabel(page.total)} from ${source.name} in the ${SITE_NAME} archive.`,
    crumbs: [{ name: 'Sources', path: sourcesPath() }],
    heading: source.name,
    lede: `${countLabel(page.total)}, newest first${pageSuffix(page)}.`,
    page,
    source,
    feedPrefix: sourcePath(id),
    feeds: feedPaths(sourcePath(id)),
  } satisfies ListView & Record<string, unknown>;
}
