import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { requestRecord, responseRecord, warcinfoRecord } from '../../src/bench/warc-records.ts';
import { expectedFacts, printedFacts } from '../helpers/printed-facts.ts';
import { useWorkspace } from './importer-harness.ts';

// Session 22: five of the new outlets' saved-page goldens, as a crawler captured them in one WARC (warcio's writer,
// a gzip member a record) among a home page that lists them and its logo. Each must import with the facts its golden,
// checked by hand, holds, and its capture; the oracle is the golden's expected file, no value stated here.
const PAGES = path.resolve('tests/fixtures/pages');
const NAMES = ['techcrunch-wpvip-graph', 'zaobao-chinese-drupal', 'alquds-arabic-rtl-entities', 'startribune-modified-only-tweet', 'kaktus-media-russian-bitrix'];

const goldens = NAMES.map((name, index) => {
  const markdown = readFileSync(path.join(PAGES, `${name}.expected.md`), 'utf8');
  const { url } = yaml.load(markdown.split('\n---\n')[0]!.replace(/^---\n/u, '')) as { url: string };
  return { name, url, markdown, html: readFileSync(path.join(PAGES, `${name}.html`)), captured: `2024-06-12T08:0${index}:00Z` };
});

const HOME = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Reading list</title><meta property="og:type" content="website"></head><body><h1>Reading list</h1><ul>${goldens.map(({ url, name }) => `<li><a href="${url}">${name}</a></li>`).join('')}</ul><img src="/logo.png" alt=""></body></html>`;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function crawl(): Promise<Buffer> {
  const records = [await warcinfoRecord('outlets.warc.gz', true), await responseRecord({ url: 'https://reading-list.example/', date: '2024-06-12T07:59:00Z', body: HOME }, true)];
  for (const [index, { url, html, captured }] of goldens.entries()) {
    records.push(await requestRecord(url, captured, true));
    // One served gzipped, as most servers send a page; the others as they are.
    const body = index === 0 ? gzipSync(html) : html;
    records.push(await responseRecord({ url, date: captured, body, ...(index === 0 ? { headers: { 'Content-Encoding': 'gzip' } } : {}) }, true));
  }
  records.push(await responseRecord({ url: 'https://reading-list.example/logo.png', date: '2024-06-12T08:06:00Z', body: PNG, contentType: 'image/png' }, true));
  return Buffer.concat(records);
}

describe('a WARC of session 22\'s outlets', () => {
  const workspace = useWorkspace();

  it('imports each page with its golden\'s facts and its capture, passing over the home page and the image', async () => {
    const warc = workspace.input('outlets.warc.gz', await crawl());
    const results = await workspace.run([warc], { dryRun: true });
    expect(results.map((result) => result.status)).toEqual([...NAMES.map(() => 'imported'), 'skipped']);
    expect(results.at(-1)!.skipped).toEqual({ warcinfo: 1, request: 5, 'not an article': 1, 'not HTML': 1 });
    for (const [index, { name, url, markdown, captured }] of goldens.entries()) {
      const { body, ...article } = results[index]!.article!;
      expect(printedFacts(article, body), name).toEqual(expectedFacts(markdown));
      expect(article.url, name).toBe(url);
      expect(article.capture, name).toMatchObject({ url, date: captured.replace('Z', '+00:00') });
    }
  });
});
