import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { BuiltPage } from './html-files.ts';
import { urlPathOf } from './html-files.ts';

/**
 * Checks over built pages, each returning a list of human-readable problems ("file: what"), so a
 * failing gate names every defect at once rather than the first.
 */

/** Where a built site is served: its origin as written in absolute links, and its base path. */
export interface SiteAddress {
  origin: string;
  base: string;
}

export function siteAddress(env: NodeJS.ProcessEnv = process.env): SiteAddress {
  const base = env.BASE_PATH ?? '/';
  return {
    origin: new URL(env.SITE_URL ?? 'http://localhost:4321').origin,
    base: base.endsWith('/') ? base : `${base}/`,
  };
}

/** Attributes that hold one URL, per element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  audio: ['src'],
  video: ['src', 'poster'],
  track: ['src'],
  iframe: ['src'],
  embed: ['src'],
  object: ['data'],
  form: ['action'],
  button: ['formaction'],
  input: ['formaction', 'src'],
  blockquote: ['cite'],
  q: ['cite'],
  ins: ['cite'],
  del: ['cite'],
};

/** Every URL a page refers to, with the element it sits on; srcset lists count URL by URL. */
export function urlsOf(page: BuiltPage): { element: Element; url: string }[] {
  const found: { element: Element; url: string }[] = [];
  for (const element of page.document.querySelectorAll('*')) {
    const tag = element.localName;
    for (const attribute of URL_ATTRIBUTES[tag] ?? []) {
      const value = element.getAttribute(attribute);
      if (value !== null) found.push({ element, url: value.trim() });
    }
    for (const attribute of ['srcset', 'imagesrcset']) {
      const value = element.getAttribute(attribute);
      if (value) for (const candidate of value.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) found.push({ element, url });
      }
    }
  }
  return found;
}

/** The page's own URL on the site, base path included. */
function pageUrl(page: BuiltPage, site: SiteAddress): URL {
  return new URL(site.base + urlPathOf(page.file), site.origin);
}

/** The built file a URL on this site is served from, or undefined if nothing is built there. */
export function builtFileFor(outDir: string, site: SiteAddress, url: URL): string | undefined {
  if (url.origin !== site.origin || !url.pathname.startsWith(site.base)) return undefined;
  return fileFor(outDir, url.pathname.slice(site.base.length));
}

/** The file a same-site URL path is served from, or undefined if nothing is. */
function fileFor(outDir: string, pathBelowBase: string): string | undefined {
  const decoded = decodeURIComponent(pathBelowBase);
  const candidate = path.join(outDir, decoded);
  if (!candidate.startsWith(outDir)) return undefined;
  if (decoded === '' || decoded.endsWith('/')) {
    const index = path.join(candidate, 'index.html');
    return existsSync(index) ? index : undefined;
  }
  // trailingSlash is 'always': a page linked without its slash is a broken link on the server.
  return existsSync(candidate) && statSync(candidate).isFile() ? candidate : undefined;
}

/**
 * Every same-site href/src/srcset that does not resolve to a built file, or whose #fragment names
 * no element on the target page. `pagesByFile` maps absolute file paths to parsed pages.
 */
