import { ENTITY_KIND_LIST, ENTITY_KINDS, type EntityKind } from '../lib/entity-kinds.ts';
import { entityIndexPath, entityPath, sourcePath, yearPath } from '../lib/urls.ts';
import { loadArchive, type SiteRecord } from '../data/archive.ts';
import type { CountedLink } from './index-pages.ts';

/**
 * The front page of an archive of any size: the newest articles and the ways in (years, the
 * papers and the people, places and organizations named most), each list of a fixed length, so
 * the page weighs the same at 100 articles and at 100,000. Only the years grow, one a year.
 */

/** How many of the newest articles the front page shows; the archive pages have the rest. */
const HOME_LATEST = 10;
/** How many papers, and how many entities of each kind, the front page offers as ways in. */
const HOME_TOP = 8;

export interface HomePage {
  /** Articles in the archive, and papers they come from. */
  articles: number;
  papers: number;
  latest: SiteRecord[];
  /** Newest year first. */
  years: CountedLink[];
  /** The papers with the most articles, most first. */
  sources: CountedLink[];
  /** For each kind, the entities named in most articles, most first, and where the whole index is. */
  entities: { kind: EntityKind; label: string; indexPath: string; top: CountedLink[] }[];
}

/** The `HOME_TOP` links with the highest counts, most first, then by name. */
function top(links: CountedLink[]): CountedLink[] {
  return links.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'en')).slice(0, HOME_TOP);
}

export async function homePage(): Promise<HomePage> {
  const site = await loadArchive();
  return {
    articles: site.chronological.length,
    papers: site.bySource.size,
    latest: site.newestFirst.slice(0, HOME_LATEST),
    years: [...site.years].reverse().map((year) => ({ name: year.year, path: yearPath(year.year), count: year.count })),
    sources: top([...site.bySource].map(([id, records]) => ({ name: site.sources.get(id)?.name ?? id, path: sourcePath(id), count: records.length }))),
    entities: ENTITY_KINDS.map((kind) => ({
      kind,
      label: ENTITY_KIND_LIST[kind].plural,
      indexPath: entityIndexPath(kind),
      top: top(
        [...site.entities[kind]].map(([id, records]) => ({ name: site.gazetteer[kind].get(id)?.name ?? id, path: entityPath(kind, id), count: records.length })),
      ),
    })).filter((group) => group.top.length > 0),
  };
}
