import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildManifest, MANIFEST_VERSION, readManifest } from '../../src/publish/build-manifest.ts';
import type { PublishedArticle } from '../../src/publish/publication.ts';

const published = (articlePath: string, instant: string): PublishedArticle => ({ path: articlePath, published: instant, contentHash: `hash-of-${articlePath}`, madeFrom: `inputs-of-${articlePath}`, files: [] });

describe('the build manifest', () => {
  it('lists the published articles oldest first by instant, whatever offset each paper prints, ties by path', () => {
    const manifest = buildManifest(
      [
        published('2020/03/01/la/', '2020-03-01T21:00:00-08:00'),
        published('2020/03/02/tokyo/', '2020-03-02T05:00:00+09:00'),
        published('2019/01/01/b/', '2019-01-01T10:00:00Z'),
        published('2019/01/01/a/', '2019-01-01T14:00:00+04:00'),
      ],
      6000,
    );
    expect(manifest).toEqual({
      version: MANIFEST_VERSION,
      shards: 1,
      articles: [
        { path: '2019/01/01/a/', page: '2019/01/01/a/index.html', published: '2019-01-01T10:00:00.000Z', shard: 0, contentHash: 'hash-of-2019/01/01/a/' },
        { path: '2019/01/01/b/', page: '2019/01/01/b/index.html', published: '2019-01-01T10:00:00.000Z', shard: 0, contentHash: 'hash-of-2019/01/01/b/' },
        { path: '2020/03/02/tokyo/', page: '2020/03/02/tokyo/index.html', published: '2020-03-01T20:00:00.000Z', shard: 0, contentHash: 'hash-of-2020/03/02/tokyo/' },
        { path: '2020/03/01/la/', page: '2020/03/01/la/index.html', published: '2020-03-02T05:00:00.000Z', shard: 0, contentHash: 'hash-of-2020/03/01/la/' },
      ],
    });
  });

  it('puts consecutive runs of articles in shards of at most the given number each (their cuts: search-shards.test.ts)', () => {
    const articles = Array.from({ length: 7 }, (_, n) => published(`2020/01/0${n + 1}/a/`, `2020-01-0${n + 1}T00:00:00Z`));
    const manifest = buildManifest(articles.toReversed(), 3);
    expect(manifest.shards).toBe(3);
    expect(manifest.articles.map((article) => [article.path.slice(8, 10), article.shard])).toEqual([
      ['01', 0], ['02', 0], ['03', 0], ['04', 1], ['05', 1], ['06', 1], ['07', 2],
    ]);
    // An empty archive still has one, empty, shard.
    expect(buildManifest([], 3)).toEqual({ version: MANIFEST_VERSION, shards: 1, articles: [] });
  });

  it('refuses a missing manifest or another version\u2019s, saying to build', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-manifest-'));
    try {
      await expect(readManifest(path.join(dir, 'none.json'))).rejects.toThrow(/no build manifest at .*none\.json .*run `astro build` first/);
      const old = path.join(dir, 'old.json');
      await writeFile(old, JSON.stringify({ version: 0, shards: 1, articles: [] }));
      await expect(readManifest(old)).rejects.toThrow(/is version 0, this step reads version 1: run `npm run build` again/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
