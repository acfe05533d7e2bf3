import path from 'node:path';
import { buildWorld, DEFAULT_SEED, syntheticArticles, type CorpusWorld, type SyntheticArticle } from '../../src/bench/corpus.ts';
import { writeCorpus } from '../../src/bench/write-corpus.ts';
import { buildVariant, type BuildResult } from './build.ts';

/**
 * A generated archive of the benchmark's kind (src/bench/corpus.ts), built with the real
 * `npm run build` in a temporary folder: for tests of what only shows at scale (long lists,
 * big facets, busy months). The tests compute what they expect from `articles` and `world`,
 * the same data the build read, never from the built pages.
 */
export interface GeneratedArchive {
  /** The articles' frontmatter and paragraphs, in the corpus's order. */
  articles: SyntheticArticle[];
  /** Its sources and gazetteer. */
  world: CorpusWorld;
  contentDir: string;
  /** The built site. */
  outDir: string;
  build: BuildResult;
}

export interface GeneratedArchiveOptions {
  /** At least 1,000 for issue 18's tests: lists only grow long past that. */
  articles: number;
  seed?: number;
  /** Extra build environment, e.g. { DATELINE_SEARCH_SHARD_PAGES: '400' }. */
  env?: Record<string, string>;
  /** Changes the written content before the build (e.g. gives a person other names). */
  prepare?: (contentDir: string, corpus: { articles: SyntheticArticle[]; world: CorpusWorld }) => Promise<void>;
}

/** Writes and builds a generated archive into `root` (content/ and site/ below it); throws when the build fails. */
export async function generateArchiveInto(root: string, options: GeneratedArchiveOptions): Promise<GeneratedArchive> {
  const seed = options.seed ?? DEFAULT_SEED;
  const contentDir = path.join(root, 'content');
  const outDir = path.join(root, 'site');
  writeCorpus(contentDir, { articles: options.articles, seed });
  const { world, articles } = generatedCorpus(options.articles, seed);
  await options.prepare?.(contentDir, { articles, world });
  const build = await buildVariant({ outDir, contentDir, env: options.env });
  if (build.exitCode !== 0) throw new Error(`the generated archive did not build:\n${build.stderr || build.stdout}`);
  return { articles, world, contentDir, outDir, build };
}

/** The corpus writeCorpus writes for `articles` and `seed`, as data. */
export function generatedCorpus(articles: number, seed: number): { world: CorpusWorld; articles: SyntheticArticle[] } {
  const world = buildWorld(seed);
  return { world, articles: [...syntheticArticles(world, { articles, seed })] };
}
