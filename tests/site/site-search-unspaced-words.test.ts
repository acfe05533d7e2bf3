import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import matter from 'gray-matter';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { joinedText, WORD_MARK } from '../../src/search/unspaced-words.ts';
import { buildVariant, childEnv, projectRoot } from '../helpers/build.ts';
import { readIndexedPages, type IndexedPage } from '../helpers/search-index-files.ts';
import { readPage } from './site-pages.ts';

/**
 * What the build's index step hands Pagefind for a Thai and a Persian article (src/search/
 * segmented-page.ts, unspaced-words.ts): the archive's Matichon and Hamshahri golden clippings,
 * imported as a user imports them and built. The index holds the Thai text cut into words and
 * the Persian ye and kaf folded into the Arabic ones; the published pages hold the text as printed.
 */
const run = promisify(execFile);
const CLIPPINGS = path.join(projectRoot, 'tests/fixtures/clippings');
const IMPORTED = { 'matichon-thanon-khon-kaen': 'matichon', 'hamshahri-metro-solar-hijri': 'hamshahri' } as const;
type Clipping = keyof typeof IMPORTED;

let root: string;
let outDir: string;
const articlePaths = new Map<Clipping, string>();

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-unspaced-words-'));
  const contentDir = path.join(root, 'content');
  await cp(path.join(projectRoot, 'content', 'gazetteer'), path.join(contentDir, 'gazetteer'), { recursive: true });
  for (const [name, source] of Object.entries(IMPORTED) as [Clipping, string][]) {
    await cp(path.join(projectRoot, 'tests/fixtures/outlets/sources', `${source}.yaml`), path.join(contentDir, 'sources', `${source}.yaml`));
    const { stdout } = await run('npm', ['run', '--silent', 'import', '--', '--json', '--source', source, path.join(CLIPPINGS, `${name}.txt`)], {
      cwd: projectRoot,
      env: { ...childEnv(), DATELINE_CONTENT_DIR: contentDir },
    });
    const imported = JSON.parse(stdout.split('\n').find((line) => line.startsWith('{'))!) as { status: string; target: string };
    if (imported.status !== 'imported') throw new Error(`${name} was not imported:\n${stdout}`);
    articlePaths.set(name, `${path.relative(path.join(contentDir, 'articles'), imported.target).replace(/\.md$/, '')}/`);
  }
  const build = await buildVariant({ outDir: path.join(root, 'dist'), contentDir });
  if (build.exitCode !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  outDir = build.outDir;
}, 600_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

async function golden(name: Clipping): Promise<{ title: string; paragraphs: string[] }> {
  const { data, content } = matter(await readFile(path.join(CLIPPINGS, `${name}.expected.md`), 'utf8'));
  return { title: data.title as string, paragraphs: content.trim().split(/\n\n/) };
}

async function indexed(name: Clipping): Promise<IndexedPage> {
  const pages = await readIndexedPages(path.join(outDir, 'pagefind'));
  return pages.find((page) => page.url === `/${articlePaths.get(name)}`)!;
}

describe('Thai and Persian articles in the built index', () => {
  it('holds a Thai word from the middle of a run of letters as a word of its own', async () => {
    const page = await indexed('matichon-thanon-khon-kaen');
    const words = page.content.split(' ');
    // ซ่อมแซม (to repair) and ถนน (road) stand inside "…เร่งซ่อมแซมถนนสายหลักที่ชำรุด…".
    expect(words).toContain(`${WORD_MARK}ซ่อมแซม`);
    expect(words).toContain(`${WORD_MARK}ถนน`);
  });

  it('holds the Persian text with its ye and kaf folded, and gives it back as printed', async () => {
    const article = await golden('hamshahri-metro-solar-hijri');
    const page = await indexed('hamshahri-metro-solar-hijri');
    // تمدید (extended), kept in the index as the Arabic spelling تمديد with a mark after its ye.
    expect(page.content).not.toContain('تمدید');
    expect(page.content.split(' ').some((word) => word.replace(/[^\p{L}]/gu, '') === 'تمديد')).toBe(true);
    expect(joinedText(page.meta.title!)).toBe(article.title);
    for (const paragraph of article.paragraphs) expect(joinedText(page.content)).toContain(paragraph);
  });

  it('publishes the articles\' pages as printed', async () => {
    for (const name of Object.keys(IMPORTED) as Clipping[]) {
      const article = await golden(name);
      const html = await readPage(outDir, articlePaths.get(name)!);
      expect(html.querySelector('h1')!.textContent).toBe(article.title);
      const text = html.querySelector('article')!.textContent!;
      for (const paragraph of article.paragraphs) expect(text).toContain(paragraph);
      expect(text).not.toMatch(/[\uf8f0-\uf8ff]| _/u);
    }
  });
});
