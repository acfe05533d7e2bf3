import { decode, encode } from 'cbor-x';
import pLimit from 'p-limit';
import { createHash } from 'node:crypto';
import { shardFileName } from './shards.ts';
import { cborOf, fileOf, metaName, pack, PAGEFIND_FORMAT, unpack, type FilterIndex, type ShardFiles } from './pagefind-files.ts';

/**
 * One index of a shard (one language) decoded into what each page contributes to it, and encoded
 * back in one canonical form: pages in URL order, index chunks cut by Pagefind's rule, filter
 * values, sort orders and metadata fields in a fixed order. So the files depend on the shard's
 * pages alone, not on the order Pagefind read them in (its folder's listing order), and a shard
 * made of another shard's pages plus a few freshly indexed ones can be written byte for byte as
 * Pagefind's full index of the same pages would be after this encoding.
 *
 * Pagefind 1.6's files, as read from its output (its 1.6 source is not published beside the
 * package; these are the shapes its files have, checked on decoding, and anything else makes
 * decodeShardIndex return null so the caller keeps Pagefind's own order):
 * - metadata: [version, pages [fragment, word count, group], chunks [from, to, file],
 *   filters [name, file], sorts [key, page numbers], metadata fields (sorted)];
 * - an index chunk: [[word, postings, []]], a posting [page, locations, metadata locations] whose
 *   page is the difference from the posting before it; a metadata location list marks each
 *   field as -(its number in the metadata fields)-1 before its positions;
 * - a filter file: [filter, [value, page numbers]].
 * Every one of these is per page but the metadata fields' numbers, which are renumbered here
 * from the fields' names.
 */

/** A posting with its page as a number of the index and its metadata fields by name. */
export type Posting = [page: number, locations: number[], metaLocations: (number | string)[]];

export interface ShardPage {
  /** Its URL, as in its fragment. */
  url: string;
  /** Its fragment file, trimmed (trimFragment) and packed. */
  fragment: Uint8Array;
  wordCount: number;
  group: string;
  /** The metadata fields it has (its fragment's `meta`). */
  metaFields: string[];
  /** Its sort keys' values, as the page sets them (pageSortValues). */
  sorts: Record<string, string>;
}

export interface ShardIndex {
  version: string;
  pages: ShardPage[];
  /** Each word with its postings, pages numbered as in `pages`. */
  words: Map<string, Posting[]>;
  /** Each filter's values with their pages' numbers. */
  filters: Map<string, Map<string, number[]>>;
}

/** What decodeShardIndex is told of a page besides what the metadata says. */
export type PageOfFragment = Omit<ShardPage, 'wordCount' | 'group'>;

const CONCURRENT_FILES = 16;

