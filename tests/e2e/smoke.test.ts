import { afterAll, beforeAll, expect, it } from 'vitest';
import { openBuiltSite, type OpenSite } from '../helpers/open-site.ts';

let site: OpenSite;

beforeAll(async () => {
  site = await openBuiltSite();
});
afterAll(() => site?.close());

it('serves the home page to a real browser', async () => {
  const page = await site.browser.newPage();
  const response = await page.goto(site.url);
  expect(response?.status()).toBe(200);
  expect(await page.title()).toContain('Dateline');
});
