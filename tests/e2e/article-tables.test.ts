import { execFile } from 'node:child_process';
import { cp, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../helpers/axe.ts';
import { childEnv, projectRoot } from '../helpers/build.ts';
import { listHtmlFiles } from '../helpers/html-files.ts';
import { nuErrors } from '../helpers/nu-checker.ts';
import { openBuiltSite, siteVariant, type OpenSite } from '../helpers/open-site.ts';

/**
 * Tables in articles (issue 13), on the page: the outlets' golden clippings with tables and a saved page with a
 * <caption>, imported as a user imports them into an archive of their own, built, and read in Chromium. Each table
 * holds the clipping's cells, word for word, in their rows; names its columns where the clipping does; passes axe and
 * the Nu HTML checker.
 */
const run = promisify(execFile);
const FIXTURES = path.join(projectRoot, 'tests/fixtures');

/** Each clipping with its table, the paper it is imported as (as outlet-goldens.ts registers it), and its page. */
const CLIPPINGS = [
  ['civil-georgia-2024-cec-results-table', undefined, '2024/10/27/cec-publishes-preliminary-results-of-parliamentary-elections/'],
  ['interfax-en-table-tabs', undefined, '2021/02/12/georgias-wine-exports-to-russia-fall-8-in-january/'],
  ['reuters-factbox-two-columns', 'reuters', '2024/10/25/factbox-georgias-parliamentary-election-in-numbers/'],
  ['le-monde-legislatives-tableau', 'le-monde', '2024/10/27/legislatives-en-georgie-le-parti-au-pouvoir-revendique-la-victoire-lopposition/'],
  ['tass-ru-tovarooborot-table', 'tass', '2024/01/15/tovarooborot-rossii-i-gruzii-v-2023-godu-vyros-na-12/'],
] as const;
const SAVED_PAGE = { file: 'pages/oc-media-budget-table-caption.html', page: '2024/12/13/parliament-adopts-2025-budget-with-record-defence-spending/' };

async function archiveWithTables(workDir: string): Promise<string> {
  const contentDir = path.join(workDir, 'content');
  await mkdir(path.join(contentDir, 'sources'), { recursive: true });
  await cp(path.join(projectRoot, 'content/gazetteer'), path.join(contentDir, 'gazetteer'), { recursive: true });
  // Civil Georgia is the archive's own paper; the others are the goldens' (tests/fixtures/outlets/sources).
  await cp(path.join(projectRoot, 'content/sources/civil-georgia.yaml'), path.join(contentDir, 'sources/civil-georgia.yaml'));
  for (const paper of ['interfax-english', 'reuters', 'le-monde', 'tass']) {
    await cp(path.join(FIXTURES, 'outlets/sources', `${paper}.yaml`), path.join(contentDir, 'sources', `${paper}.yaml`));
  }
  const imports = [...CLIPPINGS.map(([name, source]) => [...(source ? ['--source', source] : []), path.join(FIXTURES, 'clippings', `${name}.txt`)]), [path.join(FIXTURES, SAVED_PAGE.file)]];
  for (const args of imports) {
    await run('npm', ['run', '--silent', 'import', '--', ...args], { cwd: projectRoot, env: { ...childEnv(), DATELINE_CONTENT_DIR: contentDir } });
  }
  return contentDir;
}

let site: OpenSite;

beforeAll(async () => {
  site = await openBuiltSite({ build: async (workDir) => siteVariant({ contentDir: await archiveWithTables(workDir) })(workDir) });
}, 900_000);
afterAll(() => site?.close());

/** A copied table's rows as the clipping holds them: its lines with tabs, cut at the tabs. */
async function copiedRows(name: string): Promise<string[][]> {
  const lines = (await readFile(path.join(FIXTURES, 'clippings', `${name}.txt`), 'utf8')).split('\n');
  return lines.filter((line) => line.includes('\t')).map((line) => line.split('\t').map((cell) => cell.trim()));
}

interface ShownTable {
  caption: string | undefined;
  /** The header row's cells, and the scope each declares. */
  header: { text: string; scope: string | null }[];
  rows: string[][];
}

async function shownTables(page: Page, url: string): Promise<ShownTable[]> {
  await page.goto(url);
  return page.locator('.article__body table').evaluateAll((tables) =>
    tables.map((table) => ({
      caption: table.querySelector('caption')?.textContent ?? undefined,
      header: [...table.querySelectorAll('thead th')].map((cell) => ({ text: cell.textContent!, scope: cell.getAttribute('scope') })),
      rows: [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent!)),
    })),
  );
}

describe('tables in article pages', () => {
  it.each(CLIPPINGS)('%s: the clipping\'s cells, word for word, each in its row and column', async (name, _source, pagePath) => {
    const page = await site.browser.newPage();
    const tables = await shownTables(page, site.url + pagePath);
    const [names, ...rows] = await copiedRows(name);
    // The Reuters factbox names no columns: its first line is a row like the others.
    const named = name !== 'reuters-factbox-two-columns';
    expect(tables).toEqual([
      { caption: undefined, header: named ? names!.map((text) => ({ text, scope: 'col' })) : [], rows: named ? rows : [names, ...rows] },
    ]);
    await page.close();
  });

  it('shows a saved page\'s <caption> and <thead>, and a `|` inside a cell', async () => {
    const page = await site.browser.newPage();
    const tables = await shownTables(page, site.url + SAVED_PAGE.page);
    expect(tables).toEqual([
      {
        caption: 'Main spending items, in millions of lari (Source: Ministry of Finance)',
        header: ['Item', '2024', '2025', 'Change'].map((text) => ({ text, scope: 'col' })),
        rows: [
          ['Education and science', '2,984', '3,352', '+12.3%'],
          ['Health and social protection', '7,410', '7,836', '+5.7%'],
          ['Defence', '1,300', '1,650', '+26.9%'],
          ['Regional development and infrastructure | roads', '3,050', '3,184', '+4.4%'],
        ],
      },
    ]);
    await page.close();
  });

  it('finds no WCAG A or AA violation (axe-core) on the pages with tables', async () => {
    const context = await site.browser.newContext({ bypassCSP: true });
    const violations: string[] = [];
    for (const pagePath of [...CLIPPINGS.map(([, , pagePath]) => pagePath), SAVED_PAGE.page]) {
      const page = await context.newPage();
      await page.goto(site.url + pagePath, { waitUntil: 'networkidle' });
      violations.push(...(await axeViolations(page)).map((violation) => `${pagePath}: ${violation}`));
      await page.close();
    }
    await context.close();
    expect(violations).toEqual([]);
  });

  it('passes the W3C Nu HTML checker on the pages with tables', async () => {
    const files = (await listHtmlFiles(site.outDir)).filter((file) => file.includes('/') && /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/.test(file));
    expect(files).toHaveLength(CLIPPINGS.length + 1);
    expect(await nuErrors(site.outDir, files)).toEqual([]);
  }, 300_000);
});
