/**
 * Every way `astro dev` and a build differ, in one place. `astro dev` renders the one page a
 * reader asks for, keeps its modules across requests while content/ changes under it, and has no
 * end at which to write anything; a build reads one state of content/ (src/site/content-consistency.ts),
 * renders every page once and ends (src/publish/integration.ts). Each is a constant of its own,
 * so a bundle drops the branch it never takes (the search page's script carries no dev message).
 */
const serving = import.meta.env.DEV;

/** Content is read afresh for each request and nothing derived from it is kept between requests. */
export const REREADS_CONTENT = serving;

/**
 * An article's files (src/publish/article-files.ts) are served by their routes; a build writes
 * them itself when its pages are done, since as Astro routes they cost a quarter of the summed
 * page times of a 10,000-article render (BENCHMARKS.md).
 */
export const SERVES_ARTICLE_FILES_FROM_ROUTES = serving;

/** Bodies and references are rendered ahead of the article pages that need them (src/publish/article-render.ts). */
export const RENDERS_AHEAD = !serving;

/** Search uses the last build's index: there are no built pages to index (src/search/dev-index.ts). */
export const SEARCHES_LAST_BUILD_INDEX = serving;

/**
 * Pages carry the site's Content-Security-Policy (src/views/content-security-policy.ts) when
 * built; Vite's dev server puts styles and its client in the page inline, which the policy
 * would block.
 */
export const SENDS_CONTENT_SECURITY_POLICY = !serving;
