import { joinBase } from '../../lib/urls.ts';
import { SEARCHES_LAST_BUILD_INDEX } from '../../lib/build-mode.ts';
import {
  FACETS,
  hasCriteria,
  highlightTerms,
  readSearchState,
  toPagefindQuery,
  widenedCountQueries,
  writeSearchState,
  type Facet,
  type SearchState,
} from '../search-state.ts';
import { FacetCounts } from './facet-counts.ts';
import { loadPagefind, type Pagefind, type PagefindFilterCounts, type PagefindResponse, type PagefindResult } from './pagefind-api.ts';
import { nearestSummary, required, resultSummary, unmatchedNote } from './render.ts';
import { judgeResults, startJudging } from './true-matches.ts';
import { rangeProblem, type ArchiveYears } from '../date-range.ts';
import { isPlainQuery, parseQuery, soughtTerms, type QueryNode } from '../query-syntax.ts';
import { FilterSets } from './filter-sets.ts';
import { PeriodCounts } from './period-counts.ts';
import { countOverTime, timelineFigure } from './timeline.ts';
import { isFetchedLabelFacet, labelsUrl, readLabelsFile, type FacetAliases, type FacetLabels, type LabelsFile } from '../facet-labels.ts';
import { setShortcutEnabled, shortcutEnabled } from './shortcut-preference.ts';
import { ResultViews } from './result-views.ts';
import { wordsWithoutMatch } from './suggestion-view.ts';
import { FacetPanel } from './facet-panel.ts';
import { FilterDrawer } from './filter-drawer.ts';
import { ResultPagesView } from './result-pages-view.ts';
import { recordPlace, restoredPlace, watchPlace } from './history-place.ts';
import type { Paging } from '../result-pages.ts';
import { markStep } from './search-steps.ts';
import { preloadAsTyped } from './typing-preload.ts';

/**
 * The search page. The form is the state: its fields are named like the URL's keys, so a search
 * is submitted, pushed to history and restored from the URL through the same few functions.
 */

const form = required<HTMLFormElement>('#search-form');
const queryInput = required<HTMLInputElement>('#search-query');
const sortSelect = required<HTMLSelectElement>('#search-sort');
const fromInput = required<HTMLInputElement>('#search-from');
const toInput = required<HTMLInputElement>('#search-to');
const timelineBox = required<HTMLElement>('#search-timeline');
const facetsBox = required<HTMLElement>('#search-facets');
const status = required<HTMLElement>('#search-status');
const labels = JSON.parse(required<HTMLScriptElement>('#search-labels').textContent ?? '{}') as FacetLabels;
/** The gazetteer facets' other names, fetched with their names: the facets' filter boxes match them. */
const aliases: FacetAliases = {};

/** Fetches the names of gazetteer facets' values not yet known; without them, ids are shown. */
async function loadLabels(facets: Iterable<Facet>): Promise<void> {
  const missing = [...new Set(facets)].filter(isFetchedLabelFacet).filter((facet) => !labels[facet]);
  await Promise.all(
    missing.map(async (facet) => {
      try {
        const response = await fetch(labelsUrl(form.action, facet));
        if (!response.ok) return;
        ({ names: labels[facet], aliases: aliases[facet] } = readLabelsFile((await response.json()) as LabelsFile));
      } catch {
        // The facet still works, showing ids; the next opening tries again.
      }
    }),
  );
}

/** The archive's local years, oldest first (SearchApp.astro): an open date range reaches to them. */
const app = required<HTMLElement>('.search-app');
const archiveYears: ArchiveYears = { first: Number(app.dataset.firstYear), last: Number(app.dataset.lastYear) };
const years = Array.from({ length: Math.max(0, archiveYears.last - archiveYears.first + 1) }, (_, i) => String(archiveYears.first + i));

let pagefind: Pagefind;
let facetCounts: FacetCounts;
let filterSets: FilterSets;
let periodCounts: PeriodCounts;
/** Facets the reader has opened; they stay open as the panel is redrawn for each search. */
const openFacets = new Set<Facet>();
/** The results of the search on screen, shown a page at a time. */
let results: PagefindResult[] = [];
let terms: string[] = [];
/** The results on screen match none of the words typed as typed, only what Pagefind fell back to. */
let nearestOnly = false;
/** Each search gets a number; a slower earlier search never overwrites a later one's results. */
let latest = 0;

