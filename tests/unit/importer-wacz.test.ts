import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { responseRecord } from '../../src/bench/warc-records.ts';
import { useWorkspace } from './importer-harness.ts';
import { storedZip } from './stored-zip.ts';

// WACZ files as ArchiveWeb.page and Browsertrix export them: the crawl's WARCs under archive/, its
// page list in pages/pages.jsonl and datapackage.json beside them, built here from saved pages of
// the fixtures (text written for the tests).
const TREES_URL = 'https://mtkvaripost.example/news/trees';
const OC_URL = 'https://oc-media.org/kutaisi-airport-terminal/';

async function crawl(): Promise<Buffer> {
  const trees = await responseRecord({ url: TREES_URL, date: '2024-06-05T09:00:00.412Z', body: readFileSync('tests/fixtures/saved-pages/mtkvari-post-microdata.html'), recordId: '<urn:uuid:7b0e2e5c-0d1f-4a51-9c3e-1f6a2b8c4d01>' }, true);
  const style = await responseRecord({ url: 'https://mtkvaripost.example/style.css', date: '2024-06-05T09:00:01Z', body: 'body { margin: 0 }', contentType: 'text/css' }, true);
  const oc = await responseRecord({ url: OC_URL, date: '2024-06-05T09:02:10Z', body: readFileSync('tests/fixtures/pages/oc-media-graph.html'), recordId: '<urn:uuid:7b0e2e5c-0d1f-4a51-9c3e-1f6a2b8c4d02>' }, false);
  const pages = [
    { format: 'json-pages-1.0', id: 'pages', title: 'All Pages' },
    { id: 'p1', url: TREES_URL, title: 'Trees', ts: '2024-06-05T09:00:00Z' },
    { id: 'p2', url: OC_URL, title: 'Kutaisi', ts: '2024-06-05T09:02:10Z' },
  ];
  return storedZip([
    ['archive/data.warc.gz', Buffer.concat([trees, style])],
    ['archive/rec-20240605090210.warc', oc],
    ['pages/pages.jsonl', pages.map((line) => JSON.stringify(line)).join('\n')],
    ['datapackage.json', JSON.stringify({ profile: 'data-package', wacz_version: '1.1.1', software: 'Browsertrix-Crawler 1.2.0', resources: [] })],
  ]);
}

describe('a WACZ (ArchiveWeb.page, Browsertrix)', () => {
  const workspace = useWorkspace();

  it('imports every article of every WARC inside, each with its capture, and counts what it passed over', async () => {
    const results = await workspace.run([workspace.input('crawl.wacz', await crawl())]);
    expect(results.map((result) => [result.status, result.article?.capture])).toEqual([
      ['imported', { url: TREES_URL, date: '2024-06-05T09:00:00+00:00', recordId: '<urn:uuid:7b0e2e5c-0d1f-4a51-9c3e-1f6a2b8c4d01>' }],
      ['imported', { url: OC_URL, date: '2024-06-05T09:02:10+00:00', recordId: '<urn:uuid:7b0e2e5c-0d1f-4a51-9c3e-1f6a2b8c4d02>' }],
      ['skipped', undefined],
    ]);
    expect(results[0]!.article).toMatchObject({ title: 'Tbilisi to plant 20,000 trees along the river', original: { file: 'crawl.wacz' } });
    expect(results[2]!.skipped).toEqual({ 'not HTML': 1 });
  });

  it('reads a WACZ that was renamed .warc.gz as the WACZ it is', async () => {
    const results = await workspace.run([workspace.input('renamed.warc.gz', await crawl())], { dryRun: true });
    expect(results.map((result) => result.status)).toEqual(['imported', 'imported', 'skipped']);
  });

  it.each([
    ['cut short (its directory at the end is missing)', async () => (await crawl()).subarray(0, 3000), /^the WACZ cannot be read as a zip archive \(/],
    ['not a zip at all', async () => Buffer.from('WARC/1.1\r\nWARC-Type: warcinfo\r\n'), /^the file is not a WACZ: a WACZ is a zip archive, and this file does not begin as one$/],
    ['a zip with no WARC under archive/', async () => storedZip([['datapackage.json', '{}']]), /^the zip holds no WARC file under archive\/, so it is no WACZ web archive$/],
  ])('is refused when %s, with what to do, and nothing is written', async (_case, bytes, reason) => {
    const [result, ...rest] = await workspace.run([workspace.input('crawl.wacz', await bytes())]);
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ status: 'failed', error: { reason: expect.stringMatching(reason), fix: expect.stringMatching(/\S/) } });
    expect(result!.error!.internal).toBeUndefined();
    expect(workspace.files()).toEqual([]);
  });

  it('names the WARC inside when one of them is not a WARC', async () => {
    const [result] = await workspace.run([workspace.input('crawl.wacz', storedZip([['archive/data.warc', '<html>not a warc</html>']]))]);
    expect(result).toMatchObject({ status: 'failed', error: { reason: 'in archive/data.warc: the file is not a WARC web archive (it does not begin with a WARC/1.x record, compressed or not)' } });
  });

  it('names the WARC inside that is itself a zip, and does not ask to rename it', async () => {
    const nested = storedZip([['archive/data.warc.gz', storedZip([['archive/inner.warc', 'WARC/1.1\r\n']])]]);
    const [result] = await workspace.run([workspace.input('crawl.wacz', nested)]);
    expect(result).toMatchObject({ status: 'failed', error: { reason: 'in archive/data.warc.gz: the file is not a WARC web archive (it does not begin with a WARC/1.x record, compressed or not)' } });
  });
});
