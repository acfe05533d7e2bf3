import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { builtDir } from '../../src/harness/project.ts';

/**
 * The built site as the quality gates see it: every HTML file in an output folder, what kind of
 * page each is, and a parsed DOM for each. Pages are discovered, never listed, so a gate covers
 * every page kind the moment someone adds it.
 */

export { builtDir };

/** Every `.html` file below `outDir`, as sorted POSIX paths relative to it. */
export async function listHtmlFiles(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(outDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The URL path (below the base path) a built file is served at: `a/b/index.html` -> `a/b/`. */
export function urlPathOf(file: string): string {
  return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * A page's kind, from its URL: `home`, `404`, `search`, `article`, `year`, `month`, `day`, or for
 * anything else its first path segment with later segments generalised (`people/:slug`,
 * `sources/:slug/:n`). Redirect stubs (old permalinks) are their own kind whatever their URL.
 */
export function pageKind(file: string, html: string): string {
  if (/<meta[^>]+http-equiv=["']?refresh/i.test(html)) return 'redirect';
  if (file === 'index.html') return 'home';
  if (file === '404.html') return '404';
  if (file === 'search/index.html') return 'search';
  const segments = urlPathOf(file).split('/').filter(Boolean);
  const dated = segments.findIndex((segment) => !/^\d+$/.test(segment));
  if (/^\d{4}$/.test(segments[0] ?? '')) {
    if (dated === 3 && segments.length === 4) return 'article';
    if (dated === -1) return (['year', 'month', 'day'] as const)[segments.length - 1] ?? segments.join('/');
  }
  return segments.map((segment, i) => (i === 0 ? segment : /^\d+$/.test(segment) ? ':n' : ':slug')).join('/');
}

export interface BuiltPage {
  file: string;
  kind: string;
  html: string;
  document: Document;
}

/** Reads and parses one built page. */
export async function readPage(outDir: string, file: string): Promise<BuiltPage> {
  const html = await readFile(path.join(outDir, file), 'utf8');
  const { document } = parseHTML(html);
  return { file, kind: pageKind(file, html), html, document: document as unknown as Document };
}

/** Every built page, parsed. */
export async function readAllPages(outDir: string): Promise<BuiltPage[]> {
  return Promise.all((await listHtmlFiles(outDir)).map((file) => readPage(outDir, file)));
}

/** The first page (in path order) of each kind. */
export function onePageOfEachKind(pages: BuiltPage[]): Map<string, BuiltPage> {
  const byKind = new Map<string, BuiltPage>();
  for (const page of pages) if (!byKind.has(page.kind)) byKind.set(page.kind, page);
  return byKind;
}

/** Kinds every build of the archive must have, whatever its content. */
export const REQUIRED_KINDS = ['home', '404', 'search'] as const;
