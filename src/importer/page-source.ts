import { slugify } from '../lib/slug.ts';
import { sourceSchema, type Source } from '../lib/source-schema.ts';
import type { ContentData } from './content-data.ts';
import { ImportError } from './errors.ts';

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
  /** Why the new paper has the time zone it has, for the archivist. */
  note?: string;
}

/** Papers created earlier in this run (written, or previewed in a dry run), by id: later pages of the same outlet reuse them. */
export type NewSources = Map<string, Source>;

const bareHost = (host: string) => host.toLowerCase().replace(/^www\d*\./, '');

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return bareHost(new URL(url).hostname);
  } catch {
    return undefined;
  }
}

/** The paper whose home page is on the page's host or a parent domain of it (edition.example.com -> example.com). */
export function sourceOnHost(url: string | undefined, sources: Iterable<[string, Source]>): PageSource | undefined {
  const host = hostOf(url);
  if (!host) return undefined;
  for (const [id, source] of sources) {
    const home = hostOf(source.homepage);
    if (home && (host === home || host.endsWith(`.${home}`))) return { id, source, created: false };
  }
  return undefined;
}

/**
 * The IANA zone for a new paper known only by a published date's UTC offset. A paper's own zone
 * (Asia/Tbilisi) cannot be told from one offset, so the fixed-offset zone Etc/GMT-4 is used (IANA
 * writes the sign inverted), and the archivist is told to set the real one. Offsets that are not
 * whole hours have no Etc zone: those pages need --time-zone.
 */
export function zoneForOffset(offset: string): string | undefined {
  if (offset === 'Z' || /^[+-]00:?00$/.test(offset)) return 'Etc/UTC';
  const match = /^([+-])(\d{2}):?00$/.exec(offset);
  if (!match) return undefined;
  const hours = Number(match[2]);
  return `Etc/GMT${match[1] === '+' ? '-' : '+'}${hours}`;
}

export interface PageSourceInput {
  url?: string;
  publisher?: string;
  language?: string;
  /** The published date's UTC offset (`+04:00`, `Z`), when the page gives one. */
  offset?: string;
}

export function sourceForPage(page: PageSourceInput, data: ContentData, newSources: NewSources, options: { sourceId?: string; timeZone?: string }): PageSource {
  if (options.sourceId !== undefined) {
    const source = data.sources.get(options.sourceId);
    if (!source) throw new ImportError(`--source ${options.sourceId} is not a known source`, `use one of ${[...data.sources.keys()].join(', ')}`);
    return { id: options.sourceId, source, created: false };
  }
  const known = sourceOnHost(page.url, data.sources) ?? sourceOnHost(page.url, newSources);
  if (known) return known;
  const host = hostOf(page.url);
  if (!host || !page.url) {
    throw new ImportError(
      'the page names neither a known paper nor its own address (no canonical link or og:url), so its paper is unknown',
      `pass --source ID (known: ${[...data.sources.keys()].join(', ')})`,
    );
  }

  const name = page.publisher ?? host;
  let id = slugify(name) || slugify(host);
  if (data.sources.has(id) || newSources.has(id)) id = `${id}-${slugify(host)}`;
  const zone = options.timeZone ?? (page.offset === undefined ? undefined : zoneForOffset(page.offset));
  if (!zone) {
    const why = page.offset === undefined ? 'its date has no UTC offset' : `its UTC offset ${page.offset} is not a whole number of hours`;
    throw new ImportError(`the page is from ${name} (${host}), a paper new to the archive, and ${why}, so its time zone is unknown`, 'pass --time-zone ZONE with the paper\'s IANA zone, e.g. --time-zone Asia/Kolkata, or --source ID');
  }
  const source = sourceSchema.parse({ name, homepage: `${new URL(page.url).origin}/`, timeZone: zone, language: page.language ?? 'en', mastheads: [name] });
  const note = options.timeZone
    ? `new paper ${id} (content/sources/${id}.yaml) with time zone ${zone}`
    : `new paper ${id} (content/sources/${id}.yaml) with time zone ${zone}, taken from the page's UTC offset ${page.offset}; set the paper's own IANA zone there if it has summer time`;
  return { id, source, created: true, note };
}

