import type { MemoryPeaks } from './memory-peaks.ts';
import type { Phases, RouteRender } from './phases.ts';
import { EXPORT_RESULTS, type ArticleProbe, type ExportProbe, type SearchProbe } from './search-probe.ts';
import type { FacetProbe } from './facet-probe.ts';
import type { SiteStats } from './site-stats.ts';

/** One build of the corpus, measured. */
export interface BuildMeasure {
  exitCode: number;
  wallMs: number;
  /** CPU time (user + system) of the whole process tree. */
  cpuMs: number;
  phases: Phases;
  /** Astro's per-page render times summed by kind of page: where the render phase goes. */
  renderByRoute: Record<string, RouteRender>;
  /** Null when the build failed: articles it never built are no rate. */
  articlesPerSecond: number | null;
  peakRssBytes: number;
  memory: MemoryPeaks;
  stats?: SiteStats;
  /** The last lines of the log when the build failed. */
  failureTail?: string[];
}

export interface Target {
  name: string;
  limit: string;
  value: string;
  met: boolean;
}

export interface BenchResult {
  date: string;
  articles: number;
  seed: number;
  commit: string;
  machine: { cpus: number; memoryBytes: number; node: string; load: number[] };
  generate: { ms: number; files: number; bytes: number };
  dateline: BuildMeasure;
  search?: SearchProbe;
  /** Export of a whole result set of at least EXPORT_RESULTS articles (null: no query had that many). */
  exportProbe?: ExportProbe | null;
  article?: ArticleProbe;
  /** The search page's filter panel (src/bench/facet-probe.ts). */
  facets?: FacetProbe;
  probeError?: string;
  baseline?: BuildMeasure;
  targets: Target[];
}

const KB = 1024;
const MIB = 1024 * KB;
const GIB = 1024 * MIB;

export function bytes(value: number): string {
  if (value >= GIB) return `${(value / GIB).toFixed(2)} GiB`;
  if (value >= MIB) return `${(value / MIB).toFixed(1)} MiB`;
  if (value >= KB) return `${(value / KB).toFixed(1)} KB`;
  return `${value} B`;
}

export function seconds(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? '-' : `${(ms / 1000).toFixed(1)} s`;
}

const milliseconds = (ms: number | null | undefined) => (ms === null || ms === undefined ? '-' : `${Math.round(ms)} ms`);

/** The targets that apply at this corpus size, checked against the measurements. */
export function checkTargets(result: Omit<BenchResult, 'targets'>): Target[] {
  const { articles, dateline, baseline, search, article } = result;
  const targets: Target[] = [];
  const add = (name: string, limit: string, value: string, met: boolean) => targets.push({ name, limit, value, met });
  const built = dateline.exitCode === 0;
  // A build that failed met no build target, however little time or memory it took to fail.
  if (articles >= 10_000 && articles < 100_000) {
    add('full build + index', '<= 60 s', seconds(dateline.wallMs), built && dateline.wallMs <= 60_000);
    add('peak RSS', '<= 3 GiB', bytes(dateline.peakRssBytes), built && dateline.peakRssBytes <= 3 * GIB);
    if (baseline) {
      const ratio = dateline.wallMs / baseline.wallMs;
      add('build time vs baseline', '<= 1.0x', `${ratio.toFixed(2)}x`, built && baseline.exitCode === 0 && ratio <= 1);
    }
  }
  if (articles >= 100_000) {
    add('completes', '<= 10 min', seconds(dateline.wallMs), built && dateline.wallMs <= 600_000);
    add('peak RSS', '<= 8 GiB', bytes(dateline.peakRssBytes), built && dateline.peakRssBytes <= 8 * GIB);
  }
  if (search) {
    // A query whose results never appeared cannot meet a target, however little it fetched.
    const allAnswered = search.queries.every((query) => query.ms !== null);
    add('first search transfer', '<= 150 KB', bytes(search.firstQueryBytes), allAnswered && search.firstQueryBytes <= 150 * KB);
    add('later query transfer (max)', '<= 50 KB', bytes(search.laterQueryBytes.max), allAnswered && search.laterQueryBytes.max <= 50 * KB);
    const median = search.laterQueryMs.median;
    add('median keystroke to results', '<= 100 ms', milliseconds(median), median !== null && median <= 100);
  }
  const page = dateline.stats?.articlePage;
  if (page) {
    add('article page HTML + CSS', '<= 15 KB', bytes(page.htmlBytes + page.cssBytes), page.htmlBytes + page.cssBytes <= 15 * KB);
    add('article page JS (static)', '0 B', bytes(page.jsBytes), page.jsBytes === 0);
  }
  const list = dateline.stats?.largestListPage;
  if (list) add('largest list page HTML', '<= 200 KB', `${bytes(list.htmlBytes)} (/${list.path})`, list.htmlBytes <= 200 * KB);
  if (result.exportProbe) {
    const { ms, results } = result.exportProbe;
    add(`export of ${EXPORT_RESULTS.toLocaleString('en')} results`, '<= 3 s', `${seconds(ms)} (${results} results)`, ms <= 3000);
  }
  if (result.facets) {
    const { domElements, domElementsWithResults, filter } = result.facets;
    const most = Math.max(domElements, domElementsWithResults);
    add('search page DOM, every facet open', '<= 3,000 elements', String(most), most <= 3000);
    add(`filter a facet (${filter.values} values)`, '<= 100 ms', milliseconds(filter.maxMs), filter.maxMs <= 100);
  }
  if (article) add('article page JS (loaded in browser)', '0 B', bytes(article.scriptBytes), article.scriptBytes === 0);
  return targets;
}

