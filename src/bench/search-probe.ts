import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { stat } from 'node:fs/promises';
import { searchPath } from '../lib/urls.ts';
import type { CorpusWorld } from './corpus.ts';
import { STEP_PREFIX } from '../search/client/search-steps.ts';

/**
 * What a reader's browser pays for search: bytes over the wire and the time from the last
 * keystroke of a query to its results on screen, on the built site's /search/ page.
 */

/** A query typed into the search box, with the date range set first (empty when none). */
export interface ProbeQuery {
  query: string;
  from?: string;
  to?: string;
}

/**
 * The researcher's queries (issue 17) after the twenty plain ones: boolean queries and date
 * ranges over the synthetic corpus (articles from 1995 to 2024), each with hits at any size of a
 * few hundred articles or more.
 */
export function researchQueries({ vocabulary }: CorpusWorld): ProbeQuery[] {
  return [
    { query: `${vocabulary[250]} OR ${vocabulary[900]}` },
    { query: `${vocabulary[120]} -${vocabulary[500]}` },
    { query: `${vocabulary[200]} (${vocabulary[700]} OR ${vocabulary[1500]})` },
    { query: vocabulary[500]!, from: '2010', to: '2014' },
    { query: vocabulary[250]!, from: '2003-04-17', to: '2006-08' },
    { query: `${vocabulary[120]} OR ${vocabulary[4000]}`, from: '2019-06', to: '' },
  ];
}

export interface QueryTiming {
  query: string;
  /** The date range it was searched in, `from..to`, when one was set. */
  range?: string;
  /** From the query's last keydown (Enter) to the frame after its results appeared; null if none appeared. */
  ms: number | null;
  bytes: number;
  /**
   * When each step of the search was done, in ms after the Enter (src/search/client/search-steps.ts:
   * started, searched, judged, first-result, page-shown, counted, charted); absent from results
   * written before the marks.
   */
  steps?: Record<string, number>;
}

export interface SearchProbe {
  /** The search page itself: HTML, CSS and whatever loads with it before any typing. */
  pageLoadBytes: number;
  /**
   * What the first search costs: everything fetched from the first keystroke until its results
   * are on screen, plus any search code or index files the page fetched before the keystroke.
   */
  firstQueryBytes: number;
  /** The first search's bytes by kind of file (Pagefind JS, WASM, metadata, filters, chunks, fragments). */
  firstQueryByKind: Record<string, number>;
  laterQueryBytes: { mean: number; max: number };
  /** Mean bytes per later query, by kind of file. */
  laterQueryByKind: Record<string, number>;
  /** Over the queries after the first. */
  laterQueryMs: { median: number | null; p95: number | null };
  /** Over the queries after the first: the median of each step's time after the Enter. */
  laterQuerySteps?: Record<string, number>;
  queries: QueryTiming[];
}

export interface ArticleProbe {
  /** Bytes of every script an article page loads when opened and left alone. */
  scriptBytes: number;
  totalBytes: number;
}

/**
 * Transferred bytes per response (body as sent plus headers), as Playwright reports them for the
 * whole browser context: Pagefind fetches its index from a Web Worker, whose requests a page-level
 * CDP session would not see.
 */
export class NetworkMeter {
  private bytes = 0;
  private scriptBytes = 0;
  private searchBytes = 0;
  private byKind: Record<string, number> = {};
  private readonly pending = new Set<Promise<void>>();
  private inFlight = 0;
  private lastActivity = performance.now();

  constructor(context: BrowserContext) {
    const settle = () => {
      this.inFlight -= 1;
      this.lastActivity = performance.now();
    };
    context.on('request', () => {
      this.inFlight += 1;
      this.lastActivity = performance.now();
    });
    context.on('requestfailed', settle);
    context.on('requestfinished', settle);
    context.on('requestfinished', (request) => {
      const counted = request.sizes().then((sizes) => {
        const size = sizes.responseBodySize + sizes.responseHeadersSize;
        const kind = resourceKind(request.url(), request.resourceType());
        const script = kind === 'site scripts' || kind === 'Pagefind JS' || kind === 'Pagefind WASM';
        this.bytes += size;
        this.byKind[kind] = (this.byKind[kind] ?? 0) + size;
        if (script) this.scriptBytes += size;
        if (script || request.url().includes('/pagefind/')) this.searchBytes += size;
      });
      this.pending.add(counted);
      void counted.finally(() => this.pending.delete(counted));
    });
  }

