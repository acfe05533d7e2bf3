import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { buildVariant } from '../helpers/build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { listHtmlFiles } from '../helpers/html-files.ts';
import { serveBuilt, type Served } from '../helpers/serve.ts';

/**
 * The hostile articles in a real browser: every page of their build, and a search whose results
 * quote them, must open without running a single line of their script. Their payloads all call
 * alert(), which Chromium reports as a dialog, so one listener catches any that runs.
 */
const OUT = 'dist-quality-hostile-browser';
let browser: Browser;
let site: Served;
let files: string[];

beforeAll(async () => {
  const build = await buildVariant({ outDir: OUT, contentDir: 'tests/fixtures/hostile/content' });
  if (build.exitCode !== 0) throw new Error(`hostile build failed:\n${build.stdout}\n${build.stderr}`);
  files = await listHtmlFiles(build.outDir);
  site = await serveBuilt(OUT);
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

it('runs none of the hostile script on any page, nor in search results that quote it', async () => {
  const ran: string[] = [];
  const page = await browser.newPage();
  page.on('dialog', async (dialog) => {
    ran.push(`${page.url()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  const paths = files.map((file) => file.replace(/(^|\/)index\.html$/, '$1'));
  for (const path of [...paths, 'search/?q=HOSTILE', 'search/?q=alert', 'search/?q=script']) {
    await page.goto(site.url + path, { waitUntil: 'networkidle' });
  }
  // The search really did quote the hostile text, so the check above saw it rendered.
  await page.goto(`${site.url}search/?q=onerror`, { waitUntil: 'networkidle' });
  await expect.poll(() => page.locator('main ol li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
  expect(ran).toEqual([]);
});
