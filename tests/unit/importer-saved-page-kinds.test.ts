import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { responseRecord } from '../../src/bench/warc-records.ts';
import { useWorkspace } from './importer-harness.ts';

// Saved pages of the kinds archivists bring that other fixtures do not cover (text written for
// these tests, markup as each CMS writes it): a home page (several articles, never one), a
// WordPress brief, schema.org microdata instead of JSON-LD, a Next.js page whose article is only
// in __NEXT_DATA__, a Bitrix page whose charset is declared after the first 1024 bytes.
const PAGES = path.resolve('tests/fixtures/saved-pages');
const page = (name: string) => path.join(PAGES, name);

const TREES = [
  'Tbilisi City Hall approved a plan on Thursday to plant twenty thousand trees along the river embankments over the next three years, officials said.',
  'The first five thousand saplings, mostly plane trees and lindens, will be planted this autumn between the Dry Bridge and the Metekhi church.',
];

describe('a page that lists several articles', () => {
  const workspace = useWorkspace();

  it.each([
    ['caucasus-wire-home.html', 3],
    // Its teasers in <div>s, not <article>s, as Bitrix and Drupal themes lay them out.
    ['caucasus-wire-home-bitrix.html', 3],
    ['caucasus-wire-home-jsonld.html', 2],
  ])('%s is refused as a home or section page, naming how many it lists, and nothing is written', async (name, count) => {
    const [result] = await workspace.run([page(name)]);
    expect(result).toMatchObject({
      status: 'failed',
      error: {
        reason: `the page lists ${count} articles (a home or section page), not one article`,
        fix: "open each article and save its own page, then import those pages (or the WARC of a crawl, which imports every article it holds)",
      },
    });
    expect(workspace.files()).toEqual([]);
  });

  it('is refused when its only <h1> is the site name, as a masthead', async () => {
    const html = readFileSync(page('caucasus-wire-home.html'), 'utf8').replace('<header><nav>', '<header><h1 class="site-title">Caucasus Wire</h1><nav>');
    const [result] = await workspace.run([workspace.input('home.html', html)], { dryRun: true });
    expect(result).toMatchObject({ status: 'failed', error: { reason: 'the page lists 3 articles (a home or section page), not one article' } });
  });

  it('is passed over in a WARC, counted as no article, even with dated teasers', async () => {
    const home = await responseRecord({ url: 'https://caucasuswire.example/', date: '2024-06-05T09:00:00Z', body: readFileSync(page('caucasus-wire-home.html')) }, true);
    const [result] = await workspace.run([workspace.input('home.warc.gz', home)]);
    expect(result).toMatchObject({ status: 'skipped', skipped: { 'not an article': 1 } });
  });

  it.each([
    ['the same address', 'https://caucasuswire.example/a2'],
    ['its address written with www., another scheme and a trailing slash', 'http://www.caucasuswire.example/a2/'],
  ])('takes the article of its own address when its JSON-LD also describes related articles (%s)', async (_case, canonical) => {
    const html = readFileSync(page('caucasus-wire-home-jsonld.html'), 'utf8').replace(
      '<link rel="canonical" href="https://caucasuswire.example/">',
      `<link rel="canonical" href="${canonical}">`,
    ).replace(/<main>[\s\S]*<\/main>/, `<main><article><h1>Tbilisi metro to extend line to the university</h1><p>${TREES[0]}</p><p>${TREES[1]}</p></article></main>`);
    const [result] = await workspace.run([workspace.input('metro.html', html)], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ title: 'Tbilisi metro to extend line to the university', authors: ['Levan Tsiklauri'], published: '2024-06-04T18:10:00+04:00', url: canonical });
  });
});

