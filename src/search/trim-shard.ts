import { decode, encode } from 'cbor-x';
import pLimit from 'p-limit';
import { createHash } from 'node:crypto';
import { shardFileName } from './shards.ts';
import { openShardIndex, writeCanonicalIndex, type PageOfFragment, type ShardIndex, type ShardPage } from './shard-index.ts';
import { cborOf, ENTRY_FILE, entryOf, fileOf, metaName, pack, PAGEFIND_FORMAT, unpack, type EntryFile, type Meta, type MetaChunk, type MetaPage, type ShardFiles, type WordIndex } from './pagefind-files.ts';

/**
 * Rewrites what Pagefind wrote for one shard so a reader downloads less per search, without
 * changing what a search finds, ranks, counts or sorts. On the benchmark's 10,000 articles (two
 * shards, its 20 queries, src/bench/experiments/search-requests.ts at da26ba6) a later query went from
 * 52.8 to 48.3 KB on average and from 75.7 to 70.3 KB at most, the first search from 263.1 to
 * 224.1 KB, and every query's results on screen stayed byte-identical.
 *
 * These are Pagefind's own files, so the trim runs only on the format it knows (PAGEFIND_FORMAT):
 * the installed Pagefind, the version its entry file names and the version in each metadata file
 * must all be 1.6. On any other it leaves the shard as Pagefind wrote it and says so: search stays
 * right, a reader downloads the untrimmed size, and the search page tells shards apart only by
 * the trim's file names (src/search/shards.ts), so a sharded untrimmed index judges fallback
 * matches per index instead of per shard (src/search/client/true-matches.ts).
 *
 * A shard whose every part src/search/shard-index.ts knows (one language, the sort values read
 * from its pages giving Pagefind's sort orders) is written in that module's canonical form, which
 * makes the same three trims (whole last words, trimmed fragments, files named in order, under a
 * tag hashed from the shard's whole content) and also orders the pages by URL and cuts the chunks
 * itself, so a patched shard equals a full one (index-site.ts). The functions below trim any
 * other shard in Pagefind's own order.
 */

/** Files unpacked or packed at once: enough to keep zlib's threads busy. */
const CONCURRENT_FILES = 16;

/**
 * Each index chunk is listed in the metadata as `[from, to, file]`, its first and last word cut
 * by Pagefind to the few letters that tell it from its neighbour ("pirta", "pirts"). A searched
 * word that sorts after its chunk's cut-down last word ("pirtson" > "pirts") then matches no
 * chunk strictly, and Pagefind falls back to loading every chunk whose cut-down bounds share a
 * prefix with it: "Pirtson" fetched 4 chunks (36.1 KB) where 2 (17.7 KB) hold every word it
 * can match. With the whole last word as `to`, the strict match finds the one chunk whose words
 * span the searched word. The chunks the fallback loaded besides it hold only words that sort
 * before the searched word, so never one that starts with it (what Pagefind matches): the
 * results are the same. `from` stays Pagefind's; it already sorts before every word of its
 * chunk. The metadata grows by 2.5 KB per 5,000-page shard.
 */
async function wholeLastWords(files: ShardFiles, chunks: MetaChunk[]): Promise<void> {
  const limit = pLimit(CONCURRENT_FILES);
  await Promise.all(
    chunks.map((chunk) =>
      limit(async () => {
        const [words] = await cborOf<WordIndex>(files, chunkFile(chunk[2]));
        const last = words.at(-1)?.[0];
        if (last !== undefined) chunk[1] = last;
      }),
    ),
  );
}

/**
 * Every first search loads the whole metadata, which names each page's fragment file and each
 * index chunk's file by 7 hex digits of its content hash: 28 bits a name that gzip cannot
 * shrink, 23.7 KB of a 5,000-page shard's 66.9 KB. Named in order instead (shardFileName: `<tag>_0`, `<tag>_1`,
 * ... in base 36) the metadata is 49.2 KB. A content hash let a browser keep a file across
 * builds; the tag keeps that safe: six hex digits of the hash of Pagefind's own metadata, which
 * changes with any page, word or filter of the shard, so a name never stands for two contents.
 * (A rebuild that changes the shard renames all its files, so a returning reader fetches again
 * the few fragments a search shows; the metadata, which dwarfs them, is new after any change.)
 */

