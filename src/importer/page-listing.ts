import { foldName } from '../lib/fold-name.ts';
import { ImportError } from './errors.ts';
import type { PageMetadata } from './page-metadata.ts';

const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/**
 * A home or section page: several articles' teasers, none of them the page's own. Such a page is
 * never one article, whatever date or text it holds, so it is refused (a saved file) or passed over
 * (a WARC record) rather than imported as an article made of headlines.
 */

/**
 * Teasers: headings that are wholly a link to a story (`<h2><a href="/a1">…</a></h2>`), in
 * <article>s or in the <div>s of Bitrix and Drupal themes alike.
 */
const isTeaserHeading = (heading: Element) => {
  const link = heading.querySelector('a[href]');
  return link !== null && spaced(link.textContent) !== '' && spaced(link.textContent) === spaced(heading.textContent);
};

function teaserCount(document: Document): number {
  return [...document.querySelectorAll('h2, h3, h4')].filter(isTeaserHeading).length;
}

/** A box's own heading over its teasers (`Related`, `More from Health`) is a label, no longer. */
const BOX_LABEL = 40;

/** A teaser as an <article> of its own: one heading that is wholly a link to the story, and no headline. */
const isTeaserArticle = (article: Element) => article.querySelector('h1') === null && [...article.querySelectorAll('h2, h3, h4')].filter(isTeaserHeading).length === 1;

/**
 * A box of teasers set inside an article's text (Newspack's `wp-block-newspack-blocks-homepage-articles`: a `Related`
 * heading over <article>s that are each a linked headline): other stories, never the article's text, and no element a
 * name marks as furniture.
 */
export function teaserBoxes(document: Document): Element[] {
  const boxes = new Set<Element>();
  for (const teaser of document.querySelectorAll('article article')) {
    const box = teaser.parentElement;
    if (!box || boxes.has(box)) continue;
    const parts = [...box.children];
    const teasers = parts.filter((part) => part.tagName === 'ARTICLE');
    const labels = parts.filter((part) => part.tagName !== 'ARTICLE');
    if (teasers.every(isTeaserArticle) && labels.every((label) => /^H[1-6]$/.test(label.tagName) && spaced(label.textContent).length <= BOX_LABEL)) boxes.add(box);
  }
  return [...boxes];
}

/** A headline that is no link and not the site's name (a home page's masthead): the page's article, whatever else the page lists. */
const holdsOwnHeadline = (document: Document, siteName: string | undefined) =>
  [...document.querySelectorAll('h1')].some(
    (headline) => !headline.closest('a[href]') && headline.querySelector('a[href]') === null && (siteName === undefined || foldName(spaced(headline.textContent)) !== foldName(siteName)),
  );

/** Fewer teasers than this are an article's related stories the page does not mark as such; a home page lists more. */
const LISTING_TEASERS = 3;

/**
 * How many articles the page lists when it is a listing and not an article: the JSON-LD's, when it
 * describes several and none is the page's; else its teasers, when it does not call itself an
 * article and prints no headline of its own. Undefined for an article's page.
 */
export function articlesListed(document: Document, metadata: PageMetadata): number | undefined {
  if (metadata.articlesListed !== undefined) return metadata.articlesListed;
  if (metadata.declaresArticle || holdsOwnHeadline(document, metadata.publisher)) return undefined;
  const teasers = teaserCount(document);
  return teasers >= LISTING_TEASERS ? teasers : undefined;
}

export function refuseListing(count: number): never {
  throw new ImportError(
    `the page lists ${count} articles (a home or section page), not one article`,
    'open each article and save its own page, then import those pages (or the WARC of a crawl, which imports every article it holds)',
  );
}