/** Code point order, as Rust orders strings (JavaScript's `<` compares UTF-16 units). */
export function compareStrings(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

const isArrayOf = (value: unknown, length: number): value is unknown[] => Array.isArray(value) && value.length === length;
const isNumbers = (value: unknown): value is number[] => Array.isArray(value) && value.every((item) => Number.isInteger(item));

/**
 * A sort value Pagefind may read as a number (an integer or a float, as a whole; it then sorts
 * every value of the key as one): such keys are left in Pagefind's order, which this code does
 * not reproduce. Dates ("2015-06-01", ISO instants) are not numbers to it.
 */
const NUMBER_LIKE = /^[+-]?((\d+\.?\d*|\.\d+)(e[+-]?\d+)?|inf(inity)?|nan)$/i;

/**
 * Decodes the index `hash` of a shard's files. `pageOf` gives each page's fragment, already
 * trimmed and packed, with its fields and sort values, by the metadata's fragment name and page
 * number. Null when anything is not as described above, or the sort values do not give
 * Pagefind's own sort orders.
 */
export async function decodeShardIndex(files: ShardFiles, hash: string, pageOf: (fragment: string, number: number) => PageOfFragment | undefined): Promise<ShardIndex | null> {
  const meta = decode(await unpack(fileOf(files, metaName(hash)))) as unknown[];
  if (!isArrayOf(meta, 6) || typeof meta[0] !== 'string' || !PAGEFIND_FORMAT.test(meta[0])) return null;
  const [version, metaPages, chunks, filterFiles, sorts, metaFields] = meta as [string, [string, number, string][], [string, string, string][], [string, string][], [string, number[]][], string[]];
  const pages: ShardPage[] = [];
  for (const [number, [name, wordCount, group]] of metaPages.entries()) {
    const page = pageOf(name, number);
    if (!page) return null;
    pages.push({ ...page, wordCount, group });
  }
  const fields = [...new Set(pages.flatMap((page) => page.metaFields))].sort(compareStrings);
  if (JSON.stringify(fields) !== JSON.stringify(metaFields)) return null;

  const words = new Map<string, Posting[]>();
  const limit = pLimit(CONCURRENT_FILES);
  const decoded = await Promise.all(chunks.map(([, , file]) => limit(() => cborOf<unknown[]>(files, `index/${file}.pf_index`))));
  for (const chunk of decoded) {
    if (!isArrayOf(chunk, 1) || !Array.isArray(chunk[0])) return null;
    for (const entry of chunk[0] as unknown[]) {
      if (!isArrayOf(entry, 3) || typeof entry[0] !== 'string' || !isArrayOf(entry[2], 0) || !Array.isArray(entry[1])) return null;
      const postings: Posting[] = [];
      let page = 0;
      for (const posting of entry[1] as unknown[]) {
        if (!isArrayOf(posting, 3) || !Number.isInteger(posting[0]) || !isNumbers(posting[1]) || !isNumbers(posting[2])) return null;
        page += posting[0] as number;
        const metaLocations = (posting[2] as number[]).map((location) => (location < 0 ? metaFields[-location - 1] : location));
        if (page >= pages.length || metaLocations.includes(undefined as never)) return null;
        postings.push([page, posting[1] as number[], metaLocations as (number | string)[]]);
      }
      words.set(entry[0], postings);
    }
  }

  const filters = new Map<string, Map<string, number[]>>();
  for (const [filter, file] of filterFiles) {
    const [name, values] = await cborOf<FilterIndex>(files, `filter/${file}.pf_filter`);
    if (name !== filter) return null;
    filters.set(filter, new Map(values));
  }

  for (const [key, order] of sorts) {
    const values = order.map((number) => pages[number]?.sorts[key]);
    const having = pages.filter((page) => key in page.sorts).length;
    if (values.length !== having || values.some((value) => value === undefined || NUMBER_LIKE.test(value))) return null;
    if (values.some((value, i) => i > 0 && compareStrings(values[i - 1]!, value!) > 0)) return null;
  }
  if (pages.some((page) => Object.keys(page.sorts).some((key) => !sorts.some(([sort]) => sort === key)))) return null;
  return { version, pages, words, filters };
}

/**
 * The pages of all these indexes (`keep` says which) as one index, in URL order: postings and
 * filter values renumbered, words and values no page keeps left out.
 */
export function mergeShardIndexes(indexes: ShardIndex[], keep: (page: ShardPage, index: number) => boolean = () => true): ShardIndex {
  const kept = indexes.flatMap((index, from) => index.pages.flatMap((page, number) => (keep(page, from) ? [{ page, from, number }] : [])));
  kept.sort((a, b) => compareStrings(a.page.url, b.page.url));
  for (const [i, { page }] of kept.entries()) {
    if (i > 0 && kept[i - 1]!.page.url === page.url) throw new Error(`two pages of the shard have the URL ${page.url}`);
  }
  const numbers = indexes.map((index) => new Array<number | undefined>(index.pages.length));
  for (const [to, { from, number }] of kept.entries()) numbers[from]![number] = to;

  const words = new Map<string, Posting[]>();
  const filters = new Map<string, Map<string, number[]>>();
  for (const [from, index] of indexes.entries()) {
    const renumber = numbers[from]!;
    for (const [word, postings] of index.words) {
      for (const [page, locations, metaLocations] of postings) {
        const to = renumber[page];
        if (to === undefined) continue;
        const list = words.get(word) ?? words.set(word, []).get(word)!;
        list.push([to, locations, metaLocations]);
      }
    }
    for (const [filter, values] of index.filters) {
      for (const [value, pages] of values) {
        const renumbered = pages.flatMap((page) => renumber[page] ?? []);
        if (renumbered.length === 0) continue;
        const byValue = filters.get(filter) ?? filters.set(filter, new Map()).get(filter)!;
        byValue.set(value, [...(byValue.get(value) ?? []), ...renumbered]);
      }
    }
  }
  for (const postings of words.values()) postings.sort((a, b) => a[0] - b[0]);
  for (const values of filters.values()) for (const pages of values.values()) pages.sort((a, b) => a - b);
  return { version: indexes[0]!.version, pages: kept.map(({ page }) => page), words, filters };
}

/** Pagefind's cut of a chunk's first word: the letters that tell it from the last word before it. */
function distinctPrefix(before: string, word: string): string {
  const [a, b] = [[...before], [...word]];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return b.slice(0, common + 1).join('');
}

/**
 * Writes the index into `files` in its canonical form, in place of the metadata `hash` and every
 * index, fragment and filter file: returns the metadata's new hash. Chunks are cut as Pagefind
 * cuts them (a chunk closes once its postings' positions and one per posting reach `chunkSize`),
 * listed from Pagefind's cut-down first word to their whole last word (trim-shard.ts says why).
 * Fragments and chunks are named `<tag>_<n>` in order (shardFileName), the tag six hex digits of
 * a hash of all of the shard's content, so a name never stands for two contents.
 */
export async function encodeShardIndex(files: ShardFiles, language: string, hash: string, index: ShardIndex, chunkSize: number): Promise<string> {
  for (const file of [...files.keys()]) if (/^(index|fragment|filter)\//.test(file)) files.delete(file);
  files.delete(metaName(hash));
  const content = createHash('sha256');
  const fields = [...new Set(index.pages.flatMap((page) => page.metaFields))].sort(compareStrings);
  const fieldNumber = new Map(fields.map((field, number) => [field, -number - 1]));

  const chunks: [from: string, to: string, body: Buffer][] = [];
  let chunk: unknown[] = [];
  let size = 0;
  let before = '';
  const close = () => {
    const first = chunk[0] as [string];
    const last = chunk.at(-1) as [string];
    chunks.push([chunks.length === 0 ? first[0] : distinctPrefix(before, first[0]), last[0], encode([chunk])]);
    before = last[0];
    chunk = [];
    size = 0;
  };
  for (const word of [...index.words.keys()].sort(compareStrings)) {
    let previous = 0;
    const postings = index.words.get(word)!.map(([page, locations, metaLocations]) => {
      size += locations.length + metaLocations.length + 1;
      const posting = [page - previous, locations, metaLocations.map((location) => (typeof location === 'string' ? fieldNumber.get(location)! : location))];
      previous = page;
      return posting;
    });
    chunk.push([word, postings, []]);
    if (size >= chunkSize) close();
  }
  if (chunk.length > 0) close();

  const filters = [...index.filters].sort(([a], [b]) => compareStrings(a, b)).map(([filter, values]) => {
    const body = encode([filter, [...values].sort(([a], [b]) => compareStrings(a, b))]);
    return [filter, `${language}_${createHash('sha256').update(body).digest('hex').slice(0, 7)}`, body] as const;
  });
  const sortKeys = [...new Set(index.pages.flatMap((page) => Object.keys(page.sorts)))].sort(compareStrings);
  const sorts = sortKeys.map((key) => {
    const having = index.pages.flatMap((page, number) => (key in page.sorts ? [number] : []));
    return [key, having.sort((a, b) => compareStrings(index.pages[a]!.sorts[key]!, index.pages[b]!.sorts[key]!) || a - b)] as const;
  });

  for (const page of index.pages) content.update(page.fragment).update(`${page.wordCount} ${page.group}`);
  for (const [, , body] of chunks) content.update(body);
  for (const [, name] of filters) content.update(name);
  content.update(JSON.stringify([sorts, fields, index.version]));
  const tag = content.digest('hex').slice(0, 6);

  const limit = pLimit(CONCURRENT_FILES);
  const packed = await Promise.all([
    ...index.pages.map((page, number) => limit(async () => [`fragment/${shardFileName(tag, number)}.pf_fragment`, page.fragment] as const)),
    ...chunks.map(([, , body], number) => limit(async () => [`index/${shardFileName(tag, number)}.pf_index`, await pack(body)] as const)),
    ...filters.map(([, name, body]) => limit(async () => [`filter/${name}.pf_filter`, await pack(body)] as const)),
  ]);
  for (const [file, bytes] of packed) files.set(file, bytes);
  const meta = encode([
    index.version,
    index.pages.map((page, number) => [shardFileName(tag, number), page.wordCount, page.group]),
    chunks.map(([from, to], number) => [from, to, shardFileName(tag, number)]),
    filters.map(([filter, name]) => [filter, name]),
    sorts,
    fields,
  ]);
  const metaHash = `${language}_${createHash('sha256').update(meta).digest('hex').slice(0, 10)}`;
  files.set(metaName(metaHash), await pack(meta));
  return metaHash;
}
