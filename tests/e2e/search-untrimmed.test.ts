import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildManifest } from '../../src/publish/build-manifest.ts';
import { indexSite } from '../../src/search/index-site.ts';
import { installedPagefindVersion, unpack } from '../../src/search/pagefind-files.ts';
import { PAGES_PER_SHARD } from '../../src/search/shards.ts';
import { openBuiltSite, type OpenSite } from '../helpers/open-site.ts';

/**
 * The index step's trim rewrites Pagefind's own files, so it runs only on the Pagefind format it
 * knows (src/search/trim-shard.ts). Here the step believes another Pagefind wrote the index: it
 * must leave the index as Pagefind wrote it, say so, and search must still answer in a browser.
 */

const PAGES = {
  '2017/11/15/a': '<h1>Bibilov in Moscow</h1><p id="p1" data-pagefind-title="Paragraph 1">Bibilov met Putin.</p>',
  '2019/03/08/b': '<h1>Tbilisi objects</h1><p id="p1" data-pagefind-title="Paragraph 1">The ministry spoke.</p>',
};

let site: OpenSite;

async function indexed(pagefindVersion: string): Promise<{ bundleDir: string; warnings: string[] }> {
  const warnings: string[] = [];
  const published = Object.keys(PAGES).map((page) => ({ path: `${page}/`, published: `${page.slice(0, 10).replaceAll('/', '-')}T10:00:00Z`, contentHash: page, files: [] }));
  const { bundleDir } = await indexSite({ siteDir: site.outDir, language: 'en', manifest: buildManifest(published, PAGES_PER_SHARD), pagefindVersion, warn: (message) => warnings.push(message) });
  return { bundleDir, warnings };
}

/** The pages of a site, without its index: each test indexes them itself. */
async function writePages(dir: string): Promise<{ outDir: string }> {
  for (const [page, body] of Object.entries(PAGES)) {
    await mkdir(path.join(dir, page), { recursive: true });
    await writeFile(path.join(dir, page, 'index.html'), `<!doctype html><html lang="en"><head><title>t</title></head><body><main><div data-pagefind-body>${body}</div></main></body></html>`);
  }
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><html lang="en"><head><title>Search</title></head><body></body></html>');
  await writeFile(path.join(dir, '404.html'), '<!doctype html><html lang="en"><head><title>Not found</title></head><body></body></html>');
  return { outDir: dir };
}

beforeAll(async () => {
  site = await openBuiltSite({ build: writePages, host: 'static' });
});

afterAll(() => site?.close());

/** Searches the served index in Chromium with Pagefind's own JS, as the search page loads it. */
async function search(term: string): Promise<string[]> {
  const page = await site.browser.newPage();
  try {
    await page.goto(site.url);
    return await page.evaluate(async (query) => {
      const pagefind = await (new Function('return import("/pagefind/pagefind.js")')() as Promise<{
        options: (options: object) => Promise<void>;
        search: (q: string) => Promise<{ results: { data: () => Promise<{ url: string }> }[] }>;
      }>);
      await pagefind.options({ noWorker: true });
      const found = await pagefind.search(query);
      return Promise.all(found.results.map(async (result) => (await result.data()).url));
    }, term);
  } finally {
    await page.close();
  }
}

describe('the trim on a Pagefind format it does not know', () => {
  it('trims the index of the installed Pagefind 1.6, naming fragments under the shard\u2019s tag', async () => {
    expect(installedPagefindVersion()).toMatch(/^1\.6\./);
    const { bundleDir, warnings } = await indexed(installedPagefindVersion());
    expect(warnings).toEqual([]);
    for (const file of await readdir(path.join(bundleDir, 'fragment'))) expect(file).toMatch(/^[0-9a-f]{6}_[0-9a-z]+\.pf_fragment$/);
    expect(await search('bibilov')).toEqual(['/2017/11/15/a/']);
  });

  it('leaves the index untrimmed with a warning, and search still answers', async () => {
    const { bundleDir, warnings } = await indexed('2.0.0');
    expect(warnings).toEqual([expect.stringMatching(/left as Pagefind wrote it, untrimmed: .*installed Pagefind 2\.0\.0, entry file 1\.6\.\d+, metadata 1\.6\.\d+/)]);
    // Pagefind's own names and fragments, filter values included (which the trim takes out).
    const fragments = await readdir(path.join(bundleDir, 'fragment'));
    expect(fragments).toHaveLength(2);
    for (const file of fragments) {
      expect(file).toMatch(/^en_[0-9a-f]+\.pf_fragment$/);
      expect(JSON.parse((await unpack(await readFile(path.join(bundleDir, 'fragment', file)))).toString('utf8'))).toHaveProperty('filters');
    }
    expect(await search('bibilov')).toEqual(['/2017/11/15/a/']);
    expect(await search('ministry')).toEqual(['/2019/03/08/b/']);
  });
});
