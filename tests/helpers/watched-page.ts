import type { Browser, Page } from 'playwright-core';

/**
 * A page whose script errors, console errors and Content-Security-Policy violations (the site's
 * own policy) are collected, for a test to assert there were none.
 */
export async function watchedPage(browser: Browser): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.exposeFunction('reportCspViolation', (violation: string) => problems.push(`CSP: ${violation}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { reportCspViolation: (v: string) => void }).reportCspViolation(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return { page, problems };
}

/**
 * The search page of the site at `siteUrl`, watched, once its facets are drawn and it has stopped
 * fetching, with the path of every request it has made (the list grows as the page goes on).
 */
export async function watchedSearchPage(browser: Browser, siteUrl: string): Promise<{ page: Page; problems: string[]; fetched: string[] }> {
  const { page, problems } = await watchedPage(browser);
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${siteUrl}search/`);
  await page.locator('#search-facets [data-facet="person"]').waitFor();
  await page.waitForLoadState('networkidle');
  return { page, problems, fetched };
}
