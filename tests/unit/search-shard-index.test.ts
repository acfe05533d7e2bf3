import { decode, encode } from 'cbor-x';
import { describe, expect, it } from 'vitest';
import { ENTRY_FILE, metaName, pack, unpack, type ShardFiles } from '../../src/search/pagefind-files.ts';
import { openShardIndex, type ShardIndex, type ShardPage } from '../../src/search/shard-index.ts';
import { indexWords, mergedWords, type Posting } from '../../src/search/shard-words.ts';
import { writeShardIndex } from '../../src/search/trim-shard.ts';

/**
 * The canonical form of a shard's index and the merge a patch makes (src/search/shard-index.ts,
 * shard-words.ts), on small indexes made by hand: the reliability test (search-index-incremental)
 * proves the same on Pagefind's own output, byte for byte against a full index.
 */

const page = (url: string, sorts: Record<string, string> = { date: url }, metaFields = ['title']): ShardPage => ({
  url,
  fragment: Buffer.from(`fragment of ${url}`),
  wordCount: 3,
  group: '',
  metaFields,
  sorts,
});

/** A posting as a test writes it: its page's number in its index, a metadata field as -(its number)-1. */
type Words = [word: string, postings: Posting[]][];

/**
 * An index as Pagefind writes it: `chunkWords` words a chunk file, pages coded as differences;
 * the chunk files are named after `name` (two indexes of one test must not share files).
 */
async function handMade(name: string, pages: ShardPage[], words: Words, filters: [string, [string, number[]][]][] = [], chunkWords = 1): Promise<ShardIndex> {
  const files: ShardFiles = new Map();
  const chunks: string[] = [];
  for (let first = 0; first < words.length; first += chunkWords) {
    const chunk = words.slice(first, first + chunkWords).map(([word, postings]) => [word, postings.map(([page, locations, meta], i) => [page - (postings[i - 1]?.[0] ?? 0), locations, meta]), []]);
    chunks.push(`index/${name}_${first}.pf_index`);
    files.set(chunks.at(-1)!, await pack(encode([chunk])));
  }
  const fields = [...new Set(pages.flatMap((kept) => kept.metaFields))].sort();
  return { version: '1.6.0', pages, fields, files, chunks, filters: new Map(filters.map(([filter, values]) => [filter, new Map(values)])) };
}

/** Pages /a/ and /c/ : "apple" on both, "cherry" on /c/, a filter value each. */
const first = (chunkWords?: number) =>
  handMade('first', [page('/c/'), page('/a/')], [['apple', [[0, [-25, 1], []], [1, [-25, 4], [-1, 0]]]], ['cherry', [[0, [-25, 2], []]]]], [['year', [['2020', [1]], ['2021', [0]]]]], chunkWords);

/** Page /b/: "apple" and "banana". */
const second = (chunkWords?: number) => handMade('second', [page('/b/')], [['apple', [[0, [-25, 7], []]]], ['banana', [[0, [-25, 1], []]]]], [['year', [['2020', [0]]]]], chunkWords);

