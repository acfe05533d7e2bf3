import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pageDigests, sha256, type PageDigests } from '../../src/search/index-record.ts';

/**
 * What the index step knows of each article page before deciding which shards to index again
 * (src/search/index-record.ts): a page whose file is as the last step left it is not read; any
 * change to it, made as a later build or hand would make it, is read and digested again.
 */

let site: string;
const PAGE = '2019/03/08/a/index.html';
const ARTICLE = (text: string) => `<html><body><main data-pagefind-body><h1>${text}</h1></main><nav>elsewhere</nav></body></html>`;
/** When the last build wrote the page: any change now is at a later time. */
const WRITTEN = new Date('2026-01-02T03:04:05Z');

async function writePage(html: string, time = WRITTEN): Promise<void> {
  await mkdir(path.dirname(path.join(site, PAGE)), { recursive: true });
  await writeFile(path.join(site, PAGE), html);
  await utimes(path.join(site, PAGE), time, time);
}

const digestsNow = async (known: Record<string, PageDigests> = {}) => (await pageDigests(site, [PAGE], [], known))[0]!;

beforeEach(async () => {
  site = await mkdtemp(path.join(os.tmpdir(), 'dateline-page-digests-'));
});
afterEach(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('the digests of an article page', () => {
  it('are the digests of its bytes and of what Pagefind reads, with the file\u2019s state', async () => {
    await writePage(ARTICLE('Talks in Tbilisi'));
    const [bytes, indexed, state] = await digestsNow();
    expect(bytes).toBe(sha256(ARTICLE('Talks in Tbilisi')));
    expect(indexed).toMatch(/^[0-9a-f]{64}$/);
    expect(state).toBeTruthy();
    await writePage(ARTICLE('Talks in Batumi'));
    expect((await digestsNow())[1]).not.toBe(indexed);
  });

  it('are taken from the last step, the page not read, when its file\u2019s state is the one recorded', async () => {
    await writePage(ARTICLE('Talks in Tbilisi'));
    const recorded = await digestsNow();
    // Proof that it is not read: digests that are not those of its bytes go unnoticed.
    const misrecorded: PageDigests = ['not the digest of its bytes', 'nor of its text', recorded[2]];
    expect(await digestsNow({ [PAGE]: misrecorded })).toEqual(misrecorded);
  });

  it('are read again when the page was rewritten with other bytes of the same size, its modification time set back', async () => {
    await writePage(ARTICLE('Talks in Tbilisi'));
    const recorded = await digestsNow();
    await writePage(ARTICLE('Talks in Tbilisu'));
    const now = await digestsNow({ [PAGE]: recorded });
    expect(now[0]).toBe(sha256(ARTICLE('Talks in Tbilisu')));
    expect(now[1]).not.toBe(recorded[1]);
  });

  it('keep what Pagefind reads without parsing it again when the page was written again with the same bytes', async () => {
    await writePage(ARTICLE('Talks in Tbilisi'));
    const recorded = await digestsNow();
    await writePage(ARTICLE('Talks in Tbilisi'), new Date(WRITTEN.getTime() + 60_000));
    // The known text digest is kept as it is when the bytes are the same: a stand-in shows it was not parsed.
    const now = await digestsNow({ [PAGE]: [recorded[0], 'kept from the last step', recorded[2]] });
    expect(now[0]).toBe(recorded[0]);
    expect(now[1]).toBe('kept from the last step');
    expect(now[2]).not.toBe(recorded[2]);
  });
});
