import type { TimedLine } from './timed-command.ts';

/** Wall time of the build's phases, in ms; null when the log never reached that phase. */
export interface Phases {
  contentSyncMs: number | null;
  pageRenderMs: number | null;
  indexMs: number | null;
  /** Everything else: npm and Astro start-up, type generation, Vite bundling, exit. */
  otherMs: number;
}

/** Astro 7's log lines that open and close each phase, in the order they appear. */
const SYNC_START = /\[content\] Syncing content/;
const SYNC_END = /\[content\] Synced content/;
const RENDER_START = /generating static routes/;
/** The render step's own summary, not the `[build] ✓ Completed` of the whole static build. */
const RENDER_END = /^(?!.*\[build\]).*✓ Completed in/;
/**
 * Where the index step starts. Both builds index in a command of their own after `astro build`:
 * Dateline's src/search/build-index.ts prints the first, the baseline's Pagefind CLI the second.
 */
const INDEX_START = /^\[search\] indexing the built site|Running Pagefind v/;

function firstAt(lines: TimedLine[], pattern: RegExp, after = -Infinity): number | null {
  return lines.find((line) => line.at >= after && pattern.test(line.text))?.at ?? null;
}

/** When a phase ran, in ms since the command started. */
export interface PhaseWindow {
  phase: 'content sync' | 'page render' | 'after render' | 'index';
  startMs: number;
  endMs: number;
}

/**
 * The build log's content sync, page render, after render and index phases, those the log reached. The index
 * step is the last command of the build, so it runs from its first line to the end.
 */
export function phaseWindows(lines: TimedLine[], wallMs: number): PhaseWindow[] {
  const syncStart = firstAt(lines, SYNC_START);
  const syncEnd = firstAt(lines, SYNC_END, syncStart ?? 0);
  const renderStart = firstAt(lines, RENDER_START);
  const renderEnd = renderStart === null ? null : firstAt(lines, RENDER_END, renderStart);
  const indexStart = firstAt(lines, INDEX_START, renderEnd ?? 0);
  const windows: PhaseWindow[] = [];
  if (syncStart !== null && syncEnd !== null) windows.push({ phase: 'content sync', startMs: syncStart, endMs: syncEnd });
  if (renderStart !== null && renderEnd !== null) windows.push({ phase: 'page render', startMs: renderStart, endMs: renderEnd });
  // Astro's build:done hooks and exit: the part of `other` that comes after the pages.
  if (renderEnd !== null && indexStart !== null) windows.push({ phase: 'after render', startMs: renderEnd, endMs: indexStart });
  if (indexStart !== null) windows.push({ phase: 'index', startMs: indexStart, endMs: wallMs });
  return windows;
}

/** Splits a build log into content sync, page render and index time. */
export function phasesOf(lines: TimedLine[], wallMs: number): Phases {
  const windows = phaseWindows(lines, wallMs);
  const length = (phase: PhaseWindow['phase']) => {
    const window = windows.find((candidate) => candidate.phase === phase);
    return window ? window.endMs - window.startMs : null;
  };
  const contentSyncMs = length('content sync');
  const pageRenderMs = length('page render');
  const indexMs = length('index');
  const known = (contentSyncMs ?? 0) + (pageRenderMs ?? 0) + (indexMs ?? 0);
  return { contentSyncMs, pageRenderMs, indexMs, otherMs: wallMs - known };
}

/** Pages of one kind and the render time Astro reported for them (its `(+Nms)` per page). */
export interface RouteRender {
  pages: number;
  ms: number;
}

/** What kind of page a built path is: article pages and their files, date archives, or a section. */
export function routeKind(path: string): string {
  const article = /^\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/(.+)$/.exec(path);
  if (article) return article[1] === 'index.html' ? 'article page' : `article ${article[1]}`;
  if (/^\/\d{4}\//.test(path)) return 'date archive';
  const section = /^\/([^/]+)\/./.exec(path);
  return section ? `/${section[1]}/` : path;
}

const PAGE_LINE = /[├└]─ (\S+) \(\+(\d+)ms\)/;

/** Render time by kind of page, from the per-page lines Astro prints while generating routes. */
export function renderByRoute(lines: TimedLine[]): Record<string, RouteRender> {
  const kinds: Record<string, RouteRender> = {};
  for (const line of lines) {
    const match = PAGE_LINE.exec(line.text);
    if (!match) continue;
    const kind = (kinds[routeKind(match[1]!)] ??= { pages: 0, ms: 0 });
    kind.pages += 1;
    kind.ms += Number(match[2]);
  }
  return kinds;
}
