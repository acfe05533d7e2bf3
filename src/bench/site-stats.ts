import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface FolderSize {
  files: number;
  bytes: number;
}

export interface ArticlePageSize {
  /** How many article pages the averages are taken over. */
  sampled: number;
  htmlBytes: number;
  /** Linked stylesheets the page loads (inline <style> is already in htmlBytes). */
  cssBytes: number;
  /** Scripts the page loads or runs on arrival: external files plus inline code. */
  jsBytes: number;
}

/** The largest browse page: issue 18 holds every list page to 200 KB of HTML at 100,000 articles. */
export interface ListPageSize {
  /** Below the site root: `people/index.html`. */
  path: string;
  htmlBytes: number;
}

export interface SiteStats {
  dist: FolderSize;
  index: FolderSize;
  articlePage: ArticlePageSize;
  largestListPage: ListPageSize;
}

export async function folderSize(folder: string): Promise<FolderSize> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/** An article page's path below the site root: `YYYY/MM/DD/slug/index.html` (`YYYY/MM/DD/2/` is a day's second page). */
const ARTICLE_PAGE = /^\d{4}\/\d{2}\/\d{2}\/(?!\d+\/)[^/]+\/index\.html$/;
const STYLESHEET = /<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi;
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
/** Script types a browser does not execute (JSON-LD, import maps are data). */
const DATA_SCRIPT = /\btype=["']?(application\/(ld\+)?json|importmap)/i;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}=["']?([^"'\\s>]+)`, 'i').exec(tag)?.[1];
}

/** The file a root-relative URL in the built site points at (the base path is the site root). */
function builtFile(siteDir: string, base: string, url: string): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(url)) return undefined;
  const local = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  return path.join(siteDir, local.split(/[?#]/)[0]!);
}

async function fileBytes(file: string | undefined, cache: Map<string, number>): Promise<number> {
  if (!file) return 0;
  if (!cache.has(file)) cache.set(file, (await stat(file).catch(() => ({ size: 0 }))).size);
  return cache.get(file)!;
}

/** Every article page below the site, sorted, so samples are the same from run to run. */
export async function articlePages(siteDir: string): Promise<string[]> {
  const files = await readdir(siteDir, { recursive: true });
  return files.map((file) => file.split(path.sep).join('/')).filter((file) => ARTICLE_PAGE.test(file)).sort();
}

/** Average size of up to `sampleSize` article pages, spread evenly over the archive. */
export async function articlePageSize(siteDir: string, base: string, pages: string[], sampleSize = 300): Promise<ArticlePageSize> {
  const step = Math.max(1, Math.floor(pages.length / sampleSize));
  const sample = pages.filter((_, index) => index % step === 0).slice(0, sampleSize);
  const cache = new Map<string, number>();
  const total = { htmlBytes: 0, cssBytes: 0, jsBytes: 0 };
  for (const page of sample) {
    const html = await readFile(path.join(siteDir, page), 'utf8');
    total.htmlBytes += Buffer.byteLength(html);
    for (const [tag] of html.matchAll(STYLESHEET)) {
      const href = attribute(tag, 'href');
      total.cssBytes += await fileBytes(href && builtFile(siteDir, base, href), cache);
    }
    for (const [, attributes, code] of html.matchAll(SCRIPT)) {
      if (DATA_SCRIPT.test(attributes!)) continue;
      const src = attribute(attributes!, 'src');
      total.jsBytes += src ? await fileBytes(builtFile(siteDir, base, src), cache) : Buffer.byteLength(code!);
    }
  }
  const average = (bytes: number) => (sample.length === 0 ? 0 : Math.round(bytes / sample.length));
  return {
    sampled: sample.length,
    htmlBytes: average(total.htmlBytes),
    cssBytes: average(total.cssBytes),
    jsBytes: average(total.jsBytes),
  };
}

/**
 * Pages that are not lists: articles and the pages below them (the clipping's view; a dated
 * folder whose last part is a number is a page of a day's list), the search page and the 404.
 */
const NOT_A_LIST = /^(?:\d{4}\/\d{2}\/\d{2}\/(?!\d+\/index\.html$)|search\/|404\.html$)/;

/** The largest HTML page of the site that is a list (every page but those NOT_A_LIST). */
export async function largestListPage(siteDir: string): Promise<ListPageSize> {
  let largest: ListPageSize = { path: '', htmlBytes: 0 };
  for (const file of await readdir(siteDir, { recursive: true })) {
    const page = file.split(path.sep).join('/');
    if (!page.endsWith('.html') || NOT_A_LIST.test(page)) continue;
    const { size } = await stat(path.join(siteDir, file));
    if (size > largest.htmlBytes) largest = { path: page, htmlBytes: size };
  }
  return largest;
}

export async function siteStats(siteDir: string, base = '/', indexFolder = 'pagefind'): Promise<SiteStats & { articlePages: string[] }> {
  const pages = await articlePages(siteDir);
  return {
    dist: await folderSize(siteDir),
    index: await folderSize(path.join(siteDir, indexFolder)).catch(() => ({ files: 0, bytes: 0 })),
    articlePage: await articlePageSize(siteDir, base, pages),
    largestListPage: await largestListPage(siteDir),
    articlePages: pages,
  };
}
