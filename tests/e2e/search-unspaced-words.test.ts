import { execFile } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import matter from 'gray-matter';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, projectRoot } from '../helpers/build.ts';
import { openBuiltSite, serveSite, siteVariant, type OpenSite, type ServedSite } from '../helpers/open-site.ts';
import { CORPUS_SIZE } from '../helpers/make-site-corpus.ts';

/**
 * Chinese, Japanese and Thai words found in the middle of a sentence, and a Persian word typed
 * the usual way found as the article prints it (src/search/unspaced-words.ts), in Chromium on the
 * 64-article corpus with the archive's Japanese, Chinese, Korean, Thai and Persian golden
 * clippings imported into it as a user imports them; and an English query fetching the same files
 * as on the corpus alone (five articles more keep the corpus's three shards; a sixth would add one).
 */
const run = promisify(execFile);
const CLIPPINGS = path.join(projectRoot, 'tests/fixtures/clippings');
const PAPERS = path.join(projectRoot, 'tests/fixtures/outlets/sources');
/** Each clipping, with the paper it is imported as (as tests/unit/outlet-goldens.ts registers it). */
const IMPORTED = {
  'nhk-ja-saikaketsu': 'nhk',
  'xinhuanet-zh-agency-dispatch': 'xinhuanet',
  'yonhap-ko-reporter-equals': 'yonhap-korean',
  'matichon-thanon-khon-kaen': 'matichon',
  'hamshahri-metro-solar-hijri': 'hamshahri',
} as const;
type Clipping = keyof typeof IMPORTED;

/** The golden article of a clipping: its title and body as the archive keeps them. */
async function golden(name: Clipping): Promise<{ title: string; paragraphs: string[] }> {
  const { data, content } = matter(await readFile(path.join(CLIPPINGS, `${name}.expected.md`), 'utf8'));
  return { title: data.title as string, paragraphs: content.trim().split(/\n\n/) };
}

async function archiveWithGoldens(workDir: string): Promise<string> {
  const contentDir = path.join(workDir, 'content');
  await cp(path.join(projectRoot, 'tests/fixtures/site-corpus'), contentDir, { recursive: true });
  for (const [name, source] of Object.entries(IMPORTED)) {
    await cp(path.join(PAPERS, `${source}.yaml`), path.join(contentDir, 'sources', `${source}.yaml`));
    await run('npm', ['run', '--silent', 'import', '--', '--source', source, path.join(CLIPPINGS, `${name}.txt`)], {
      cwd: projectRoot,
      env: { ...childEnv(), DATELINE_CONTENT_DIR: contentDir },
    });
  }
  return contentDir;
}

// Shards of at most 25 articles, as the corpus's other search tests build it.
const SHARDS = { DATELINE_SEARCH_SHARD_PAGES: '25' };
let site: OpenSite;
let english: ServedSite;

// Two builds of 64 articles and more, at once: 8-11 minutes with the two cores shared (load 20-26).
beforeAll(async () => {
  [site, english] = await Promise.all([
    openBuiltSite({ build: async (workDir) => siteVariant({ contentDir: await archiveWithGoldens(workDir), env: SHARDS })(workDir) }),
    serveSite({ build: siteVariant({ contentDir: 'tests/fixtures/site-corpus', env: SHARDS }) }),
  ]);
}, 1_500_000);
afterAll(async () => {
  await english?.close();
  await site?.close();
});