type Row = [label: string, dateline: string, baseline?: string, ratio?: string];

function ratio(a: number | null | undefined, b: number | null | undefined): string {
  return a === null || a === undefined || !b ? '-' : `${(a / b).toFixed(2)}x`;
}

function buildRows(dateline: BuildMeasure, baseline?: BuildMeasure): Row[] {
  const pair = (label: string, pick: (build: BuildMeasure) => number | null | undefined, format: (value: number | null | undefined) => string): Row =>
    baseline
      ? [label, format(pick(dateline)), format(pick(baseline)), ratio(pick(dateline), pick(baseline))]
      : [label, format(pick(dateline))];
  const plain = (value: number | null | undefined) => (value === null || value === undefined ? '-' : String(Math.round(value)));
  const size = (value: number | null | undefined) => (value === null || value === undefined ? '-' : bytes(value));
  return [
    pair('exit code', (build) => build.exitCode, plain),
    pair('wall time, build + index', (build) => build.wallMs, seconds),
    pair('CPU time (user + sys), build + index', (build) => build.cpuMs, seconds),
    pair('  content sync', (build) => build.phases.contentSyncMs, seconds),
    pair('  page render', (build) => build.phases.pageRenderMs, seconds),
    pair('  index', (build) => build.phases.indexMs, seconds),
    pair('  other (start-up, types, bundling)', (build) => build.phases.otherMs, seconds),
    pair('articles / second', (build) => build.articlesPerSecond, plain),
    pair('peak RSS, process tree', (build) => build.peakRssBytes, size),
    pair('dist size', (build) => build.stats?.dist.bytes, size),
    pair('dist files', (build) => build.stats?.dist.files, plain),
    pair('index size', (build) => build.stats?.index.bytes, size),
    pair('index files', (build) => build.stats?.index.files, plain),
    pair('article page HTML (avg)', (build) => build.stats?.articlePage.htmlBytes, size),
    pair('article page CSS (avg)', (build) => build.stats?.articlePage.cssBytes, size),
    pair('article page JS (avg)', (build) => build.stats?.articlePage.jsBytes, size),
    pair('largest list page HTML', (build) => build.stats?.largestListPage?.htmlBytes, size),
  ];
}

function searchRows(search: SearchProbe, article?: ArticleProbe): Row[] {
  const answered = search.queries.filter((query) => query.ms !== null).length;
  return [
    ['search page load (HTML, CSS)', bytes(search.pageLoadBytes)],
    ['first query transfer (JS + WASM + index)', bytes(search.firstQueryBytes)],
    ['later query transfer, mean / max', `${bytes(search.laterQueryBytes.mean)} / ${bytes(search.laterQueryBytes.max)}`],
    ['keystroke to results, median / p95', `${milliseconds(search.laterQueryMs.median)} / ${milliseconds(search.laterQueryMs.p95)}`],
    ['first query keystroke to results', milliseconds(search.queries[0]?.ms)],
    ['queries with results on screen', `${answered} / ${search.queries.length}`],
    ...(article ? ([['article page JS loaded in browser', bytes(article.scriptBytes)]] as Row[]) : []),
  ];
}

