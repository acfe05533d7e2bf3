import bplistCreator from 'bplist-creator';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseRecord } from '../../src/bench/warc-records.ts';
import { loadContentData } from '../../src/importer/content-data.ts';
import { runImport } from '../../src/importer/run-import.ts';
import { buildVariant, projectRoot } from '../helpers/build.ts';
import { fileFor, readPage, squash } from './site-pages.ts';

/**
 * Saved pages whose bytes are no UTF-8 text, imported as a user does and built: an Interfax page in
 * windows-1251, an Anadolu page in ISO-8859-9, a page Safari saved as a web archive (a binary
 * property list), a crawled page in windows-1251 that only its HTTP header declares, and a page
 * Chrome saved as one .mhtml file. Each article's page of its original must show the text the importer read, in its
 * own letters, and the raw file must stay byte for byte what was imported; none may stop the build.
 */
const PAGES = path.join(projectRoot, 'tests/fixtures/pages');
const SAFARI_PAGE = path.join(projectRoot, 'tests/fixtures/saved-pages/mtkvari-post-microdata.html');
const CRAWLED_TITLE = 'В Рустави открыли новый мост через Куру';
// No <meta charset>: the server's Content-Type header named windows-1251, where А–я are the bytes 0xC0–0xFF (the text has no Ё).
const CRAWLED_PAGE = `<!DOCTYPE html><html lang="ru"><head><title>${CRAWLED_TITLE}</title>
<meta property="og:type" content="article"><meta property="og:site_name" content="Рустави Пост"><meta property="article:published_time" content="2021-06-15T11:00:00+04:00">
</head><body><article><h1>${CRAWLED_TITLE}</h1><p>Новый мост соединил два берега Куры в центре Рустави, сообщила мэрия города в понедельник.</p>
<p>Строительство моста заняло два года.</p></article></body></html>`;
const windows1251 = (text: string) => Buffer.from([...text].map((char) => (/[А-я]/u.test(char) ? char.codePointAt(0)! - 0x410 + 0xc0 : char.codePointAt(0)!)));
let root: string;
let outDir: string;
const imported = new Map<string, string>();

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'saved-originals-'));
  const contentDir = path.join(root, 'content');
  await cp(path.join(projectRoot, 'tests/fixtures/site-empty'), contentDir, { recursive: true });
  const safari = path.join(root, 'in/narikala.webarchive');
  await mkdir(path.join(root, 'in'));
  const page = await readFile(SAFARI_PAGE);
  const webarchive = bplistCreator({ WebMainResource: { WebResourceData: page, WebResourceFrameName: '', WebResourceMIMEType: 'text/html', WebResourceTextEncodingName: 'UTF-8', WebResourceURL: 'https://mtkvaripost.example/news/trees' } });
  await writeFile(safari, webarchive);
  const crawl = path.join(root, 'in/crawl.warc.gz');
  await writeFile(crawl, await responseRecord({ url: 'https://rustavi-post.example/ru/news/bridge', date: '2021-06-16T09:00:00Z', body: windows1251(CRAWLED_PAGE), contentType: 'text/html; charset=windows-1251' }, true));
  const inputs: [name: string, file: string, timeZone?: string][] = [
    ['interfax', path.join(PAGES, 'interfax-windows-1251.html'), 'Europe/Moscow'],
    ['anadolu', path.join(PAGES, 'anadolu-iso-8859-9.html'), 'Europe/Istanbul'],
    ['safari', safari, 'Asia/Tbilisi'],
    ['crawled', crawl, 'Asia/Tbilisi'],
    ['chrome', path.join(PAGES, 'georgia-today-chrome-single-file.mhtml'), 'Asia/Tbilisi'],
  ];
  for (const [name, file, timeZone] of inputs) {
    const [result] = await runImport([file], loadContentData(contentDir), { out: path.join(contentDir, 'articles'), strict: false, update: false, dryRun: false, timeZone });
    if (result?.status !== 'imported') throw new Error(`${file} was not imported: ${JSON.stringify(result?.error)}`);
    imported.set(name, `${path.relative(path.join(contentDir, 'articles'), result.target!).replace(/\.md$/, '')}/`);
  }
  const build = await buildVariant({ outDir: 'dist-saved-originals', contentDir });
  if (build.exitCode !== 0) throw new Error(`saved-originals build failed:\n${build.stdout}\n${build.stderr}`);
  outDir = build.outDir;
}, 300_000);

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

describe('the page of a saved page kept in another charset', () => {
  it.each([
    ['interfax', 'Windows-1251', 'Грузия и Армения договорились о новом пункте пропуска на границе', 'interfax-windows-1251.html'],
    ['anadolu', 'Windows-1254', 'Gürcistan ile Türkiye arasında yeni demir yolu seferleri başlıyor', 'anadolu-iso-8859-9.html'],
    ['crawled', 'Windows-1251', CRAWLED_TITLE, undefined],
  ])('%s: shows the page in its own letters, names its charset, and keeps the raw bytes', async (name, charset, title, fixture) => {
    const article = imported.get(name)!;
    const view = await readPage(outDir, `${article}original/`);
    expect(squash(view.querySelector('.lede')!.textContent)).toContain(`before the archive read it, in ${charset}.`);
    expect(view.querySelector('pre.clipping')!.textContent).toContain(title);
    const raw = fixture === undefined ? windows1251(CRAWLED_PAGE) : await readFile(path.join(PAGES, fixture));
    expect(await readFile(fileFor(outDir, `${article}original.txt`))).toEqual(raw);
  });
});

describe('the page of an article saved by Safari as a web archive', () => {
  it('shows the web page taken out of the archive, and keeps the whole archive as the raw bytes', async () => {
    const article = imported.get('safari')!;
    const view = await readPage(outDir, `${article}original/`);
    expect(squash(view.querySelector('.lede')!.textContent)).toContain('before the archive read it, in UTF-8, taken out of a Safari web archive it was saved in.');
    expect(view.querySelector('pre.clipping')!.textContent).toBe((await readFile(SAFARI_PAGE, 'utf8')).replace(/\r\n?/g, '\n'));
    expect(await readFile(fileFor(outDir, `${article}original.txt`))).toEqual(await readFile(path.join(root, 'in/narikala.webarchive')));
    const articlePage = await readPage(outDir, article);
    expect(articlePage.querySelector('a[href="https://mtkvaripost.example/news/trees"]')).not.toBeNull();
  });
});

describe('the page of an article saved by Chrome as a single .mhtml file', () => {
  it('shows the HTML part, not the MIME parts around it, and keeps the whole file as the raw bytes', async () => {
    const article = imported.get('chrome')!;
    const view = await readPage(outDir, `${article}original/`);
    expect(squash(view.querySelector('.lede')!.textContent)).toContain('before the archive read it, in UTF-8, taken out of a single-file web page (.mhtml) it was saved in.');
    const shown = view.querySelector('pre.clipping')!.textContent;
    expect(shown).toMatch(/^<!DOCTYPE html>/i);
    expect(shown).not.toContain('Content-Transfer-Encoding');
    expect(await readFile(fileFor(outDir, `${article}original.txt`))).toEqual(await readFile(path.join(PAGES, 'georgia-today-chrome-single-file.mhtml')));
  });
});