  /**
   * Resolves once no request has been open for `quietMs`: a page's load state says nothing about
   * fetches its scripts start later (Pagefind's fragments, the filter counts after a search).
   */
  async idle(quietMs = 300): Promise<void> {
    while (this.inFlight > 0 || performance.now() - this.lastActivity < quietMs) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** Bytes since the last take: all, scripts (JS, WASM), search (scripts or the Pagefind bundle), by kind. */
  async take(): Promise<Transferred> {
    await Promise.all(this.pending);
    const taken = { bytes: this.bytes, scriptBytes: this.scriptBytes, searchBytes: this.searchBytes, byKind: this.byKind };
    this.bytes = 0;
    this.scriptBytes = 0;
    this.searchBytes = 0;
    this.byKind = {};
    return taken;
  }
}

export interface Transferred {
  bytes: number;
  scriptBytes: number;
  searchBytes: number;
  byKind: Record<string, number>;
}

/** What a response is for, so a transfer figure can say which part of search it pays for. */
function resourceKind(url: string, resourceType: string): string {
  const { pathname } = new URL(url);
  if (pathname.includes('/pagefind/')) {
    if (pathname.endsWith('.js')) return 'Pagefind JS';
    if (/\/wasm\.[^/]*pagefind$/.test(pathname)) return 'Pagefind WASM';
    if (pathname.endsWith('.pf_meta') || pathname.endsWith('pagefind-entry.json')) return 'Pagefind entry + metadata';
    if (pathname.endsWith('.pf_filter')) return 'filter index';
    if (pathname.includes('/dateline-facets/')) return 'facet counts';
    if (pathname.endsWith('.pf_index')) return 'word index chunks';
    if (pathname.endsWith('.pf_fragment')) return 'result fragments';
    return 'other Pagefind files';
  }
  return resourceType === 'script' ? 'site scripts' : 'page (HTML, CSS, other)';
}

function addInto(total: Record<string, number>, part: Record<string, number>): void {
  for (const [kind, bytes] of Object.entries(part)) total[kind] = (total[kind] ?? 0) + bytes;
}

/** Arms an in-page watch: resolves when results for `words` are on screen after the last keydown. */
async function armResultWatch(page: Page, words: string[]): Promise<void> {
  await page.evaluate((queryWords) => {
    const state = { lastKey: 0, rendered: 0 };
    (window as unknown as { __bench: typeof state }).__bench = state;
    performance.clearMarks();
    // The buffer holds 250 entries: each query's own fragments must find room.
    performance.clearResourceTimings();
    document.addEventListener('keydown', () => (state.lastKey = performance.now()), { capture: true });
    const article = /\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/;
    // Results for this query, not a prefix of it: an article link, and a highlighted word that
    // begins like one of the query's words (Pagefind marks the matched words in each excerpt).
    const done = () =>
      [...document.querySelectorAll('main a[href]')].some((link) => article.test(new URL((link as HTMLAnchorElement).href).pathname)) &&
      [...document.querySelectorAll('main mark')].some((mark) =>
        queryWords.some((word) => mark.textContent!.toLowerCase().startsWith(word.slice(0, 5))),
      );
    const observer = new MutationObserver(() => {
      if (state.lastKey === 0 || !done()) return;
      observer.disconnect();
      requestAnimationFrame(() => (state.rendered = performance.now()));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }, words);
}

async function waitForResults(page: Page, timeoutMs: number): Promise<number | null> {
  try {
    const handle = await page.waitForFunction(
      () => {
        const state = (window as unknown as { __bench: { lastKey: number; rendered: number } }).__bench;
        return state.rendered > 0 ? state.rendered - state.lastKey : false;
      },
      undefined,
      { timeout: timeoutMs, polling: 20 },
    );
    return (await handle.jsonValue()) as number;
  } catch {
    return null;
  }
}

/** The search field of the search page itself (not the header's plain form). */
async function searchField(page: Page) {
  const inMain = page.locator('main input[type="search"]');
  return (await inMain.count()) > 0 ? inMain.first() : page.locator('input[type="search"]').last();
}

function percentile(sorted: number[], fraction: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}

/**
 * tsx compiles this file with esbuild's keepNames, which wraps named functions in `__name(...)`;
 * the functions handed to page.evaluate run in the page, where that helper must exist too.
 */
export async function newContext(browser: Browser, options?: BrowserContextOptions) {
  const context = await browser.newContext(options);
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  return context;
}

/** Sets the page's date range fields, where it has them (a site without them ignores ranges). */
async function setRange(page: Page, { from = '', to = '' }: Omit<ProbeQuery, 'query'>): Promise<void> {
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    const field = page.locator(`main input[name="${name}"]`);
    if ((await field.count()) > 0) await field.fill(value);
  }
}

/**
 * Milliseconds between two keys as the probe types a query: about 80 words a minute, a fast
 * typist's pace. Results are timed from the Enter, so the pace changes no figure of a page that
 * does nothing while the reader types.
 */
export const KEY_INTERVAL_MS = 150;

export async function probeSearch(browser: Browser, siteUrl: string, probes: (string | ProbeQuery)[]): Promise<SearchProbe> {
  const context = await newContext(browser);
  const meter = new NetworkMeter(context);
  const page = await context.newPage();
  await page.goto(new URL(searchPath(), siteUrl).href, { waitUntil: 'networkidle' });
  await meter.idle();
  const pageLoad = await meter.take();
  const field = await searchField(page);

  const timings: QueryTiming[] = [];
  const firstByKind: Record<string, number> = {};
  const laterByKind: Record<string, number> = {};
  for (const probe of probes) {
    const { query, ...range } = typeof probe === 'string' ? { query: probe } : probe;
    await field.fill('');
    await setRange(page, range);
    await meter.idle();
    // Before the first query, what the page is still fetching after its load (on a busy machine
    // its script may start Pagefind's loading later than the load's quiet spell) is the first
    // search's too.
    const beforeTyping = await meter.take();
    if (timings.length === 0) {
      pageLoad.bytes += beforeTyping.bytes;
      pageLoad.searchBytes += beforeTyping.searchBytes;
      addInto(pageLoad.byKind, beforeTyping.byKind);
    }
    // The words searched for: not OR, not the ones left out, without brackets and quote marks.
    const sought = query.split(/\s+/).filter((word) => word !== 'OR' && !word.startsWith('-')).map((word) => word.replace(/[()"]/g, '').toLowerCase());
    await armResultWatch(page, sought);
    await field.click();
    // At a reader's pace: the page fetches the index for the words as they are typed
    // (src/search/client/typing-preload.ts), as a reader's browser would between keys.
    await page.keyboard.type(query, { delay: KEY_INTERVAL_MS });
    // Dateline searches on Enter (a search per letter would redraw at every key), so the
    // keystroke that asks for results is Enter, one key interval after the last letter; other UIs ignore it.
    await page.keyboard.press('Enter');
    const ms = await waitForResults(page, 15_000);
    await meter.idle();
    const fetched = await meter.take();
    const steps = await stepTimes(page);
    if (timings.length === 0) {
      // The search code and index files the page fetched on arrival belong to the first search.
      for (const [kind, bytes] of Object.entries(pageLoad.byKind)) {
        if (kind !== 'page (HTML, CSS, other)') addInto(firstByKind, { [kind]: bytes });
      }
      addInto(firstByKind, fetched.byKind);
    } else {
      addInto(laterByKind, fetched.byKind);
    }
    const preloaded = timings.length === 0 ? pageLoad.searchBytes : 0;
    const rangeText = range.from || range.to ? { range: `${range.from ?? ''}..${range.to ?? ''}` } : {};
    timings.push({ query, ...rangeText, ms, bytes: fetched.bytes + preloaded, steps });
  }
  await context.close();

  const later = timings.slice(1);
  const laterMs = later.flatMap((timing) => (timing.ms === null ? [] : [timing.ms])).sort((a, b) => a - b);
  return {
    pageLoadBytes: pageLoad.bytes - pageLoad.searchBytes,
    firstQueryBytes: timings[0]?.bytes ?? 0,
    firstQueryByKind: firstByKind,
    laterQueryBytes: {
      mean: Math.round(later.reduce((sum, timing) => sum + timing.bytes, 0) / Math.max(1, later.length)),
      max: Math.max(0, ...later.map((timing) => timing.bytes)),
    },
    laterQueryByKind: Object.fromEntries(
      Object.entries(laterByKind).map(([kind, bytes]) => [kind, Math.round(bytes / Math.max(1, later.length))]),
    ),
    laterQueryMs: { median: percentile(laterMs, 0.5), p95: percentile(laterMs, 0.95) },
    laterQuerySteps: medianSteps(later),
    queries: timings,
  };
}

/**
 * The search's step marks, each the last of its name, in ms after the Enter, and
 * `first-fragment`: when the first result fragment asked for after the Enter had arrived
 * (Resource Timing), so that `first-result` less it is what reading and drawing it took.
 */
async function stepTimes(page: Page): Promise<Record<string, number>> {
  return page.evaluate((prefix) => {
    const { lastKey } = (window as unknown as { __bench: { lastKey: number } }).__bench;
    const steps: Record<string, number> = {};
    for (const mark of performance.getEntriesByType('mark')) {
      if (mark.name.startsWith(prefix)) steps[mark.name.slice(prefix.length)] = Math.round(mark.startTime - lastKey);
    }
    const fragment = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).find(
      (entry) => entry.name.endsWith('.pf_fragment') && entry.startTime > lastKey,
    );
    if (fragment) steps['first-fragment'] = Math.round(fragment.responseEnd - lastKey);
    return steps;
  }, STEP_PREFIX);
}

function medianSteps(timings: QueryTiming[]): Record<string, number> {
  const names = [...new Set(timings.flatMap((timing) => Object.keys(timing.steps ?? {})))];
  const times = (name: string) => timings.flatMap(({ steps = {} }) => (name in steps ? [steps[name]!] : [])).sort((a, b) => a - b);
  return Object.fromEntries(names.map((name) => [name, percentile(times(name), 0.5)!]));
}

/** Opens an article page and counts the scripts it loads before the reader does anything. */
export async function probeArticle(browser: Browser, pageUrl: string): Promise<ArticleProbe> {
  const context = await newContext(browser);
  const meter = new NetworkMeter(context);
  const page = await context.newPage();
  await page.goto(pageUrl, { waitUntil: 'networkidle' });
  await meter.idle();
  const { bytes, scriptBytes } = await meter.take();
  await context.close();
  return { scriptBytes, totalBytes: bytes };
}

export interface ExportProbe {
  /** The query exported: of the candidates, the one with the fewest results, at least EXPORT_RESULTS. */
  query: string;
  results: number;
  /** From the click on "CSV" to the download starting: every fragment read and the file written. */
  ms: number;
  fileBytes: number;
}

/** The case: an export of 1,000 results. */
export const EXPORT_RESULTS = 1000;

/** How many articles the search page says a query matches ("1234 articles match …"), 0 if none. */
async function resultCount(page: Page, siteUrl: string, query: string): Promise<number> {
  await page.goto(new URL(`search/?q=${encodeURIComponent(query)}`, siteUrl).href);
  await page.waitForFunction(() => /match|No art/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 30_000 });
  return Number(/^(\d+) articles? match/.exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? 0);
}

/**
 * Times an export of a whole result set as CSV in the page: of `candidates` (queries), the one
 * with the fewest results that still has EXPORT_RESULTS is searched, and the export timed from
 * the click to the download. Null when no candidate has that many results.
 */
export async function probeExport(browser: Browser, siteUrl: string, candidates: string[]): Promise<ExportProbe | null> {
  const context = await newContext(browser);
  const page = await context.newPage();
  try {
    let chosen: { query: string; results: number } | null = null;
    for (const query of candidates) {
      const results = await resultCount(page, siteUrl, query);
      if (results >= EXPORT_RESULTS && (!chosen || results < chosen.results)) chosen = { query, results };
    }
    if (!chosen) return null;
    if ((await resultCount(page, siteUrl, chosen.query)) !== chosen.results) throw new Error(`the count of "${chosen.query}" changed between two searches`);
    await page.click('.search-export summary');
    const started = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.click('#search-export-csv')]);
    const ms = Math.round(performance.now() - started);
    const file = await download.path();
    const fileBytes = file ? (await stat(file)).size : 0;
    return { ...chosen, ms, fileBytes };
  } finally {
    await context.close();
  }
}
