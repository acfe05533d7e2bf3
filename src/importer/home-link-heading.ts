/**
 * An <h1> that is wholly a link to the site's home page (Blogger's `<h1 class='title'><a
 * href='https://name.blogspot.com/'>Blog name</a></h1>` in its header): the site's name set as a
 * masthead, never the article's headline, which such a page prints in an <h3> and its metadata.
 */

const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

export function isHomeLinkHeading(heading: Element): boolean {
  const link = heading.querySelector('a[href]') ?? heading.closest('a[href]');
  if (!link || spaced(link.textContent) !== spaced(heading.textContent)) return false;
  try {
    const address = new URL(link.getAttribute('href')!, 'https://page.invalid/');
    return address.pathname === '/' && address.search === '';
  } catch {
    return false;
  }
}

/** The page's <h1>s that may be its headline: all but the site's name. */
export const headlineHeadings = (document: Document): Element[] => [...document.querySelectorAll('h1')].filter((heading) => !isHomeLinkHeading(heading));
