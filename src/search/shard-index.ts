import { decode, encode } from 'cbor-x';
import { createHash } from 'node:crypto';
import { compareStrings } from './compare-strings.ts';
import { shardFileName } from './shards.ts';
import { cborOf, fileOf, metaName, pack, PAGEFIND_FORMAT, unpack, type FilterIndex, type ShardFiles } from './pagefind-files.ts';
import { indexWords, mergedWords, UnknownIndexShape, type Posting } from './shard-words.ts';

/**
 * One index of a shard (one language) read as what each page contributes to it, and written
 * back in one canonical form: pages in URL order, index chunks cut by Pagefind's rule, filter
 * values, sort orders and metadata fields in a fixed order. So the files depend on the shard's
 * pages alone, not on the order Pagefind read them in (its folder's listing order), and a shard
 * made of another shard's pages plus a few freshly indexed ones can be written byte for byte as
 * Pagefind's full index of the same pages would be after this encoding.
 *
 * The pages, their metadata and the filters are decoded whole (openShardIndex); the words stay
 * in their chunk files and are streamed through the writer one chunk at a time (shard-words.ts).
 *
 * Pagefind 1.6's files, as read from its output (its 1.6 source is not published beside the
 * package; these are the shapes its files have, checked on reading, and anything else makes
 * openShardIndex or writeCanonicalIndex return null so the caller keeps Pagefind's own order):
 * - metadata: [version, pages [fragment, word count, group], chunks [from, to, file],
 *   filters [name, file], sorts [key, page numbers], metadata fields (sorted)];
 * - an index chunk: [[word, postings, []]], its words in code point order, a posting [page,
 *   locations, metadata locations] whose page is the difference from the posting before it; a
 *   metadata location list marks each field as -(its number in the metadata fields)-1 before
 *   its positions;
 * - a filter file: [filter, [value, page numbers]].
 * Every one of these is per page but the metadata fields' numbers, which are renumbered here
 * from the fields' names.
 */

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
  /** Its metadata fields: a posting's metadata location -n-1 is `fields[n]`. */
  fields: string[];
  /** The files holding its index chunks, and those chunks' paths in word order: read when the index is written. */
  files: ShardFiles;
  chunks: string[];
  /** Each filter's values with their pages' numbers. */
  filters: Map<string, Map<string, number[]>>;
}

/** What openShardIndex is told of a page besides what the metadata says. */
export type PageOfFragment = Omit<ShardPage, 'wordCount' | 'group'>;

const isArrayOf = (value: unknown, length: number): value is unknown[] => Array.isArray(value) && value.length === length;

/**
 * A sort value Pagefind may read as a number (an integer or a float, as a whole; it then sorts
 * every value of the key as one): such keys are left in Pagefind's order, which this code does
 * not reproduce. Dates ("2015-06-01", ISO instants) are not numbers to it.
 */
const NUMBER_LIKE = /^[+-]?((\d+\.?\d*|\.\d+)(e[+-]?\d+)?|inf(inity)?|nan)$/i;

/**
 * Reads the index `hash` of a shard's files but its words: its metadata and filters. `pageOf`
 * gives each page's fragment, already trimmed and packed, with its fields and sort values, by
 * the metadata's fragment name and page number. Null when anything is not as described above,
 * or the sort values do not give Pagefind's own sort orders; its chunks are checked as they are
 * read (writeCanonicalIndex).
 */
export async function openShardIndex(files: ShardFiles, hash: string, pageOf: (fragment: string, number: number) => PageOfFragment | undefined): Promise<ShardIndex | null> {
  const meta = decode(await unpack(fileOf(files, metaName(hash)))) as unknown[];
  if (!isArrayOf(meta, 6) || typeof meta[0] !== 'string' || !PAGEFIND_FORMAT.test(meta[0])) return null;
  const [version, metaPages, chunks, filterFiles, sorts, fields] = meta as [string, [string, number, string][], [string, string, string][], [string, string][], [string, number[]][], string[]];
  const pages: ShardPage[] = [];
  for (const [number, [name, wordCount, group]] of metaPages.entries()) {
    const page = pageOf(name, number);
    if (!page) return null;
    pages.push({ ...page, wordCount, group });
  }
  if (JSON.stringify(fieldsOf(pages)) !== JSON.stringify(fields)) return null;

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
  return { version, pages, fields, files, chunks: chunks.map(([, , file]) => `index/${file}.pf_index`), filters };
}