const resultViews = new ResultViews({
  searchHref: (query) => searchUrl({ ...shownState(), query }),
  runQuery: (query) => {
    queryInput.value = query;
    submit();
  },
  runOrder: (sort) => {
    sortSelect.value = sort;
    submit();
  },
  viewChanged: () => pushUrl(searchUrl(shownState())),
});

const resultPages = new ResultPagesView({
  href: (paging) => searchUrl(shownState(), paging),
  moved: () => pushUrl(searchUrl(shownState())),
});

const facetPanel = new FacetPanel(facetsBox, form.id, {
  opened: (facet) => void openFacet(facet),
  closed: (facet) => openFacets.delete(facet),
  // A filter applies at once.
  chose: () => submit(),
});
const filterDrawer = new FilterDrawer(facetsBox);

/** The search on screen: the URL's (the form may hold a query typed since). */
function shownState(): SearchState {
  return readSearchState(new URLSearchParams(location.search));
}

function stateFromForm(): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === 'string') params.append(key, value);
  return readSearchState(params);
}

function showStateInForm(state: SearchState): void {
  queryInput.value = state.query;
  sortSelect.value = state.sort;
  fromInput.value = state.from ?? '';
  toInput.value = state.to ?? '';
}

function searchUrl(state: SearchState, paging?: Paging): string {
  const query = resultPages.params(resultViews.viewParams(writeSearchState(state)), paging).toString();
  return location.pathname + (query ? `?${query}` : '');
}

/** A new history entry, which carries the reader's place from the start (history-place.ts). */
function pushUrl(url: string): void {
  history.pushState(null, '', url);
  recordPlace(facetPanel.place());
}

interface Searched {
  found: Pick<PagefindResponse, 'results'>;
  /** A boolean query's terms that matched nothing (a plain search has none). */
  unmatched?: string[];
  /**
   * The counts its facet panel shows, asked for once the results are on their way to the screen:
   * they cost searches of their own, which the results never wait for.
   */
  counts: () => Promise<Counted>;
}

interface Counted {
  counts: PagefindFilterCounts;
  /** The facets whose files were loaded when the search ran, so whose counts it holds. */
  counted: ReadonlySet<Facet>;
}

/**
 * Loads the files of the facets the panel shows before the search: Pagefind counts only the
 * filters loaded when it searches. A facet the search filters by has its file loaded by the
 * search anyway, so it is counted too. `whole`: a search with no criteria, whose counts are the
 * archive's, read from each facet's counts file instead.
 */
async function loadCountedFacets(state: SearchState, whole: boolean): Promise<ReadonlySet<Facet>> {
  const inPanel = [...openFacets, ...(Object.keys(state.filters) as Facet[])];
  await Promise.all([facetCounts.load(inPanel, whole), loadLabels(inPanel)]);
  return new Set(FACETS.filter((facet) => facetCounts.has(facet, whole)));
}

/** A search, and the counts its facet panel shows; without criteria, the whole archive's counts. */
async function plainSearch(state: SearchState): Promise<Searched | null> {
  startJudging(pagefind, state.query);
  const whole = !hasCriteria(state);
  const counted = await loadCountedFacets(state, whole);
  const { term, options } = toPagefindQuery(state, archiveYears);
  const found = await pagefind.search(term, options);
  markStep('searched');
  if (!found) return null;
  const counts = async () => {
    const counts = { ...found.filters, ...(whole ? facetCounts.archiveCounts() : {}) };
    for (const { facet, query } of widenedCountQueries(state, archiveYears)) {
      // Only its counts are used, and they do not depend on the order: unsorted, a sharded index
      // answers it in one search instead of one per shard (pagefind-api.ts).
      const widened = await pagefind.search(query.term, { filters: query.options.filters });
      if (widened?.filters[facet]) counts[facet] = widened.filters[facet];
    }
    return { counts, counted };
  };
  return { found, counts };
}

/**
 * A boolean query's results and counts. Its results are no single Pagefind search, so each value
 * a counted facet has under the filters is counted in them (src/search/client/filter-sets.ts).
 * Unlike a plain search's, a chosen source's or year's neighbours are counted within the choice.
 */
