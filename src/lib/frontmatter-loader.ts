import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentFiles, isArticleFile } from './content-files.ts';

/**
 * A content loader for Markdown files that keeps only each file's frontmatter (validated against
 * the collection schema) and its path in Astro's data store; pages read and render the body from
 * the file when they need it (src/publish/article-body.ts).
 *
 * Why not Astro's glob loader: it stores every body and its rendered HTML, and Astro writes the
 * whole store as one string, which passes V8's longest string at about 35,000 articles
 * (BENCHMARKS.md); its `deferRender` option instead makes every article a Vite module of the
 * bundle. Frontmatter alone is about a tenth of the store.
 */
export function frontmatterOnly({ base }: { base: string }): Loader {
  return {
    name: 'dateline-frontmatter-only',
    async load(context) {
      const { store, watcher } = context;
      const seen = new Set<string>();
      // One file after another, each read synchronously: every file is read and digested on every
      // sync, and a read through a promise (a round trip through libuv's thread pool) costs about
      // five times the CPU of a synchronous one (10,000 articles: 0.50 s against 0.10 s, BENCHMARKS.md).
      for (const file of contentFiles(base).filter(isArticleFile).sort()) seen.add(await syncFile(context, base, file));
      for (const id of store.keys()) if (!seen.has(id)) store.delete(id);

      if (!watcher) return;
      // `astro dev`: an article written, edited or removed shows up without a restart.
      watcher.add(base);
      const relativeMarkdown = (changed: string) => {
        const file = path.relative(base, changed);
        return isArticleFile(file) && !file.startsWith('..') ? file : undefined;
      };
      const reload = async (changed: string) => {
        const file = relativeMarkdown(changed);
        if (!file) return;
        try {
          await syncFile(context, base, file);
        } catch (error) {
          context.logger.error((error as Error).message);
        }
      };
      watcher.on('add', reload);
      watcher.on('change', reload);
      watcher.on('unlink', (removed) => {
        const file = relativeMarkdown(removed);
        if (file) store.delete(idOf(file));
      });
    },
  };
}

/** The entry id is the file's path below the base without `.md` (articles: YYYY/MM/DD/slug). */
function idOf(file: string): string {
  return file.slice(0, -'.md'.length).split(path.sep).join('/');
}

/** Stores one file's frontmatter unless the file is unchanged since the last sync; returns its id. */
async function syncFile({ store, parseData, generateDigest, config }: LoaderContext, base: string, file: string): Promise<string> {
  const id = idOf(file);
  const filePath = path.join(base, file);
  const contents = readFileSync(filePath, 'utf8');
  const digest = generateDigest(contents);
  if (store.get(id)?.digest === digest) return id;
  const data = await parseData({ id, data: frontmatterOf(contents, filePath), filePath });
  // Astro keeps entry paths relative to the project root (src/publish/article-body.ts reads them back).
  store.set({ id, data, filePath: path.relative(fileURLToPath(config.root), filePath), digest });
  return id;
}

function frontmatterOf(contents: string, filePath: string): Record<string, unknown> {
  try {
    return parseFrontmatter(contents).frontmatter;
  } catch (error) {
    // js-yaml's mark is 0-based; editors count lines and columns from 1.
    const { mark, reason } = error as { mark?: { line: number; column: number }; reason?: string };
    if (!mark) throw error;
    throw new Error(`${filePath}:${mark.line + 1}:${mark.column + 1}: the frontmatter is not valid YAML: ${reason}. Fix it in the file and build again.`);
  }
}
