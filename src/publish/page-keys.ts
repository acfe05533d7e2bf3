import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { loadArchive } from '../data/archive.ts';
import { codeDigest } from '../lib/code-digest.ts';
import { contentDir } from '../lib/project-folders.ts';
import { projectRoot } from '../lib/project-root.ts';
import { archiveWideInput, keyInput } from './key-input.ts';

/**
 * The cache keys of Astro's incremental build (astro.config.mjs `experimental.incrementalBuild`):
 * Astro skips a page whose getStaticPaths entry brings the same `cacheKey` as last build's and
 * whose own module graph (its templates and the code Vite bundles for it) is unchanged. A key
 * is the digest of what the page is rendered from, declared once here:
 * - the page's view model input: its getStaticPaths params and props. An article appears in it
 *   as its file's digest, which changes whenever the file does;
 * - what every page may print besides: the site URL and base path, every source record and the
 *   whole gazetteer (lists print papers' names, article pages entity names: a renamed paper or a
 *   new alias rebuilds every page, never too few), and the code that Vite does not bundle into a
 *   page and Astro therefore does not hash (the render worker, the content loader and schemas,
 *   src/lib's rules, the config and the build's environment).
 * A page rendered from anything else of the archive must bring it in its props:
 * the equality tests (tests/site/incremental-equality.test.ts) build every kind of change both
 * ways and compare the sites byte for byte.
 */

/** Astro's own template folders: its per-route dependency hash covers them, so a template edit rebuilds only its routes. */
const TEMPLATE_FOLDERS = new Set(['pages', 'components', 'layouts', 'styles']);

/** Project files outside src/ whose change must rebuild everything (Astro hashes only part of the config). */
const PROJECT_FILES = ['astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Environment a build reads outside Astro's config. */
const BUILD_ENVIRONMENT = ['SITE_URL', 'BASE_PATH', 'DATELINE_SEARCH_SHARD_PAGES'];

/** Every code file Astro does not hash for a page: src/ but its template folders, and PROJECT_FILES. */
function buildCodeFiles(): string[] {
  const src = path.join(projectRoot, 'src');
  const files = readdirSync(src, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !TEMPLATE_FOLDERS.has(path.relative(src, entry.parentPath).split(path.sep)[0]!))
    .map((entry) => path.relative(projectRoot, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
  return [...files, ...PROJECT_FILES];
}

let buildWide: Promise<string> | undefined;

/** The digest of what every page may print besides its own input (see above); once per build. */
function buildWideDigest(): Promise<string> {
  buildWide ??= (async () => {
    const site = await loadArchive();
    const hash = createHash('sha256');
    hash.update(JSON.stringify([import.meta.env.SITE, import.meta.env.BASE_URL, contentDir(), BUILD_ENVIRONMENT.map((name) => process.env[name])]));
    hash.update(archiveWideInput(site));
    hash.update(codeDigest(buildCodeFiles()));
    return hash.digest('hex');
  })();
  return buildWide;
}

/** The cache key of a page rendered from `input`. */
export async function pageKey(input: unknown): Promise<string> {
  const buildWide = await buildWideDigest();
  return createHash('sha256').update(buildWide).update(keyInput(input)).digest('base64url');
}

interface StaticPath {
  params: Record<string, string | number | undefined>;
  props?: unknown;
}

/** A route's getStaticPaths with a cacheKey on each entry, over the entry's params and props. */
export function keyedPaths<A extends unknown[], P extends StaticPath>(getStaticPaths: (...args: A) => P[] | Promise<P[]>) {
  return async (...args: A): Promise<(P & { cacheKey: string })[]> => {
    const paths = await getStaticPaths(...args);
    return Promise.all(paths.map(async (entry) => ({ ...entry, cacheKey: await pageKey([entry.params, entry.props]) })));
  };
}
