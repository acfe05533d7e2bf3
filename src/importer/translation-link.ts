/**
 * A link to the article in another language, set among the byline and the date (Le Monde in English:
 * `<a class="meta__link-lang" lang="fr">Lire en français</a>`): the page's, never its text. Told by the
 * language it is marked in, not the page's, and by standing alone: a link in running text is the text's.
 */

const primary = (tag: string | null | undefined) => (tag ?? '').trim().toLowerCase().split('-')[0] ?? '';

/** The parent holds no words of its own beside its elements. */
const standsAlone = (link: Element) =>
  [...(link.parentElement?.childNodes ?? [])].every((node) => node.nodeType !== node.TEXT_NODE || (node.textContent ?? '').trim() === '');

export function translationLinks(document: Document): Element[] {
  const language = primary(document.documentElement?.getAttribute('lang'));
  if (!language) return [];
  return [...document.querySelectorAll('a[hreflang], a[lang]')].filter((link) => {
    const marked = primary(link.getAttribute('hreflang') ?? link.getAttribute('lang'));
    return marked !== '' && marked !== language && standsAlone(link);
  });
}
