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

/** Every toolbar of the Wayback Machine, whichever its version: markers its replay writes into every page. */
const WAYBACK_MARKERS = /<!-- BEGIN WAYBACK TOOLBAR INSERT -->|<!-- End Wayback Rewrite JS Include -->|__wm\.wombat\(|id="wm-ipp-base"/;

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
    html: cleaned.replace(WAYBACK_WRAPPED, '$1'),
    capture: { url, date, archivedAt: `https://web.archive.org/web/${timestamp}/${url}` },
    archive: 'the Wayback Machine',
  };
}

/** The hosts archive.today serves its snapshots from. */
const ARCHIVE_TODAY = String.raw`https?://archive\.(?:today|ph|is|li|vn|fo|md)`;

/** A snapshot's long address, which holds the original's and the instant: `archive.ph/2017.11.15-093512/https://…`. */
const ARCHIVE_TODAY_LONG = new RegExp(String.raw`${ARCHIVE_TODAY}/(\d{4})\.(\d{2})\.(\d{2})-(\d{6})/(https?://[^"'<>\s]+)`);

const isArchiveToday = (document: Document) =>
  new RegExp(`^archive\\.(?:today|ph|is|li|vn|fo|md)$`, 'i').test(document.querySelector('meta[property="og:site_name"]')?.getAttribute('content')?.trim() ?? '');

/** What archive.today says about the snapshot, which pages mistake for the article's own metadata. */
const ARCHIVE_TODAY_METADATA = 'meta[property^="og:"], meta[property^="article:"], meta[name^="twitter:"], link[rel~="canonical"], link[rel~="bookmark"]';

function archiveTodayCopy(html: string): ArchivedCopy | undefined {
  if (!/archive\.(?:today|ph|is|li|vn|fo|md)/i.test(html)) return undefined;
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
