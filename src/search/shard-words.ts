import { decode } from 'cbor-x';
import { unpack, fileOf, type ShardFiles } from './pagefind-files.ts';
import { compareStrings } from './compare-strings.ts';

/**
 * The words of shard indexes read as streams, one index chunk at a time, and merged in word
 * order (shard-index.ts writes the canonical form from the merge as it comes). Pagefind writes
 * a chunk's words in order and the chunks in order, and each word's postings stand alone, so a
 * merge needs one decoded chunk per index, never a whole index: decoded at once, a 5,000-page
 * shard's postings held 1 GiB of JavaScript arrays (BENCHMARKS.md, "Session 19's merge").
 */

/** A posting: its page as a number of its index, its positions, its metadata locations (a field as -(its number)-1 before its positions). */
export type Posting = [page: number, locations: number[], metaLocations: number[]];

/** Where an index's words are: its chunk files, in word order, in `files`. */
export interface WordSource {
  files: ShardFiles;
  chunks: string[];
  /** Its pages: a posting naming a page past them is not an index this code knows. */
  pageCount: number;
  /** Its metadata fields: a metadata location naming a field past them neither. */
  fieldCount: number;
}

/** A chunk or word not in the shape shard-index.ts describes: the caller leaves the shard as Pagefind wrote it, or indexes it whole. */
export class UnknownIndexShape extends Error {
  override name = 'UnknownIndexShape';
}

/**
 * Chunks unpacked ahead of the one being read, on zlib's threads: one after another, each would
 * wait for its own unpacking.
 */
const CHUNKS_AHEAD = 8;

const isArrayOf = (value: unknown, length: number): value is unknown[] => Array.isArray(value) && value.length === length;
const isNumbers = (value: unknown): value is number[] => Array.isArray(value) && value.every((item) => Number.isInteger(item));

/**
 * Each word of the index with its postings, pages as absolute numbers (the files code each as
 * the difference from the posting before it), in word order. Throws UnknownIndexShape for a
 * chunk or posting of another shape, a word out of order or twice, a page or field that is not
 * the index's.
 */
export async function* indexWords({ files, chunks, pageCount, fieldCount }: WordSource): AsyncGenerator<[word: string, postings: Posting[]]> {
  const ahead: Promise<Buffer>[] = [];
  let next = 0;
  const readAhead = () => {
    while (next < chunks.length && ahead.length < CHUNKS_AHEAD) {
      const body = unpack(fileOf(files, chunks[next]!));
      // Awaited in turn below; a merge that stops early leaves the rest unawaited, never unhandled.
      body.catch(() => {});
      ahead.push(body);
      next += 1;
    }
  };
  let before: string | undefined;
  readAhead();
  while (ahead.length > 0) {
    const chunk = decode(await ahead.shift()!) as unknown;
    readAhead();
    if (!isArrayOf(chunk, 1) || !Array.isArray(chunk[0])) throw new UnknownIndexShape('an index chunk is not [[word, postings, []]]');
    for (const entry of chunk[0] as unknown[]) {
      if (!isArrayOf(entry, 3) || typeof entry[0] !== 'string' || !isArrayOf(entry[2], 0) || !Array.isArray(entry[1])) throw new UnknownIndexShape('a word is not [word, postings, []]');
      const word = entry[0];
      if (before !== undefined && compareStrings(before, word) >= 0) throw new UnknownIndexShape(`the word ${word} comes after ${before}`);
      before = word;
      yield [word, absolutePostings(entry[1] as unknown[], pageCount, fieldCount)];
    }
  }
}

function absolutePostings(coded: unknown[], pageCount: number, fieldCount: number): Posting[] {
  let page = 0;
  return coded.map((posting) => {
    if (!isArrayOf(posting, 3) || !Number.isInteger(posting[0]) || !isNumbers(posting[1]) || !isNumbers(posting[2])) throw new UnknownIndexShape('a posting is not [page, locations, metadata locations]');
    page += posting[0] as number;
    if (page < 0 || page >= pageCount || posting[2].some((location) => location < -fieldCount)) throw new UnknownIndexShape('a posting names a page or field the index does not have');
    return [page, posting[1], posting[2]];
  });
}

/** An index's words, and what becomes of its postings in the merged index: undefined for a page it leaves out. */
export interface MergeInput {
  words: AsyncIterator<[word: string, postings: Posting[]]>;
  renumber: (posting: Posting) => Posting | undefined;
}

/**
 * The words of all the inputs in word order, each with the postings every input keeps of it,
 * renumbered and in page order; a word no kept posting has is left out. Reads each input only
 * as far as the word it yields.
 */
export async function* mergedWords(inputs: MergeInput[]): AsyncGenerator<[word: string, postings: Posting[]]> {
  const heads = await Promise.all(inputs.map(({ words }) => words.next()));
  for (;;) {
    let word: string | undefined;
    for (const head of heads) if (!head.done && (word === undefined || compareStrings(head.value[0], word) < 0)) word = head.value[0];
    if (word === undefined) return;
    const postings: Posting[] = [];
    for (const [i, head] of heads.entries()) {
      if (head.done || head.value[0] !== word) continue;
      for (const posting of head.value[1]) {
        const renumbered = inputs[i]!.renumber(posting);
        if (renumbered) postings.push(renumbered);
      }
      heads[i] = await inputs[i]!.words.next();
    }
    if (postings.length > 0) yield [word, postings.sort((a, b) => a[0] - b[0])];
  }
}
