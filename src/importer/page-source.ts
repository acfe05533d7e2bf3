import { TZDate } from '@date-fns/tz';
import { formatISO } from 'date-fns/formatISO';
import { slugify } from '../lib/slug.ts';
import { isOffsetOnlyZone, paperZone, sourceSchema, type Source } from '../lib/source-schema.ts';
import type { ContentData } from './content-data.ts';
import { zoneOfCountryDomain } from './country-domain-zone.ts';
import { setZoneCommand } from './set-source-zone.ts';
import { ImportError } from './errors.ts';
import { languageOfClipping, unknownLanguage } from './paper-language.ts';

/**
 * Which paper a saved web page comes from: the one the archivist names (--source), else the one
 * whose home page is on the page's host, else a new paper made from the page's publisher name and
 * host, so that a page from an outlet the archive has never seen imports without any option.
 */

export interface PageSource {
  id: string;
  source: Source;
  /** True when the paper is new: content/sources/ID.yaml is written once the article is. */
  created: boolean;
  /**
   * The zone this page's times are read in: the paper's, else --time-zone's, else the page's own
   * UTC offset, which is right for this page's instant and nothing more (it is never the paper's).
   */
  readingZone: string;
  /** Why the new paper has the time zone it has, for the archivist. */
  note?: string;
}

/** Papers created earlier in this run (written, or previewed in a dry run), by id: later pages of the same outlet reuse them. */
export type NewSources = Map<string, Source>;

const bareHost = (host: string) => host.toLowerCase().replace(/^www\d*\./, '');

export function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return bareHost(new URL(url).hostname);
  } catch {
    return undefined;
  }
}

/** A URL's path as folders (`/news/articles/x` -> `news/articles/x/`), so `/news` fits `/news/…` but not `/newsletters`. */
function folderPath(url: string | undefined): string {
  try {
    return `${new URL(url!).pathname.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/$/, '');
  } catch {
    return '';
  }
}

/**
 * The paper whose home page is on the page's host or a parent domain of it (edition.example.com ->
 * example.com). Where several papers share a host (`bbc.com/news`, `bbc.com/russian`; `reuters.com/`,
 * `reuters.com/de/`), the one whose home page's path the page's path lies under, the deepest such:
 * a page at `bbc.com/news/articles/…` is BBC News's, never the first paper listed on the host.
 */
export function sourceOnHost(url: string | undefined, sources: Iterable<[string, Source]>): { id: string; source: Source } | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  const onHost = [...sources].filter(([, source]) => {
    const home = hostOf(source.homepage);
    return home !== undefined && (host === home || host.endsWith(`.${home}`));
  });
  const path = folderPath(url);
  const under = onHost.filter(([, source]) => path.startsWith(folderPath(source.homepage)));
  const [id, source] = under.sort(([, a], [, b]) => folderPath(b.homepage).length - folderPath(a.homepage).length)[0] ?? onHost[0] ?? [];
  return id === undefined ? undefined : { id, source: source! };
}

/** A page's UTC offset as a zone @date-fns/tz and Intl read (`+04:00`; `Z` is UTC). */
const offsetZone = (offset: string | undefined) => (offset === 'Z' ? 'UTC' : offset);

/** The zone a known paper's page is read in; a page that prints no offset of a paper of unknown zone needs --time-zone. */
function readingZoneOf(id: string, source: Source, page: PageSourceInput, timeZone: string | undefined): string {
  const zone = paperZone(source) ?? timeZone ?? offsetZone(page.offset);
  if (zone) return zone;
  throw new ImportError(
    `the page's date has no UTC offset, and the time zone of its paper ${source.name} (${id}) is not known, so its time cannot be read`,
    `pass --time-zone ZONE with the paper's IANA zone (e.g. --time-zone America/New_York), or set it for good with ${setZoneCommand(id)}`,
  );
}

export interface PageSourceInput {
  url?: string;
  publisher?: string;
  language?: string;
  /** The published date's UTC offset (`+04:00`, `Z`), when the page gives one. */
  offset?: string;
  /** The article's text, which tells a new paper's language when the page declares none. */
  text: string;
}

/** The paper `--source ID` names, or the refusal that lists the known ids: the one place that wording lives. */
export function givenSource(sourceId: string, data: ContentData): Source {
  const source = data.sources.get(sourceId);
  if (source) return source;
  throw new ImportError(`--source ${sourceId} is not a known source`, `use one of ${[...data.sources.keys()].join(', ')}, or add the paper with --new-source "NAME" --time-zone ZONE`);
}

