import { joinBase } from '../../lib/urls.ts';
import {
  hasCriteria,
  highlightTerms,
  readSearchState,
  toPagefindQuery,
  widenedCountQueries,
  writeSearchState,
  type SearchState,
} from '../search-state.ts';
import { loadPagefind, type Pagefind, type PagefindResponse } from './pagefind-api.ts';
import { facetFieldsets, resultItem, resultSummary, type FacetLabels } from './render.ts';
import { setShortcutEnabled, shortcutEnabled } from './shortcut-preference.ts';

/**
 * The search page. The form is the state: its fields are named like the URL's keys, so a search
 * is submitted, pushed to history and restored from the URL through the same few functions.
 */

const PAGE_SIZE = 20;

function required<T extends Element>(selector: string): T {
  const found = document.querySelector<T>(selector);
  if (!found) throw new Error(`search page is missing ${selector}`);
  return found;
}

const form = required<HTMLFormElement>('#search-form');
const queryInput = required<HTMLInputElement>('#search-query');
const sortSelect = required<HTMLSelectElement>('#search-sort');
const filterPanel = required<HTMLDetailsElement>('#search-filters');
const facetsBox = required<HTMLElement>('#search-facets');
const status = required<HTMLElement>('#search-status');
const resultList = required<HTMLOListElement>('#search-results');
const moreButton = required<HTMLButtonElement>('#search-more');
const labels = JSON.parse(required<HTMLScriptElement>('#search-labels').textContent ?? '{}') as FacetLabels;

let pagefind: Pagefind;
let response: PagefindResponse | null = null;
let shown = 0;
let terms: string[] = [];
/** Each search gets a number; a slower earlier search never overwrites a later one's results. */
let latest = 0;

function stateFromForm(): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
  return readSearchState(params);
}

function showStateInForm(state: SearchState): void {
  queryInput.value = state.query;
  sortSelect.value = state.sort;
}

function searchUrl(state: SearchState): string {
  const query = writeSearchState(state).toString();
  return location.pathname + (query ? `?${query}` : '');
}

async function run(state: SearchState): Promise<void> {
  const ticket = ++latest;
  terms = highlightTerms(state.query);
  if (!hasCriteria(state)) {
    const counts = await pagefind.filters();
    if (ticket !== latest) return;
    response = null;
    showFacets(state, counts);
    resultList.replaceChildren();
    moreButton.hidden = true;
    status.textContent = 'Type a word, a name or a "quoted phrase", or choose a filter.';
    return;
  }
  const { term, options } = toPagefindQuery(state);
  const found = await pagefind.search(term, options);
  if (ticket !== latest || !found) return;
  const counts = { ...found.filters };
  for (const { facet, query } of widenedCountQueries(state)) {
    const widened = await pagefind.search(query.term, query.options);
    if (widened?.filters[facet]) counts[facet] = widened.filters[facet];
  }
  if (ticket !== latest) return;
  response = found;
  shown = 0;
  showFacets(state, counts);
  resultList.replaceChildren();
  await showMore(ticket);
  status.textContent = resultSummary(found.results.length, state, labels);
}

function showFacets(state: SearchState, counts: PagefindResponse['filters']): void {
  // Re-rendering the checkboxes must not drop the keyboard user's place.
  const focused = document.activeElement instanceof HTMLInputElement && facetsBox.contains(document.activeElement) ? document.activeElement : null;
  facetsBox.replaceChildren(...facetFieldsets(state, counts, labels, form.id));
  if (focused) {
    const same = [...facetsBox.querySelectorAll<HTMLInputElement>('input')].find((box) => box.name === focused.name && box.value === focused.value);
    same?.focus();
  }
  filterPanel.hidden = facetsBox.childElementCount === 0;
}

async function showMore(ticket: number): Promise<HTMLLIElement | undefined> {
  if (!response) return;
  const next = response.results.slice(shown, shown + PAGE_SIZE);
  const fragments = await Promise.all(next.map((result) => result.data()));
  if (ticket !== latest) return;
  const items = fragments.map((fragment) => resultItem(fragment, terms));
  resultList.append(...items);
  shown += items.length;
  const remaining = response.results.length - shown;
  moreButton.hidden = remaining <= 0;
  moreButton.textContent = `Show ${Math.min(PAGE_SIZE, remaining)} more (${shown} of ${response.results.length} shown)`;
  return items[0];
}

/** The switch for the `/` shortcut (WCAG 2.1.4); it only means something with JavaScript on. */
function offerShortcutSwitch(): void {
  const toggle = required<HTMLInputElement>('#search-shortcut');
  toggle.checked = shortcutEnabled();
  toggle.addEventListener('change', () => setShortcutEnabled(toggle.checked));
  required<HTMLElement>('#search-shortcut-setting').hidden = false;
}

function submit(): void {
  const state = stateFromForm();
  const url = searchUrl(state);
  if (url !== location.pathname + location.search) history.pushState(null, '', url);
  void run(state);
}

async function start(): Promise<void> {
  offerShortcutSwitch();
  // The form shows the URL's search at once; a reader who starts typing while the index loads
  // keeps what they typed.
  const initial = readSearchState(new URLSearchParams(location.search));
  showStateInForm(initial);
  if (required<HTMLElement>('.search-app').dataset.articles === '0') {
    status.textContent = 'The archive has no articles yet, so there is nothing to search.';
    return;
  }
  if (hasCriteria(initial)) status.textContent = 'Searching…';
  // Open beside the results on a wide screen (where it cannot be folded), folded on a narrow one
  // unless filters are chosen.
  const wide = matchMedia('(min-width: 72rem)');
  filterPanel.open = wide.matches || Object.keys(initial.filters).length > 0;
  wide.addEventListener('change', () => {
    if (wide.matches) filterPanel.open = true;
  });
  try {
    pagefind = await loadPagefind(joinBase(import.meta.env.BASE_URL, 'pagefind/pagefind.js'));
  } catch {
    status.textContent = import.meta.env.DEV
      ? 'No search index yet: run `npm run build` once, then reload this page (the dev server serves the last build’s index).'
      : 'Search could not start: the search index did not load. Please reload the page.';
    return;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  // A filter or the order applies at once; typing in the box waits for Enter or the button.
  sortSelect.addEventListener('change', submit);
  facetsBox.addEventListener('change', submit);
  let loadingMore = false;
  moreButton.addEventListener('click', async () => {
    // A double click must not load the same twenty twice.
    if (loadingMore) return;
    loadingMore = true;
    try {
      const first = await showMore(latest);
      first?.querySelector('a')?.focus();
    } finally {
      loadingMore = false;
    }
  });
  window.addEventListener('popstate', () => {
    const state = readSearchState(new URLSearchParams(location.search));
    showStateInForm(state);
    void run(state);
  });
  await run(initial);
}

void start();
