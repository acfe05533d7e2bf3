/**
 * An <h1> that is wholly a link to the site's home page (Blogger's `<h1 class='title'><a
 * href='https://name.blogspot.com/'>Blog name</a></h1>` in its header): the site's name set as a
 * masthead, never the article's headline, which such a page prints in an <h3> and its metadata.
 */

function isHomeLink(link: Element): boolean {
  try {
    const address = new URL(link.getAttribute('href')!, 'https://page.invalid/');
    return address.pathname === '/' && address.search === '';
  } catch {
    return false;
  }
}

const unspaced = (text: string | null) => (text ?? '').replace(/\s+/g, '');

/** Also a heading made of several such links, a portal's name then its service's (Naver: `NAVER` `뉴스`, each its home). */
export function isHomeLinkHeading(heading: Element): boolean {
  const enclosing = heading.closest('a[href]');
  const links = enclosing ? [enclosing] : [...heading.querySelectorAll('a[href]')];
  if (links.length === 0 || unspaced(links.map((link) => link.textContent).join('')) !== unspaced(heading.textContent)) return false;
  return links.every(isHomeLink);
}

/** The page's <h1>s that may be its headline: all but the site's name. */
export const headlineHeadings = (document: Document): Element[] => [...document.querySelectorAll('h1')].filter((heading) => !isHomeLinkHeading(heading));
