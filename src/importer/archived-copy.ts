import { parseHTML } from 'linkedom';
import type { Article } from '../lib/article-schema.ts';
import { ImportError } from './errors.ts';

/**
 * A page saved from a web archive's copy of it: the Wayback Machine's replay
 * (web.archive.org/web/TIMESTAMP/URL) or an archive.today snapshot (archive.ph, archive.is, ...).
 * What the archive added is set aside before the page is read: its toolbar or header, which is
 * no article text, its addresses wrapped round every link (a canonical link at web.archive.org
 * would name the archive as the paper), and archive.today's own metadata, which dates the
 * snapshot, not the article. The original address and the capture instant are recorded as a
 * WARC's capture is (import-file.ts): the address captured, the instant in UTC, and where the copy
 * is kept. The kept original is the file as saved.
 */

export type Capture = NonNullable<Article['capture']>;

export interface ArchivedCopy {
  /** The page's markup without the archive's additions, its addresses the original ones. */
  html: string;
  capture: Capture & { archivedAt: string };
  /** The archive's name, for the archivist's note. */
  archive: string;
}

const WAYBACK_HOST = String.raw`(?:https?:)?//web\.archive\.org`;

/**
 * Every toolbar of the Wayback Machine, whichever its version: markers its replay writes into every
 * page, or the replay's address in SingleFile's header (which drops scripts and comments).
 */
const WAYBACK_MARKERS = /<!-- BEGIN WAYBACK TOOLBAR INSERT -->|<!-- End Wayback Rewrite JS Include -->|__wm\.wombat\(|id="?wm-ipp-base|Page saved with SingleFile\s+url: https?:\/\/web\.archive\.org\/web\/\d{14}/;

/**
 * Where the Wayback Machine's replay names the capture it shows, most explicit first: its script's
 * call with the address and the 14-digit timestamp, the toolbar's print line, the address the
 * browser saved from.
 */
const WAYBACK_CAPTURE = [
  /__wm\.wombat\("([^"]+)","(\d{14})"/,
  /__wm\.bt\([^)]*?"([^"]+)","(\d{14})"/,
  new RegExp(String.raw`id="wm-ipp-print">The Wayback Machine - ${WAYBACK_HOST}/web/(\d{14})/([^<\s]+)<`),
  new RegExp(String.raw`<!-- saved from url=\(\d+\)${WAYBACK_HOST}/web/(\d{14})/(\S+?)\s*-->`),
  new RegExp(String.raw`Page saved with SingleFile\s+url: ${WAYBACK_HOST}/web/(\d{14})/(\S+)`),
];

/**
 * `https://web.archive.org/web/20171115093512im_/` (or `/web/20171115093512/`) opening an
 * attribute's value: the replay's wrapping of the original address that follows.
 */
const WAYBACK_WRAPPED = new RegExp(String.raw`(=\s*["']?)(?:${WAYBACK_HOST})?/web/\d{1,14}(?:[a-z]{2}_)?/(?=(?:https?:)?//)`, 'gi');

/** What the replay added around the page: its scripts in the head, its toolbar at the top of the body. */
const WAYBACK_INSERTS = [
  /<script[^>]*src="(?:https?:)?\/\/archive\.org\/includes\/[\s\S]*?<!-- End Wayback Rewrite JS Include -->/i,
  /<!-- BEGIN WAYBACK TOOLBAR INSERT -->[\s\S]*?<!-- END WAYBACK TOOLBAR INSERT -->/i,
];

