import { parseHTML } from 'linkedom';

/**
 * What Pagefind 1.6 reads from a built page, as one canonical string: two pages with equal strings
 * give Pagefind the same input. A shard's digest is made of these (src/search/index-record.ts),
 * not of the pages' whole bytes, because adding one article changes pages in every shard outside
 * the indexed part: its neighbours' previous/next links and the related lists of articles that
 * share its entities. Those changes must not re-index a shard whose index they cannot change.
 *
 * Per Pagefind's documentation (indexing, metadata, filtering, sorts, weighting) it reads:
 * - the `data-pagefind-body` elements, with everything inside them (text, headings and ids for
 *   sub-results, `data-pagefind-ignore`, `-weight`, `-index-attrs`, and the filters and metadata
 *   set there), less the excluded selectors;
 * - filters, metadata and sort keys set anywhere else on the page (`data-pagefind-filter`,
 *   `-meta`, `-sort`), each an inline value, an attribute it names or the element's text;
 * - the default metadata: the text of the first `h1` and the `src` and `alt` of the first `img`
 *   after it, wherever they are on the page;
 * - `<html lang>` (the index step forces the language, but a different one is a different input).
 * The page's URL is its path, which the shard's digest holds beside this string.
 *
 * Outside the bodies, each element with a `data-pagefind-*` attribute contributes all its
 * attributes and its text, more than any one capture reads, so a capture this file does not
 * parse (Pagefind's `key[attr], key2:value` syntax) is covered all the same. `<title>` is kept too:
 * it changes only with the article's title, and rebuilding more is safe where less is not.
 */
export function indexedContent(html: string, excludeSelectors: readonly string[]): string {
  const { document } = parseHTML(html);
  // Inside a body, what is not excluded is in the body's own markup below.
  const outsideBodies = (element: Element) => !element.closest('[data-pagefind-body]') || excludeSelectors.some((selector) => element.closest(selector));
  const tagged = [...document.querySelectorAll('*')]
    .filter((element) => element.getAttributeNames().some((name) => name.startsWith('data-pagefind-')) && outsideBodies(element))
    .map((element) => [element.localName, element.getAttributeNames().map((name) => [name, element.getAttribute(name)]), element.textContent]);
  const h1 = document.querySelector('h1');
  const image = h1 ? firstImageAfter(document.querySelectorAll('h1, img'), h1) : undefined;
  const defaults = { title: h1?.textContent ?? null, image: image?.getAttribute('src') ?? null, imageAlt: image?.getAttribute('alt') ?? null };
  const bodies = [...document.querySelectorAll('[data-pagefind-body]')].map((body) => {
    // Removed only after the tagged elements are read: a filter inside an excluded element counts.
    for (const selector of excludeSelectors) for (const excluded of body.querySelectorAll(selector)) excluded.remove();
    return body.outerHTML;
  });
  return JSON.stringify({
    lang: document.querySelector('html')?.getAttribute('lang') ?? null,
    title: document.querySelector('title')?.textContent ?? null,
    bodies,
    tagged,
    defaults,
  });
}

/** The first `img` after `h1` in document order, from a list of the page's `h1` and `img` elements in that order. */
function firstImageAfter(headingsAndImages: Iterable<Element>, h1: Element): Element | undefined {
  let seen = false;
  for (const element of headingsAndImages) {
    if (element === h1) seen = true;
    else if (seen && element.localName === 'img') return element;
  }
  return undefined;
}
