import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { ImportResult } from '../../src/importer/import-file.ts';
import { printableName } from '../../src/importer/errors.ts';
import { createReporter } from '../../src/importer/report.ts';
import { runImport } from '../../src/importer/run-import.ts';
import { FIXED_NOW, useWorkspace } from './importer-harness.ts';

const CIVIL = readFileSync(path.resolve('tests/fixtures/seeds/004_c563c99bc929bd38.txt'));
// A character a terminal would obey rather than show, anywhere in the output.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function capture(json: boolean, tty = false) {
  const out = { stdout: '', stderr: '' };
  const stream = (name: 'stdout' | 'stderr') => {
    const pass = new PassThrough();
    pass.on('data', (chunk) => (out[name] += chunk));
    return Object.assign(pass, { isTTY: tty, columns: 80 }) as unknown as NodeJS.WriteStream;
  };
  const streams = { stdout: stream('stdout'), stderr: stream('stderr') };
  return { out, make: (total: number) => createReporter({ json, total, ...streams }) };
}

const failure: ImportResult = { file: 'b.txt', status: 'failed', error: { line: 3, reason: 'the clipping has no title', fix: 'put the title on the first line' } };
const imported = (file: string): ImportResult => ({ file, status: 'imported', target: `${file}.md`, article: { title: file, body: 'Text.\n' } as ImportResult['article'] });
const FAILURE_TEXT = 'b.txt:3: the clipping has no title. Fix: put the title on the first line.';
const occurrences = (text: string, part: string) => text.split(part).length - 1;

describe('printableName', () => {
  it('prints an ordinary name as it is, and a name with controls quoted and escaped', () => {
    expect(printableName('/archive/in/Civil Georgia – 15 Nov.txt')).toBe('/archive/in/Civil Georgia – 15 Nov.txt');
    expect(printableName('in/\u001b[31mred\nline\u202eevil\u0085.txt')).toBe('"in/\\u001b[31mred\\nline\\u202eevil\\u0085.txt"');
    expect(JSON.parse(printableName('a\u001bb\u2028.txt'))).toBe('a\u001bb\u2028.txt');
  });
});

describe('the reporter', () => {
  it('--json: one object per article, several for one input; failures once, on stdout only', () => {
    const { out, make } = capture(true);
    const reporter = make(2);
    const results = [imported('crawl-1'), imported('crawl-2'), failure];
    results.slice(0, 2).forEach((result) => reporter.result(result));
    reporter.result(failure);
    reporter.finish(results, false);
    const lines = out.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.status)).toEqual(['imported', 'imported', 'failed']);
    expect(lines[0]).toMatchObject({ file: 'crawl-1', article: { title: 'crawl-1', body: 'Text.\n' } });
    expect(out.stderr).toBe('2 imported, 0 unchanged, 0 updated, 1 failed\n');
  });

  it('plain lines: each failure once, as it happens', () => {
    const { out, make } = capture(false);
    const reporter = make(2);
    reporter.result(imported('a.txt'));
    reporter.result(failure);
    reporter.finish([imported('a.txt'), failure], false);
    expect(out.stdout).toBe(`imported   a.txt -> a.txt.md\nfailed     ${FAILURE_TEXT}\n1 imported, 0 unchanged, 0 updated, 1 failed\n`);
  });

  it('behind a progress bar: each failure once, in the summary', () => {
    const { out, make } = capture(false, true);
    const reporter = make(2);
    reporter.result(imported('a.txt'));
    reporter.result(failure);
    reporter.finish([imported('a.txt'), failure], false);
    expect(occurrences(out.stdout + out.stderr, FAILURE_TEXT)).toBe(1);
  });
});

describe('names and messages on screen', () => {
  const workspace = useWorkspace();
  const run = async (args: string[], json: boolean) => {
    const { out, make } = capture(json);
    await runImport(args, workspace.data, { out: workspace.articlesDir, strict: false, update: false, dryRun: false, now: FIXED_NOW }, make);
    return out;
  };

  it('escapes a file name holding ESC sequences, a newline and a bidi override, in every mode', async () => {
    const hostile = workspace.input('\u001b[2J\u001b]0;pwned\u0007\nfailed     x\u202e.txt', CIVIL);
    const missing = `${hostile}-missing.txt`;
    for (const json of [false, true]) {
      const { stdout, stderr } = await run([hostile, missing], json);
      expect(stdout + stderr).not.toMatch(RAW_CONTROL);
      expect(stdout).toContain('\\u001b[2J\\u001b]0;pwned\\u0007\\nfailed     x\\u202e.txt');
    }
    const { stdout } = await run([hostile], false);
    expect(stdout.split('\n')[0]).toBe(`unchanged  ${printableName(hostile)} -> ${path.join(workspace.articlesDir, '2017/11/15/putin-meets-south-ossetian-leader-in-moscow.md')}`);
  });

  it('says why an unreadable file cannot be read once, without repeating the code or the path', async () => {
    const missing = path.join(workspace.root, 'missing.txt');
    const [result] = await workspace.run([missing]);
    expect(result!.error!.reason).toBe('the file cannot be read (ENOENT: no such file or directory)');
  });

  it('gives no line of the file for the text made from an HTML page: it says "in the page\'s text"', async () => {
    const page = '<!doctype html><html><head><title>A Title</title></head><body><article><h1>A Title</h1><p>March 8, 2019</p><p>The text of the article.</p></article></body></html>';
    const [result] = await workspace.run([workspace.input('page.html', page)]);
    expect(result!.error!.line).toBeUndefined();
    expect(result!.error!.reason).toMatch(/^no source profile recognises this clipping.*\(in the page's text as read from its HTML, line \d+\)$/);
    expect(result!.error!.fix).toContain('--new-source "NAME" --time-zone ZONE');
  });
});
