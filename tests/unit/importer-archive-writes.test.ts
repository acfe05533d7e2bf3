import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/importer/frontmatter.ts';
import { checkArticlesDir } from '../../src/importer/write-article.ts';
import { useWorkspace } from './importer-harness.ts';

// Issue 19 items 1, 3, 12 and 15 at the level of one run; tests/reliability runs real processes.
const SEEDS = path.resolve('tests/fixtures/seeds');
const CIVIL = readFileSync(path.join(SEEDS, '004_c563c99bc929bd38.txt'));
const CIVIL_ARTICLE_MD = readFileSync(path.resolve('tests/fixtures/clippings/seed-civil-georgia.expected.md'), 'utf8');
const ARTICLE = 'articles/2017/11/15/putin-meets-south-ossetian-leader-in-moscow.md';
const ORIGINAL = 'originals/2017/11/15/putin-meets-south-ossetian-leader-in-moscow.txt';
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('Markdown articles: the recorded hash is the hash of the kept original', () => {
  const workspace = useWorkspace();
  const snapshot = () => Object.fromEntries(workspace.files().map((file) => [file, readFileSync(path.join(workspace.contentDir, file), 'utf8')]));

  it('refuses a made-up sha256 when no original with that hash exists', async () => {
    const madeUp = CIVIL_ARTICLE_MD.replace(/sha256: 1018849d[0-9a-f]+/, `sha256: ${'a'.repeat(64)}`);
    const [result] = await workspace.run([workspace.input('article.md', madeUp)]);
    expect(result!.status).toBe('failed');
    expect(result!.error!.reason).toBe('original.sha256 is aaaaaaaaaaaa…, but the archive holds no original for this article and no file beside the article has that hash');
    expect(workspace.files()).toEqual([]);
  });

  it('refuses an original beside the article whose bytes have another hash', async () => {
    workspace.input('004_c563c99bc929bd38.txt', 'Some other text.\n');
    const [result] = await workspace.run([workspace.input('article.md', CIVIL_ARTICLE_MD)]);
    expect(result!.error!.reason).toBe('original.sha256 is not the hash of 004_c563c99bc929bd38.txt beside the article');
  });

  it('--update of an edited .md over a clipping-based article keeps the original and adds no revision', async () => {
    await workspace.run([workspace.input('civil.txt', CIVIL)]);
    const edited = readFileSync(path.join(workspace.contentDir, ARTICLE), 'utf8').replace('about a hundred agreements', 'about a hundred (100) agreements');
    const [result] = await workspace.run([workspace.input('edit/article.md', edited)], { update: true });
    expect(result!.status).toBe('updated');
    const { data, body } = parseArticleFile(readFileSync(path.join(workspace.contentDir, ARTICLE), 'utf8'));
    expect(body).toContain('(100)');
    expect(data.revisions).toEqual([]);
    expect(readFileSync(path.join(workspace.contentDir, ORIGINAL))).toEqual(CIVIL);
  });

  it('--update of an .md naming another original is refused unless it brings that original', async () => {
    await workspace.run([workspace.input('civil.txt', CIVIL)]);
    const corrected = CIVIL.toString('utf8').replace('about a hundred agreements', 'about 100 agreements');
    const article = readFileSync(path.join(workspace.contentDir, ARTICLE), 'utf8')
      .replace(/sha256: [0-9a-f]{64}/, `sha256: ${sha256(corrected)}`)
      .replace(/textSha256: [0-9a-f]{64}/, `textSha256: ${sha256(corrected)}`)
      .replace('file: civil.txt', 'file: corrected.txt');
    const before = snapshot();
    const [refused] = await workspace.run([workspace.input('edit/article.md', article)], { update: true });
    expect(refused!.error!.reason).toMatch(/^original\.sha256 is [0-9a-f]{12}…, but the archived original has 1018849daeb3… and no file beside the article has that hash$/);
    expect(snapshot()).toEqual(before);

    workspace.input('edit/corrected.txt', corrected);
    const [updated] = await workspace.run([path.join(workspace.root, 'in/edit/article.md')], { update: true });
    expect(updated!.status).toBe('updated');
    const { data } = parseArticleFile(readFileSync(path.join(workspace.contentDir, ARTICLE), 'utf8'));
    expect(data.revisions).toEqual([{ sha256: sha256(CIVIL), replaced: '2026-01-01T00:00:00Z' }]);
    expect(readFileSync(path.join(workspace.contentDir, ORIGINAL), 'utf8')).toBe(corrected);
    expect(readFileSync(path.join(workspace.contentDir, ORIGINAL.replace('.txt', `.${sha256(CIVIL).slice(0, 12)}.txt`)))).toEqual(CIVIL);
  });
});