export function brokenLinks(outDir: string, pages: BuiltPage[], site: SiteAddress): string[] {
  const byFile = new Map(pages.map((page) => [path.join(outDir, page.file), page]));
  const problems: string[] = [];
  for (const page of pages) {
    const here = pageUrl(page, site);
    for (const { url } of urlsOf(page)) {
      let target: URL;
      try {
        target = new URL(url, here);
      } catch {
        problems.push(`${page.file}: ${url} is not a URL`);
        continue;
      }
      if (target.origin !== site.origin || !/^https?:$/.test(target.protocol)) continue;
      if (!target.pathname.startsWith(site.base)) {
        problems.push(`${page.file}: ${url} is outside the base path ${site.base}`);
        continue;
      }
      const file = fileFor(outDir, target.pathname.slice(site.base.length));
      if (!file) {
        problems.push(`${page.file}: ${url} -> nothing is built at ${target.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(target.hash.slice(1));
      const targetPage = byFile.get(file);
      if (fragment && targetPage && fragment !== 'top' && !hasAnchor(targetPage, fragment)) {
        problems.push(`${page.file}: ${url} -> no element with id "${fragment}" on ${targetPage.file}`);
      }
    }
  }
  return problems;
}

function hasAnchor(page: BuiltPage, fragment: string): boolean {
  for (const element of page.document.querySelectorAll('[id], a[name]')) {
    if (element.getAttribute('id') === fragment || element.getAttribute('name') === fragment) return true;
  }
  return false;
}

const SCRIPT_SCHEME = /^(javascript|data|vbscript):/i;
const DANGEROUS_ELEMENTS = ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base'];

/**
 * Anything on a page that could run code or pull in another document: event-handler attributes,
 * script-capable URL schemes (after the whitespace and control characters browsers ignore),
 * frames and plugins, a <base>, or a meta refresh to anywhere but this site.
 */
export function activeContent(page: BuiltPage, site: SiteAddress): string[] {
  const problems: string[] = [];
  for (const element of page.document.querySelectorAll('*')) {
    const tag = element.localName;
    if (DANGEROUS_ELEMENTS.includes(tag)) problems.push(`${page.file}: <${tag}> element`);
    for (const attribute of Array.from(element.attributes)) {
      if (/^on/i.test(attribute.name)) problems.push(`${page.file}: <${tag} ${attribute.name}="${attribute.value}">`);
    }
  }
  for (const { element, url } of urlsOf(page)) {
    // Browsers drop ASCII tab/newline anywhere and leading C0 controls or spaces before a scheme.
    const normalised = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
    if (SCRIPT_SCHEME.test(normalised)) problems.push(`${page.file}: <${element.localName}> with URL ${url}`);
  }
  for (const meta of page.document.querySelectorAll('meta[http-equiv]')) {
    if (meta.getAttribute('http-equiv')!.toLowerCase() !== 'refresh') continue;
    const target = /url\s*=\s*['"]?([^'"]*)/i.exec(meta.getAttribute('content') ?? '')?.[1] ?? '';
    if (new URL(target, pageUrl(page, site)).origin !== site.origin) {
      problems.push(`${page.file}: meta refresh to ${target}`);
    }
  }
  return problems;
}

/** Every JSON-LD block must parse and say what it is. */
export function jsonLdProblems(page: BuiltPage): string[] {
  const problems: string[] = [];
  for (const script of page.document.querySelectorAll('script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch (error) {
      problems.push(`${page.file}: JSON-LD does not parse: ${(error as Error).message}`);
      continue;
    }
    const items = Array.isArray(data) ? data : [data];
    for (const item of items) {
      const record = item as Record<string, unknown> | null;
      if (!record || typeof record !== 'object') problems.push(`${page.file}: JSON-LD item is not an object`);
      else {
        if (!('@context' in record)) problems.push(`${page.file}: JSON-LD without @context`);
        if (!('@type' in record) && !('@graph' in record)) problems.push(`${page.file}: JSON-LD without @type`);
      }
    }
  }
  return problems;
}

/** Links that leave the site must not hand it the reader's window or the page they came from. */
export function externalLinksWithoutRel(page: BuiltPage, site: SiteAddress): string[] {
  const problems: string[] = [];
  for (const link of page.document.querySelectorAll('a[href], area[href]')) {
    let target: URL;
    try {
      target = new URL(link.getAttribute('href')!, pageUrl(page, site));
    } catch {
      continue;
    }
    if (!/^https?:$/.test(target.protocol) || target.origin === site.origin) continue;
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('noopener') || !rel.includes('noreferrer')) {
      problems.push(`${page.file}: <a href="${link.getAttribute('href')}" rel="${link.getAttribute('rel') ?? ''}">`);
    }
  }
  return problems;
}

/**
 * The page's Content-Security-Policy <meta> must exist, must not allow inline scripts wholesale,
 * and must list the hash of every inline script the page runs (JSON data blocks run nothing) and
 * no other hash; only the search page (Pagefind's index) may run WebAssembly; no element may
 * carry a style attribute, which the policy would block.
 */
export function cspProblems(page: BuiltPage): string[] {
  const meta = page.document.querySelector('meta[http-equiv="content-security-policy" i]');
  if (!meta) return [`${page.file}: no Content-Security-Policy <meta>`];
  const policy = meta.getAttribute('content') ?? '';
  const directive = (name: string) =>
    policy.split(';').map((part) => part.trim().split(/\s+/)).find(([first]) => first === name)?.slice(1);
  // What governs <script> elements: the most specific directive the policy has.
  const scriptSources = directive('script-src-elem') ?? directive('script-src') ?? directive('default-src') ?? [];
  const problems: string[] = [];
  if (scriptSources.includes("'unsafe-inline'")) problems.push(`${page.file}: script-src allows 'unsafe-inline'`);
  const inlineHashes = new Set<string>();
  for (const script of page.document.querySelectorAll('script:not([src])')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (type && type !== 'module' && !type.includes('javascript')) continue;
    const hash = `'sha256-${createHash('sha256').update(script.textContent ?? '').digest('base64')}'`;
    inlineHashes.add(hash);
    if (!scriptSources.includes(hash)) problems.push(`${page.file}: inline script without its hash in the CSP: ${(script.textContent ?? '').slice(0, 60)}`);
  }
  for (const source of [...(directive('script-src') ?? []), ...(directive('script-src-elem') ?? [])]) {
    if (/^'sha\d+-/.test(source) && !inlineHashes.has(source)) problems.push(`${page.file}: the CSP lists ${source}, the hash of no inline script of this page`);
  }
  if (page.kind !== 'search' && policy.includes("'wasm-unsafe-eval'")) problems.push(`${page.file}: the CSP allows WebAssembly, which only the search page runs`);
  for (const element of page.document.querySelectorAll('[style]')) {
    problems.push(`${page.file}: style attribute, which the CSP blocks: <${element.localName} style="${element.getAttribute('style')}">`);
  }
  return problems;
}