/** The metadata fields of these pages, in the metadata's order. */
const fieldsOf = (pages: ShardPage[]) => [...new Set(pages.flatMap((page) => page.metaFields))].sort(compareStrings);

/**
 * The pages of all these indexes that `keep` keeps, in URL order, and each index's page numbers
 * in that order (undefined for a page left out).
 */
function mergedPages(indexes: ShardIndex[], keep: (page: ShardPage, index: number) => boolean): { pages: ShardPage[]; numbers: (number | undefined)[][] } {
  const kept = indexes.flatMap((index, from) => index.pages.flatMap((page, number) => (keep(page, from) ? [{ page, from, number }] : [])));
  kept.sort((a, b) => compareStrings(a.page.url, b.page.url));
  for (const [i, { page }] of kept.entries()) {
    if (i > 0 && kept[i - 1]!.page.url === page.url) throw new Error(`two pages of the shard have the URL ${page.url}`);
  }
  const numbers = indexes.map((index) => new Array<number | undefined>(index.pages.length));
  for (const [to, { from, number }] of kept.entries()) numbers[from]![number] = to;
  return { pages: kept.map(({ page }) => page), numbers };
}

/** Each filter's values with the pages `numbers` keeps, renumbered and in page order; a value no kept page has is left out. */
function mergedFilters(indexes: ShardIndex[], numbers: (number | undefined)[][]): Map<string, Map<string, number[]>> {
  const filters = new Map<string, Map<string, number[]>>();
  for (const [from, index] of indexes.entries()) {
    for (const [filter, values] of index.filters) {
      for (const [value, pages] of values) {
        const renumbered = pages.flatMap((page) => numbers[from]![page] ?? []);
        if (renumbered.length === 0) continue;
        const byValue = filters.get(filter) ?? filters.set(filter, new Map()).get(filter)!;
        byValue.set(value, [...(byValue.get(value) ?? []), ...renumbered]);
      }
    }
  }
  for (const values of filters.values()) for (const pages of values.values()) pages.sort((a, b) => a - b);
  return filters;
}

/** Pagefind's cut of a chunk's first word: the letters that tell it from the last word before it. */
function distinctPrefix(before: string, word: string): string {
  const [a, b] = [[...before], [...word]];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common += 1;
  return b.slice(0, common + 1).join('');
}

/** An index chunk as the metadata lists it, its body packed (its file's name waits for the shard's tag). */
interface CutChunk {
  from: string;
  to: string;
  packed: Promise<Buffer>;
}

/**
 * The words cut into chunks as Pagefind cuts them (a chunk closes once its postings' positions,
 * metadata positions and one per posting reach `chunkSize`), each encoded as it closes, handed
 * to `encoded` and packed: only the open chunk is held as objects. Listed from Pagefind's
 * cut-down first word to their whole last word (trim-shard.ts says why).
 */
async function cutChunks(words: AsyncIterable<[string, Posting[]]>, chunkSize: number, encoded: (body: Buffer) => void): Promise<CutChunk[]> {
  const chunks: CutChunk[] = [];
  let chunk: [string, Posting[], []][] = [];
  let size = 0;
  let before = '';
  const close = () => {
    const [first] = chunk[0]!;
    const [last] = chunk.at(-1)!;
    const body = encode([chunk]);
    encoded(body);
    const packed = pack(body);
    // Awaited once every chunk is cut; a failure before that must not go unhandled meanwhile.
    packed.catch(() => {});
    chunks.push({ from: chunks.length === 0 ? first : distinctPrefix(before, first), to: last, packed });
    before = last;
    chunk = [];
    size = 0;
  };
  for await (const [word, postings] of words) {
    let previous = 0;
    const coded = postings.map(([page, locations, metaLocations]): Posting => {
      size += locations.length + metaLocations.length + 1;
      const difference = page - previous;
      previous = page;
      return [difference, locations, metaLocations];
    });
    chunk.push([word, coded, []]);
    if (size >= chunkSize) close();
  }
  if (chunk.length > 0) close();
  return chunks;
}

