import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createReporter } from '../../src/importer/report.ts';
import type { ImportResult } from '../../src/importer/import-file.ts';

// The command an archivist types, run as a real process: `npm run import` is `tsx src/importer/cli.ts`.
const NODE = path.resolve('node_modules/.bin/node');
const TSX = path.resolve('node_modules/tsx/dist/cli.mjs');
const SEEDS = path.resolve('tests/fixtures/seeds');
const CIVIL = path.join(SEEDS, '004_c563c99bc929bd38.txt');
const MESSENGER = path.join(SEEDS, '000_62f9dd80dc8d7e61.txt');

let root: string;
let out: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'importer-cli-'));
  out = path.join(root, 'content', 'articles');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

// Sources and gazetteer come from the checkout's content/; articles go to --out.
const { DATELINE_CONTENT_DIR: _ignored, ...env } = process.env;

function importCli(...args: string[]) {
  const result = spawnSync(NODE, [TSX, 'src/importer/cli.ts', ...args], { encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const written = () => (existsSync(root) ? readdirSync(root, { recursive: true }).map(String).filter((file) => /\.(md|txt)$/.test(file)).sort() : []);

// Each run starts tsx, which takes seconds on a busy two-core machine.
describe('npm run import', { timeout: 120_000 }, () => {
  it('imports the Civil Georgia seed and exits 0', () => {
    const { code, stdout } = importCli('--out', out, CIVIL);
    expect(code).toBe(0);
    expect(stdout).toContain(`imported   ${CIVIL} -> ${path.join(out, '2017/11/15/putin-meets-south-ossetian-leader-in-moscow.md')}`);
    expect(stdout).toContain('1 imported, 0 unchanged, 0 updated, 0 failed');
  });

  it('refuses the Messenger seed without --year: exit 1, file, line 6 and candidate years', () => {
    const { code, stdout } = importCli('--out', out, MESSENGER);
    expect(code).toBe(1);
    expect(stdout).toContain(`${MESSENGER}:6: "Friday, March 8" prints no year; candidate years (Friday, March 8): `);
    expect(stdout).toMatch(/2002, 2013, 2019, 2024.*Fix: pass --year YYYY/);
    expect(written()).toEqual([]);
  });

  it('prints JSON Lines with --json: file, status, article with body', () => {
    const { code, stdout, stderr } = importCli('--out', out, '--json', '--year', '2019', MESSENGER, path.join(root, 'missing.txt'));
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      file: MESSENGER,
      status: 'imported',
      article: { source: 'the-messenger', published: '2019-03-08T00:00:00+04:00', dateCertainty: 'supplied', authors: ['Tea Mariamidze'] },
    });
    expect(lines[0].article.body).toMatch(/^Official Tbilisi condemned/);
    expect(lines[1]).toMatchObject({ file: path.join(root, 'missing.txt'), status: 'failed', error: { reason: expect.stringMatching(/ENOENT/) } });
    expect(stderr).toContain('1 imported, 0 unchanged, 0 updated, 1 failed');
  });

  it('imports a directory: plain lines, each failure once, a summary, exit 1; --dry-run writes nothing', () => {
    const dir = path.join(root, 'in');
    cpSync(SEEDS, dir, { recursive: true });
    writeFileSync(path.join(dir, 'zz-bad.txt'), 'Some Headline\nMarch 8, 2019\n\nText.\n');
    const dry = importCli('--out', out, '--year', '2019', '--dry-run', dir);
    expect(dry.code).toBe(1);
    expect(dry.stdout).toContain('Dry run (nothing written): 2 imported, 0 unchanged, 0 updated, 1 failed');
    expect(written()).toEqual(['in/000_62f9dd80dc8d7e61.txt', 'in/004_c563c99bc929bd38.txt', 'in/zz-bad.txt']);

    const real = importCli('--out', out, '--year', '2019', dir);
    expect(real.code).toBe(1);
    expect(real.stdout).toContain('2 imported, 0 unchanged, 0 updated, 1 failed');
    // Each failure once: on its own line as it happens, not again in the summary.
    expect(real.stdout.split(`${path.join(dir, 'zz-bad.txt')}:1: no source profile recognises this clipping`)).toHaveLength(2);
    expect(real.stdout).toContain(`failed     ${path.join(dir, 'zz-bad.txt')}:1: no source profile recognises this clipping`);
    expect(written()).toHaveLength(3 + 4);

    const again = importCli('--out', out, '--year', '2019', path.join(dir, '000_62f9dd80dc8d7e61.txt'), CIVIL);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('0 imported, 2 unchanged, 0 updated, 0 failed');
  });

  it('rejects bad usage with exit 2 and the usage text', () => {
    for (const args of [['--year', '19', CIVIL], [], ['--source', 'daily-planet', CIVIL]]) {
      const { code, stderr } = importCli('--out', out, ...args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain('Usage: npm run import');
    }
    expect(written()).toEqual([]);
  });
});

describe('progress on a terminal', () => {
  it('draws a progress bar on a TTY and prints the summary when done', () => {
    const stderr = Object.assign(new PassThrough(), { isTTY: true, columns: 80 }) as unknown as NodeJS.WriteStream;
    const stdout = new PassThrough() as unknown as NodeJS.WriteStream;
    let drawn = '';
    let printed = '';
    (stderr as unknown as PassThrough).on('data', (chunk) => (drawn += chunk));
    (stdout as unknown as PassThrough).on('data', (chunk) => (printed += chunk));
    const reporter = createReporter({ json: false, total: 2, stdout, stderr });
    const results: ImportResult[] = [
      { file: 'a.txt', status: 'imported', target: 'x.md' },
      { file: 'b.txt', status: 'failed', error: { line: 3, reason: 'the clipping has no title', fix: 'put the title on the first line' } },
    ];
    results.forEach((result) => {
      reporter.result(result);
      reporter.inputDone(result.file);
    });
    reporter.finish(results, false);
    expect(drawn).toContain('importing [');
    expect(drawn).toContain('2/2');
    expect(printed).toBe('1 imported, 0 unchanged, 0 updated, 1 failed\n  failed: b.txt:3: the clipping has no title. Fix: put the title on the first line.\n');
  });
});
