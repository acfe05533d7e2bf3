import { mkdir, mkdtemp, readFile, rename, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileStates, hashFiles, keptShard, type ShardRecord } from '../../src/search/index-record.ts';

/**
 * Whether an index step may keep a shard whose input is unchanged (src/search/index-record.ts):
 * only when every file it wrote is in the bundle with the bytes it wrote. A file is read again
 * only when its stat differs from the recorded state; these are the changes that must still be
 * caught, each made as it would be by a later hand or build.
 */

let bundle: string;
const FILES = { 'pagefind-entry.json': '{"version":"1.6.0"}', 'shard-1/fragment/en_a1.pf_fragment': 'fragment bytes', 'shard-1/index/en_b2.pf_index': 'index bytes' };
const FRAGMENT = 'shard-1/fragment/en_a1.pf_fragment';
/** When the shard's files were written: an earlier build, so any change now is at a later time. */
const WRITTEN = new Date('2026-01-02T03:04:05Z');

/** The record an index step keeps of the shard just written. */
async function writeShard(): Promise<ShardRecord> {
  for (const [file, text] of Object.entries(FILES)) {
    await mkdir(path.dirname(path.join(bundle, file)), { recursive: true });
    await writeFile(path.join(bundle, file), text);
    await utimes(path.join(bundle, file), WRITTEN, WRITTEN);
  }
  const files = await hashFiles(bundle);
  return { folder: 'shard-1/', input: 'input', files, states: fileStates(bundle, Object.keys(files)), filters: null, pages: null };
}

beforeEach(async () => {
  bundle = await mkdtemp(path.join(os.tmpdir(), 'dateline-kept-shard-'));
});
afterEach(async () => {
  await rm(bundle, { recursive: true, force: true });
});

describe('a shard whose input is unchanged', () => {
  it('is kept as recorded when no file changed, without reading them: a file whose state is unchanged is trusted', async () => {
    const shard = await writeShard();
    expect(await keptShard(bundle, shard)).toEqual(shard);
    // Proof that it is not read: a wrong digest goes unnoticed while the file's state is the recorded one.
    const misrecorded = { ...shard, files: { ...shard.files, [FRAGMENT]: 'not the digest of its bytes' } };
    expect(await keptShard(bundle, misrecorded)).toEqual(misrecorded);
  });

  it('is not kept when a file was deleted', async () => {
    const shard = await writeShard();
    await rm(path.join(bundle, FRAGMENT));
    expect(await keptShard(bundle, shard)).toBeUndefined();
  });

  it('is not kept when a file was truncated, even with its modification time set back', async () => {
    const shard = await writeShard();
    await truncate(path.join(bundle, FRAGMENT), 4);
    await utimes(path.join(bundle, FRAGMENT), WRITTEN, WRITTEN);
    expect(await keptShard(bundle, shard)).toBeUndefined();
  });

  it('is not kept when another build replaced a file with other bytes of the same size, in place or by a rename', async () => {
    const inPlace = await writeShard();
    await writeFile(path.join(bundle, FRAGMENT), 'FRAGMENT BYTES');
    expect(await keptShard(bundle, inPlace)).toBeUndefined();

    const renamed = await writeShard();
    await writeFile(path.join(bundle, 'other-build'), 'FRAGMENT BYTES');
    await utimes(path.join(bundle, 'other-build'), WRITTEN, WRITTEN);
    await rename(path.join(bundle, 'other-build'), path.join(bundle, FRAGMENT));
    expect(await keptShard(bundle, renamed)).toBeUndefined();
  });

  it('is kept when a file was only touched or written again with the same bytes, with the file\u2019s new state recorded', async () => {
    const shard = await writeShard();
    await utimes(path.join(bundle, FRAGMENT), new Date(), new Date());
    await writeFile(path.join(bundle, 'shard-1/index/en_b2.pf_index'), await readFile(path.join(bundle, 'shard-1/index/en_b2.pf_index')));
    const kept = await keptShard(bundle, shard);
    expect(kept?.files).toEqual(shard.files);
    expect(kept?.states).toEqual(fileStates(bundle, Object.keys(shard.files)));
    expect(kept?.states[FRAGMENT]).not.toBe(shard.states[FRAGMENT]);
    expect(kept?.states['pagefind-entry.json']).toBe(shard.states['pagefind-entry.json']);
  });
});
