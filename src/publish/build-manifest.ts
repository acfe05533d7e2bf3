import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cacheDir } from '../lib/project-folders.ts';
import { inShards } from '../search/shards.ts';
import type { PublishedArticle } from './publication.ts';

/**
 * What a build published, for the steps after `astro build` (the search index,
 * src/search/build-index.ts) to read instead of finding it again in the built HTML. The publish
 * integration writes it when every page is done (src/publish/integration.ts), as JSON at
 * manifestFile(): in the cache folder beside the content fingerprint, not in the published site.
 */
export const MANIFEST_VERSION = 1;

export interface ManifestArticle {
  /** Site path of the article's page, below the base path: `YYYY/MM/DD/slug/`. */
  path: string;
  /** The page's file below the built site: `YYYY/MM/DD/slug/index.html`. */
  page: string;
  /** The published instant, in UTC (ISO 8601). */
  published: string;
  /** The search index shard the page is indexed in: 0 is the bundle folder, n its `shard-n/`. */
  shard: number;
  /** The content loader's digest of the article file: it changes whenever the file does. */
  contentHash: string;
}

export interface BuildManifest {
  version: typeof MANIFEST_VERSION;
  /** How many shards the search index is written in (at least one, empty for an empty archive). */
  shards: number;
  /** Every article the build published, oldest first (ties by path): the shards' order. */
  articles: ManifestArticle[];
}

export function manifestFile(): string {
  return path.join(cacheDir(), 'dateline-build-manifest.json');
}

/** The manifest of these articles, in shards of at most `pagesPerShard` with stable date ranges (src/search/shards.ts). */
export function buildManifest(published: Pick<PublishedArticle, 'path' | 'published' | 'contentHash'>[], pagesPerShard: number): BuildManifest {
  const dated = published.map((article) => ({ article, time: Date.parse(article.published) }));
  dated.sort((a, b) => a.time - b.time || (a.article.path < b.article.path ? -1 : a.article.path > b.article.path ? 1 : 0));
  const shards = inShards(dated, pagesPerShard, (page) => page.time);
  return {
    version: MANIFEST_VERSION,
    shards: shards.length,
    articles: shards.flatMap((pages, shard) =>
      pages.map(({ article, time }) => ({
        path: article.path,
        page: `${article.path}index.html`,
        published: new Date(time).toISOString(),
        shard,
        contentHash: article.contentHash,
      })),
    ),
  };
}

export async function writeManifest(manifest: BuildManifest): Promise<void> {
  await mkdir(path.dirname(manifestFile()), { recursive: true });
  await writeFile(manifestFile(), JSON.stringify(manifest));
}

/** The last build's manifest; an error that says to build when there is none or it is another version's. */
export async function readManifest(file = manifestFile()): Promise<BuildManifest> {
  let manifest: BuildManifest;
  try {
    manifest = JSON.parse(await readFile(file, 'utf8')) as BuildManifest;
  } catch (error) {
    throw new Error(`no build manifest at ${file} (${(error as Error).message}): run \`astro build\` first (\`npm run build\` does both steps)`);
  }
  if (manifest.version !== MANIFEST_VERSION) {
    throw new Error(`the build manifest at ${file} is version ${manifest.version}, this step reads version ${MANIFEST_VERSION}: run \`npm run build\` again`);
  }
  return manifest;
}