export function sourceForPage(page: PageSourceInput, data: ContentData, newSources: NewSources, options: { sourceId?: string; timeZone?: string; language?: string }): PageSource {
  if (options.sourceId !== undefined) {
    const source = givenSource(options.sourceId, data);
    return { id: options.sourceId, source, created: false, readingZone: readingZoneOf(options.sourceId, source, page, options.timeZone) };
  }
  const known = sourceOnHost(page.url, data.sources) ?? sourceOnHost(page.url, newSources);
  if (known) return { ...known, created: false, readingZone: readingZoneOf(known.id, known.source, page, options.timeZone) };
  const host = hostOf(page.url);
  if (!host || !page.url) {
    throw new ImportError(
      'the page names neither a known paper nor its own address (no canonical link or og:url), so its paper is unknown',
      `pass --source ID (known: ${[...data.sources.keys()].join(', ')})`,
    );
  }
  const fromHost = options.timeZone === undefined ? zoneOfHost(host, page) : undefined;
  const readingZone = options.timeZone ?? fromHost?.zone ?? offsetZone(page.offset);
  if (!readingZone) {
    throw new ImportError(
      `the page is from ${page.publisher ?? host} (${host}), a paper new to the archive, and its date has no UTC offset, so its time zone is unknown`,
      `${NEW_PAPER_ZONE_FIX}, or --source ID`,
    );
  }
  const paper = newPaperOf({ ...page, url: page.url }, data, newSources, { ...options, timeZone: options.timeZone ?? fromHost?.zone });
  const note = fromHost ? `${newPaperNote(paper, page.offset)}, the one zone of ${fromHost.country}, the country whose code its host ${host} ends in (pass --time-zone ZONE if the paper publishes elsewhere)` : newPaperNote(paper, page.offset);
  return { ...paper, created: true, readingZone, note };
}

/**
 * The zone the page's host tells (country-domain-zone.ts), in the page's declared language or its text's; not when the
 * page's own UTC offset is none the zone keeps, a sign the host names another country than the paper's.
 */
function zoneOfHost(host: string, page: PageSourceInput): { zone: string; country: string } | undefined {
  const told = zoneOfCountryDomain(host, languageOfClipping(page.language, page.text));
  const year = new Date().getUTCFullYear();
  const offsets = told && [0, 6].map((month) => formatISO(new TZDate(Date.UTC(year, month, 1), told.zone)).slice(-6));
  return told && (page.offset === undefined || offsets!.includes(page.offset === 'Z' ? '+00:00' : page.offset)) ? told : undefined;
}

/** How the archivist supplies the zone of a paper a page adds: the one place its wording lives. */
export const NEW_PAPER_ZONE_FIX = 'pass --time-zone ZONE with the IANA name of the zone the paper publishes in (such as Europe/Moscow or America/New_York)';

/** A paper a page adds, as the archivist is told of it; `offset`: the UTC offset its page was read in, when the paper's zone is not known. */
export function newPaperNote({ id, source }: { id: string; source: Source }, offset: string | undefined): string {
  return source.timeZone !== undefined
    ? `new paper ${id} (content/sources/${id}.yaml) with time zone ${source.timeZone}`
    : `new paper ${id} (content/sources/${id}.yaml) without a time zone: the page gives only its UTC offset ${offset}, which does not tell the paper's zone; set it with ${setZoneCommand(id)}, or its later clippings that print no zone need --time-zone ZONE`;
}

/**
 * A paper new to the archive, made from the page's publisher name and host (its home page). One
 * offset does not tell a zone (+04:00 is Tbilisi, Dubai or Baku; -04:00 is New York only in
 * summer), so its zone is left unknown unless --time-zone names one: the page is read in its own
 * offset, and a later clipping of the paper that prints no zone asks for one.
 */
export function newPaperOf(page: PageSourceInput & { url: string }, data: ContentData, newSources: NewSources, options: { timeZone?: string; language?: string }): { id: string; source: Source } {
  const host = hostOf(page.url) ?? page.url;
  const name = page.publisher ?? host;
  let id = slugify(name) || slugify(host);
  if (data.sources.has(id) || newSources.has(id)) id = `${id}-${slugify(host)}`;
  const zone = options.timeZone !== undefined && !isOffsetOnlyZone(options.timeZone) ? options.timeZone : undefined;
  const language = options.language ?? languageOfClipping(page.language, page.text);
  if (language === undefined) throw unknownLanguage(`${name} (${host})`);
  const source = sourceSchema.parse({ name, homepage: `${new URL(page.url).origin}/`, ...(zone === undefined ? {} : { timeZone: zone }), language, mastheads: [name] });
  return { id, source };
}
