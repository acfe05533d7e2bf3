import { joinBase } from '../../lib/urls.ts';
import { HIGHLIGHT_PARAM } from '../highlight-param.ts';
import { shortcutEnabled } from './shortcut-preference.ts';

/**
 * On every page: `/` moves to the search box, and an article opened from a search result marks
 * the searched words. The highlighter is fetched only when the URL carries search terms, so an
 * ordinary visit runs nothing but this file and the small preference module. (A Vite dynamic
 * import of our own module would add Vite's 1.5 KB preload helper to every page.)
 */

document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
  if (!shortcutEnabled()) return;
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])')) return;
  // The search page's own box first; elsewhere, the header's.
  const box = document.querySelector<HTMLInputElement>('#search-query') ?? document.querySelector<HTMLInputElement>('#site-search');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

/**
 * The reader came for the searched words, so the first one marked is brought into view: in the
 * paragraph the link named (`#p3`, which the browser has already scrolled to) or else in the
 * article, and only when it is not on screen already. Smoothly, unless the reader asked for
 * reduced motion.
 */
function showFirstMark(): void {
  const first = (namedElement() ?? document).querySelector('mark.search-highlight');
  if (!first) return;
  const { top, bottom } = first.getBoundingClientRect();
  if (top >= 0 && bottom <= innerHeight) return;
  first.scrollIntoView({ block: 'center', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'instant' : 'smooth' });
}

/** The element the URL's fragment names, if any (a malformed fragment names none). */
function namedElement(): HTMLElement | null {
  try {
    return location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  } catch {
    return null;
  }
}

/** Pagefind's highlighter reads the terms from the URL itself and marks them in the article. */
async function highlightSearchedWords(): Promise<void> {
  const bundle = joinBase(import.meta.env.BASE_URL, 'pagefind/pagefind-highlight.js');
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ bundle)) as {
    default: new (options: object) => unknown;
  };
  new PagefindHighlight({
    highlightParam: HIGHLIGHT_PARAM,
    markContext: '[data-pagefind-body]',
    // The style lives in SearchEnhancements.astro: no injected <style>, which a CSP would block.
    addStyles: false,
    markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] },
  });
  // Marking is synchronous: every mark is in the page once the highlighter is constructed.
  showFirstMark();
}

if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM) && document.querySelector('[data-pagefind-body]')) {
  void highlightSearchedWords();
}
