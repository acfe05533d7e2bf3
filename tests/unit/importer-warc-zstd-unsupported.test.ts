import { zstdCompressSync } from 'node:zlib';
import { describe, expect, it, vi } from 'vitest';
import { responseRecord } from '../../src/bench/warc-records.ts';
import { useWorkspace } from './importer-harness.ts';

// The engines allow Node.js 22.12, whose zlib has no zstd (22.15 added it): there a zstd-coded page
// of a WARC is refused on its own, naming the version that decodes it, and the rest is read.
vi.mock('node:zlib', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:zlib')>()), zstdDecompressSync: undefined }));

const page = (title: string) =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><meta property="og:type" content="article"><meta property="og:site_name" content="Black Sea Courier">
<meta property="article:published_time" content="2024-06-05T09:00:00+04:00"></head><body><article><h1>${title}</h1>
<p>The port of Poti handled a record number of containers in May, its operator said on Wednesday, most of them bound for Central Asia.</p></article></body></html>`;

describe('a zstd-coded page where Node.js has no zstd', () => {
  const workspace = useWorkspace();

  it('is refused on its own, naming the Node.js version that decodes it; the rest of the WARC is read', async () => {
    const records = await Promise.all([
      responseRecord({ url: 'https://blackseacourier.example/zstd', date: '2024-06-05T09:30:00Z', body: zstdCompressSync(page('Poti handles record containers')), headers: { 'Content-Encoding': 'zstd' } }, true),
      responseRecord({ url: 'https://blackseacourier.example/plain', date: '2024-06-05T09:31:00Z', body: page('Batumi cruise season opens') }, true),
    ]);
    const warc = workspace.input('zstd.warc.gz', Buffer.concat(records));
    const results = await workspace.run([warc], { dryRun: true });
    expect(results.map((result) => result.status)).toEqual(['failed', 'imported']);
    expect(results[0]).toMatchObject({
      file: `${warc} [https://blackseacourier.example/zstd]`,
      error: { reason: `the page is sent with Content-Encoding: zstd, which this Node.js (${process.version}) cannot decode`, fix: 'import the WARC with Node.js 22.15 or later, which decodes zstd' },
    });
  });
});
