import { authorPath, sourcePath } from '../lib/urls.ts';
import { loadArchive } from '../data/archive.ts';

/**
 * View models of the pages that list the archive's keys with their article counts (/authors/,
 * /sources/), and the redirect pages of earlier permalinks.
 */

/** A name linking to its page, with how many articles it has. */
export interface CountedLink {
  name: string;
  path: string;
  count: number;
}

const byName = (a: CountedLink, b: CountedLink) => a.name.localeCompare(b.name, 'en');

/** Every byline, by name. */
export async function authorsView(): Promise<CountedLink[]> {
  const site = await loadArchive();
  return [...site.authors.values()].map((author) => ({ name: author.name, path: authorPath(author.slug), count: author.articles.length })).sort(byName);
}

/** Every publication, by name. */
export async function sourcesView(): Promise<CountedLink[]> {
  const site = await loadArchive();
  return [...site.sources].map(([id, source]) => ({ name: source.name, path: sourcePath(id), count: site.bySource.get(id)?.length ?? 0 })).sort(byName);
}

/** getStaticPaths of the pages at articles' earlier permalinks (frontmatter `aliases`). */
export async function aliasStaticPaths() {
  const site = await loadArchive();
  return site.chronological.flatMap((record) =>
    record.article.aliases.map((alias) => ({
      params: { alias: alias.replace(/\/$/, '') },
      props: { target: record.path, title: record.article.title },
    })),
  );
}