async function search(page: Page, url: string, query: string): Promise<string> {
  await page.goto(`${url}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /match|No art/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return (await page.locator('#search-status').textContent()) ?? '';
}

/** The result's excerpt and its paragraphs' excerpts, as shown, without the ellipses that show a cut. */
const excerpts = async (page: Page) => (await page.locator('.search-result-excerpt, .search-result-paragraph-excerpt').allTextContents()).map((text) => text.replace(/^…|…$/g, ''));
const markedWords = (page: Page) => page.locator('.search-result mark').allTextContents();
/** The article's text as Pagefind has it, joined: its title, then its paragraphs. */
const printed = ({ title, paragraphs }: { title: string; paragraphs: string[] }) => `${title}. ${paragraphs.join(' ')}`;

/**
 * Searches `word` and expects the clipping's article alone, under its title as printed, with only
 * that word marked, a shown excerpt holding `around`, and every excerpt shown as printed.
 */
async function expectFound(page: Page, clipping: Clipping, word: string, around: string): Promise<void> {
  const article = await golden(clipping);
  expect(await search(page, site.url, word)).toBe(`1 article matches “${word}”.`);
  expect(await page.locator('.search-result-title a').allTextContents()).toEqual([article.title]);
  expect(new Set(await markedWords(page))).toEqual(new Set([word]));
  const shown = await excerpts(page);
  expect(shown.some((text) => text.includes(around))).toBe(true);
  for (const text of shown) expect(printed(article)).toContain(text);
}

describe('Chinese, Japanese, Korean, Thai and Persian articles in the search', () => {
  it('finds a Chinese word in the middle of a sentence, and shows the sentence as printed', async () => {
    const page = await site.browser.newPage();
    // 推翻 (to overturn) stands inside "格鲁吉亚议会28日以84票赞成、4票反对推翻总统祖拉比什维利对…".
    await expectFound(page, 'xinhuanet-zh-agency-dispatch', '推翻', '4票反对推翻总统祖拉比什维利');
    await page.close();
  });

  it('finds a Japanese word in the middle of a sentence, and the article page marks it in its unchanged text', async () => {
    const article = await golden('nhk-ja-saikaketsu');
    const page = await site.browser.newPage();
    // 報道 (the press) stands inside "…議会は28日、報道機関やNGOなどを規制する…"; the headline's own
    // spaces are kept: "ジョージア議会 「外国の代理人」法案を再可決 大統領の拒否権覆す".
    await expectFound(page, 'nhk-ja-saikaketsu', '報道', '議会は28日、報道機関やNGOなどを規制する');
    await page.locator('.search-result-title a').click();
    await page.waitForSelector('mark.search-highlight');
    expect(await page.locator('mark.search-highlight').allTextContents()).toEqual(['報道']);
    // The page's text is the clipping's, each paragraph less its ¶ link.
    const paragraphs = await page.locator('.article__body p').evaluateAll((nodes, link) =>
      nodes.map((node) => {
        const copy = node.cloneNode(true) as Element;
        copy.querySelectorAll(link).forEach((anchor) => anchor.remove());
        return copy.textContent!.trim();
      }), 'a[aria-label]');
    expect(paragraphs).toEqual(article.paragraphs);
    expect(await page.locator('h1').textContent()).toBe(article.title);
    await page.close();
  });

  it('finds a word of several Chinese words as written together', async () => {
    const article = await golden('xinhuanet-zh-agency-dispatch');
    const page = await site.browser.newPage();
    // 议会大楼 (the parliament building): 议会 and 大楼 to Pagefind, which both must match.
    expect(await search(page, site.url, '议会大楼')).toBe('1 article matches “议会大楼”.');
    expect(new Set(await markedWords(page))).toEqual(new Set(['议会', '大楼']));
    const shown = await excerpts(page);
    expect(shown.some((text) => text.includes('第比利斯议会大楼前集会抗议'))).toBe(true);
    for (const text of shown) expect(printed(article)).toContain(text);
    await page.close();
  });

  it('finds a Thai word in the middle of a run of letters, and shows it as printed', async () => {
    const page = await site.browser.newPage();
    // ซ่อมแซม (to repair) stands inside "…ให้หน่วยงานที่เกี่ยวข้องเร่งซ่อมแซมถนนสายหลักที่ชำรุด…", with no
    // space before or after it.
    await expectFound(page, 'matichon-thanon-khon-kaen', 'ซ่อมแซม', 'เร่งซ่อมแซมถนนสายหลักที่ชำรุด');
    await page.close();
  });

  it('finds Thai words typed as one run, each word marked', async () => {
    const article = await golden('matichon-thanon-khon-kaen');
    const page = await site.browser.newPage();
    // แขวงทางหลวง (the highways district): แขวง and ทางหลวง to ICU, in the page and in the query alike.
    expect(await search(page, site.url, 'แขวงทางหลวง')).toBe('1 article matches “แขวงทางหลวง”.');
    expect(new Set(await markedWords(page))).toEqual(new Set(['แขวง', 'ทางหลวง']));
    for (const text of await excerpts(page)) expect(printed(article)).toContain(text);
    await page.close();
  });

  it('finds a Persian word typed with the Arabic ye, and shows it with the Persian one as printed', async () => {
    const article = await golden('hamshahri-metro-solar-hijri');
    const page = await site.browser.newPage();
    // تمدید (extended) typed on an Arabic keyboard: تمديد.
    expect(await search(page, site.url, 'تمديد')).toBe('1 article matches “تمديد”.');
    expect(await page.locator('.search-result-title a').allTextContents()).toEqual([article.title]);
    expect(new Set(await markedWords(page))).toEqual(new Set(['تمدید']));
    const shown = await excerpts(page);
    expect(shown.some((text) => text.includes('تا ساعت ۲۳ تمدید می‌شود'))).toBe(true);
    for (const text of shown) expect(printed(article)).toContain(text);
    await page.close();
  });

  it('finds a Korean noun with its particle by the noun alone', async () => {
    const { title } = await golden('yonhap-ko-reporter-equals');
    const page = await site.browser.newPage();
    // 무력화 (to nullify): the body writes 무력화했다고.
    expect(await search(page, site.url, '무력화')).toBe('1 article matches “무력화”.');
    expect(await page.locator('.search-result-title a').allTextContents()).toEqual([title]);
    await page.close();
  });

  it('fetches for an English query the same files as on the corpus without them', async () => {
    const requested = async (url: string) => {
      const page = await site.browser.newPage();
      const files: string[] = [];
      page.on('request', (request) => {
        const { pathname } = new URL(request.url());
        // Files named by their content or number (a shard's `<tag>_<number in base 36>`): compared by kind and count.
        if (pathname.includes('/pagefind/') || pathname.endsWith('.js') || pathname.endsWith('.json')) files.push(pathname.replace(/[0-9a-f]{6}_[0-9a-z]+|[0-9a-f]{6,}|\d+/g, '#'));
      });
      expect(await search(page, url, 'Tbilisi')).toBe(`${CORPUS_SIZE} articles match “Tbilisi”.`);
      await page.waitForLoadState('networkidle');
      await page.close();
      return files.sort();
    };
    expect(await requested(site.url)).toEqual(await requested(english.url));
  });
});
