import { decode } from 'cbor-x';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ENTRY_FILE, metaName, unpack, type EntryFile, type FilterIndex, type Meta } from '../../src/search/pagefind-files.ts';

/**
 * The entry file of the index in `dir`. This and the two below read Pagefind's files on disk, as
 * the tests check them; the index step reads them in memory (src/search/pagefind-files.ts).
 */
export async function readEntry(dir: string): Promise<EntryFile> {
  return JSON.parse(await readFile(path.join(dir, ENTRY_FILE), 'utf8')) as EntryFile;
}

export function metaFile(dir: string, hash: string): string {
  return path.join(dir, metaName(hash));
}

export async function readCbor<T>(file: string): Promise<T> {
  return decode(await unpack(await readFile(file))) as T;
}

/** One indexed page as Pagefind stores it: the text it will search and what it knows about it. */
export interface IndexedPage {
  url: string;
  content: string;
  /** The page's values in the filter index (what filtering and facet counts use), each sorted. */
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  /** Each anchor with the number of the word it precedes in `content`. */
  anchors: { element: string; id: string; title?: string; text?: string; location: number }[];
}

/**
 * Reads the pages back out of one shard of a built Pagefind bundle: each page of the metadata
 * with its fragment (`fragment/<hash>.pf_fragment`) and its values in the filter files, so tests
 * can check what was indexed rather than only what a search returns.
 */
export async function readIndexedPages(bundleDir: string): Promise<IndexedPage[]> {
  const pages: IndexedPage[] = [];
  const entry = await readEntry(bundleDir).catch(() => ({ languages: {} }));
  for (const { hash } of Object.values(entry.languages)) {
    const [, metaPages, , filterFiles] = await readCbor<Meta>(metaFile(bundleDir, hash));
    const filters = metaPages.map(() => ({}) as Record<string, string[]>);
    for (const [, file] of filterFiles) {
      const [filter, values] = await readCbor<FilterIndex>(path.join(bundleDir, 'filter', `${file}.pf_filter`));
      for (const [value, numbers] of values) for (const number of numbers) (filters[number]![filter] ??= []).push(value);
    }
    for (const values of filters) for (const list of Object.values(values)) list.sort();
    for (const [number, [fragment]] of metaPages.entries()) {
      const page = JSON.parse((await unpack(await readFile(path.join(bundleDir, 'fragment', `${fragment}.pf_fragment`)))).toString('utf8')) as IndexedPage;
      pages.push({ ...page, filters: filters[number]! });
    }
  }
  return pages.sort((a, b) => a.url.localeCompare(b.url));
}
