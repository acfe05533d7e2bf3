import { ImportError } from './errors.ts';
import type { PageMetadata } from './page-metadata.ts';

/**
 * A home or section page: several articles' teasers, none of them the page's own. Such a page is
 * never one article, whatever date or text it holds, so it is refused (a saved file) or passed over
 * (a WARC record) rather than imported as an article made of headlines.
 */

/** Teasers: top-level <article>s whose heading is a link to the story (`<h2><a href="/a1">…</a></h2>`). */
function teaserCount(document: Document): number {
  return [...document.querySelectorAll('article')].filter(
    (article) => !article.parentElement?.closest('article') && article.querySelector('h1 a[href], h2 a[href], h3 a[href], h4 a[href]') !== null,
  ).length;
}

/** An <article> with a headline of its own that is no link: the page's article, whatever else the page lists. */
const holdsOwnHeadline = (document: Document) => [...document.querySelectorAll('article h1')].some((headline) => headline.querySelector('a[href]') === null);

/**
 * How many articles the page lists when it is a listing and not an article: the JSON-LD's, when it
 * describes several and none is the page's; else its teasers, when it does not call itself an
 * article and no <article> holds a headline of its own. Undefined for an article's page.
 */
export function articlesListed(document: Document, metadata: PageMetadata): number | undefined {
  if (metadata.articlesListed !== undefined) return metadata.articlesListed;
  if (metadata.declaresArticle || holdsOwnHeadline(document)) return undefined;
  const teasers = teaserCount(document);
  return teasers >= 2 ? teasers : undefined;
}

export function refuseListing(count: number): never {
  throw new ImportError(
    `the page lists ${count} articles (a home or section page), not one article`,
    'open each article and save its own page, then import those pages (or the WARC of a crawl, which imports every article it holds)',
  );
}