/** New fragment names for the metadata's pages, in their order: Pagefind's name to ours. */
function nameFragments(pages: MetaPage[], tag: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const [number, page] of pages.entries()) {
    // Pagefind gives two pages one fragment only if their fragments are identical, URL included,
    // which no two article pages are; renamed twice, one page would lose its fragment.
    if (names.has(page[0])) throw new Error(`two pages of the index share the fragment ${page[0]}`);
    names.set(page[0], shardFileName(tag, number));
    page[0] = shardFileName(tag, number);
  }
  return names;
}

const chunkFile = (name: string) => `index/${name}.pf_index`;
const fragmentFile = (name: string) => `fragment/${name}.pf_fragment`;

/** Gives `from` the name `to`: a shard's files keep no entry under an old name. */
function rename(files: ShardFiles, from: string, to: string, bytes = fileOf(files, from)): void {
  files.delete(from);
  files.set(to, bytes);
}

function renameChunks(files: ShardFiles, chunks: MetaChunk[], tag: string): void {
  // Every old name goes before any new one is given: a new name may be an old one's.
  const renamed = chunks.map((chunk, number) => [shardFileName(tag, number), fileOf(files, chunkFile(chunk[2]))] as const);
  for (const chunk of chunks) files.delete(chunkFile(chunk[2]));
  for (const [number, [name, bytes]] of renamed.entries()) {
    files.set(chunkFile(name), bytes);
    chunks[number]![2] = name;
  }
}

/**
 * A fragment is what a result shows: the page's text (for its excerpts), URL and meta, and its
 * anchors (for the paragraph links). Pagefind also writes each anchor's whole text, which its
 * search reads only for an anchor without a title (every paragraph anchor has one, `Paragraph
 * N`), and the page's filter values, which only Pagefind's own UI shows; filtering and counting
 * use the filter files. Without the two a fragment is 3,083 instead of 3,349 bytes on average
 * (2,000 fragments of the 10,000-article benchmark), 2.3 KB less for a page of ten results.
 */
export interface Fragment {
  anchors: { title?: string; text?: string }[];
  filters?: unknown;
}

export function trimFragment({ filters: _shownByPagefindUiOnly, ...fragment }: Fragment): Fragment {
  return { ...fragment, anchors: fragment.anchors.map(({ text, ...anchor }) => (anchor.title ? anchor : { ...anchor, text })) };
}

/** Each fragment trimmed and put under its new name (`names`: Pagefind's name to ours). */
async function trimFragments(files: ShardFiles, names: Map<string, string>): Promise<void> {
  const limit = pLimit(CONCURRENT_FILES);
  const trimmed = await Promise.all(
    [...names].map(([from, to]) =>
      limit(async () => {
        const fragment = JSON.parse((await unpack(fileOf(files, fragmentFile(from)))).toString('utf8')) as Fragment;
        return [to, await pack(Buffer.from(JSON.stringify(trimFragment(fragment))))] as const;
      }),
    ),
  );
  // As for the chunks: every old name goes before any new one is given.
  for (const from of names.keys()) files.delete(fragmentFile(from));
  for (const [to, bytes] of trimmed) files.set(fragmentFile(to), bytes);
}

/** Why the trim must step aside for this shard, or nothing when it knows the files' format. */
function unknownFormat(installed: string, entry: EntryFile, metas: Meta[]): string | undefined {
  const versions = [`installed Pagefind ${installed}`, `entry file ${entry.version}`, ...metas.map((meta) => `metadata ${String(meta[0])}`)];
  const unknown = [installed, entry.version, ...metas.map((meta) => meta[0])].some((version) => typeof version !== 'string' || !PAGEFIND_FORMAT.test(version));
  return unknown ? versions.join(', ') : undefined;
}

/** What the index record keeps of each page of a canonical shard, in page order, to patch it later (patch-shard.ts). */
export type RecordedPage = [url: string, metaFields: string[], sorts: Record<string, string>];

const recordedPage = (page: PageOfFragment): RecordedPage => [page.url, page.metaFields, page.sorts];

/**
 * The index Pagefind wrote into `files` (one language), its fragments trimmed, the pages' sort
 * values taken from `sortValues` (by URL); null when the shard has several languages, a page's
 * sort values are unknown or the files are not the form shard-index.ts knows.
 */
