import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVariant, childEnv, copyProject, projectRoot } from '../helpers/build.ts';

/**
 * Issue 16's proof of incremental builds: after each kind of change to the archive, an
 * incremental `npm run build` (the last build's site and cache kept) gives the same site as a
 * full build of the same content into empty folders, byte for byte, every file compared (the
 * search index included). The changes are applied one after another to one corpus, so each
 * incremental build starts from the one before, as a real archive's do.
 *
 * The builds run from a copy of the project (its node_modules linked), so the template change
 * edits the copy's component: the project's own files and its .astro/ folder, which other tests'
 * builds use at the same time, are never touched. Slow (two builds a change).
 */

const run = promisify(execFile);
const SITE_CORPUS = path.join(projectRoot, 'tests/fixtures/site-corpus');
let root: string;
let project: string;
let template: string;
let content: string;
let incremental: { outDir: string; cacheDir: string };

async function build(folders: { outDir: string; cacheDir: string }, full = false) {
  const result = await buildVariant({ projectDir: project, outDir: folders.outDir, contentDir: content, env: { DATELINE_CACHE_DIR: folders.cacheDir } });
  if (result.exitCode !== 0) throw new Error(`build failed${full ? ' (full)' : ''}:\n${result.stderr || result.stdout}`);
  return result;
}

async function files(folder: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(folder, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile());
  const entries = await Promise.all(
    names.map(async (entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(folder, file).split(path.sep).join('/'), await readFile(file)] as const;
    }),
  );
  return new Map(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Builds the content as it is now both ways and returns what differs, file by file. */
async function incrementalAgainstFull(): Promise<{ log: string; differences: string[] }> {
  const full = { outDir: path.join(root, 'full-site'), cacheDir: path.join(root, 'full-cache') };
  await Promise.all([rm(full.outDir, { recursive: true, force: true }), rm(full.cacheDir, { recursive: true, force: true })]);
  // One after the other: builds of one project share its .astro/ folder.
  const result = await build(incremental);
  await build(full, true);
  const [after, expected] = await Promise.all([files(incremental.outDir), files(full.outDir)]);
  await Promise.all([rm(full.outDir, { recursive: true, force: true }), rm(full.cacheDir, { recursive: true, force: true })]);
  const differences: string[] = [];
  for (const [name, bytes] of expected) {
    const got = after.get(name);
    if (!got) differences.push(`missing: ${name}`);
    else if (!got.equals(bytes)) differences.push(`differs: ${name}`);
  }
  for (const name of after.keys()) if (!expected.has(name)) differences.push(`stale: ${name}`);
  return { log: result.stdout, differences };
}

/** A clipping of Civil Georgia (its layout as the site corpus's papers print it), written for these tests. */
function clipping(title: string, day: string, time: string, words: string): string {
  return `Civil Georgia\n${title}\n${day} - ${time}\nTBILISI - Officials in Tbilisi said that ${words}, and Vladimir Putin's office gave no comment.\nThe committee will meet again next month, a spokesperson said.\n`;
}

async function importClippings(texts: string[], ...options: string[]): Promise<void> {
  const folder = await mkdtemp(path.join(root, 'clippings-'));
  const names = await Promise.all(texts.map(async (text, i) => {
    const file = path.join(folder, `clipping-${i}.txt`);
    await writeFile(file, text);
    return file;
  }));
  await run('npm', ['run', '--silent', 'import', '--', '--out', path.join(content, 'articles'), ...options, ...names], {
    cwd: projectRoot,
    env: { ...childEnv(), DATELINE_CONTENT_DIR: content },
  });
}

/**
 * Pages Astro rendered, from its log: a page's line starts `├─ path`, and `(cached)` or
 * `(restored)` ends a kept page's line. Astro colours its log whenever CI is set (piccolore), so
 * the colours are removed first. A log with no page line at all is an error, never "nothing rendered".
 */
function renderedPages(log: string): string[] {
  const pages = stripVTControlCharacters(log).split('\n').filter((line) => /├─ \S+/.test(line));
  if (pages.length === 0) throw new Error(`no page lines in the build log:\n${log.slice(0, 2000)}`);
  return pages.filter((line) => !/\((cached|restored)\)/.test(line));
}

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-incremental-'));
  project = await copyProject(root);
  template = path.join(project, 'src/components/ArticleList.astro');
  content = path.join(root, 'content');
  incremental = { outDir: path.join(root, 'site'), cacheDir: path.join(root, 'cache') };
  await cp(SITE_CORPUS, content, { recursive: true });
  await build(incremental);
}, 600_000);

