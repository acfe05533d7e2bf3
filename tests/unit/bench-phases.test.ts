import { describe, expect, it } from 'vitest';
import { phasesOf, renderByRoute } from '../../src/bench/phases.ts';

// Lines as Astro 7.3 prints them (copied from a real build log), with invented arrival times.
const astroLog = [
  [500, '15:03:56 [content] Syncing content'],
  [4500, '15:04:00 [content] Synced content'],
  [4600, '15:04:00 [types] Generated 4.69s'],
  [4700, '15:04:00 [build] ✓ Completed in 4.79s.'],
  [5800, ' generating static routes '],
  [6000, '15:04:01   ├─ /index.html (+10ms) '],
  [9000, '15:04:01 ✓ Completed in 336ms.'],
  [9100, '15:04:01 [build] ✓ Completed in 1.46s.'],
  [9200, '15:04:01 [@astrojs/sitemap] `sitemap-index.xml` created at `../../tmp/bench-out1`'],
  [9300, '15:04:01 [build] 1001 page(s) built in 9.50s'],
  [9310, '15:04:01 [build] Complete!'],
].map(([at, text]) => ({ at: at as number, text: text as string }));

// The lines src/search/build-index.ts prints after `astro build` has exited.
const indexLog = [
  [9900, '[search] indexing the built site in dist'],
  [15000, '[search] indexed 1000 article(s) into dist/pagefind in 5.1s'],
].map(([at, text]) => ({ at: at as number, text: text as string }));

describe('build phases', () => {
  it('times content sync and render from Astro log lines, and the index step from its first line to the end', () => {
    expect(phasesOf([...astroLog, ...indexLog], 15_400)).toEqual({
      contentSyncMs: 4000,
      pageRenderMs: 3200,
      indexMs: 15_400 - 9900,
      otherMs: 15_400 - 4000 - 3200 - (15_400 - 9900),
    });
  });

  it('leaves the index unmeasured when the build failed before the index step', () => {
    expect(phasesOf(astroLog, 9400).indexMs).toBeNull();
  });

  it('times a Pagefind CLI run after astro build from its banner to the end', () => {
    const cli = [...astroLog, { at: 15_500, text: 'Running Pagefind v1.6.0 (Extended)' }, { at: 20_000, text: 'Finished in 4.4 seconds' }];
    expect(phasesOf(cli, 20_100).indexMs).toBe(20_100 - 15_500);
  });

  it('leaves a phase the log never reached as null', () => {
    const failed = astroLog.slice(0, 5);
    expect(phasesOf(failed, 6000)).toMatchObject({ contentSyncMs: 4000, pageRenderMs: null, indexMs: null });
  });
});

describe('render time by route', () => {
  it('groups Astro page lines into article pages, their files, date archives and sections', () => {
    const lines = [
      '15:13:49   ├─ /2019/03/08/some-title/index.html (+12ms) ',
      '15:13:49   ├─ /2019/03/08/other-title/index.html (+8ms) ',
      '15:13:49   ├─ /2019/03/08/some-title/cite.bib (+1ms) ',
      '15:13:49   ├─ /2019/03/index.html (+5ms) ',
      '15:13:49   └─ /people/tea-mariamidze/index.html (+3ms) ',
      '15:13:49   ├─ /index.html (+4ms) ',
      '15:13:49 ✓ Completed in 336ms.',
    ].map((text, at) => ({ at, text }));
    expect(renderByRoute(lines)).toEqual({
      'article page': { pages: 2, ms: 20 },
      'article cite.bib': { pages: 1, ms: 1 },
      'date archive': { pages: 1, ms: 5 },
      '/people/': { pages: 1, ms: 3 },
      '/index.html': { pages: 1, ms: 4 },
    });
  });
});
