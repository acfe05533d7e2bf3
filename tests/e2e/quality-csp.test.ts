import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTour, type Tour } from '../helpers/site-tour.ts';

/**
 * Every kind of page works under its own Content-Security-Policy: the browser reports no
 * violation, no script error, and search still finds articles with its WebAssembly index.
 */
let tour: Tour;

beforeAll(async () => {
  tour = await startTour();
});
afterAll(() => tour?.site.close());

it('reports zero CSP violations and zero script errors on one page of every kind, search included', async () => {
  expect(tour.stops.map((stop) => stop.kind)).toEqual(expect.arrayContaining(['home', 'article', 'search']));
  const { stops, site } = tour;
  const problems: string[] = [];
  for (const stop of stops) {
    const page = await site.browser.newPage();
    // Registered before any page script runs, through the browser, which CSP does not govern.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`);
      });
    });
    page.on('console', (message) => {
      if (message.type() === 'error' && !/404 \(Not Found\)/.test(message.text())) problems.push(`${stop.kind} console: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${stop.kind} script error: ${error.message}`));
    await page.goto(site.url + stop.path, { waitUntil: 'networkidle' });
    if (stop.kind === 'search') {
      const results = page.locator('main ol li a[href]');
      await results.first().waitFor({ timeout: 15_000 }).catch(() => problems.push(`search for /${stop.path} showed no results`));
    }
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    problems.push(...violations.map((violation) => `${stop.kind} /${stop.path}: ${violation}`));
    await page.close();
  }
  expect(problems).toEqual([]);
  // One page of every kind: the tour grows with the site's kinds of page (about 20 now).
}, 180_000);
