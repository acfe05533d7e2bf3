import { defineCollection } from 'astro:content';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const base = path.join(process.env.BENCH_CONTENT_DIR ?? 'content', 'articles');

/**
 * The data store holds each article's frontmatter and file, never its body or rendered HTML:
 * about a tenth of what the glob loader stores, so 100k articles stay far below V8's longest
 * string when Astro serialises the store.
 */
const articles = defineCollection({
  loader: {
    name: 'frontmatter-only',
    async load({ store, parseData }) {
      store.clear();
      for (const file of await readdir(base, { recursive: true })) {
        if (!file.endsWith('.md')) continue;
        const id = file.slice(0, -'.md'.length);
        const { frontmatter } = parseFrontmatter(await readFile(path.join(base, file), 'utf8'));
        store.set({ id, data: await parseData({ id, data: { ...frontmatter, file: path.join(base, file) } }) });
      }
    },
  },
});

export const collections = { articles };
