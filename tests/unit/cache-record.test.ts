import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { forgetCacheRecord, isObject, readCacheRecord, writeCacheRecord } from '../../src/lib/cache-record.ts';

/** The versioned records a build keeps in its cache folder for the next (src/lib/cache-record.ts). */

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'dateline-cache-record-'));
});
afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

interface Counts {
  counts: Record<string, number>;
}
const parseCounts = (value: unknown): Counts | undefined => (isObject(value) && isObject(value.counts) ? (value as unknown as Counts) : undefined);
const NAME = 'dateline-test-record.json';

describe('a cache record', () => {
  it('reads back what was written, into a cache folder not made yet', async () => {
    const nested = path.join(cacheDir, 'not', 'yet');
    await writeCacheRecord(nested, NAME, 3, { counts: { a: 1, b: 2 } });
    expect(await readCacheRecord(nested, NAME, 3, parseCounts)).toEqual({ counts: { a: 1, b: 2 } });
    expect(await readdir(nested)).toEqual([NAME]);
  });

  it('reads as none when its file is missing', async () => {
    expect(await readCacheRecord(cacheDir, NAME, 3, parseCounts)).toBeUndefined();
  });

  it('reads as none when it is of another version', async () => {
    await writeCacheRecord(cacheDir, NAME, 2, { counts: { a: 1 } });
    expect(await readCacheRecord(cacheDir, NAME, 3, parseCounts)).toBeUndefined();
  });

  it('reads as none when its JSON is broken, or its value is of another shape', async () => {
    for (const text of ['{"version":3,"value":{"counts":{"a":1}', '', 'null', '[]', '{"version":3}', '{"version":3,"value":{"counts":[1]}}']) {
      await writeFile(path.join(cacheDir, NAME), text);
      expect(await readCacheRecord(cacheDir, NAME, 3, parseCounts), text).toBeUndefined();
    }
  });

  it('is whole after a write that was killed half-way: the temporary file it left is ignored, and the next write replaces it', async () => {
    await writeCacheRecord(cacheDir, NAME, 3, { counts: { a: 1 } });
    // A build killed while writing leaves part of the next record under the temporary name.
    const leftOver = (await readdir(cacheDir)).length;
    await writeFile(path.join(cacheDir, `${NAME}.tmp`), '{"version":3,"value":{"counts":{"a":2,');
    expect(await readCacheRecord(cacheDir, NAME, 3, parseCounts)).toEqual({ counts: { a: 1 } });
    await writeCacheRecord(cacheDir, NAME, 3, { counts: { a: 3 } });
    expect(await readCacheRecord(cacheDir, NAME, 3, parseCounts)).toEqual({ counts: { a: 3 } });
    expect((await readdir(cacheDir)).length).toBe(leftOver);
  });

  it('is gone once forgotten, and forgetting a missing one is no error', async () => {
    await writeCacheRecord(cacheDir, NAME, 3, { counts: {} });
    await forgetCacheRecord(cacheDir, NAME);
    expect(existsSync(path.join(cacheDir, NAME))).toBe(false);
    await forgetCacheRecord(cacheDir, NAME);
  });
});