describe('pages of CMSs that describe the article otherwise', () => {
  const workspace = useWorkspace();

  it('reads schema.org microdata (itemscope, itemprop) as it reads JSON-LD: headline, author, date with offset, publisher', async () => {
    const [result] = await workspace.run([page('mtkvari-post-microdata.html')], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({
      title: 'Tbilisi to plant 20,000 trees along the river',
      source: 'mtkvari-post',
      authors: ['Tamar Gelashvili'],
      published: '2023-09-14T16:45:00+04:00',
      printedDate: '14 September 2023, 16:45',
      dateCertainty: 'exact',
      url: 'https://mtkvaripost.example/news/trees',
      body: `${TREES.join('\n\n')}\n`,
    });
  });
});

describe('a page whose article is only in its data', () => {
  const workspace = useWorkspace();

  it('reads a Next.js page whose markup shows only the headline from its __NEXT_DATA__, and says so', async () => {
    const [result] = await workspace.run([page('mtkvari-post-nextjs.html')], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({
      title: 'Tbilisi to plant 20,000 trees along the river',
      source: 'mtkvari-post',
      published: '2023-09-14T12:45:00+00:00',
      url: 'https://mtkvaripost.example/news/trees',
      body: `${TREES.join('\n\n')}\n`,
    });
    expect(result!.notes).toContain("the page's markup holds no text of the article; it was read from the page's __NEXT_DATA__ (the data its scripts render)");
  });

  it('reads JSON-LD articleBody, line by line, when the markup holds no paragraph', async () => {
    const html = readFileSync(page('mtkvari-post-nextjs.html'), 'utf8')
      .replace(/<script id="__NEXT_DATA__"[\s\S]*?<\/script>/, '')
      .replace('</head>', `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Tbilisi to plant 20,000 trees along the river', datePublished: '2023-09-14T16:45:00+04:00', author: { '@type': 'Person', name: 'Tamar Gelashvili' }, articleBody: TREES.join('\n') })}</script></head>`);
    const [result] = await workspace.run([workspace.input('trees.html', html)], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ authors: ['Tamar Gelashvili'], published: '2023-09-14T16:45:00+04:00', body: `${TREES.join('\n\n')}\n` });
    expect(result!.notes).toContain("the page's markup holds no text of the article; it was read from the page's JSON-LD articleBody");
  });
});

describe('a page in a single-byte charset', () => {
  const workspace = useWorkspace();

  it('reads the charset an http-equiv declares after the first 1024 bytes (a Bitrix page, its stylesheets first), as browsers do', async () => {
    const [result] = await workspace.run([page('kavkaz-bitrix-late-charset.html')], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({
      title: 'Тбилиси высадит 20 тысяч деревьев вдоль реки',
      source: 'kavkazskiy-vestnik',
      authors: ['Тамара Гелашвили'],
      published: '2023-09-14T16:45:00+04:00',
      printedDate: '14.09.2023 16:45',
      url: 'https://kavvestnik.example/news/123/',
      body: 'Мэрия Тбилиси в четверг утвердила план посадки двадцати тысяч деревьев вдоль набережных реки в течение трёх лет, сообщили чиновники.\n\nПервые пять тысяч саженцев, в основном платаны и липы, будут высажены этой осенью между Сухим мостом и церковью Метехи.\n',
    });
    expect(result!.notes).toContain('read as windows-1251 and converted to UTF-8; the original keeps the bytes as received');
  });
});

describe('pages saved as browsers and their reader views save them', () => {
  const workspace = useWorkspace();

  it("takes a Firefox reader view's address from its domain link (so a known paper is found) and its byline from its credits", async () => {
    const [result] = await workspace.run([page('civil-georgia-firefox-reader-view.html')], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({
      title: 'Tbilisi to plant 20,000 trees along the river',
      source: 'civil-georgia',
      authors: ['Tamar Gelashvili'],
      published: '2023-09-14T16:45:00+04:00',
      printedDate: '14/09/2023 - 16:45',
      url: 'https://civil.ge/archives/558812',
      body: `${TREES.join('\n\n')}\n`,
    });
  });

  it("keeps a WordPress brief's site header (its masthead line) out of the body", async () => {
    const [result] = await workspace.run([page('mtkvari-post-wordpress-brief.html')], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({
      title: 'Tbilisi to plant 20,000 trees along the river',
      authors: ['Tamar Gelashvili'],
      published: '2023-09-14T16:45:00+04:00',
      dateModified: '2023-09-14T17:10:05+04:00',
      printedDate: 'September 14, 2023',
      photo: { caption: 'Saplings at the Dry Bridge nursery.', credit: 'Giorgi Abdaladze/Mtkvari Post' },
      url: 'https://mtkvaripost.example/2023/09/14/trees/',
      body: `${TREES.join('\n\n')}\n`,
    });
  });
});

describe('dates a page gives in more than one place', () => {
  const workspace = useWorkspace();

  it("takes a JSON-LD date without offset in the offset the page's other metadata gives for the same time, so a new paper needs no option", async () => {
    const html = readFileSync(page('mtkvari-post-wordpress-brief.html'), 'utf8')
      .replace('"datePublished":"2023-09-14T12:45:00+00:00","dateModified":"2023-09-14T13:10:05+00:00","mainEntityOfPage"', '"datePublished":"2023-09-14T16:45:00","dateModified":"2023-09-14T17:10:05","mainEntityOfPage"')
      .replace('<meta property="article:published_time" content="2023-09-14T12:45:00+00:00"><meta property="article:modified_time" content="2023-09-14T13:10:05+00:00">', '<meta property="article:published_time" content="2023-09-14T16:45:00+04:00"><meta property="article:modified_time" content="2023-09-14T17:10:05+04:00">');
    const [result] = await workspace.run([workspace.input('brief.html', html)], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ published: '2023-09-14T16:45:00+04:00', dateModified: '2023-09-14T17:10:05+04:00', printedDate: 'September 14, 2023' });
  });
});

describe('a WARC record served as HTML whose payload is not', () => {
  const workspace = useWorkspace();

  it('is refused on its own, saying what it begins with, and the WARC read on', async () => {
    const pdf = Buffer.concat([Buffer.from('%PDF-1.4\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3, 0x0a, 0x00, 0x01])]);
    const records = [
      await responseRecord({ url: 'https://mtkvaripost.example/report', date: '2024-06-05T09:00:00Z', body: pdf }, true),
      await responseRecord({ url: 'https://mtkvaripost.example/news/trees', date: '2024-06-05T09:00:01Z', body: readFileSync(page('mtkvari-post-microdata.html')) }, true),
    ];
    const warc = workspace.input('mixed.warc.gz', Buffer.concat(records));
    const results = await workspace.run([warc], { dryRun: true });
    expect(results.map((result) => [result.file, result.status, result.error])).toEqual([
      [`${warc} [https://mtkvaripost.example/report]`, 'failed', {
        reason: 'the record is served as text/html, but its payload is not HTML (it begins "%PDF-1.4")',
        fix: 'nothing of it can be imported (it is no article page); the rest of the WARC was read',
      }],
      [`${warc} [https://mtkvaripost.example/news/trees]`, 'imported', undefined],
    ]);
  });
});

describe('a WARC gzipped as one whole (gzip crawl.warc), cut short', () => {
  const workspace = useWorkspace();

  it('keeps the articles before the cut and names the cut record by number and address, not a byte offset all records share', async () => {
    const css = 'body{margin:0}'.repeat(4000);
    const records = [
      await responseRecord({ url: 'https://mtkvaripost.example/news/trees', date: '2024-06-05T09:00:01Z', body: readFileSync(page('mtkvari-post-microdata.html')) }, false),
      await responseRecord({ url: 'https://mtkvaripost.example/site.css', date: '2024-06-05T09:00:02Z', body: css, contentType: 'text/css' }, false),
    ];
    const whole = Buffer.concat(records);
    // Cut where the stylesheet's record is half written: the gzip data of everything before it, and half of it.
    const cut = gzipSync(whole).subarray(0, gzipSync(whole.subarray(0, records[0]!.length + records[1]!.length / 2)).length - 30);
    const warc = workspace.input('crawl.warc.gz', cut);
    const results = await workspace.run([warc], { dryRun: true });
    expect(results.map((result) => [result.file, result.status])).toEqual([
      [`${warc} [https://mtkvaripost.example/news/trees]`, 'imported'],
      [warc, 'failed'],
    ]);
    expect(results[1]!.error!.reason).toMatch(/^the WARC ends inside record 2 \(the WARC is gzipped as one whole, so its records have no byte offsets of their own\) \(https:\/\/mtkvaripost\.example\/site\.css\): \d+ of its \d+ bytes are missing$/);
  });
});
