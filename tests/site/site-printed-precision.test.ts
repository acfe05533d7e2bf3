import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { HTMLElement } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVariant, projectRoot, type BuildResult } from '../helpers/build.ts';
import { fileFor, jsonLdOf, readPage } from './site-pages.ts';

/**
 * Facts printed at less than the schema once required, from a clipping through the real importer
 * and the real build: an update printed with its day and no time (`Last Updated: May 29, 2024`) and
 * a photo's credit printed with no caption. Each is shown as printed, never with an invented time
 * or caption. The clipping was written for this test, in CBC News' layout.
 */
const run = promisify(execFile);
const CLIPPING = [
  "Georgia's parliament overrides veto of media law",
  'By Anna Holt',
  'Posted: May 28, 2024 10:17 AM | Last Updated: May 29, 2024',
  'Nino Beridze / Reuters',
  "Georgia's parliament on Tuesday overrode the president's veto of the media law.",
  'The law takes effect in June.',
  '',
].join('\n');
const ARTICLE = '2024/05/28/georgias-parliament-overrides-veto-of-media-law/';

let contentDir: string;
let built: BuildResult;
let page: HTMLElement;

beforeAll(async () => {
  contentDir = await mkdtemp(path.join(os.tmpdir(), 'dateline-precision-'));
  await cp(path.join(projectRoot, 'tests/fixtures/site-empty'), contentDir, { recursive: true });
  const clipping = path.join(contentDir, 'cbc-veto.txt');
  await writeFile(clipping, CLIPPING);
  await run('npm', ['run', '--silent', 'import', '--', '--out', path.join(contentDir, 'articles'), '--source', 'civil-georgia', clipping], { cwd: projectRoot });
  built = await buildVariant({ outDir: 'dist-test-printed-precision', contentDir });
  expect(built.exitCode, built.stderr).toBe(0);
  page = await readPage(built.outDir, ARTICLE);
});
afterAll(() => rm(contentDir, { recursive: true, force: true }));

describe('an update printed with its day alone', () => {
  it('is recorded as the day and shown as the day, with no time', async () => {
    expect(await readFile(path.join(contentDir, 'articles', `${ARTICLE.slice(0, -1)}.md`), 'utf8')).toContain("dateModified: '2024-05-29'");
    const updated = page.querySelectorAll('.article-header p').find((p) => p.textContent.startsWith('Updated'));
    expect(updated?.querySelector('time')?.getAttribute('datetime')).toBe('2024-05-29');
    expect(updated?.textContent).toBe('Updated 29 May 2024');
  });

  it('is the day in JSON-LD, and an instant on that day in the feeds', async () => {
    expect(jsonLdOf(page).find((item) => item['@type'] === 'NewsArticle')).toMatchObject({ dateModified: '2024-05-29' });
    const atom = await readFile(fileFor(built.outDir, 'atom.xml'), 'utf8');
    expect(atom).toMatch(/<published>2024-05-28T10:17:00\+04:00<\/published>\s*<updated>2024-05-29T12:00:00Z<\/updated>/);
    const feed = JSON.parse(await readFile(fileFor(built.outDir, 'feed.json'), 'utf8')) as { items: { date_modified?: string }[] };
    expect(feed.items[0]!.date_modified).toBe('2024-05-29T12:00:00Z');
  });
});

describe('a photo credit printed with no caption', () => {
  it('is the photo\'s credit on the page, and no paragraph of the text', () => {
    expect(page.querySelector('figure.photo figcaption')?.textContent.trim()).toBe('Photo: Nino Beridze / Reuters (The photograph itself is not archived.)');
    expect(page.querySelector('.article__body')?.textContent).not.toContain('Nino Beridze');
  });
});