export async function pagefindIndex(files: ShardFiles, sortValues: ReadonlyMap<string, Record<string, string>>): Promise<{ language: string; hash: string; index: ShardIndex } | null> {
  const languages = Object.entries(entryOf(files).languages);
  if (languages.length !== 1) return null;
  const [language, { hash }] = languages[0]!;
  const [, pages] = await cborOf<Meta>(files, metaName(hash));
  const limit = pLimit(CONCURRENT_FILES);
  const fragments = new Map<string, PageOfFragment | undefined>(
    await Promise.all(
      pages.map(([name]) =>
        limit(async () => {
          const fragment = JSON.parse((await unpack(fileOf(files, fragmentFile(name)))).toString('utf8')) as Fragment & { url: string; meta: Record<string, string> };
          const sorts = sortValues.get(fragment.url);
          const page = sorts && { url: fragment.url, fragment: await pack(Buffer.from(JSON.stringify(trimFragment(fragment)))), metaFields: Object.keys(fragment.meta), sorts };
          return [name, page] as const;
        }),
      ),
    ),
  );
  const index = await openShardIndex(files, hash, (name) => fragments.get(name));
  return index && { language, hash, index };
}

/**
 * Writes the pages of `indexes` (`keep` says which, writeCanonicalIndex) in canonical form in
 * place of the index `hash` of `files`, names it in the entry file and returns the pages as the
 * record keeps them; null, and `files` untouched, when an index's chunks are not the form
 * shard-index.ts knows.
 */
export async function writeShardIndex(files: ShardFiles, { language, hash }: { language: string; hash: string }, indexes: ShardIndex[], chunkSize: number, keep?: (page: ShardPage, index: number) => boolean): Promise<RecordedPage[] | null> {
  const written = await writeCanonicalIndex(files, { language, hash }, indexes, chunkSize, keep);
  if (!written) return null;
  const entry = entryOf(files);
  entry.languages[language] = { ...entry.languages[language]!, hash: written.hash, page_count: written.pages.length };
  files.set(ENTRY_FILE, Buffer.from(JSON.stringify(entry)));
  return written.pages.map(recordedPage);
}

export interface TrimOptions {
  shard: string;
  pagefindVersion: string;
  warn: (message: string) => void;
  /** Each page's sort values, by its URL (page-sort-values.ts), for the canonical form. */
  sortValues: ReadonlyMap<string, Record<string, string>>;
  /** The index step's chunk size (index-site.ts), by which the canonical form cuts the chunks. */
  chunkSize: number;
}

/**
 * Rewrites one shard's files (in memory, before any is written), or leaves them as Pagefind
 * wrote them when the format is not the one it knows (`warn` says so, naming `shard`). Where
 * shard-index.ts knows every part of the files, the shard is written in its canonical form and
 * its pages are returned as the record keeps them (so a later step can patch it); otherwise it
 * is trimmed in Pagefind's page order and chunks, and `pages` is null. The metadata gets a new
 * file name from its new content, as Pagefind names it, so no browser keeps a stale copy (the
 * entry file that names it is fetched afresh on every visit). Node's gzip packs the metadata
 * 3.1 KB smaller than Pagefind's, which every first search gains.
 */
export async function trimShard(files: ShardFiles, { shard, pagefindVersion, warn, sortValues, chunkSize }: TrimOptions): Promise<{ trimmed: boolean; pages: RecordedPage[] | null }> {
  const entry = entryOf(files);
  const languages = Object.entries(entry.languages);
  const originals = languages.map(([, index]) => fileOf(files, metaName(index.hash)));
  const metas = await Promise.all(originals.map(async (original) => decode(await unpack(original)) as Meta));
  const unknown = unknownFormat(pagefindVersion, entry, metas);
  if (unknown) {
    warn(`the search index in ${shard} is left as Pagefind wrote it, untrimmed: the trim knows Pagefind 1.6's files, and found ${unknown}`);
    return { trimmed: false, pages: null };
  }
  const canonical = await pagefindIndex(files, sortValues);
  const pages = canonical && (await writeShardIndex(files, canonical, [canonical.index], chunkSize));
  if (pages) return { trimmed: true, pages };
  for (const [i, [language, index]] of languages.entries()) {
    const original = originals[i]!;
    const meta = metas[i]!;
    const tag = createHash('sha256').update(original).digest('hex').slice(0, 6);
    await wholeLastWords(files, meta[2]);
    renameChunks(files, meta[2], tag);
    await trimFragments(files, nameFragments(meta[1], tag));
    const body = encode(meta);
    const hash = `${language}_${createHash('sha256').update(body).digest('hex').slice(0, 10)}`;
    rename(files, metaName(index.hash), metaName(hash), await pack(body));
    index.hash = hash;
  }
  files.set(ENTRY_FILE, Buffer.from(JSON.stringify(entry)));
  return { trimmed: true, pages: null };
}
