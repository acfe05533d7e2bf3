import { FACETS, type Facet } from '../search-state.ts';

/**
 * Where the reader was on a search page, kept in its history entry (history.state), so Back and
 * Forward, also from an article the reader opened, return to the same scroll position with the
 * same facets open. The page, the size and the search itself are in the URL.
 */
interface Place {
  open: Facet[];
  scroll: number;
}

function isPlace(value: unknown): value is Place {
  const place = value as Partial<Place> | null;
  return Boolean(place) && Array.isArray(place!.open) && place!.open.every((facet) => FACETS.includes(facet)) && typeof place!.scroll === 'number';
}

/** The place recorded with the current history entry, if one was. */
export function restoredPlace(): Place | null {
  return isPlace(history.state) ? history.state : null;
}

/** Records the place with the current history entry (the URL stays). */
export function recordPlace(open: Facet[]): void {
  history.replaceState({ open, scroll: Math.round(scrollY) } satisfies Place, '');
}

/** Keeps the current entry's place up to date as the reader scrolls and opens or closes facets. */
export function watchPlace(open: () => Facet[]): void {
  // The page restores the scroll position itself, once the results are drawn.
  history.scrollRestoration = 'manual';
  // The entry the page opened with has a place too, for a reader who comes back to it.
  recordPlace(open());
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Browsers refuse a flood of history calls; one a fifth of a second is far below their limit.
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => recordPlace(open()), 200);
  };
  addEventListener('scroll', later, { passive: true });
  // `toggle` does not bubble; the capture phase sees every facet's.
  document.addEventListener('toggle', later, true);
  addEventListener('pagehide', () => {
    clearTimeout(timer);
    recordPlace(open());
  });
}
