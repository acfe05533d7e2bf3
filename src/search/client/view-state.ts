import { LINE_ORDERS, type LineOrder } from './concordance.ts';

/**
 * How the results are shown, beside the search itself in the URL: `view=lines` for the
 * concordance, `lines=left|right` for its order by the word beside the match. The articles view
 * in the results' own order writes nothing.
 */

export const RESULT_VIEWS = ['articles', 'lines'] as const;
export type ResultView = (typeof RESULT_VIEWS)[number];

export interface ViewState {
  view: ResultView;
  lines: LineOrder;
}

export function readViewState(params: URLSearchParams): ViewState {
  const view = params.get('view');
  const lines = params.get('lines');
  return {
    view: RESULT_VIEWS.includes(view as ResultView) ? (view as ResultView) : 'articles',
    lines: LINE_ORDERS.includes(lines as LineOrder) ? (lines as LineOrder) : 'results',
  };
}

/** Appends the view's keys to a search's query string (after search-state.ts has written it). */
export function writeViewState(state: ViewState, params: URLSearchParams): URLSearchParams {
  if (state.view !== 'articles') params.set('view', state.view);
  if (state.view === 'lines' && state.lines !== 'results') params.set('lines', state.lines);
  return params;
}
