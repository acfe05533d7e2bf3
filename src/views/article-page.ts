import { ENTITY_KIND_LIST, ENTITY_KINDS, type EntityKind } from '../lib/entity-kinds.ts';
import type { Source } from '../lib/source-schema.ts';
import { localDay } from '../lib/local-date.ts';
import { loadArchive, sourceOf, type SiteArchive, type SiteRecord } from '../data/archive.ts';
import { highwire, jsonLd, openGraph, type ArticleMetaInput } from './article-meta.ts';
import { scriptJson } from './script-json.ts';
import { dayLabel, monthLabel } from './format.ts';
import { absoluteUrl } from './site.ts';
import { dayPath, monthPath, sourcePath, yearPath } from '../lib/urls.ts';
import { relatedArticles } from '../archive/related.ts';
import { SITE_NAME } from './site.ts';
import type { Crumb } from './list-pages.ts';
import { renderedArticle, type RenderedArticle } from '../publish/article-render.ts';
import { earlierOriginals, originalFile, type EarlierOriginal } from '../publish/article-routes.ts';


/** The entities of one kind an article names, as its page lists them. */
export interface EntityGroup {
  kind: EntityKind;
  label: string;
  entities: { id: string; name: string }[];
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
  previous?: SiteRecord;
  next?: SiteRecord;
  related: SiteRecord[];
  /** The photo credit as the caption prints it (`Photo: …` unless the credit says so itself). */
  creditLabel?: string;
  feeds: { title: string; prefix: string }[];
}

/** Everything the article page shows but its rendered body and references: what its cache key is over (src/publish/article-page-paths.ts). */
export type ArticlePageView = Omit<ArticlePage, 'rendered'>;

export async function articlePage(record: SiteRecord): Promise<ArticlePage> {
  return { ...articlePageView(await loadArchive(), record), rendered: await renderedArticle(record) };
}

export function articlePageView(site: SiteArchive, record: SiteRecord): ArticlePageView {
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
    hasOriginal: originalFile(record) !== undefined,
    earlier: earlierOriginals(record),
    entityGroups: ENTITY_KINDS.filter((kind) => article[kind].length > 0).map((kind) => ({
      kind,
      label: ENTITY_KIND_LIST[kind].plural,
      entities: entities.filter((entity) => entity.kind === kind),
    })),
    previous: site.chronological[record.position - 1],
    next: site.chronological[record.position + 1],
    related: relatedArticles(site, record),
    creditLabel: credit && !/^photo\b/i.test(credit) ? `Photo: ${credit}` : credit,
    feeds: [{ title: source.name, prefix: sourcePath(article.source) }],
  };
}
