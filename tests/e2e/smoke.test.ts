import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../src/harness/browser.ts';
import { serveBuilt, type Served } from '../../src/harness/serve.ts';

let browser: Browser;
let site: Served;

beforeAll(async () => {
  site = await serveBuilt();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

it('serves the home page to a real browser', async () => {
  const page = await browser.newPage();
  const response = await page.goto(site.url);
  expect(response?.status()).toBe(200);
  expect(await page.title()).toContain('Dateline');
});
