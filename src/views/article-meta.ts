import type { Article } from '../lib/article-schema.ts';
import { ENTITY_KIND_LIST, type EntityKind } from '../lib/entity-kinds.ts';
import type { Source } from '../lib/source-schema.ts';
import { localDay } from '../lib/urls.ts';
import { modifiedDated, publishedDateOrTime } from '../lib/published-instant.ts';

/**
 * Machine-readable descriptions of an article for its <head>: schema.org JSON-LD for search
 * engines, Open Graph for link previews, Highwire Press tags for reference managers (Zotero reads
 * citation_*). Pure: URLs arrive already absolute.
 */
export interface ArticleMetaInput {
  article: Pick<Article, 'title' | 'authors' | 'published' | 'dateCertainty' | 'dateline'> & Partial<Pick<Article, 'dateModified' | 'original'>>;
  source: Source;
  url: string;
  /** Entity names by kind, for `about`. */
  entities: { kind: EntityKind; name: string }[];
  /** Breadcrumb trail from the home page to the article's day, absolute URLs. */
  breadcrumbs: { name: string; url: string }[];
  siteName: string;
  siteUrl: string;
}

/**
 * One JSON-LD block: the NewsArticle and its BreadcrumbList as a @graph under one @context. Two
 * blocks each naming the context cost 60 bytes more on every article page.
 */
export function jsonLd(input: ArticleMetaInput): object {
  const { article, source, url } = input;
  const database = article.original?.database;
  const newsArticle = {
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: publishedDateOrTime(article),
    ...(article.dateModified === undefined ? {} : { dateModified: publishedDateOrTime(modifiedDated(article.dateModified)) }),
    // With no byline the paper itself is the author, as it is in print.
    author: article.authors.length
      ? article.authors.map((name) => ({ '@type': 'Person', name }))
      : [{ '@type': 'NewsMediaOrganization', name: source.name, url: source.homepage }],
    publisher: { '@type': 'NewsMediaOrganization', name: source.name, url: source.homepage },
    isPartOf: { '@type': 'WebSite', name: input.siteName, url: input.siteUrl },
    // The page's URL once: schema.org's `url` and a description would repeat the canonical link and
    // <meta name=description> on every article page.
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    inLanguage: source.language,
    ...(article.dateline ? { locationCreated: { '@type': 'Place', name: article.dateline } } : {}),
    // The archive's text is the news database's document: the database and its document number.
    ...(database ? { isBasedOn: { '@type': 'CreativeWork', provider: { '@type': 'Organization', name: database.name }, ...(database.accession ? { identifier: database.accession } : {}) } } : {}),
    // Names and kinds only: the entity pages are linked from the page itself, and an absolute URL
    // per entity was 40% of this object's bytes.
    about: input.entities.map((entity) => ({ '@type': ENTITY_KIND_LIST[entity.kind].schemaType, name: entity.name })),
  };
  const breadcrumbList = {
    '@type': 'BreadcrumbList',
    // The last crumb, the article itself, goes without `item`: schema.org lets the current page's
    // crumb omit its URL, which is already mainEntityOfPage and the canonical link.
    itemListElement: [...input.breadcrumbs, { name: article.title }].map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      ...('url' in crumb ? { item: crumb.url } : {}),
    })),
  };
  return { '@context': 'https://schema.org', '@graph': [newsArticle, breadcrumbList] };
}

export interface MetaTag {
  property?: string;
  name?: string;
  content: string;
}

export function openGraph(input: ArticleMetaInput): MetaTag[] {
  const { article, source } = input;
  return [
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: article.title },
    { property: 'og:url', content: input.url },
    { property: 'og:site_name', content: input.siteName },
    // No og:description: link previews fall back to <meta name=description>, which every page has.
    { property: 'og:locale', content: source.language.replace('-', '_') },
    { property: 'article:published_time', content: publishedDateOrTime(article) },
    ...article.authors.map((name) => ({ property: 'article:author', content: name })),
    { property: 'article:section', content: source.name },
    ...input.entities.map((entity) => ({ property: 'article:tag', content: entity.name })),
  ];
}

export function highwire(input: ArticleMetaInput): MetaTag[] {
  const { article, source } = input;
  return [
    { name: 'citation_title', content: article.title },
    ...article.authors.map((name) => ({ name: 'citation_author', content: name })),
    { name: 'citation_publication_date', content: localDay(article.published).join('/') },
    { name: 'citation_journal_title', content: source.name },
    { name: 'citation_public_url', content: input.url },
    { name: 'citation_language', content: source.language },
  ];
}