describe('the archive lock', () => {
  const workspace = useWorkspace();
  const lockFile = () => path.join(workspace.contentDir, '.import.lock');

  it('takes over the lock of an import that was killed', async () => {
    const dead = spawn(process.execPath, ['-e', '0']);
    await new Promise((resolve) => dead.on('exit', resolve));
    mkdirSync(workspace.contentDir, { recursive: true });
    writeFileSync(lockFile(), JSON.stringify({ pid: dead.pid, host: hostname(), token: 'x', since: '2026-01-01T00:00:00Z' }));
    const [result] = await workspace.run([workspace.input('civil.txt', CIVIL)]);
    expect(result!.status).toBe('imported');
    expect(existsSync(lockFile())).toBe(false);
  });

  it('waits for a live import, then says clearly who holds the archive', async () => {
    const live = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      mkdirSync(workspace.contentDir, { recursive: true });
      writeFileSync(lockFile(), JSON.stringify({ pid: live.pid, host: hostname(), token: 'x', since: '2026-01-01T00:00:00Z' }));
      const [result] = await workspace.run([workspace.input('civil.txt', CIVIL)], { lockWaitMs: 300 });
      expect(result!.error!.reason).toBe(`another import (process ${live.pid} on ${hostname()}, since 2026-01-01T00:00:00Z) is writing to ${workspace.contentDir}; waited 0 s for it`);
      expect(result!.error!.fix).toBe(`import again when it has finished; if no import is running, delete ${lockFile()}`);
      expect(workspace.files()).toEqual(['.import.lock']);
    } finally {
      live.kill();
    }
  });
});

describe('what a killed import leaves', () => {
  const workspace = useWorkspace();

  it('is tidied by the next import: a journal temp file and a lock whose process is gone', async () => {
    mkdirSync(workspace.contentDir, { recursive: true });
    writeFileSync(path.join(workspace.contentDir, '..import-journal.json.999999-0badc0de.journal.tmp'), '{"steps":');
    writeFileSync(path.join(workspace.contentDir, '.import.lock'), '');
    const old = new Date(Date.now() - 60_000);
    utimesSync(path.join(workspace.contentDir, '.import.lock'), old, old);
    const [result] = await workspace.run([workspace.input('civil.txt', CIVIL)]);
    expect(result!.status).toBe('imported');
    expect(workspace.files()).toEqual([ARTICLE, ORIGINAL]);
  });
});

describe('what the importer refuses to write', () => {
  const workspace = useWorkspace();

  it.each([
    ['', /^--out is empty/],
    ['   ', /^--out is empty/],
    ['/', /give a folder named articles/],
    ['/articles', /give a folder named articles inside the archive's folder/],
    ['.', /give a folder named articles/],
    ['content', /give a folder named articles/],
  ])('--out %j', (out, message) => {
    expect(checkArticlesDir(out)).toMatch(message);
  });

  it.each(['content/articles', '/tmp/archive/articles', 'articles/'])('--out %j is an articles folder', (out) => {
    expect(checkArticlesDir(out)).toBeUndefined();
  });

  it('refuses a publication year in the future, naming --date and --year', async () => {
    const future = workspace.input('future.txt', 'The messenger logo\n\nA Title\n\nBy Tea Mariamidze\nMarch 8, 2999\nThe text.\n');
    const [result] = await workspace.run([future]);
    expect(result!.error).toEqual({
      reason: 'the publication date 2999-03-08 is in the future',
      fix: 'correct the date line (or published), or pass --date YYYY-MM-DD or --year YYYY with the real date',
    });
    expect(workspace.files()).toEqual([]);
  });
});
