import { execFile } from 'node:child_process';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVariant, projectRoot } from '../helpers/build.ts';
import { readPage } from './site-pages.ts';

/**
 * A Russian clipping imported as a user does, adding its paper with --new-source and no --language:
 * its page marks the article's text, and the original's, as Russian (WCAG 3.1.2), not as English.
 * Text written for this test.
 */
const run = promisify(execFile);
const CLIPPING =
  'В Тбилиси прошла акция протеста\n\nАнна Петрова\n\n14 мая 2024, 18:42\n\n' +
  'Несколько тысяч человек собрались во вторник вечером у здания парламента.\n\nПолиция не вмешивалась, но у входа были выставлены заграждения.\n';

let root: string;
let outDir: string;
let articlePath: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-article-language-'));
  const contentDir = path.join(root, 'content');
  await cp(path.join(projectRoot, 'content', 'gazetteer'), path.join(contentDir, 'gazetteer'), { recursive: true });
  await cp(path.join(projectRoot, 'content', 'sources'), path.join(contentDir, 'sources'), { recursive: true });
  const file = path.join(root, 'akciya.txt');
  await writeFile(file, CLIPPING);
  const { stdout } = await run('npm', ['run', '--silent', 'import', '--', '--out', path.join(contentDir, 'articles'), '--json', '--new-source', 'Tbilisskii Kurier', '--time-zone', 'Asia/Tbilisi', file], {
    cwd: projectRoot,
    env: { ...process.env, DATELINE_CONTENT_DIR: contentDir },
  });
  const imported = JSON.parse(stdout.split('\n').find((line) => line.startsWith('{'))!) as { status: string; target: string };
  if (imported.status !== 'imported') throw new Error(`the clipping was not imported:\n${stdout}`);
  articlePath = `${path.relative(path.join(contentDir, 'articles'), imported.target).replace(/\.md$/, '')}/`;
  const build = await buildVariant({ outDir: 'dist-article-language', contentDir });
  if (build.exitCode !== 0) throw new Error(`build failed:\n${build.stdout}\n${build.stderr}`);
  outDir = build.outDir;
}, 300_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the article of a paper added without --language', () => {
  it('marks its text, and its original clipping, as the language the clipping is in', async () => {
    const page = await readPage(outDir, articlePath);
    expect(page.querySelector('article')!.getAttribute('lang')).toBe('ru');
    expect(page.querySelector('article')!.textContent).toContain('Несколько тысяч человек');
    const original = await readPage(outDir, `${articlePath}original/`);
    expect(original.querySelector('pre.clipping')!.getAttribute('lang')).toBe('ru');
  });
});