/** `20171115093512` as the schema keeps an instant, or undefined when it is no real instant. */
function timestampInstant(timestamp: string): string | undefined {
  const [, y, mo, d, h, mi, s] = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(timestamp) ?? [];
  if (y === undefined) return undefined;
  const iso = `${y}-${mo}-${d}T${h}:${mi}:${s}`;
  const date = new Date(`${iso}Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(iso) ? `${iso}+00:00` : undefined;
}

/** The toolbar's own elements, when a saver dropped the comments around them (SingleFile). */
const TOOLBAR_ELEMENTS = '#wm-ipp-base, #wm-ipp-print, #donato';

function withoutToolbarElements(html: string): string {
  if (!/id="?wm-ipp/.test(html)) return html;
  const { document } = parseHTML(html) as unknown as { document: Document };
  for (const element of document.querySelectorAll(TOOLBAR_ELEMENTS)) element.remove();
  return document.toString();
}

function waybackCopy(html: string): ArchivedCopy | undefined {
  if (!WAYBACK_MARKERS.test(html)) return undefined;
  const found = WAYBACK_CAPTURE.map((pattern) => pattern.exec(html)).find(Boolean);
  const [url, timestamp] = !found ? [] : found[0].startsWith('__wm') ? [found[1]!, found[2]!] : [found[2]!, found[1]!];
  const date = timestamp === undefined ? undefined : timestampInstant(timestamp);
  if (url === undefined || date === undefined || !/^https?:\/\//i.test(url)) {
    throw new ImportError(
      'the page was saved from the Wayback Machine, but the address and time of its capture are not in it (its toolbar and scripts were removed)',
      'open the capture again at its web.archive.org/web/TIMESTAMP/URL address and save the page as it is, or copy the article into a .txt clipping',
    );
  }
  let cleaned = html;
  for (const insert of WAYBACK_INSERTS) cleaned = cleaned.replace(insert, '');
  return {
    html: withoutToolbarElements(cleaned).replace(WAYBACK_WRAPPED, '$1'),
    capture: { url, date, archivedAt: `https://web.archive.org/web/${timestamp}/${url}` },
    archive: 'the Wayback Machine',
  };
}

/** The hosts archive.today serves its snapshots from, and the same with its scheme. */
const ARCHIVE_TODAY_HOST = String.raw`archive\.(?:today|ph|is|li|vn|fo|md)`;
const ARCHIVE_TODAY = String.raw`https?://${ARCHIVE_TODAY_HOST}`;
/** archive.today's name as its pages print it, alone: `archive.ph`. */
const ARCHIVE_TODAY_NAME = new RegExp(`^${ARCHIVE_TODAY_HOST}$`, 'i');
const MENTIONS_ARCHIVE_TODAY = new RegExp(ARCHIVE_TODAY_HOST, 'i');

/** A snapshot's long address, which holds the original's and the instant: `archive.ph/2017.11.15-093512/https://…`. */
const ARCHIVE_TODAY_LONG = new RegExp(String.raw`${ARCHIVE_TODAY}/(\d{4})\.(\d{2})\.(\d{2})-(\d{6})/(https?://[^"'<>\s]+)`);

const isArchiveToday = (document: Document) =>
  ARCHIVE_TODAY_NAME.test(document.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() ?? '');

/** What archive.today says about the snapshot, which pages mistake for the article's own metadata. */
const ARCHIVE_TODAY_METADATA = 'meta[property^="og:"], meta[property^="article:"], meta[name^="twitter:"], link[rel~="canonical"], link[rel~="bookmark"]';

function archiveTodayCopy(html: string): ArchivedCopy | undefined {
  if (!MENTIONS_ARCHIVE_TODAY.test(html)) return undefined;
  const { document } = parseHTML(html) as unknown as { document: Document };
  if (!isArchiveToday(document)) return undefined;
  const long = ARCHIVE_TODAY_LONG.exec(html);
  const short = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const [, y, mo, d, time, url] = long ?? [];
  const date = url === undefined ? undefined : timestampInstant(`${y}${mo}${d}${time}`);
  if (url === undefined || date === undefined) {
    throw new ImportError(
      "the page was saved from archive.today, but its snapshot's long address (archive.ph/YYYY.MM.DD-HHMMSS/URL), which gives the original address and the time of the capture, is not in it",
      'save the snapshot again from archive.today with its header, or copy the article into a .txt clipping',
    );
  }
  // The header over the snapshot (`Saved from`, the capture date, `All snapshots from host`, share links).
  document.querySelector('#HEADER')?.remove();
  for (const element of document.querySelectorAll(ARCHIVE_TODAY_METADATA)) element.remove();
  return {
    html: document.toString(),
    capture: { url, date, archivedAt: short && new RegExp(`^${ARCHIVE_TODAY}/`).test(short) ? short : long![0] },
    archive: 'archive.today',
  };
}