/**
 * Writes the pages of all these indexes that `keep` keeps as one index in canonical form into
 * `files`, in place of the metadata `hash` and every index, fragment and filter file: returns
 * the metadata's new hash and the pages in their order. Null, and `files` untouched, when a
 * chunk of an index is not as described above. Postings are renumbered to the pages' new
 * numbers; words, filter values and metadata fields no kept page has are left out. Fragments
 * and chunks are named `<tag>_<n>` in order (shardFileName), the tag six hex digits of a hash
 * of all of the shard's content, so a name never stands for two contents.
 */
export async function writeCanonicalIndex(
  files: ShardFiles,
  { language, hash }: { language: string; hash: string },
  indexes: ShardIndex[],
  chunkSize: number,
  keep: (page: ShardPage, index: number) => boolean = () => true,
): Promise<{ hash: string; pages: ShardPage[] } | null> {
  const { pages, numbers } = mergedPages(indexes, keep);
  const fields = fieldsOf(pages);
  const fieldNumber = new Map(fields.map((field, number) => [field, -number - 1]));
  const content = createHash('sha256');
  for (const page of pages) content.update(page.fragment).update(`${page.wordCount} ${page.group}`);

  const inputs = indexes.map((index, from) => {
    const field = index.fields.map((name) => fieldNumber.get(name));
    const renumber = ([page, locations, metaLocations]: Posting): Posting | undefined => {
      const to = numbers[from]![page];
      if (to === undefined) return undefined;
      const coded = metaLocations.map((location) => (location >= 0 ? location : field[-location - 1]));
      if (coded.includes(undefined)) throw new UnknownIndexShape(`a posting of a kept page names a metadata field no kept page has`);
      return [to, locations, coded as number[]];
    };
    return { words: indexWords({ files: index.files, chunks: index.chunks, pageCount: index.pages.length, fieldCount: index.fields.length }), renumber };
  });
  let chunks: CutChunk[];
  try {
    chunks = await cutChunks(mergedWords(inputs), chunkSize, (body) => content.update(body));
  } catch (error) {
    if (error instanceof UnknownIndexShape) return null;
    throw error;
  }

  const filters = [...mergedFilters(indexes, numbers)].sort(([a], [b]) => compareStrings(a, b)).map(([filter, values]) => {
    const body = encode([filter, [...values].sort(([a], [b]) => compareStrings(a, b))]);
    return [filter, `${language}_${createHash('sha256').update(body).digest('hex').slice(0, 7)}`, body] as const;
  });
  const sortKeys = [...new Set(pages.flatMap((page) => Object.keys(page.sorts)))].sort(compareStrings);
  const sorts = sortKeys.map((key) => {
    const having = pages.flatMap((page, number) => (key in page.sorts ? [number] : []));
    return [key, having.sort((a, b) => compareStrings(pages[a]!.sorts[key]!, pages[b]!.sorts[key]!) || a - b)] as const;
  });
  const version = indexes[0]!.version;
  for (const [, name] of filters) content.update(name);
  content.update(JSON.stringify([sorts, fields, version]));
  const tag = content.digest('hex').slice(0, 6);

  const written: [file: string, bytes: Uint8Array][] = pages.map((page, number) => [`fragment/${shardFileName(tag, number)}.pf_fragment`, page.fragment]);
  for (const [number, { packed }] of chunks.entries()) written.push([`index/${shardFileName(tag, number)}.pf_index`, await packed]);
  written.push(...(await Promise.all(filters.map(async ([, name, body]) => [`filter/${name}.pf_filter`, await pack(body)] as [string, Uint8Array]))));
  const meta = encode([
    version,
    pages.map((page, number) => [shardFileName(tag, number), page.wordCount, page.group]),
    chunks.map(({ from, to }, number) => [from, to, shardFileName(tag, number)]),
    filters.map(([filter, name]) => [filter, name]),
    sorts,
    fields,
  ]);
  const metaHash = `${language}_${createHash('sha256').update(meta).digest('hex').slice(0, 10)}`;
  const packedMeta = await pack(meta);
  // Only now, every input read: an index's chunks may be among the files replaced.
  for (const file of [...files.keys()]) if (/^(index|fragment|filter)\//.test(file)) files.delete(file);
  files.delete(metaName(hash));
  for (const [file, bytes] of written) files.set(file, bytes);
  files.set(metaName(metaHash), packedMeta);
  return { hash: metaHash, pages };
}
