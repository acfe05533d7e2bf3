import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildManifest } from '../../src/publish/build-manifest.ts';
import { indexSite } from '../../src/search/index-site.ts';
import { PAGES_PER_SHARD } from '../../src/search/shards.ts';
import { unpack, type Meta, type WordIndex } from '../../src/search/pagefind-files.ts';
import { trimFragment } from '../../src/search/trim-shard.ts';
import { metaFile, readCbor, readEntry, readIndexedPages } from '../helpers/search-index-files.ts';

const made: string[] = [];
afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A built site of article pages as the article template marks them, indexed by the build's step. */
async function indexed(bodies: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-trim-shard-'));
  made.push(dir);
  for (const [page, body] of Object.entries(bodies)) {
    await mkdir(path.join(dir, page), { recursive: true });
    await writeFile(path.join(dir, page, 'index.html'), `<!doctype html><html lang="en"><body><main><article><div data-pagefind-body>${body}</div></article></main></body></html>`);
  }
  const published = Object.keys(bodies).map((page) => ({ path: `${page}/`, published: '2020-01-01T00:00:00Z', contentHash: page, files: [] }));
  return (await indexSite({ siteDir: dir, language: 'en', manifest: buildManifest(published, PAGES_PER_SHARD) })).bundleDir;
}

const hidden = (fields: string) => `<div hidden data-pagefind-ignore>${fields}</div>`;

describe('the index step trims what Pagefind wrote', () => {
  it('keeps in each fragment what a result shows, not the anchors\u2019 text or the filter values', async () => {
    const bundle = await indexed({
      '2020/01/01/a':
        '<h1>Bibilov</h1>' +
        hidden('<span data-pagefind-filter="source:civil-georgia"></span><span data-pagefind-filter="person:bibilov"></span><span data-pagefind-meta="byline:Giorgi Lomsadze"></span>') +
        '<p id="p1" data-pagefind-title="Paragraph 1">Bibilov met Putin in Moscow.</p><p id="p2" data-pagefind-title="Paragraph 2">He flew home.</p>',
    });
    const [file] = await readdir(path.join(bundle, 'fragment'));
    const fragment = JSON.parse((await unpack(await readFile(path.join(bundle, 'fragment', file!)))).toString('utf8'));
    expect(fragment).not.toHaveProperty('filters');
    expect(fragment.anchors).toEqual([
      { element: 'p', id: 'p1', title: 'Paragraph 1', location: expect.any(Number) },
      { element: 'p', id: 'p2', title: 'Paragraph 2', location: expect.any(Number) },
    ]);
    expect(fragment.content).toBe('Bibilov. Bibilov met Putin in Moscow. He flew home.');
    expect(fragment.meta).toMatchObject({ title: 'Bibilov', byline: 'Giorgi Lomsadze' });
    // Filtering and counting read the filter files, which keep every value.
    const [page] = await readIndexedPages(bundle);
    expect(page!.filters).toEqual({ source: ['civil-georgia'], person: ['bibilov'] });
  });

  it('names fragments in page order under a tag that changes with any of the shard\u2019s content', async () => {
    const page = (word: string) => `<h1>T</h1><p>${word} met Putin.</p>`;
    const names = async (bodies: Record<string, string>) => {
      const bundle = await indexed(bodies);
      const [, pages] = await readCbor<Meta>(metaFile(bundle, (await readEntry(bundle)).languages.en!.hash));
      // Each page still reads back its own text through its new name.
      const contents = Object.fromEntries((await readIndexedPages(bundle)).map((indexedPage) => [indexedPage.url, indexedPage.content]));
      return { files: pages.map(([file]) => file), contents };
    };
    const first = await names({ '2020/01/01/a': page('Bibilov'), '2020/01/02/b': page('Gunba'), '2020/01/03/c': page('Bibilov') });
    const tag = first.files[0]!.split('_')[0]!;
    expect(tag).toMatch(/^[0-9a-f]{6}$/);
    expect(first.files).toEqual([`${tag}_0`, `${tag}_1`, `${tag}_2`]);
    expect(first.contents).toEqual({ '/2020/01/01/a/': 'T. Bibilov met Putin.', '/2020/01/02/b/': 'T. Gunba met Putin.', '/2020/01/03/c/': 'T. Bibilov met Putin.' });
    const changed = await names({ '2020/01/01/a': page('Bibilov'), '2020/01/02/b': page('Gunba'), '2020/01/03/c': page('Kokoity') });
    expect(changed.files[0]!.split('_')[0]).not.toBe(tag);
  });

  it('keeps an untitled anchor\u2019s text, which Pagefind uses as its title', () => {
    const heading = { element: 'h2', id: 'background', text: 'Background', location: 3 };
    const paragraph = { element: 'p', id: 'p1', title: 'Paragraph 1', text: 'Long text.', location: 5 };
    expect(trimFragment({ anchors: [heading, paragraph], filters: { source: ['x'] } })).toEqual({
      anchors: [heading, { element: 'p', id: 'p1', title: 'Paragraph 1', location: 5 }],
    });
  });

  it('lists each index chunk up to its whole last word, so a word past the cut-down bound finds its chunk', async () => {
    // About 4,000 distinct words: several chunks at the build's chunk size. Each ends in letters
    // that never tell two words apart, which Pagefind cuts from the bounds ("w1x2ab" for "w1x2abzzz").
    const words = (page: number) => Array.from({ length: 2000 }, (_, n) => `w${page}x${n.toString(36)}zzz`).join(' ');
    const bundle = await indexed({ '2020/01/01/a': `<h1>A</h1><p>${words(1)}</p>`, '2020/01/02/b': `<h1>B</h1><p>${words(2)}</p>` });
    const { hash } = (await readEntry(bundle)).languages.en!;
    const [, , chunks] = await readCbor<Meta>(metaFile(bundle, hash));
    expect(chunks.length).toBeGreaterThan(2);
    for (const [from, to, file] of chunks) {
      const [held] = await readCbor<WordIndex>(path.join(bundle, 'index', `${file}.pf_index`));
      expect(to).toBe(held.at(-1)![0]);
      expect(from <= held[0]![0]).toBe(true);
    }
    // Files named in order under the shard's tag, which the metadata lists instead of hashes.
    const tag = chunks[0]![2].split('_')[0];
    expect(chunks.map(([, , file]) => file)).toEqual(chunks.map((_, n) => `${tag}_${n.toString(36)}`));
    // The metadata is named by its new content, so no cached copy of Pagefind's stands in for it.
    expect(await readdir(bundle)).toContain(`pagefind.${hash}.pf_meta`);
    expect(hash).toMatch(/^en_[0-9a-f]{10}$/);
  });
});