async function booleanSearch(state: SearchState, tree: QueryNode): Promise<Searched> {
  // A boolean query is a query: the whole archive's counts never apply.
  const counted = await loadCountedFacets(state, false);
  const { options } = toPagefindQuery(state, archiveYears);
  // Fetched with the first boolean query: a plain search never needs it.
  const { evaluateQuery } = await import('./boolean-search.ts');
  const { results: found, unmatched } = await evaluateQuery(pagefind, tree, options);
  markStep('searched');
  const counts = async () => {
    const counts: PagefindFilterCounts = {};
    // The values present under the filters: a search of its own, needed only when a facet is counted.
    const present = counted.size > 0 ? ((await pagefind.search(null, { filters: options.filters }))?.filters ?? {}) : {};
    for (const facet of counted) {
      const values = Object.keys(present[facet] ?? {}).filter((value) => (present[facet]?.[value] ?? 0) > 0);
      const numbers = await filterSets.count(found, facet, values);
      counts[facet] = Object.fromEntries(values.map((value, i) => [value, numbers[i]!]));
    }
    return { counts, counted };
  };
  return { found: { results: found }, unmatched, counts };
}

/** The query's tree when Pagefind cannot answer it in one search (src/search/query-syntax.ts), else null. */
function booleanTree(state: SearchState): QueryNode | null {
  const parsed = state.query ? parseQuery(state.query) : null;
  return parsed?.ok && !isPlainQuery(parsed.tree) ? parsed.tree : null;
}

function searchFor(state: SearchState): Promise<Searched | null> {
  const tree = booleanTree(state);
  return tree ? booleanSearch(state, tree) : plainSearch(state);
}

/** Why the search cannot run as written (a query or a date range that cannot be read), or null. */
function searchProblem(state: SearchState): string | null {
  const parsed = state.query ? parseQuery(state.query) : null;
  if (parsed && !parsed.ok) return `The query cannot be read: ${parsed.message}`;
  return rangeProblem(state.from ?? '', state.to ?? '');
}

/** The search being drawn; a facet opened meanwhile waits for it before drawing its counts. */
let drawing: Promise<void> = Promise.resolve();

function run(state: SearchState): Promise<void> {
  drawing = draw(state);
  return drawing;
}

function clearResults(): void {
  results = [];
  resultPages.clear();
  timelineBox.replaceChildren();
}

async function draw(state: SearchState): Promise<void> {
  const ticket = ++latest;
  markStep('started');
  const problem = searchProblem(state);
  if (problem) {
    clearResults();
    resultViews.clear();
    status.textContent = problem;
    return;
  }
  const tree = booleanTree(state);
  // A boolean query marks what it searches for, never the words it leaves out.
  terms = highlightTerms(tree ? soughtTerms(tree).map((term) => (term.phrase ? `"${term.text}"` : term.text)).join(' ') : state.query);
  const searched = await searchFor(state);
  if (ticket !== latest || !searched) return;
  if (!hasCriteria(state)) {
    const counted = await searched.counts();
    if (ticket !== latest) return;
    showFacets(state, counted);
    clearResults();
    resultViews.clear();
    status.textContent = 'Type a word, a name or a "quoted phrase", or choose a filter.';
    return;
  }
  let shown: PagefindResult[];
  let summary: string;
  // The words a "Did you mean" is offered for: only when nothing (or only a fallback) was found.
  let missing: string[];
  if (searched.unmatched) {
    nearestOnly = false;
    shown = searched.found.results;
    summary = resultSummary(shown.length, state, labels) + unmatchedNote(searched.unmatched);
    missing = shown.length === 0 ? searched.unmatched : [];
  } else {
    // Only what matches the words typed is presented as a match; what Pagefind found by falling
    // back is offered as such, when nothing matches (src/search/client/true-matches.ts).
    const judged = await judgeResults(pagefind, state.query, searched.found.results);
    if (ticket !== latest) return;
    nearestOnly = judged.matches.length === 0 && judged.nearest.length > 0;
    shown = nearestOnly ? judged.nearest : judged.matches;
    summary = nearestOnly ? nearestSummary(judged, state, labels) : resultSummary(judged.matches.length, state, labels);
    missing = wordsWithoutMatch(state.query, judged);
  }
  markStep('judged');
  clearResults();
  results = shown;
  filterDrawer.showCount(results.length, Object.values(state.filters).flat().length);
  // The page's results first, each as its fragment arrives; the panel's counts are counted
  // while the fragments are on their way, and shown before the summary that ends the search.
  const page = resultPages.show({ results, terms: nearestOnly ? [] : terms });
  const counted = await searched.counts();
  if (ticket !== latest) return;
  showFacets(state, counted);
  markStep('counted');
  await page;
  if (ticket !== latest) return;
  status.textContent = summary;
  // The lines view, export and suggestions (result-views.ts) take the search's results here.
  if (ticket === latest) resultViews.show({ query: state.query, results, terms: nearestOnly ? [] : terms, missing }, state.sort);
  await drawTimeline(state, ticket);
}

