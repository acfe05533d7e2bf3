import { gunzipSync } from 'node:zlib';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** One indexed page as Pagefind stores it: the text it will search and what it knows about it. */
export interface IndexedPage {
  url: string;
  content: string;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: { element: string; id: string; title?: string }[];
}

/**
 * Reads the pages back out of a built Pagefind bundle (`<site>/pagefind/fragment/*.pf_fragment`,
 * gzip with a `pagefind_dcd` signature before the JSON), so tests can check what was indexed
 * rather than only what a search returns.
 */
export async function readIndexedPages(bundleDir: string): Promise<IndexedPage[]> {
  const fragmentDir = path.join(bundleDir, 'fragment');
  const files = await readdir(fragmentDir).catch(() => [] as string[]);
  const pages: IndexedPage[] = [];
  for (const file of files) {
    const text = gunzipSync(await readFile(path.join(fragmentDir, file))).toString('utf8');
    pages.push(JSON.parse(text.replace(/^pagefind_dcd/, '')) as IndexedPage);
  }
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}
