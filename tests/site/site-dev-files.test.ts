import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVariant, projectRoot } from '../helpers/build.ts';
import { startDevServer } from '../helpers/dev-server.ts';
import { corpusArticle } from '../helpers/make-site-corpus.ts';
import type { Served } from '../../src/harness/serve.ts';
import { fileFor, readPage } from './site-pages.ts';

/**
 * The files beside an article page (original clippings, <slug>.ris, <slug>.bib) are written by the
 * build itself, outside Astro's routes (src/publish/article-files.ts); in `astro dev` their routes
 * serve them. Both must give the same bytes: the site-corpus archive is built, then served by
 * Astro's dev server, and each file of its updated article is fetched from both.
 */
const CORPUS = 'tests/fixtures/site-corpus';
const updated = corpusArticle(1);

let outDir: string;
let devCache: string;
let devServer: Served | undefined;

beforeAll(async () => {
  const built = await buildVariant({ outDir: 'dist-test-dev-files', contentDir: CORPUS, });
  expect(built.exitCode, built.stderr).toBe(0);
  outDir = built.outDir;
  devServer = await startDevServer({
    DATELINE_CONTENT_DIR: path.resolve(projectRoot, CORPUS),
    DATELINE_CACHE_DIR: (devCache = await mkdtemp(path.join(os.tmpdir(), 'dateline-dev-'))),
  });
});

afterAll(async () => {
  await devServer?.stop();
  await Promise.all([outDir, devCache].filter(Boolean).map((dir) => rm(dir, { recursive: true, force: true })));
});

async function served(urlPath: string): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(new URL(urlPath.replace(/^\//, ''), devServer!.url));
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

describe('an article\'s files in a build and in astro dev', () => {
  it('are the same bytes: the original, the earlier clipping, BibTeX and RIS', async () => {
    const page = await readPage(outDir, `${updated.path}/`);
    const links = page.querySelectorAll('article footer a[download]').map((link) => link.getAttribute('href')!);
    expect(links.map((link) => path.basename(link))).toEqual([
      'original.txt',
      expect.stringMatching(/^original-[0-9a-f]{12}\.txt$/),
      `${updated.slug}.bib`,
      `${updated.slug}.ris`,
    ]);
    for (const link of links) {
      const built = await readFile(fileFor(outDir, link));
      const { status, bytes } = await served(link);
      expect(status, link).toBe(200);
      expect(bytes.equals(built), link).toBe(true);
    }
  });

  it('the original is the clipping as received, byte for byte', async () => {
    const { bytes } = await served(`/${updated.path}/original.txt`);
    expect(bytes.equals(await readFile(path.join(projectRoot, CORPUS, 'originals', `${updated.path}.txt`)))).toBe(true);
  });

  it('the pages of its clippings, the entity indexes and a month page answer in astro dev as in the build', async () => {
    for (const urlPath of [`/${updated.path}/original/`, '/people/', '/places/', '/2017/02/']) {
      const response = await fetch(new URL(urlPath.slice(1), devServer!.url));
      expect(response.status, urlPath).toBe(200);
      const html = await response.text();
      const built = await readPage(outDir, urlPath);
      expect(html, urlPath).toContain(built.querySelector('h1')!.innerHTML);
    }
  });

  it('a revision the article never had is not served', async () => {
    expect((await served(`/${updated.path}/original-000000000000.txt`)).status).toBe(404);
  });
});
