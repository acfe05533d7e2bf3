import { ENTITY_KIND_LIST, ENTITY_KINDS, type EntityKind } from '../lib/entity-kinds.ts';
import type { Source } from '../lib/source-schema.ts';
import { localDay } from '../lib/local-date.ts';
import { loadArchive, sourceOf, type SiteArchive, type SiteRecord } from '../data/archive.ts';
import { highwire, jsonLd, openGraph, type ArticleMetaInput } from './article-meta.ts';
import { scriptJson } from './script-json.ts';
import { dayLabel, longDate, monthLabel } from './format.ts';
import { absoluteUrl } from './site.ts';
import { dayPath, monthPath, sourcePath, yearPath } from '../lib/urls.ts';
import { SITE_NAME } from './site.ts';
import type { Crumb } from './list-pages.ts';
import { renderedArticle, type RenderedArticle } from '../publish/article-render.ts';
import type { EarlierOriginal } from '../publish/article-routes.ts';
import type { ArticlePageProps } from '../publish/article-page-paths.ts';


/** The entities of one kind an article names, as its page lists them. */
export interface EntityGroup {
  kind: EntityKind;
  label: string;
  entities: { id: string; name: string }[];
}

/** Another article as the article page links to it: its title, and when and where it was published. */
export interface ArticleLink {
  path: string;
  title: string;
  /** `15 November 2017`. */
  date: string;
  /** The paper's name. */
  paper: string;
}

/** A related article and what it has in common with this one. */
export interface RelatedArticle extends ArticleLink {
  /** `Anatoly Bibilov (person), South Ossetia (place), Civil Georgia (paper)`. */
  shared: string;
}

/** Everything the article page (src/pages/[year]/[month]/[day]/[slug]/index.astro) shows. */
export interface ArticlePage {
  site: SiteArchive;
  record: SiteRecord;
  source: Source;
  rendered: RenderedArticle;
  crumbs: Crumb[];
  /** The <head>'s Open Graph and Highwire tags and its JSON-LD, already serialised for a script element. */
  head: { openGraph: ReturnType<typeof openGraph>; highwire: ReturnType<typeof highwire>; jsonLd: string };
  /** Whether the clipping it was imported from is kept (an article written by hand may have none). */
  hasOriginal: boolean;
  earlier: EarlierOriginal[];
  /** Named entities by kind, only the kinds it names. */
  entityGroups: EntityGroup[];
  /** The articles just before and after it in time, across papers. */
  previous?: ArticleLink;
  next?: ArticleLink;
  related: RelatedArticle[];
  /** The photo credit as the caption prints it (`Photo: …` unless the credit says so itself). */
  creditLabel?: string;
  feeds: { title: string; prefix: string }[];
}

/**
 * The page from its props, which its cache key is over (src/publish/article-page-paths.ts), and
 * the archive's sources and gazetteer, which every page's key holds: made only for a page that
 * renders.
 */
export async function articlePage(props: ArticlePageProps): Promise<ArticlePage> {
  return { ...articlePageView(await loadArchive(), props), rendered: await renderedArticle(props.record) };
}

/** Everything the article page shows but its rendered body: of the archive only its props and the names of sources and entities. */
function articlePageView(site: SiteArchive, { record, neighbours, hasOriginal, earlier }: ArticlePageProps): Omit<ArticlePage, 'rendered'> {
  const { article } = record;
  const source = sourceOf(site, record);
  const [year, month, day] = localDay(article.published);
  const entities = ENTITY_KINDS.flatMap((kind) => article[kind].map((id) => ({ kind, id, name: site.gazetteer[kind].get(id)?.name ?? id })));
  const crumbs = [
    { name: SITE_NAME, path: '' },
    { name: year, path: yearPath(year) },
    { name: monthLabel(year, month), path: monthPath(year, month) },
    { name: dayLabel(year, month, day), path: dayPath(year, month, day) },
  ];
  const meta: ArticleMetaInput = {
    article,
    source,
    url: absoluteUrl(record.path),
    entities,
    breadcrumbs: crumbs.map((crumb) => ({ name: crumb.name, url: absoluteUrl(crumb.path) })),
    siteName: SITE_NAME,
    siteUrl: absoluteUrl(''),
  };
  const credit = article.photo?.credit;
  return {
    site,
    record,
    source,
    crumbs,
    head: { openGraph: openGraph(meta), highwire: highwire(meta), jsonLd: scriptJson(jsonLd(meta)) },
    hasOriginal,
    earlier,
    entityGroups: ENTITY_KINDS.filter((kind) => article[kind].length > 0).map((kind) => ({
      kind,
      label: ENTITY_KIND_LIST[kind].plural,
      entities: entities.filter((entity) => entity.kind === kind),
    })),
    ...(neighbours.previous && { previous: articleLink(site, neighbours.previous) }),
    ...(neighbours.next && { next: articleLink(site, neighbours.next) }),
    related: neighbours.related.map(({ record: other, shared }) => ({ ...articleLink(site, other), shared: inCommon(site, record, other, shared) })),
    creditLabel: credit && !/^photo\b/i.test(credit) ? `Photo: ${credit}` : credit,
    feeds: [{ title: source.name, prefix: sourcePath(article.source) }],
  };
}

function articleLink(site: SiteArchive, record: SiteRecord): ArticleLink {
  const { title, published } = record.article;
  return { path: record.path, title, date: longDate(published), paper: sourceOf(site, record).name };
}

/** How many shared entities a related article names; "and N more" counts the rest. */
const SHARED_SHOWN = 3;

/**
 * What two related articles have in common, as a reader checks it: the distinctive people, places
 * and organizations that made them related (`entities`, the rarest first: the first SHARED_SHOWN),
 * then the paper and the authors when they share them.
 */
function inCommon(site: SiteArchive, record: SiteRecord, other: SiteRecord, entities: { kind: EntityKind; id: string }[]): string {
  const named = entities
    .slice(0, SHARED_SHOWN)
    .map(({ kind, id }) => `${site.gazetteer[kind].get(id)?.name ?? id} (${ENTITY_KIND_LIST[kind].one.toLowerCase()})`);
  const more = entities.length > SHARED_SHOWN ? [`${entities.length - SHARED_SHOWN} more`] : [];
  const paper = record.article.source === other.article.source ? [`${sourceOf(site, record).name} (paper)`] : [];
  const authors = record.article.authors.filter((name) => other.article.authors.includes(name)).map((name) => `${name} (author)`);
  return [...named, ...more, ...paper, ...authors].join(', ');
}