/** The chart of the results over time, drawn after them: it may fetch the year tables or the month filter. */
async function drawTimeline(state: SearchState, ticket: number): Promise<void> {
  const timeline = await countOverTime(results, years, periodCounts);
  if (ticket !== latest) return;
  const narrowed = (period: string) => searchUrl({ ...state, from: period, to: period });
  timelineBox.replaceChildren(...(timeline ? [timelineFigure(timeline, narrowed)] : []));
  markStep('charted');
}

/** The reader opened a facet: its counts for the search on screen, fetched the first time. */
async function openFacet(facet: Facet): Promise<void> {
  openFacets.add(facet);
  const whole = !hasCriteria(shownState());
  if (facetCounts.has(facet, whole)) return;
  await Promise.all([facetCounts.load([facet], whole), loadLabels([facet])]);
  // A search that started before the file arrived draws its panel without these counts: after it.
  await drawing.catch(() => undefined);
  const ticket = latest;
  const state = shownState();
  if (searchProblem(state)) return;
  const searched = await searchFor(state);
  const counted = await searched?.counts();
  if (ticket !== latest || !counted) return;
  showFacets(state, counted);
}

function showFacets(state: SearchState, { counts, counted }: Counted): void {
  facetPanel.show({ state, counts, labels, aliases, counted: (facet) => counted.has(facet) });
  filterDrawer.reveal();
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
  resultPages.firstPage();
  const url = searchUrl(state);
  if (url !== location.pathname + location.search) pushUrl(url);
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
  try {
    const index = await loadPagefind(joinBase(import.meta.env.BASE_URL, 'pagefind/pagefind.js'));
    pagefind = index.pagefind;
    facetCounts = new FacetCounts(pagefind, index.folders[0]!);
    filterSets = new FilterSets(pagefind);
    periodCounts = new PeriodCounts(filterSets, index.folders);
  } catch {
    status.textContent = SEARCHES_LAST_BUILD_INDEX
      ? 'No search index yet: run `npm run build` once, then reload this page (the dev server serves the last build’s index).'
      : 'Search could not start: the search index did not load. Please reload the page.';
    return;
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submit();
  });
  // The order applies at once; typing in the box waits for Enter or the button, and fetches
  // the index chunks of the words typed meanwhile.
  sortSelect.addEventListener('change', submit);
  preloadAsTyped(queryInput, pagefind);
  // A bar of the chart, or a row of its table, narrows the search to its year or month.
  timelineBox.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest<SVGAElement | HTMLAnchorElement>('[data-period]') : null;
    const period = link?.getAttribute('data-period');
    if (!period) return;
    event.preventDefault();
    fromInput.value = period;
    toInput.value = period;
    submit();
    // The keyboard user's place: the narrowed chart, once it is drawn.
    void drawing.then(() => timelineBox.querySelector<SVGAElement>('a[data-period]')?.focus());
  });
  // Back and Forward return to the page of results, the open facets (each in the order, as far
  // down and with the filter text the reader left it) and the scroll position the reader left
  // (src/search/client/history-place.ts).
  window.addEventListener('popstate', () => {
    resultViews.readUrl();
    resultPages.readUrl();
    const state = readSearchState(new URLSearchParams(location.search));
    showStateInForm(state);
    void restore(state);
  });
  await restore(initial);
  watchPlace(() => facetPanel.place());
}

/** Draws the URL's search with the facets, as they stood, and at the scroll position, recorded with its history entry. */
async function restore(state: SearchState): Promise<void> {
  const place = restoredPlace();
  if (place) {
    openFacets.clear();
    for (const facet of place.open) openFacets.add(facet);
    facetPanel.setPlace(place);
  }
  await run(state);
  if (place) scrollTo(0, place.scroll);
}

void start();