/** The page saved from a web archive's copy, with its capture; undefined for any other page. */
export function archivedCopy(html: string): ArchivedCopy | undefined {
  return waybackCopy(html) ?? archiveTodayCopy(html);
}

/** The archivist's note on a page read from an archive's copy. */
export const archivedCopyNote = ({ archive, capture }: ArchivedCopy) =>
  `the page is ${archive}'s copy of ${capture.url}, captured on ${capture.date}: read without what the archive added to it; the original kept is the file as saved`;

/** How far down a copy an archive's toolbar or header can reach. */
const COPY_HEADER_LINES = 20;

/**
 * The cells of the lines a copy of an archive's page starts with (its toolbar or header as the
 * browser copies it, cells of a row separated by tabs): the Wayback Machine's capture count, span,
 * calendar and buttons; archive.today's name, `Saved from`, capture date, snapshot links and tabs.
 */
const TOOLBAR_CELLS = [
  /^\d[\d,]* captures?$/,
  /^\d{1,2} [A-Z][a-z]{2} \d{4} - \d{1,2} [A-Z][a-z]{2} \d{4}$/,
  /^[A-Za-z]{3}$/,
  /^\d{1,4}$/,
  /^(?:Go|Close|Help|About this capture|COLLECTED BY|TIMESTAMPS|loading|success|fail|Wayback Machine)$/,
  /^(?:Organization|Collection): /,
  ARCHIVE_TODAY_NAME,
  /^(?:webpage capture|Saved from|search|Webpage|Screenshot|share|download \.zip|report bug or abuse|Buy me a coffee|no other snapshots from this url)$/,
  /^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} UTC$/,
  /^All snapshots from host \S+$/,
  new RegExp(String.raw`^${ARCHIVE_TODAY}/\S+$`),
];

const WAYBACK_PRINT_LINE = /^The Wayback Machine - (https?:\/\/web\.archive\.org\/web\/(\d{14})[a-z]{0,2}_?\/(https?:\/\/\S+))$/;

/**
 * Google's cache over the page it kept (until 2024): `This is Google's cache of URL. It is a
 * snapshot of the page as it appeared on 10 Mar 2023 02:14:51 GMT. …`, the instant the snapshot's,
 * never the article's; then its links, glued or not (`Full versionText-only versionView source`),
 * and its tip about the find bar.
 */
const GOOGLE_CACHE_LINE = /^This is Google's cache of (https?:\/\/\S+?)\.? It is a snapshot of the page as it appeared on (\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2}) GMT\./;
const GOOGLE_CACHE_CELLS = [/^(?:(?:Full version|Text-only version|View source)\s*)+$/, /^Tip: To quickly find your search term on this page, press /];
/** Where Google kept its copy of a page, an address made from the page's own. */
const googleCacheAddress = (url: string) => `https://webcache.googleusercontent.com/search?q=cache:${url}`;

/** The capture Google's header line states: the address and the instant (GMT) of its snapshot. */
function googleCacheCapture(line: string): ArchivedCopy['capture'] | undefined {
  const [, url, printed] = GOOGLE_CACHE_LINE.exec(line) ?? [];
  const instant = printed === undefined ? Number.NaN : Date.parse(`${printed} GMT`);
  if (url === undefined || Number.isNaN(instant)) return undefined;
  return { url, date: `${new Date(instant).toISOString().slice(0, 19)}+00:00`, archivedAt: googleCacheAddress(url) };
}

