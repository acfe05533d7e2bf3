/**
 * The benchmark's search probe (20 fixed queries in headless Chromium) against a site that is
 * already built, e.g. one kept by `npm run bench -- --keep` whose index was then rewritten by
 * pagefind-index-step.ts with other settings: what a reader fetches per search, by kind of file.
 *
 *   tsx src/bench/experiments/pagefind-search-bytes.ts --site <dist> [--seed S]
 */
import { parseArgs } from 'node:util';
import { launchChromium } from '../../../tests/helpers/browser.ts';
import { serveBuilt } from '../../../tests/helpers/serve.ts';
import { buildWorld, DEFAULT_SEED } from '../corpus.ts';
import { bytes } from '../report.ts';
import { probeSearch } from '../search-probe.ts';

const { values } = parseArgs({ options: { site: { type: 'string' }, seed: { type: 'string', default: String(DEFAULT_SEED) } } });
if (!values.site) throw new Error('--site <built site> is required');

const site = await serveBuilt(values.site);
const browser = await launchChromium();
try {
  const probe = await probeSearch(browser, site.url, buildWorld(Number(values.seed)).queries);
  console.log(`first search ${bytes(probe.firstQueryBytes)}, later queries mean ${bytes(probe.laterQueryBytes.mean)} / max ${bytes(probe.laterQueryBytes.max)}`);
  console.log(`keystroke to results (later queries): median ${probe.laterQueryMs.median} ms, p95 ${probe.laterQueryMs.p95} ms`);
  const kinds = new Set([...Object.keys(probe.firstQueryByKind), ...Object.keys(probe.laterQueryByKind)]);
  for (const kind of kinds) {
    console.log(`  ${kind}: first ${bytes(probe.firstQueryByKind[kind] ?? 0)}, later mean ${bytes(probe.laterQueryByKind[kind] ?? 0)}`);
  }
  console.log(`queries with results: ${probe.queries.filter((query) => query.ms !== null).length} / ${probe.queries.length}`);
} finally {
  await browser.close();
  await site.stop();
}
