import { FACET_ORDERS, type FacetOrder } from '../facet-values.ts';
import { FACETS, type Facet } from '../search-state.ts';

/**
 * Where the reader was on a search page, kept in its history entry (history.state), so Back and
 * Forward, also from an article the reader opened, return to the same scroll position with the
 * same facets open, each listed as the reader left it. The page, the size and the search itself
 * are in the URL.
 */

/** How a facet's list stood: its order, how far "Show more" had gone, and its filter text. */
export interface FacetListPlace {
  order: FacetOrder;
  limit: number;
  filter: string;
}

/** The filter panel's part of the place (FacetPanel.place). */
export interface PanelPlace {
  open: Facet[];
  lists: Partial<Record<Facet, FacetListPlace>>;
}

interface Place extends PanelPlace {
  scroll: number;
}

function isListPlace(value: unknown): value is FacetListPlace {
  const list = value as Partial<FacetListPlace> | null;
  return Boolean(list) && FACET_ORDERS.includes(list!.order!) && Number.isInteger(list!.limit) && typeof list!.filter === 'string';
}

/**
 * The place in a history entry, or null. An entry may have been recorded by an earlier version
 * of this page (without lists) or hold anything another script put there: only what reads as
 * a place is taken.
 */
function readPlace(value: unknown): Place | null {
  const place = value as Partial<Place> | null;
  if (!place || !Array.isArray(place.open) || !place.open.every((facet) => FACETS.includes(facet)) || typeof place.scroll !== 'number') return null;
  const lists: PanelPlace['lists'] = {};
  for (const facet of FACETS) {
    const list: unknown = place.lists?.[facet];
    if (isListPlace(list)) lists[facet] = list;
  }
  return { open: place.open, lists, scroll: place.scroll };
}

/** The place recorded with the current history entry, if one was. */
export function restoredPlace(): Place | null {
  return readPlace(history.state);
}

/** Records the place with the current history entry (the URL stays). */
export function recordPlace(panel: PanelPlace): void {
  history.replaceState({ ...panel, scroll: Math.round(scrollY) } satisfies Place, '');
}

/** Keeps the current entry's place up to date as the reader scrolls and uses the filter panel. */
export function watchPlace(panel: () => PanelPlace): void {
  // The page restores the scroll position itself, once the results are drawn.
  history.scrollRestoration = 'manual';
  // The entry the page opened with has a place too, for a reader who comes back to it.
  recordPlace(panel());
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Browsers refuse a flood of history calls; one a fifth of a second is far below their limit.
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(() => recordPlace(panel()), 200);
  };
  addEventListener('scroll', later, { passive: true });
  // A facet opened or closed (`toggle`, which does not bubble: the capture phase sees every
  // one), its order switched, its filter text typed, "Show more" clicked.
  for (const type of ['toggle', 'change', 'input', 'click']) document.addEventListener(type, later, true);
  addEventListener('pagehide', () => {
    clearTimeout(timer);
    recordPlace(panel());
  });
}