/** The one table the benchmark prints (Markdown, so BENCHMARKS.md can hold it as is). */
export function table(result: BenchResult): string {
  const rows: Row[] = [
    ['articles', String(result.articles), ...(result.baseline ? [String(result.articles), ''] : [])] as Row,
    ...buildRows(result.dateline, result.baseline),
    ...(result.search ? searchRows(result.search, result.article) : []),
    ...(result.exportProbe ? ([['export as CSV (results, file)', `${seconds(result.exportProbe.ms)} (${result.exportProbe.results}, ${bytes(result.exportProbe.fileBytes)})`]] as Row[]) : []),
  ];
  const header = result.baseline ? ['measure', 'Dateline', 'baseline', 'Dateline / baseline'] : ['measure', 'Dateline'];
  const lines = [header, header.map(() => '---'), ...rows.map((row) => header.map((_, index) => row[index] ?? ''))];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export function targetTable(targets: Target[]): string {
  const lines = [['target', 'limit', 'measured', 'met'], ['---', '---', '---', '---'], ...targets.map((target) => [target.name, target.limit, target.value, target.met ? 'yes' : '**no**'])];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/**
 * The render phase by kind of page, slowest first. Astro renders several pages at once
 * (astro.config.mjs build.concurrency), so each page's own time includes waiting for the others:
 * the share of all page times says where the phase goes, the milliseconds are not a per-page cost.
 */
export function routeTable(build: BuildMeasure): string {
  const kinds = Object.entries(build.renderByRoute).sort(([, a], [, b]) => b.ms - a.ms);
  const total = kinds.reduce((sum, [, { ms }]) => sum + ms, 0) || 1;
  const lines = [
    ['kind of page', 'pages', 'share of page times', 'page time, summed', 'ms / page'],
    ['---', '---', '---', '---', '---'],
    ...kinds.map(([kind, { pages, ms }]) => [kind, String(pages), `${((100 * ms) / total).toFixed(1)} %`, seconds(ms), (ms / pages).toFixed(2)]),
  ];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Bytes each facet fetches when opened (filter index and names), and the panel's size. */
export function facetTable(facets: FacetProbe): string {
  const everyFacet = (kind?: string) => facets.openings.reduce((sum, opening) => sum + (kind ? (opening.byKind[kind] ?? 0) : opening.bytes), 0);
  const lines = [
    ['facet opened', 'values', 'bytes fetched', 'of which filter index', 'of which counts file'],
    ['---', '---', '---', '---', '---'],
    ...facets.openings.map(({ facet, values, bytes: fetched, byKind }) => [facet, String(values), bytes(fetched), bytes(byKind['filter index'] ?? 0), bytes(byKind['facet counts'] ?? 0)]),
    ['every facet', '', bytes(everyFacet()), bytes(everyFacet('filter index')), bytes(everyFacet('facet counts'))],
    ['every facet open', `${facets.checkboxes} checkboxes`, `${facets.domElements} page elements (${facets.domElementsWithResults} with 50 results), panel ${facets.panelHeight} px tall`, '', ''],
    ['on a phone', '', `first result at ${facets.phone.resultsTop} px (${facets.phone.resultsTopFacetsOpen} px after every facet opened)`, '', ''],
  ];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** Where search's bytes go: the first search and an average later query, by kind of file. */
export function searchKindTable(search: SearchProbe): string {
  const kinds = [...new Set([...Object.keys(search.firstQueryByKind), ...Object.keys(search.laterQueryByKind)])].sort(
    (a, b) => (search.firstQueryByKind[b] ?? 0) - (search.firstQueryByKind[a] ?? 0),
  );
  const lines = [
    ['kind of file', 'first search', 'later query (mean)'],
    ['---', '---', '---'],
    ...kinds.map((kind) => [kind, bytes(search.firstQueryByKind[kind] ?? 0), bytes(search.laterQueryByKind[kind] ?? 0)]),
  ];
  return lines.map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
