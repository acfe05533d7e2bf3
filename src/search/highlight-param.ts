/**
 * The query parameter that carries the searched terms to the article page. A module of its own so
 * that every page's small script (client/page-search.ts) can read it without pulling in the
 * search page's result code.
 */
export const HIGHLIGHT_PARAM = 'highlight';