/**
 * Bing's cache over the page it kept (until 2024): `This is Bing's cached copy of URL. It is a snapshot of the page as it
 * appeared on 6/5/2024 3:14:08 AM. …`. Its instant names no zone and Bing's own address of the copy is not printed, so
 * only the page's address is a fact of it: the capture is not recorded.
 */
const BING_CACHE_LINE = /^This is Bing's cached copy of (https?:\/\/\S+?)\.? It is a snapshot of the page as it appeared on /;

const isToolbarLine = (line: string) =>
  WAYBACK_PRINT_LINE.test(line.trim()) ||
  GOOGLE_CACHE_LINE.test(line.trim()) ||
  BING_CACHE_LINE.test(line.trim()) ||
  GOOGLE_CACHE_CELLS.some((cell) => cell.test(line.trim())) ||
  line.split('\t').every((cell) => cell.trim() === '' || TOOLBAR_CELLS.some((cell_) => cell_.test(cell.trim())));

/** A copy's first lines are an archive's when they show its signature: the Wayback Machine's capture count over its span, Google's or Bing's cache line, or archive.today's name over `webpage capture`. */
function copiedArchive(lines: readonly string[]): string | undefined {
  const top = lines.slice(0, COPY_HEADER_LINES).map((line) => line.trim()).filter(Boolean);
  if (top.some((line) => WAYBACK_PRINT_LINE.test(line))) return 'the Wayback Machine';
  if (top.some((line) => GOOGLE_CACHE_LINE.test(line))) return "Google's cache";
  if (top.some((line) => BING_CACHE_LINE.test(line))) return "Bing's cache";
  const at = (pattern: RegExp) => top.findIndex((line) => pattern.test(line.split('\t')[0]!.trim()));
  const captures = at(/^\d[\d,]* captures?$/);
  if (captures !== -1 && TOOLBAR_CELLS[1]!.test(top[captures + 1] ?? '')) return 'the Wayback Machine';
  const name = at(ARCHIVE_TODAY_NAME);
  if (name !== -1 && /^webpage capture\b/.test(top[name + 1] ?? '')) return 'archive.today';
  return undefined;
}

export interface CopiedArchivePage {
  /** The copy with the archive's lines blank (so every other line keeps its number). */
  text: string;
  archive: string;
  /** The capture, when the copy prints its address and instant (the Wayback Machine's print line, Google's cache line). */
  capture?: ArchivedCopy['capture'];
  /** The original's address, when the copy prints it without a capture (Bing's cache line). */
  address?: string;
  /** The original's host, when the copy names only that (archive.today's `All snapshots from host civil.ge`). */
  host?: string;
}

/**
 * A clipping copied from an archive's page: its toolbar or header lines at the top are the
 * archive's, not the article's (their dates are the captures', never the publication's), so they
 * are blanked; what they say of the original (its address, or its host) is kept.
 */
export function copiedArchivePage(text: string): CopiedArchivePage | undefined {
  const lines = text.split('\n');
  const archive = copiedArchive(lines);
  if (!archive) return undefined;
  let capture: CopiedArchivePage['capture'];
  let address: string | undefined;
  let host: string | undefined;
  let end = 0;
  for (let index = 0; index < Math.min(lines.length, COPY_HEADER_LINES); index += 1) {
    const line = lines[index]!.trim();
    if (line === '') continue;
    if (!isToolbarLine(lines[index]!)) break;
    const printed = WAYBACK_PRINT_LINE.exec(line);
    const date = printed && timestampInstant(printed[2]!);
    if (printed && date) capture = { url: printed[3]!, date, archivedAt: printed[1]! };
    capture ??= googleCacheCapture(line);
    host ??= /^All snapshots from host (\S+)$/.exec(line)?.[1];
    address ??= BING_CACHE_LINE.exec(line)?.[1];
    end = index + 1;
  }
  return { text: [...lines.slice(0, end).map(() => ''), ...lines.slice(end)].join('\n'), archive, capture, address, host };
}
