/**
 * Which files each of the benchmark's 20 queries fetches, on a site that is already built: one
 * line per query (bytes by kind) and, with --files, every file with its transferred size. The
 * benchmark's probe (src/bench/search-probe.ts) gives the totals; this says why a query is large.
 *
 *   tsx src/bench/experiments/search-requests.ts --site <dist> [--files] [--sort newest]
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { launchChromium } from '../../../tests/helpers/browser.ts';
import { serveBuilt } from '../../../tests/helpers/serve.ts';
import { buildWorld, DEFAULT_SEED } from '../corpus.ts';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    files: { type: 'boolean', default: false },
    // Every query's results as the reader sees them, to compare two builds of the index.
    results: { type: 'string' },
    sort: { type: 'string', default: 'relevance' },
  },
});
if (!values.site) throw new Error('--site <built site> is required');

interface Fetched {
  path: string;
  bytes: number;
}

function kind(pathname: string): string {
  const match = /\.(pf_\w+|js|json|pagefind)$/.exec(pathname);
  return match?.[1] ?? 'page';
}

const site = await serveBuilt(values.site);
const browser = await launchChromium();
try {
  const context = await browser.newContext();
  let fetched: Fetched[] = [];
  const pending = new Set<Promise<void>>();
  context.on('requestfinished', (request) => {
    const counted = request.sizes().then((sizes) => {
      fetched.push({ path: new URL(request.url()).pathname, bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    });
    pending.add(counted);
    void counted.finally(() => pending.delete(counted));
  });
  const page = await context.newPage();
  const queries = buildWorld(Number(values.seed)).queries;
  const sort = values.sort === 'relevance' ? '' : `&sort=${values.sort}`;
  const seen: string[] = [];
  await page.goto(new URL('search/', site.url).href, { waitUntil: 'networkidle' });
  for (const query of queries) {
    // A new search by URL, as a shared link or the Back button would start it, on the same page
    // (history.pushState keeps Pagefind and its caches).
    await Promise.all(pending);
    const before = fetched.length;
    await page.evaluate(
      ([q, s]) => {
        const input = document.querySelector<HTMLInputElement>('#search-query')!;
        input.value = q!;
        if (s) document.querySelector<HTMLSelectElement>('#search-sort')!.value = s;
        document.querySelector<HTMLFormElement>('#search-form')!.requestSubmit();
      },
      [query, sort ? values.sort : ''],
    );
    // The status names the query once its results are drawn (render.ts resultSummary).
    await page.waitForFunction((q) => document.querySelector('#search-status')?.textContent?.includes(`“${q}”`), query);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    await Promise.all(pending);
    const mine = fetched.slice(before);
    const byKind: Record<string, { files: number; bytes: number }> = {};
    for (const file of mine) {
      const k = kind(file.path);
      byKind[k] ??= { files: 0, bytes: 0 };
      byKind[k].files += 1;
      byKind[k].bytes += file.bytes;
    }
    const total = mine.reduce((sum, file) => sum + file.bytes, 0);
    const shown = await page.locator('#search-results > li').count();
    const kinds = Object.entries(byKind)
      .map(([k, { files, bytes }]) => `${k} ${files}×=${(bytes / 1024).toFixed(1)}`)
      .join(', ');
    console.log(`${JSON.stringify(query)}: ${(total / 1024).toFixed(1)} KB (${shown} shown) ${kinds}`);
    seen.push(`## ${query}\n${await page.locator('#search-status').innerText()}\n${await page.locator('#search-results').innerHTML()}`);
    if (values.files) for (const file of mine) console.log(`    ${file.bytes}\t${file.path}`);
  }
  await context.close();
  if (values.results) writeFileSync(values.results, `${seen.join('\n').replace(/></g, '>\n<')}\n`);
} finally {
  await browser.close();
  await site.stop();
}
