import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { DOMParser } from 'linkedom';
import { parse, type HTMLElement } from 'node-html-parser';
import { SITEMAP_INDEX } from '../../src/publish/sitemap.ts';
import { PARAGRAPH_LINK_SELECTOR } from '../../src/markdown/rehype-paragraph-ids.ts';

/** Reading the built site for the site tests: pages by URL path, text as a reader sees it. */

export function fileFor(outDir: string, urlPath: string): string {
  const clean = urlPath.replace(/^\/+/, '');
  return path.join(outDir, clean.endsWith('/') || clean === '' ? `${clean}index.html` : clean);
}

export function pageExists(outDir: string, urlPath: string): boolean {
  return existsSync(fileFor(outDir, urlPath));
}

export async function readPage(outDir: string, urlPath: string): Promise<HTMLElement> {
  return parse(await readFile(fileFor(outDir, urlPath), 'utf8'));
}

/** Every URL the sitemap lists, as a crawler finds them: the index robots.txt names, then each file it lists (beside it, at the site's root). */
export async function sitemapLocations(outDir: string): Promise<string[]> {
  const locations = async (file: string) =>
    [...new DOMParser().parseFromString(await readFile(file, 'utf8'), 'text/xml').querySelectorAll('loc')].map((loc) => loc.textContent!);
  const parts = await locations(path.join(outDir, SITEMAP_INDEX));
  return (await Promise.all(parts.map((url) => locations(path.join(outDir, path.posix.basename(new URL(url).pathname)))))).flat();
}

/** Whitespace runs (including no-break spaces) as one space: "whitespace aside". */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The article body's text without the paragraph-link marks the site adds. */
export function bodyText(page: HTMLElement): string {
  const body = page.querySelector('.article__body');
  if (!body) throw new Error('no .article__body on the page');
  const copy = parse(body.toString());
  for (const link of copy.querySelectorAll(PARAGRAPH_LINK_SELECTOR)) link.remove();
  return squash(copy.textContent);
}

/** A clipping's body: its text after the first `headerLines` non-empty lines (masthead, title, ...). */
export function clippingBody(clipping: string, headerLines: number): string {
  const lines = clipping.split(/\r?\n/);
  let seen = 0;
  let start = 0;
  while (start < lines.length && seen < headerLines) {
    if (lines[start]!.trim()) seen += 1;
    start += 1;
  }
  return squash(lines.slice(start).join('\n'));
}

/** The JSON-LD objects in a page's head. */
/** The page's JSON-LD items, each block's @graph read as its items. */
export function jsonLdOf(page: HTMLElement): Record<string, unknown>[] {
  return page
    .querySelectorAll('script[type="application/ld+json"]')
    .map((script) => JSON.parse(script.textContent) as Record<string, unknown>)
    .flatMap((data) => (Array.isArray(data['@graph']) ? (data['@graph'] as Record<string, unknown>[]) : [data]));
}

export function metaContent(page: HTMLElement, attribute: 'name' | 'property', key: string): string[] {
  return page.querySelectorAll(`meta[${attribute}="${key}"]`).map((meta) => meta.getAttribute('content') ?? '');
}

/** Number of article summaries a list page shows. */
export function listedArticles(page: HTMLElement): HTMLElement[] {
  return page.querySelectorAll('main .article-list > li');
}
