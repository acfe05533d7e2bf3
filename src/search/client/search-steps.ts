/**
 * User Timing marks for the steps of one search, from the reader's Enter to the chart: the
 * bench's search probe (src/bench/search-probe.ts) reads them to say where a keystroke's time
 * goes. A mark costs microseconds and is visible in any browser's performance panel.
 */
export const STEP_PREFIX = 'dateline-search:';

export type SearchStep =
  /** The search is on its way: the URL is written and the form read. */
  | 'started'
  /** Pagefind answered the search (or the boolean query's searches and set operations). */
  | 'searched'
  /** The results are judged: what matches the words typed, what only a fallback found. */
  | 'judged'
  /** The first result is on screen (its fragment fetched). */
  | 'first-result'
  /** Every result of the page on screen is. */
  | 'page-shown'
  /** The facet panel shows the search's counts. */
  | 'counted'
  /** The chart of results over time is drawn. */
  | 'charted';

export function markStep(step: SearchStep): void {
  performance.mark(STEP_PREFIX + step);
}