afterAll(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

describe('an incremental build gives the site a full build gives', { timeout: 600_000 }, () => {
  it('after nothing changed, rendering only the pages that are never kept', async () => {
    const { log, differences } = await incrementalAgainstFull();
    expect(differences).toEqual([]);
    // Feeds, the search page, the word list and the other pages without getStaticPaths are
    // rendered every time; no article, list or entity page is.
    expect(renderedPages(log).filter((line) => /\/\d{4}\/|\/people\/|\/places\//.test(line))).toEqual([]);
  });

  it('after one article is added', async () => {
    await importClippings([clipping('Deputies hear a report on river bridges', '14/05/2019', '10:30', 'three river bridges need repair')]);
    const { log, differences } = await incrementalAgainstFull();
    expect(differences).toEqual([]);
    expect(renderedPages(log).some((line) => line.includes('/2019/05/14/deputies-hear-a-report-on-river-bridges/'))).toBe(true);
  });

  it('after several articles across the years are added', async () => {
    await importClippings([
      clipping('Committee reviews the school meals budget', '23/02/2017', '09:15', 'the school meals budget will grow'),
      clipping('Mayor opens a new tram depot', '22/08/2018', '16:40', 'the new tram depot opened'),
      clipping('Ministry publishes the harvest figures', '30/11/2020', '11:05', 'the harvest was larger than forecast'),
    ]);
    expect((await incrementalAgainstFull()).differences).toEqual([]);
  });

  it('after an article is updated with --update', async () => {
    await importClippings([clipping('Deputies hear a report on river bridges', '14/05/2019', '10:30', 'four river bridges need repair')], '--update');
    expect((await incrementalAgainstFull()).differences).toEqual([]);
  });

  it('after an article is deleted', async () => {
    const article = '2018/08/22/mayor-opens-a-new-tram-depot';
    await rm(path.join(content, 'articles', `${article}.md`));
    await rm(path.join(content, 'originals', `${article}.txt`));
    const { log, differences } = await incrementalAgainstFull();
    expect(differences).toEqual([]);
    expect(log).toMatch(/removed \d+ file\(s\) no longer in the site: .*2018\/08\/22\/mayor-opens-a-new-tram-depot\//);
  });

  it('after a kept clipping is corrected by hand (its frontmatter unchanged)', async () => {
    const original = path.join(content, 'originals/2019/05/14/deputies-hear-a-report-on-river-bridges.txt');
    const before = await readFile(original, 'utf8');
    await writeFile(original, before.replace('four river bridges', 'four river bridges (corrected)'));
    expect(await readFile(original, 'utf8')).not.toBe(before);
    expect((await incrementalAgainstFull()).differences).toEqual([]);
  });

  it('after a build that failed, with the content put back as it was: a full build', async () => {
    const article = path.join(content, 'articles/2019/05/14/deputies-hear-a-report-on-river-bridges.md');
    const before = await readFile(article, 'utf8');
    await writeFile(article, before.replace(/^title: .*$/m, 'title: [unclosed'));
    const failed = await buildVariant({ projectDir: project, outDir: incremental.outDir, contentDir: content, env: { DATELINE_CACHE_DIR: incremental.cacheDir } });
    expect(failed.exitCode).not.toBe(0);
    await writeFile(article, before);
    const { log, differences } = await incrementalAgainstFull();
    expect(differences).toEqual([]);
    expect(log).toContain('the last build did not finish, so this one is a full build');
    expect(renderedPages(log).some((line) => line.includes('/2019/05/14/deputies-hear-a-report-on-river-bridges/'))).toBe(true);
  });

  it('after an alias is added to the gazetteer', async () => {
    const people = path.join(content, 'gazetteer/people.yaml');
    await writeFile(people, (await readFile(people, 'utf8')).replace('aliases: ["Putin"]', 'aliases: ["Putin", "V. V. Putin"]'));
    expect((await incrementalAgainstFull()).differences).toEqual([]);
  });

  it('after a source is renamed', async () => {
    const source = path.join(content, 'sources/the-messenger.yaml');
    await writeFile(source, (await readFile(source, 'utf8')).replace(/^name: .*$/m, 'name: The Georgian Messenger'));
    expect((await incrementalAgainstFull()).differences).toEqual([]);
  });

  it('after a template is edited', async () => {
    const before = await readFile(template, 'utf8');
    const edited = before.replace('<ol class="article-list"', '<ol data-edited class="article-list"');
    expect(edited).not.toBe(before);
    await writeFile(template, edited);
    const { log, differences } = await incrementalAgainstFull();
    expect(differences).toEqual([]);
    expect(renderedPages(log).some((line) => line.includes('/2019/05/14/index.html'))).toBe(true);
  });
});
