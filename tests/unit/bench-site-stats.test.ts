import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePages, articlePageSize, folderSize, largestListPage } from '../../src/bench/site-stats.ts';

let site: string;
const css = 'body { color: black; }\n'; // 23 bytes
const js = 'console.log("search");\n'; // 23 bytes
const inline = 'document.title += "!";'; // 22 bytes

const pageA = `<html><head><link rel="stylesheet" href="/_astro/site.css"><script type="application/ld+json">{"@type":"NewsArticle"}</script></head><body>A</body></html>`;
const pageB = `<html><head><link rel=stylesheet href="/_astro/site.css"></head><body>B<script type="module" src="/_astro/search.js"></script><script>${inline}</script></body></html>`;

beforeAll(async () => {
  site = await mkdtemp(path.join(os.tmpdir(), 'bench-site-stats-'));
  const files: Record<string, string> = {
    '2019/03/08/first-story/index.html': pageA,
    '2019/03/09/second-story/index.html': pageB,
    '2019/03/index.html': '<html>month</html>',
    'people/someone/index.html': '<html>person</html>',
    '2019/03/08/2/index.html': '<html>page two of a day</html>',
    '2019/03/08/first-story/original/index.html': '<html>the clipping as it came, longer than any list</html>',
    'search/index.html': '<html>the search page, longer than any list page</html>',
    '_astro/site.css': css,
    '_astro/search.js': js,
  };
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(site, file)), { recursive: true });
    await writeFile(path.join(site, file), content);
  }
});
afterAll(() => rm(site, { recursive: true, force: true }));

describe('built-site measurements', () => {
  it('finds article pages by their dated permalink and nothing else', async () => {
    expect(await articlePages(site)).toEqual(['2019/03/08/first-story/index.html', '2019/03/09/second-story/index.html']);
  });

  it('averages HTML, linked CSS and executable JS (external and inline, not JSON-LD) over article pages', async () => {
    const size = await articlePageSize(site, '/', await articlePages(site));
    expect(size).toEqual({
      sampled: 2,
      htmlBytes: Math.round((pageA.length + pageB.length) / 2),
      cssBytes: css.length,
      jsBytes: Math.round((js.length + inline.length) / 2),
    });
  });

  it('counts every file and byte of a folder', async () => {
    const others = ['<html>page two of a day</html>', '<html>the clipping as it came, longer than any list</html>', '<html>the search page, longer than any list page</html>'];
    const total = [pageA, pageB, '<html>month</html>', '<html>person</html>', ...others, css, js].reduce((sum, text) => sum + text.length, 0);
    expect(await folderSize(site)).toEqual({ files: 9, bytes: total });
  });

  it('finds the largest list page: a day’s later page counts, article pages, their clippings and search do not', async () => {
    expect(await largestListPage(site)).toEqual({ path: '2019/03/08/2/index.html', htmlBytes: '<html>page two of a day</html>'.length });
  });
});
