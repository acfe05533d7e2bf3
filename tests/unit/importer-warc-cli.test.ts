import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { responseRecord } from '../../src/bench/warc-records.ts';

// `npm run import -- crawl.warc.gz` and `--time-zone`, as the archivist types them.
const NODE = path.resolve('node_modules/.bin/node');
const TSX = path.resolve('node_modules/tsx/dist/cli.mjs');
const { DATELINE_CONTENT_DIR: _ignored, ...env } = process.env;

let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'importer-warc-cli-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function importCli(...args: string[]) {
  const result = spawnSync(NODE, [TSX, 'src/importer/cli.ts', '--out', path.join(root, 'content', 'articles'), ...args], { encoding: 'utf8', env });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const article = (url: string, title: string, published: string) =>
  `<html lang="en"><head><meta property="og:type" content="article"><meta property="og:title" content="${title}"><meta property="og:site_name" content="Delhi Daily">
<link rel="canonical" href="${url}"><meta property="article:published_time" content="${published}"></head><body><article><p>${title}: the text of the article.</p></article></body></html>`;

describe('npm run import with a WARC', { timeout: 120_000 }, () => {
  it('prints one JSON object per article with --json, and --time-zone gives a new paper its zone', async () => {
    const records = [
      await responseRecord({ url: 'https://delhidaily.example/a', date: '2020-06-13T00:00:00Z', body: article('https://delhidaily.example/a', 'Monsoon Arrives', '2020-06-12T09:15:00+05:30') }, true),
      await responseRecord({ url: 'https://delhidaily.example/style.css', date: '2020-06-13T00:00:01Z', body: 'p {}', contentType: 'text/css' }, true),
      await responseRecord({ url: 'https://delhidaily.example/b', date: '2020-06-13T00:00:02Z', body: article('https://delhidaily.example/b', 'Rivers Rise', '2020-06-12T18:40:00+05:30') }, true),
    ];
    const warc = path.join(root, 'crawl.warc.gz');
    writeFileSync(warc, Buffer.concat(records));

    // Without --time-zone each page is read in its own offset and the paper's zone is left unknown.
    const previewed = importCli('--dry-run', warc);
    expect(previewed.code).toBe(0);
    expect(previewed.stdout).toContain('without a time zone: the page gives only its UTC offset +05:30');
    expect(importCli('--time-zone', 'Mars/Olympus', warc)).toMatchObject({ code: 2, stderr: expect.stringContaining('--time-zone Mars/Olympus: must be an IANA time zone') });

    const { code, stdout, stderr } = importCli('--json', '--time-zone', 'Asia/Kolkata', warc);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.status, line.article?.title, line.article?.body])).toEqual([
      ['imported', 'Monsoon Arrives', 'Monsoon Arrives: the text of the article.\n'],
      ['imported', 'Rivers Rise', 'Rivers Rise: the text of the article.\n'],
      ['skipped', undefined, undefined],
    ]);
    expect(lines[1].article).toMatchObject({ source: 'delhi-daily', published: '2020-06-12T18:40:00+05:30', capture: { url: 'https://delhidaily.example/b', date: '2020-06-13T00:00:02+00:00' } });
    expect(stderr).toContain(`2 imported, 0 unchanged, 0 updated, 0 failed\n  ${warc}: 1 record passed over: 1 not HTML`);
    expect(readFileSync(path.join(root, 'content', 'sources', 'delhi-daily.yaml'), 'utf8')).toContain('timeZone: Asia/Kolkata');
  });
});
