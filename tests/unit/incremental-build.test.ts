import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changedFiles, type FileToDeclare } from '../../src/publish/changed-files.ts';
import type { FileToWrite } from '../../src/publish/render-messages.ts';
import { keyInput } from '../../src/publish/key-input.ts';
import { pruneSite } from '../../src/publish/prune-site.ts';

/** The pure parts of incremental builds: page key inputs, files written only when changed, pruning. */

let folder: string;
const previousCache = process.env.DATELINE_CACHE_DIR;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'dateline-incremental-unit-'));
  process.env.DATELINE_CACHE_DIR = path.join(folder, 'cache');
});

afterEach(async () => {
  if (previousCache === undefined) delete process.env.DATELINE_CACHE_DIR;
  else process.env.DATELINE_CACHE_DIR = previousCache;
  await rm(folder, { recursive: true, force: true });
});

describe('a page key input', () => {
  const record = (digest: string, title = 'A title') => ({
    id: '2019/01/10/a',
    position: 3,
    path: '2019/01/10/a/',
    article: { title, entry: { collection: 'articles', id: '2019/01/10/a', digest } },
  });

  it("writes an article record as its file's digest, so an edited file changes it and nothing else of the record counts", () => {
    expect(keyInput({ page: [record('d1')] })).not.toBe(keyInput({ page: [record('d2')] }));
    expect(keyInput({ page: [record('d1', 'A title')] })).toBe(keyInput({ page: [record('d1', 'Read from the same file')] }));
  });

  it('writes Maps and Sets by their entries, which JSON.stringify would write as {}', () => {
    expect(keyInput(new Map([['a', 1]]))).not.toBe(keyInput(new Map([['a', 2]])));
    expect(keyInput({ ids: new Set(['x']) })).not.toBe(keyInput({ ids: new Set(['y']) }));
  });

  it('refuses a function, which could print anything', () => {
    expect(() => keyInput({ urlOf: () => '/2/' })).toThrow(/cache key input holds a function \(urlOf\)/);
  });
});

describe('the files a build writes itself', () => {
  const site = () => path.join(folder, 'site');
  /** The texts made, by file name: a made text is made only when asked. */
  let made: string[] = [];
  beforeEach(() => {
    made = [];
  });
  /** A text made from `from` (by default the text itself: the same inputs make the same text). */
  const file = (name: string, text: string, from = text): FileToDeclare => ({
    file: path.join(site(), name),
    content: { madeFrom: from, make: async () => (made.push(name), text) },
  });

  async function write(files: FileToWrite[]) {
    for (const { file: target, content } of files) {
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, 'text' in content ? content.text : await readFile(content.copyOf));
    }
  }

  it('are all written the first time, then only those whose bytes changed or that are missing', async () => {
    const first = await changedFiles(site(), [file('a.bib', 'A'), file('b.bib', 'B'), file('c.bib', 'C')], false);
    expect(first.changed.map(({ file: name }) => path.basename(name))).toEqual(['a.bib', 'b.bib', 'c.bib']);
    await write(first.changed);
    await first.commit();

    await rm(path.join(site(), 'c.bib'));
    const second = await changedFiles(site(), [file('a.bib', 'A'), file('b.bib', 'B, corrected'), file('c.bib', 'C')], false);
    expect(second.changed.map(({ file: name }) => path.basename(name))).toEqual(['b.bib', 'c.bib']);
  });

  it('are all written again in a full build, or into another site folder', async () => {
    const first = await changedFiles(site(), [file('a.bib', 'A')], false);
    await write(first.changed);
    await first.commit();
    expect((await changedFiles(site(), [file('a.bib', 'A')], true)).changed).toHaveLength(1);
    expect((await changedFiles(path.join(folder, 'other'), [{ ...file('a.bib', 'A'), file: path.join(folder, 'other', 'a.bib') }], false)).changed).toHaveLength(1);
  });

  it('make a text again only when what it is made from changed or its file is missing, and write it only when its bytes changed', async () => {
    const first = await changedFiles(site(), [file('a.bib', 'A', 'a1'), file('b.bib', 'B', 'b1'), file('c.bib', 'C', 'c1')], false);
    await write(first.changed);
    await first.commit();
    made = [];

    await rm(path.join(site(), 'c.bib'));
    // a: same inputs; b: new inputs, same text (a source record's edit that this file does not print); c: missing.
    const second = await changedFiles(site(), [file('a.bib', 'A', 'a1'), file('b.bib', 'B', 'b2'), file('c.bib', 'C', 'c1')], false);
    expect(made).toEqual(['b.bib', 'c.bib']);
    expect(second.changed.map(({ file: name }) => path.basename(name))).toEqual(['c.bib']);
    await write(second.changed);
    await second.commit();

    const third = await changedFiles(site(), [file('a.bib', 'A', 'a1'), file('b.bib', 'B, corrected', 'b3'), file('c.bib', 'C', 'c1')], false);
    expect(third.changed).toEqual([{ file: path.join(site(), 'b.bib'), content: { text: 'B, corrected' } }]);
  });

  it('copy a clipping again when the clipping changed', async () => {
    const clipping = path.join(folder, 'clipping.txt');
    await writeFile(clipping, 'first');
    const copy = { file: path.join(site(), 'original.txt'), content: { copyOf: clipping } };
    const first = await changedFiles(site(), [copy], false);
    await mkdir(site(), { recursive: true });
    await writeFile(copy.file, 'first');
    await first.commit();
    expect((await changedFiles(site(), [copy], false)).changed).toHaveLength(0);
    await writeFile(clipping, 'second, longer');
    expect((await changedFiles(site(), [copy], false)).changed).toHaveLength(1);
  });
});

describe('pruning the site', () => {
  it('removes files from before the build that it did not keep, and folders left empty, sparing the search index and .git', async () => {
    const site = path.join(folder, 'site');
    const old = new Date(Date.now() - 60_000);
    const files = {
      keptPage: '2019/01/10/a/index.html',
      deletedPage: '2019/01/11/gone/index.html',
      deletedFile: '2019/01/11/gone/gone.bib',
      oldStylesheet: '_astro/site.OLD.css',
      searchIndex: 'pagefind/pagefind.js',
      fresh: '_astro/site.NEW.css',
      // A site folder that is a git checkout (a gh-pages worktree): Vite and Astro keep .git when they empty it.
      gitHead: '.git/HEAD',
      gitObject: '.git/objects/ab/cdef',
    };
    for (const name of Object.values(files)) {
      await mkdir(path.dirname(path.join(site, name)), { recursive: true });
      await writeFile(path.join(site, name), name);
      if (name !== files.fresh) await utimes(path.join(site, name), old, old);
    }
    const started = Date.now() - 5_000;
    const removed = pruneSite({ siteDir: site, started, kept: new Set([path.join(site, files.keptPage)]), spared: ['pagefind'] });
    expect(removed.sort()).toEqual([files.deletedFile, files.deletedPage, files.oldStylesheet].sort());
    expect(existsSync(path.join(site, '2019/01/11'))).toBe(false);
    for (const name of [files.keptPage, files.searchIndex, files.fresh, files.gitHead, files.gitObject]) expect(existsSync(path.join(site, name))).toBe(true);
  });
});
