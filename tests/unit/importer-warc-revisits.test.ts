import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { responseRecord, revisitRecord, warcinfoRecord } from '../../src/bench/warc-records.ts';
import { useWorkspace } from './importer-harness.ts';

// A crawl that deduplicates across crawls (Browsertrix, Heritrix with a dedup index) writes a
// revisit for a page whose payload an earlier crawl stored: the page is in that crawl's WARC, not
// in this one. Passed over as a repeat, the article would be lost without a word (warc-revisits.ts).
const OC_URL = 'https://oc-media.org/batumi-boulevard/';
const JAMNEWS_URL = 'https://jam-news.net/batumi-boulevard-repairs/';

describe('a revisit of an identical capture', () => {
  const workspace = useWorkspace();

  it('is passed over when the WARC holds the capture it repeats, and refused, naming it, when it does not', async () => {
    const records = [
      await warcinfoRecord('dedup.warc.gz', true),
      // Captured in this crawl, to the millisecond, and revisited later: the revisit names its date to the second.
      await responseRecord({ url: OC_URL, date: '2024-06-05T09:02:10.412Z', body: readFileSync('tests/fixtures/pages/oc-media-graph.html') }, true),
      await revisitRecord(OC_URL, '2024-06-05T10:02:10Z', '2024-06-05T09:02:10Z', true),
      // Captured by last month's crawl: this WARC holds only the revisit.
      await revisitRecord(JAMNEWS_URL, '2024-06-05T09:05:00Z', '2024-05-20T08:00:00Z', true),
    ];
    const results = await workspace.run([workspace.input('dedup.warc.gz', Buffer.concat(records))], { dryRun: true });
    expect(results.map((result) => [result.status, result.file])).toEqual([
      ['imported', `${workspace.root}/in/dedup.warc.gz [${OC_URL}]`],
      ['failed', `${workspace.root}/in/dedup.warc.gz [${JAMNEWS_URL}]`],
      ['skipped', `${workspace.root}/in/dedup.warc.gz`],
    ]);
    expect(results[1]!.error!.reason).toBe('the record is a revisit of an identical earlier capture of 2024-05-20T08:00:00Z that this WARC does not hold, so the page is not in it');
    expect(results[1]!.error!.fix).toMatch(/^import the WARC that holds that capture /);
    expect(results[2]!.skipped).toEqual({ warcinfo: 1, 'revisit of an identical earlier capture': 1 });
  });
});
