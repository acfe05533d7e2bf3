/**
 * The Content-Security-Policy every built page carries as a <meta> (HeadBasics.astro), declared
 * here once. Every script of the site is a file from the site itself (astro.config.mjs keeps
 * Vite from inlining small ones), so `'self'` admits each and the policy lists no script hash:
 * a hash admits an inline script, no page has one, and a hash of a script some other page runs
 * would only weigh on every page. tests/site's cspProblems fails an inline script without its
 * hash and a hash without its script; tests/e2e/quality-csp.test.ts watches one page of every
 * kind for violations.
 */

/** What the policy lets a page run beyond the site's own script files. */
export interface PageScripts {
  /** Pagefind's index runs as WebAssembly: on the search page only. */
  webAssembly?: boolean;
}

export function contentSecurityPolicy({ webAssembly = false }: PageScripts = {}): string {
  return [
    // Scripts, styles, images, fonts, fetches (Pagefind's index files) and workers: from this site
    // alone. No inline script, style element or style attribute runs; no eval.
    "default-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    ...(webAssembly ? ["script-src 'self' 'wasm-unsafe-eval'"] : []),
  ].join('; ');
}
