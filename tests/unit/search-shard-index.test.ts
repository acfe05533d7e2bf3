import { decode, encode } from 'cbor-x';
import { describe, expect, it } from 'vitest';
import { ENTRY_FILE, metaName, pack, unpack, type ShardFiles } from '../../src/search/pagefind-files.ts';
import { decodeShardIndex, encodeShardIndex, mergeShardIndexes, type ShardIndex, type ShardPage } from '../../src/search/shard-index.ts';
import { writeShardIndex } from '../../src/search/trim-shard.ts';

/**
 * The canonical form of a shard's index and the merge a patch makes (src/search/shard-index.ts),
 * on small indexes made by hand: the reliability test (search-index-incremental) proves the same
 * on Pagefind's own output, byte for byte against a full index.
 */

const page = (url: string, sorts: Record<string, string> = { date: url }, metaFields = ['title']): ShardPage => ({
  url,
  fragment: Buffer.from(`fragment of ${url}`),
  wordCount: 3,
  group: '',
  metaFields,
  sorts,
});

/** Pages /a/ and /c/ : "apple" on both, "cherry" on /c/, a filter value each. */
const first = (): ShardIndex => ({
  version: '1.6.0',
  pages: [page('/c/'), page('/a/')],
  words: new Map([
    ['apple', [[0, [-25, 1], []], [1, [-25, 4], ['title', 0]]]],
    ['cherry', [[0, [-25, 2], []]]],
  ]),
  filters: new Map([['year', new Map([['2020', [1]], ['2021', [0]]])]]),
});

/** Page /b/: "apple" and "banana". */
const second = (): ShardIndex => ({
  version: '1.6.0',
  pages: [page('/b/')],
  words: new Map([
    ['apple', [[0, [-25, 7], []]]],
    ['banana', [[0, [-25, 1], []]]],
  ]),
  filters: new Map([['year', new Map([['2020', [0]]])]]),
});

describe('merging shard indexes', () => {
  it('puts the pages in URL order and renumbers every posting and filter value', () => {
    const merged = mergeShardIndexes([first(), second()]);
    expect(merged.pages.map((merged) => merged.url)).toEqual(['/a/', '/b/', '/c/']);
    expect(merged.words.get('apple')).toEqual([[0, [-25, 4], ['title', 0]], [1, [-25, 7], []], [2, [-25, 1], []]]);
    expect(merged.words.get('cherry')).toEqual([[2, [-25, 2], []]]);
    expect(merged.filters.get('year')).toEqual(new Map([['2020', [0, 1]], ['2021', [2]]]));
  });

  it('leaves out the pages `keep` drops, and the words and values only they had', () => {
    const merged = mergeShardIndexes([first(), second()], (kept) => kept.url !== '/c/');
    expect(merged.pages.map((kept) => kept.url)).toEqual(['/a/', '/b/']);
    expect(merged.words.has('cherry')).toBe(false);
    expect(merged.filters.get('year')).toEqual(new Map([['2020', [0, 1]]]));
  });

  it('refuses two pages of one URL', () => {
    expect(() => mergeShardIndexes([second(), second()])).toThrow('/b/');
  });
});

/** A shard's files holding only an entry file, as writeShardIndex finds them. */
const shardFiles = (): ShardFiles => new Map([[ENTRY_FILE, Buffer.from(JSON.stringify({ version: '1.6.0', languages: { en: { hash: 'en_old', wasm: 'en', page_count: 0 } } }))]]);

async function decodedFiles(files: ShardFiles): Promise<Record<string, unknown>> {
  return Object.fromEntries(await Promise.all([...files].map(async ([name, bytes]) => [name, name === ENTRY_FILE ? JSON.parse(Buffer.from(bytes).toString()) : name.includes('fragment/') ? Buffer.from(bytes).toString() : decode(await unpack(bytes))])));
}

describe('the canonical form', () => {
  it('is the same files whatever order the pages came in', async () => {
    const [one, other] = [shardFiles(), shardFiles()];
    await writeShardIndex(one, { language: 'en', hash: 'old' }, [first(), second()], 5);
    await writeShardIndex(other, { language: 'en', hash: 'old' }, [second(), first()], 5);
    expect([...other.keys()].sort()).toEqual([...one.keys()].sort());
    for (const [name, bytes] of one) expect(Buffer.from(other.get(name)!).equals(Buffer.from(bytes)), name).toBe(true);
  });

  it('cuts chunks as Pagefind does, lists each from its cut-down first word to its whole last word, and codes pages as differences', async () => {
    const files = shardFiles();
    const index = mergeShardIndexes([first(), second()]);
    const hash = await encodeShardIndex(files, 'en', 'old', index, 5);
    const decoded = await decodedFiles(files);
    const meta = decoded[metaName(hash)] as [string, unknown[], [string, string, string][], unknown[], unknown[], string[]];
    // apple: 3 postings of 2-4 positions (11 >= 5) closes the first chunk; banana 3, cherry 3.
    expect(meta[2].map(([from, to]) => [from, to])).toEqual([['apple', 'apple'], ['b', 'cherry']]);
    const [apple] = (decoded[`index/${meta[2][0]![2]}.pf_index`] as [unknown[][]])[0];
    expect(apple).toEqual(['apple', [[0, [-25, 4], [-1, 0]], [1, [-25, 7], []], [1, [-25, 1], []]], []]);
    expect(meta[4]).toEqual([['date', [0, 1, 2]]]);
    expect(meta[5]).toEqual(['title']);
    // Decoded again, it is the index it was written from.
    const again = await decodeShardIndex(files, hash, (_name, number) => index.pages[number]);
    expect(again).toEqual(index);
  });

  it('orders a sort key by its values, pages of equal values by page order', async () => {
    const files = shardFiles();
    const pages = [page('/a/', { date: '2020-02-01' }), page('/b/', { date: '2020-01-01' }), page('/c/', { date: '2020-01-01' }), page('/d/', {})];
    const hash = await encodeShardIndex(files, 'en', 'old', { version: '1.6.0', pages, words: new Map(), filters: new Map() }, 5);
    const meta = decode(await unpack(files.get(metaName(hash))!)) as unknown[];
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

describe('decoding Pagefind\u2019s index', () => {
  const ordered = [{ date: '2020-02-01' }, { date: '2020-01-01' }];

  it('reads pages back from the differences and metadata fields by name', async () => {
    const index = await decodeShardIndex(await pagefindShard(), 'en_m', pagefindPages(ordered));
    expect(index?.words.get('apple')).toEqual([[0, [-25, 1], []], [1, [-25, 1], ['title', 0]]]);
  });

  it('steps aside (null) for another Pagefind version, an unknown field, sort values it cannot reproduce', async () => {
    expect(await decodeShardIndex(await pagefindShard((meta) => (meta[0] = '1.7.0')), 'en_m', pagefindPages(ordered))).toBeNull();
    expect(await decodeShardIndex(await pagefindShard((meta) => meta.push([])), 'en_m', pagefindPages(ordered))).toBeNull();
    // Sort values that do not give Pagefind's order, or that it may have read as numbers.
    expect(await decodeShardIndex(await pagefindShard(), 'en_m', pagefindPages([{ date: '2020-01-01' }, { date: '2020-02-01' }]))).toBeNull();
    expect(await decodeShardIndex(await pagefindShard(), 'en_m', pagefindPages([{ date: '2' }, { date: '1' }]))).toBeNull();
    // A metadata field list that is not the pages' fields.
    expect(await decodeShardIndex(await pagefindShard((meta) => (meta[5] = ['image', 'title'])), 'en_m', pagefindPages(ordered))).toBeNull();
  });
});
