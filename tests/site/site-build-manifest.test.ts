import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/publish/build-manifest.ts';
import { projectRoot } from '../helpers/build.ts';
import { builtDir } from '../helpers/html-files.ts';
import { readIndexedPages } from '../helpers/search-index-files.ts';

/**
 * The build manifest `npm run build` leaves for its index step (src/publish/build-manifest.ts):
 * every article of content/ once, with its page, instant and shard; the index holds exactly its
 * pages, and each article's files were written beside its page.
 */
const outDir = builtDir();

async function contentArticles(): Promise<{ published: string; slug: string }[]> {
  const folder = path.join(projectRoot, 'content', 'articles');
  const files = (await readdir(folder, { recursive: true })).filter((file) => file.endsWith('.md'));
  return Promise.all(files.map(async (file) => matter(await readFile(path.join(folder, file), 'utf8')).data as { published: string; slug: string }));
}

describe('the build manifest', () => {
  it('lists every article once, oldest first, with its page, published instant and shard', async () => {
    const manifest = await readManifest();
    const articles = await contentArticles();
    expect(manifest.articles).toHaveLength(articles.length);
    expect(manifest.shards).toBe(1);
    const instants = manifest.articles.map((article) => article.published);
    expect(instants).toEqual([...instants].sort());
    expect(instants.toSorted()).toEqual(articles.map((article) => new Date(article.published).toISOString()).toSorted());
    for (const article of manifest.articles) {
      expect(article.page).toBe(`${article.path}index.html`);
      expect(await readFile(path.join(outDir, article.page), 'utf8')).toContain('data-pagefind-body');
      expect(article.shard).toBe(0);
      expect(article.contentHash).toMatch(/^[0-9a-f]+$/);
    }
  });

  it('is what the search index holds', async () => {
    const manifest = await readManifest();
    const indexed = await readIndexedPages(path.join(outDir, 'pagefind'));
    expect(indexed.map((page) => page.url)).toEqual(manifest.articles.map((article) => `/${article.path}`).toSorted((a, b) => a.localeCompare(b)));
  });

  it('names articles whose files the build wrote beside their pages', async () => {
    for (const { path: articlePath } of (await readManifest()).articles) {
      const slug = articlePath.split('/').at(-2)!;
      for (const file of ['original.txt', `${slug}.ris`, `${slug}.bib`]) expect(existsSync(path.join(outDir, articlePath, file)), `${articlePath}${file}`).toBe(true);
    }
  });
});