/** A shard's files holding only an entry file, as writeShardIndex finds them. */
const shardFiles = (): ShardFiles => new Map([[ENTRY_FILE, Buffer.from(JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_old', wasm: 'en', page_count: 0 } } }))]]);

type WrittenMeta = [string, [string, number, string][], [string, string, string][], [string, string][], [string, number[]][], string[]];

/** What writeShardIndex wrote: the metadata, each word's postings with absolute pages, the filters, the pages' URLs. */
async function written(files: ShardFiles) {
  const { hash } = (JSON.parse(Buffer.from(files.get(ENTRY_FILE)!).toString()) as { languages: { en: { hash: string } } }).languages.en;
  const meta = decode(await unpack(files.get(metaName(hash))!)) as WrittenMeta;
  const words = new Map<string, Posting[]>();
  for (const [, , name] of meta[2]) {
    for (const [word, postings] of (decode(await unpack(files.get(`index/${name}.pf_index`)!)) as [[string, Posting[]][]])[0]) {
      words.set(word, postings.map(([, locations, metaLocations], i, all) => [all.slice(0, i + 1).reduce((sum, [difference]) => sum + difference, 0), locations, metaLocations]));
    }
  }
  const filters = new Map<string, Map<string, number[]>>();
  for (const [, name] of meta[3]) {
    const [filter, values] = decode(await unpack(files.get(`filter/${name}.pf_filter`)!)) as [string, [string, number[]][]];
    filters.set(filter, new Map(values));
  }
  const urls = meta[1].map(([name]) => Buffer.from(files.get(`fragment/${name}.pf_fragment`)!).toString().replace('fragment of ', ''));
  return { hash, meta, words, filters, urls };
}

async function merged(indexes: ShardIndex[], chunkSize = 5, keep?: (kept: ShardPage, index: number) => boolean) {
  const files = shardFiles();
  expect(await writeShardIndex(files, { language: 'en', hash: 'old' }, indexes, chunkSize, keep)).not.toBeNull();
  return { files, ...(await written(files)) };
}

describe('merging shard indexes', () => {
  it('puts the pages in URL order and renumbers every posting and filter value, words of one input or both', async () => {
    const { urls, words, filters } = await merged([await first(), await second()]);
    expect(urls).toEqual(['/a/', '/b/', '/c/']);
    expect(words.get('apple')).toEqual([[0, [-25, 4], [-1, 0]], [1, [-25, 7], []], [2, [-25, 1], []]]);
    expect(words.get('banana')).toEqual([[1, [-25, 1], []]]);
    expect(words.get('cherry')).toEqual([[2, [-25, 2], []]]);
    expect(filters.get('year')).toEqual(new Map([['2020', [0, 1]], ['2021', [2]]]));
  });

  it('leaves out the pages `keep` drops, and the words and values only they had', async () => {
    const { urls, words, filters } = await merged([await first(), await second()], 5, (kept) => kept.url !== '/c/');
    expect(urls).toEqual(['/a/', '/b/']);
    expect([...words.keys()]).toEqual(['apple', 'banana']);
    expect(filters.get('year')).toEqual(new Map([['2020', [0, 1]]]));
  });

  it('refuses two pages of one URL', async () => {
    await expect(writeShardIndex(shardFiles(), { language: 'en', hash: 'old' }, [await second(), await second()], 5)).rejects.toThrow('/b/');
  });

  it('writes the same files as one index of all the pages, whatever chunks the inputs came in and wherever a cut falls on a merged word', async () => {
    const whole = await handMade(
      'whole',
      [page('/c/'), page('/a/'), page('/b/')],
      [['apple', [[0, [-25, 1], []], [1, [-25, 4], [-1, 0]], [2, [-25, 7], []]]], ['banana', [[2, [-25, 1], []]]], ['cherry', [[0, [-25, 2], []]]]],
      [['year', [['2020', [1, 2]], ['2021', [0]]]]],
      3,
    );
    // "apple", merged from both inputs, weighs 11: it closes the first chunk at 5 and, exactly, at 11; at 12 "banana" does; at 100 there is one chunk.
    for (const chunkSize of [5, 11, 12, 100]) {
      const one = await merged([whole], chunkSize);
      for (const chunkWords of [1, 2]) {
        const other = await merged([await second(chunkWords), await first(chunkWords)], chunkSize);
        expect([...other.files.keys()].sort()).toEqual([...one.files.keys()].sort());
        for (const [name, bytes] of one.files) expect(Buffer.from(other.files.get(name)!).equals(Buffer.from(bytes)), `${name} at ${chunkSize}`).toBe(true);
      }
    }
  });

  it('reads each input only as far as the word it gives, one word ahead at most', async () => {
    const pulled = [0, 0];
    async function* words(input: number, list: string[]): AsyncGenerator<[string, Posting[]]> {
      for (const word of list) {
        pulled[input]! += 1;
        yield [word, [[input, [1], []]]];
      }
    }
    const merge = mergedWords([
      { words: words(0, ['apple', 'cherry', 'damson', 'elder']), renumber: (posting) => posting },
      { words: words(1, ['apple', 'banana', 'fig']), renumber: (posting) => posting },
    ]);
    expect((await merge.next()).value).toEqual(['apple', [[0, [1], []], [1, [1], []]]]);
    expect(pulled).toEqual([2, 2]);
    expect((await merge.next()).value).toEqual(['banana', [[1, [1], []]]]);
    expect(pulled).toEqual([2, 3]);
  });
});

describe('reading an index\u2019s words', () => {
  it('unpacks a few chunks ahead of the one it reads, not the whole index', async () => {
    const words: Words = Array.from({ length: 40 }, (_, n) => [`word${String(n).padStart(2, '0')}`, [[0, [1], []]]]);
    const index = await handMade('many', [page('/a/')], words);
    const read: string[] = [];
    const files = new Map(index.files);
    const get = files.get.bind(files);
    files.get = (name: string) => (read.push(name), get(name));
    const stream = indexWords({ files, chunks: index.chunks, pageCount: 1, fieldCount: 1 });
    expect((await stream.next()).value).toEqual(['word00', [[0, [1], []]]]);
    expect(read.length).toBeLessThan(16);
    const all = [['word00'], ...(await Array.fromAsync(stream, ([word]) => [word]))];
    expect(all).toEqual(words.map(([word]) => [word]));
    expect(read).toEqual(index.chunks);
  });

  it('is refused (null, the files untouched) when a chunk\u2019s words are out of order, a posting names a page or field the index does not have', async () => {
    const cases = [
      await handMade('order', [page('/a/')], [['banana', [[0, [1], []]]], ['apple', [[0, [1], []]]]]),
      await handMade('twice', [page('/a/')], [['apple', [[0, [1], []]]], ['apple', [[0, [2], []]]]]),
      await handMade('page', [page('/a/')], [['apple', [[0, [1], []]]], ['banana', [[1, [1], []]]]]),
      await handMade('field', [page('/a/')], [['apple', [[0, [1], [-2, 0]]]]]),
    ];
    for (const index of cases) {
      const files = shardFiles();
      const before = new Map(files);
      expect(await writeShardIndex(files, { language: 'en', hash: 'old' }, [index], 5), index.chunks[0]).toBeNull();
      expect(files).toEqual(before);
    }
  });
});

describe('the canonical form', () => {
  it('is the same files whatever order the pages came in', async () => {
    const one = await merged([await first(), await second()]);
    const other = await merged([await second(), await first()]);
    expect([...other.files.keys()].sort()).toEqual([...one.files.keys()].sort());
    for (const [name, bytes] of one.files) expect(Buffer.from(other.files.get(name)!).equals(Buffer.from(bytes)), name).toBe(true);
  });

  it('cuts chunks as Pagefind does, lists each from its cut-down first word to its whole last word, and codes pages as differences', async () => {
    const { files, meta, hash } = await merged([await first(), await second()]);
    // apple: 3 postings of 2-4 positions (11 >= 5) closes the first chunk; banana 3, cherry 3.
    expect(meta[2].map(([from, to]) => [from, to])).toEqual([['apple', 'apple'], ['b', 'cherry']]);
    const [apple] = (decode(await unpack(files.get(`index/${meta[2][0]![2]}.pf_index`)!)) as [unknown[][]])[0];
    expect(apple).toEqual(['apple', [[0, [-25, 4], [-1, 0]], [1, [-25, 7], []], [1, [-25, 1], []]], []]);
    expect(meta[4]).toEqual([['date', [0, 1, 2]]]);
    expect(meta[5]).toEqual(['title']);
    // Read again and written again, it is the same files.
    const pages = meta[1].map(([name], number) => ({ ...page(['/a/', '/b/', '/c/'][number]!), fragment: files.get(`fragment/${name}.pf_fragment`)! }));
    const again = await openShardIndex(files, hash, (_name, number) => pages[number]);
    const rewritten = await merged([again!]);
    for (const [name, bytes] of files) expect(Buffer.from(rewritten.files.get(name)!).equals(Buffer.from(bytes)), name).toBe(true);
  });

  it('orders a sort key by its values, pages of equal values by page order', async () => {
    const pages = [page('/a/', { date: '2020-02-01' }), page('/b/', { date: '2020-01-01' }), page('/c/', { date: '2020-01-01' }), page('/d/', {})];
    const { meta } = await merged([await handMade('sorted', pages, [])]);
    expect(meta[4]).toEqual([['date', [1, 2, 0]]]);
  });
});

/** A shard in Pagefind's own form, one chunk, its metadata changed by `edit`. */
async function pagefindShard(edit: (meta: unknown[]) => void = () => {}): Promise<ShardFiles> {
  const meta: unknown[] = ['1.6.0', [['en_a', 3, ''], ['en_b', 3, '']], [['apple', 'apple', 'en_c']], [], [['date', [1, 0]]], ['title']];
  edit(meta);
  return new Map([
    [metaName('en_m'), await pack(encode(meta))],
    ['index/en_c.pf_index', await pack(encode([[['apple', [[0, [-25, 1], []], [1, [-25, 1], [-1, 0]]], []]]]))],
  ]);
}

const pagefindPages = (sorts: Record<string, string>[]) => (name: string) => ({ en_a: { ...page("/a/"), sorts: sorts[0]! }, en_b: { ...page("/b/"), sorts: sorts[1]! } } as Record<string, ShardPage>)[name];

describe('reading Pagefind\u2019s index', () => {
  const ordered = [{ date: '2020-02-01' }, { date: '2020-01-01' }];

  it('reads pages back from the differences', async () => {
    const index = await openShardIndex(await pagefindShard(), 'en_m', pagefindPages(ordered));
    expect(index?.fields).toEqual(['title']);
    expect(await Array.fromAsync(indexWords({ ...index!, pageCount: 2, fieldCount: 1 }))).toEqual([['apple', [[0, [-25, 1], []], [1, [-25, 1], [-1, 0]]]]]);
  });

  it('steps aside (null) for another Pagefind version, an unknown field, sort values it cannot reproduce', async () => {
    expect(await openShardIndex(await pagefindShard((meta) => (meta[0] = '1.7.0')), 'en_m', pagefindPages(ordered))).toBeNull();
    expect(await openShardIndex(await pagefindShard((meta) => meta.push([])), 'en_m', pagefindPages(ordered))).toBeNull();
    // Sort values that do not give Pagefind's order, or that it may have read as numbers.
    expect(await openShardIndex(await pagefindShard(), 'en_m', pagefindPages([{ date: '2020-01-01' }, { date: '2020-02-01' }]))).toBeNull();
    expect(await openShardIndex(await pagefindShard(), 'en_m', pagefindPages([{ date: '2' }, { date: '1' }]))).toBeNull();
    // A metadata field list that is not the pages' fields.
    expect(await openShardIndex(await pagefindShard((meta) => (meta[5] = ['image', 'title'])), 'en_m', pagefindPages(ordered))).toBeNull();
  });
});
