import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVariant, projectRoot, type BuildResult } from '../helpers/build.ts';
import { readPage } from './site-pages.ts';

/**
 * The seed archive plus a Tbilisi transport story (tests/fixtures/related-tbilisi/), built as its
 * own variant: the build's own output as `npm start` prints it (issue 14, item 15), and related
 * articles when a story shares only a very common place with the others (item 17).
 */
const SEEDS = ['2017/11/15/putin-meets-south-ossetian-leader-in-moscow/', '2019/03/08/georgia-denounces-putins-meeting-with-the-de-facto-leader-of-s-ossetia/'];
const METRO = '2018/02/06/tbilisi-metro-fares-to-rise-in-spring/';
let contentDir: string;
let built: BuildResult;

beforeAll(async () => {
  contentDir = await mkdtemp(path.join(os.tmpdir(), 'dateline-related-'));
  await cp(path.join(projectRoot, 'content'), contentDir, { recursive: true });
  await cp(path.join(projectRoot, 'tests/fixtures/related-tbilisi/tbilisi-metro-fares.md'), path.join(contentDir, 'articles', `${METRO.slice(0, -1)}.md`));
  built = await buildVariant({ outDir: 'dist-test-reader-variant', contentDir });
  expect(built.exitCode, built.stderr).toBe(0);
});
afterAll(() => rm(contentDir, { recursive: true, force: true }));

describe('the build’s output (item 15)', () => {
  const lines = () => `${built.stdout}\n${built.stderr}`.replace(/\x1b\[[\d;]*m/g, '').split('\n');

  it('warns about nothing: no syntax highlighter is configured for bodies that never hold code', () => {
    expect(lines().filter((line) => /WARN|Shiki/.test(line))).toEqual([]);
  });

  it('lists each page on a line of its own, with no lines of bare render times', () => {
    const pages = lines().filter((line) => line.includes('├─'));
    expect(pages.length).toBeGreaterThan(30);
    expect(pages.filter((line) => line.split('├─').length > 2)).toEqual([]);
    expect(lines().filter((line) => /^\s*\(\+[\d.]+m?s\)\s*$/.test(line))).toEqual([]);
    expect(pages.some((line) => line.endsWith(`/${METRO}index.html`))).toBe(true);
  });
});

describe('related articles (item 17)', () => {
  const related = async (article: string) => (await readPage(built.outDir, article)).querySelectorAll('#related a').map((a) => a.getAttribute('href'));

  it('a story sharing only Tbilisi with the Putin/South Ossetia stories is related to neither, nor they to it', async () => {
    expect(await related(METRO)).toEqual([]);
    expect(await related(SEEDS[0]!)).toEqual([`/${SEEDS[1]}`]);
    expect(await related(SEEDS[1]!)).toEqual([`/${SEEDS[0]}`]);
  });
});
