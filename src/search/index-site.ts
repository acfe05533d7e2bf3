import * as pagefind from 'pagefind';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Builds the Pagefind index of a built site. Only pages that mark their article with
 * `data-pagefind-body` are indexed; everything the site must not search (navigation, related
 * lists, citations, footers) stays outside that element or carries `data-pagefind-ignore`.
 */

/** The one attribute that makes a page searchable; the article template puts it on the article. */
export const INDEXED_PAGE_MARKER = 'data-pagefind-body';
/** The Pagefind bundle folder below the site root; the search page loads it from here. */
export const BUNDLE_FOLDER = 'pagefind';

export interface IndexSiteOptions {
  /** Absolute path of the built site (Astro's outDir). */
  siteDir: string;
  /** ISO 639-1 language every page is indexed as; set, never guessed from `<html lang>`. */
  language: string;
  /** How many articles the content collection holds: the index must contain exactly these. */
  expectedArticles: number;
}

export interface IndexSiteResult {
  indexedPages: number;
  bundleDir: string;
}

/** Thrown for anything that would leave the archive with a wrong or partial index. */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/**
 * Where article pages are built: YYYY/MM/DD/slug/index.html (src/lib/urls.ts). Pagefind parses
 * every file its glob matches, and the archive's date and entity pages outnumber the articles;
 * handing it only these paths took a 1k-article index from 5.3 s to 3.1 s of CPU and from 667 to
 * 594 MiB peak (BENCHMARKS.md). Marked pages are still counted over the whole site, so a marked
 * page anywhere else fails the build instead of going unindexed.
 */
const ARTICLE_PAGES_GLOB = '????/??/??/*/index.html';

/**
 * Files Pagefind writes that the archive never loads: its three ready-made UIs (the search page
 * has its own markup on the JS API) and the web worker (the search page runs Pagefind on the main
 * thread, src/search/client/pagefind-api.ts). Removed so a host serves only what the site uses;
 * pagefind.js, pagefind-highlight.js (article pages), the WASM and the index stay.
 */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-worker.js',
];

export async function indexSite({ siteDir, language, expectedArticles }: IndexSiteOptions): Promise<IndexSiteResult> {
  const bundleDir = path.join(siteDir, BUNDLE_FOLDER);
  const markedPages = await countMarkedPages(siteDir);
  if (markedPages !== expectedArticles) {
    throw new SearchIndexError(
      `${expectedArticles} article(s) in the content collection but ${markedPages} built page(s) carry ${INDEXED_PAGE_MARKER}; ` +
        'every article page, and nothing else, must mark its article for the search index',
    );
  }

  const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: language });
  try {
    failOn('creating the index', createErrors);
    if (!index) throw new SearchIndexError('Pagefind returned no index');
    // With no marked page at all Pagefind would index every page whole (menus, the search page
    // itself), so an empty archive gets an empty index rather than a directory scan.
    if (markedPages > 0) {
      const added = await index.addDirectory({ path: siteDir, glob: ARTICLE_PAGES_GLOB });
      failOn('indexing the built pages', added.errors);
    }
    const written = await index.writeFiles({ outputPath: bundleDir });
    failOn('writing the index', written.errors);
    await Promise.all(UNUSED_BUNDLE_FILES.map((file) => rm(path.join(bundleDir, file), { force: true })));
  } finally {
    await pagefind.close();
  }

  const indexedPages = await countIndexedPages(bundleDir);
  if (indexedPages !== expectedArticles) {
    throw new SearchIndexError(`expected ${expectedArticles} indexed article(s), Pagefind indexed ${indexedPages}`);
  }
  return { indexedPages, bundleDir };
}

function failOn(step: string, errors: string[]): void {
  if (errors.length > 0) throw new SearchIndexError(`Pagefind failed while ${step}:\n${errors.join('\n')}`);
}

/** Pages Pagefind actually indexed, per its own entry file (its `page_count` per language). */
async function countIndexedPages(bundleDir: string): Promise<number> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

/** The marker as an attribute inside a start tag, not merely a phrase in some article's text. */
const MARKER_IN_A_TAG = new RegExp(`<[a-z][^>]*\\s${INDEXED_PAGE_MARKER}(?=[\\s=>/])`, 'i');

async function countMarkedPages(siteDir: string): Promise<number> {
  const files = await readdir(siteDir, { recursive: true });
  let count = 0;
  for (const file of files) {
    if (!file.endsWith('.html') || file.startsWith(`${BUNDLE_FOLDER}${path.sep}`)) continue;
    const html = await readFile(path.join(siteDir, file), 'utf8');
    if (MARKER_IN_A_TAG.test(html)) count += 1;
  }
  return count;
}
