import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/importer/frontmatter.ts';
import { requestRecord, responseRecord, revisitRecord, warcinfoRecord } from '../../src/bench/warc-records.ts';
import { chunked } from '../helpers/saved-containers.ts';
import { useWorkspace } from './importer-harness.ts';

// A small crawl, built here with warcio's writer: two articles among the records a crawler also
// keeps (its request, the outlet's home page, a stylesheet, an image, a revisit, a 404 page).
const AGENDA_URL = 'https://agenda.ge/en/news/2021/1542';
const CIVIL_URL = 'https://civil.ge/archives/432117';

const AGENDA_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Batumi port to build a second container terminal - Agenda.ge</title>
<meta property="og:type" content="article"><meta property="og:title" content="Batumi port to build a second container terminal">
<link rel="canonical" href="${AGENDA_URL}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Batumi port to build a second container terminal","datePublished":"2021-06-14T10:20:00+04:00","author":{"@type":"Person","name":"Salome Kobakhidze"},"publisher":{"@type":"Organization","name":"Agenda.ge"}}</script>
</head><body><header><nav><a href="/en">Home</a> <a href="/en/news">News</a></nav></header>
<main><article><h1>Batumi port to build a second container terminal</h1>
<div class="article-share"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
<p>The operator of Batumi port has signed an agreement to build a second container terminal on the northern quay, the Ministry of Economy said on Monday.</p>
<p>Construction is to start in the autumn and take two years. The new terminal will double the port's capacity for containers.</p>
</article></main><footer><p>© 2021 Agenda.ge</p></footer></body></html>`;

const CIVIL_PAGE = `<!DOCTYPE html><html lang="en-US"><head><meta charset="utf-8">
<title>Tbilisi Airport Opens New Runway | Civil.ge</title>
<meta property="og:type" content="article"><meta property="og:title" content="Tbilisi Airport Opens New Runway">
<meta property="og:url" content="${CIVIL_URL}"><meta property="og:site_name" content="Civil.ge">
<meta property="article:published_time" content="2021-06-15T08:00:00Z"><meta name="author" content="Giorgi Lomsadze">
</head><body><nav class="main-navigation"><a href="/">Home</a></nav><article><h1>Tbilisi Airport Opens New Runway</h1>
<div class="entry-content"><p>Tbilisi International Airport opened its second runway on June 15, allowing it to take larger aircraft in any weather.</p>
<p>The runway is 3,000 meters long. The airport said it expects to serve five million passengers a year by 2025.</p></div>
</article><footer id="colophon"><p>Copyright © 2021</p></footer></body></html>`;

const HOME_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Agenda.ge</title><meta property="og:type" content="website"></head>
<body><h1>Agenda.ge</h1><ul><li><a href="${AGENDA_URL}">Batumi port to build a second container terminal</a></li><li><a href="/en/news/2021/1541">Other news</a></li></ul></body></html>`;

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
const AGENDA_RECORD_ID = '<urn:uuid:6a1e4f2c-0d3b-4a4e-9d55-1f3c2b7a9e01>';

/** The crawl's records in order, each serialised on its own (gzipped per record, or not). */
async function crawlRecords(gzip: boolean): Promise<Uint8Array[]> {
  return [
    await warcinfoRecord('crawl.warc', gzip),
    await requestRecord(AGENDA_URL, '2021-06-16T09:00:00Z', gzip),
    // As the server sent it: gzip content coding, chunked transfer coding.
    await responseRecord(
      { url: AGENDA_URL, date: '2021-06-16T09:00:00.123Z', body: chunked(gzipSync(AGENDA_PAGE)), headers: { 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' }, recordId: AGENDA_RECORD_ID },
      gzip,
    ),
    await responseRecord({ url: 'https://agenda.ge/en', date: '2021-06-16T09:00:01Z', body: HOME_PAGE }, gzip),
    await responseRecord({ url: 'https://agenda.ge/style.css', date: '2021-06-16T09:00:02Z', body: 'body { color: black; }', contentType: 'text/css' }, gzip),
    await responseRecord({ url: 'https://agenda.ge/logo.png', date: '2021-06-16T09:00:03Z', body: PNG, contentType: 'image/png' }, gzip),
    await revisitRecord(AGENDA_URL, '2021-06-17T09:00:00Z', '2021-06-16T09:00:00Z', gzip),
    await responseRecord({ url: 'https://civil.ge/missing', date: '2021-06-16T09:00:04Z', body: '<html><body><p>Not found</p></body></html>', status: 404 }, gzip),
    await responseRecord({ url: CIVIL_URL, date: '2021-06-16T09:05:00Z', body: CIVIL_PAGE }, gzip),
  ];
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

describe('WARC import', () => {
  const workspace = useWorkspace();

  it.each([
    ['crawl.warc.gz', true],
    ['crawl.warc', false],
  ])('%s: imports both articles as saved pages and counts what it passed over', async (name, gzip) => {
    const warc = workspace.input(name, Buffer.concat(await crawlRecords(gzip)));
    const results = await workspace.run([warc]);
    expect(results.map((result) => [result.file, result.status])).toEqual([
      [`${warc} [${AGENDA_URL}]`, 'imported'],
      [`${warc} [${CIVIL_URL}]`, 'imported'],
      [warc, 'skipped'],
    ]);
    const [agenda, civil, skipped] = results;
    expect(skipped!.skipped).toEqual({ warcinfo: 1, request: 1, 'not an article': 1, 'not HTML': 2, 'revisit of an identical earlier capture': 1, 'not status 200': 1 });
    expect(skipped!.notes).toEqual(['7 records passed over: 1 warcinfo, 1 request, 1 not an article, 2 not HTML, 1 revisit of an identical earlier capture, 1 not status 200']);

    expect(agenda!.article).toMatchObject({
      title: 'Batumi port to build a second container terminal',
      source: 'agenda-ge',
      authors: ['Salome Kobakhidze'],
      published: '2021-06-14T10:20:00+04:00',
      url: AGENDA_URL,
      capture: { url: AGENDA_URL, date: '2021-06-16T09:00:00+00:00', recordId: AGENDA_RECORD_ID },
      // The kept original is the page as the browser saw it: de-chunked and un-gzipped.
      original: { file: name, sha256: sha256(AGENDA_PAGE) },
    });
    expect(agenda!.article!.body).toBe(
      "The operator of Batumi port has signed an agreement to build a second container terminal on the northern quay, the Ministry of Economy said on Monday.\n\nConstruction is to start in the autumn and take two years. The new terminal will double the port's capacity for containers.\n",
    );
    expect(readFileSync(`${workspace.contentDir}/originals/2021/06/14/batumi-port-to-build-a-second-container-terminal.txt`, 'utf8')).toBe(AGENDA_PAGE);
    // civil.ge is a known paper: its UTC date is converted into the paper's zone, Asia/Tbilisi.
    expect(civil!.article).toMatchObject({ source: 'civil-georgia', published: '2021-06-15T12:00:00+04:00', authors: ['Giorgi Lomsadze'], url: CIVIL_URL });
    expect(parseArticleFile(readFileSync(civil!.target!, 'utf8')).data.capture).toMatchObject({ url: CIVIL_URL, date: '2021-06-16T09:05:00+00:00' });
    expect(workspace.files()).toEqual([
      'articles/2021/06/14/batumi-port-to-build-a-second-container-terminal.md',
      'articles/2021/06/15/tbilisi-airport-opens-new-runway.md',
      'originals/2021/06/14/batumi-port-to-build-a-second-container-terminal.txt',
      'originals/2021/06/15/tbilisi-airport-opens-new-runway.txt',
      'sources/agenda-ge.yaml',
    ]);
  });

  it.each([
    ['cut.warc.gz', true, 'compressed record that starts at byte'],
    ['cut.warc', false, 'record that starts at byte'],
  ])('%s: keeps the articles before a truncation and reports where the WARC was cut', async (name, gzip, where) => {
    const records = await crawlRecords(gzip);
    const lastStart = records.slice(0, -1).reduce((sum, record) => sum + record.length, 0);
    const whole = Buffer.concat(records);
    const warc = workspace.input(name, whole.subarray(0, lastStart + Math.floor(records.at(-1)!.length / 2)));
    const results = await workspace.run([warc]);
    expect(results.map((result) => result.status)).toEqual(['imported', 'failed', 'skipped']);
    expect(results[1]!.file).toBe(warc);
    expect(results[1]!.error!.reason).toMatch(new RegExp(`^the WARC ends inside the ${where} ${lastStart}\\b`));
    expect(results[1]!.error!.fix).toMatch(/the articles before it were imported/);
    expect(workspace.files().filter((file) => file.startsWith('articles/'))).toEqual(['articles/2021/06/14/batumi-port-to-build-a-second-container-terminal.md']);
  });

  it('refuses a file named .warc that is not a WARC, and a gzip that holds no WARC, writing nothing', async () => {
    const text = workspace.input('notes.warc', 'Just some notes, not a web archive.\n');
    const gzip = workspace.input('page.warc.gz', gzipSync('<html><body><p>A page, gzipped.</p></body></html>'));
    const results = await workspace.run([text, gzip]);
    for (const result of results) {
      expect(result.status).toBe('failed');
      expect(result.error!.reason).toMatch(/^the file is not a WARC web archive/);
    }
    expect(workspace.files()).toEqual([]);
  });

  it('writes nothing in a dry run, not even the new paper', async () => {
    const warc = workspace.input('crawl.warc.gz', Buffer.concat(await crawlRecords(true)));
    const results = await workspace.run([warc], { dryRun: true });
    expect(results.map((result) => result.status)).toEqual(['imported', 'imported', 'skipped']);
    expect(workspace.files()).toEqual([]);
  });
});

// A crawl as `wget --warc-file` writes it (WARC/1.0, a request before each response): the http
// address answers 301 to the https one, whose 200 comes chunked and gzipped; a metadata record
// and a revisit follow, and an HTML page that is no article (a tag listing). The records are
// written here byte for byte as wget writes them, one target URI in WARC/1.0's `<…>` form.
const WGET_URL = 'https://www.interpressnews.ge/en/article/131600-poti-port-dredging/';
const WGET_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Poti port begins dredging its entrance channel - Interpressnews</title>
<meta property="og:type" content="article"><meta property="og:title" content="Poti port begins dredging its entrance channel - Interpressnews">
<meta property="og:site_name" content="Interpressnews"><meta property="article:published_time" content="2024-05-20T11:05:00+04:00">
</head><body><div class="cookie-notice"><p>This site uses cookies.</p></div><nav><a href="/en">Home</a></nav>
<article><h1>Poti port begins dredging its entrance channel</h1><div class="date">20.05.2024 11:05</div>
<p>Work to deepen the entrance channel of Poti port began on Monday, the port's operator said, so that larger container ships can call there from next year.</p>
<p>The channel is to be dredged to a depth of 12.5 metres over eight months.</p>
<div class="share-buttons"><a href="#">Facebook</a> <a href="#">Twitter</a></div></article>
<footer><p>© Interpressnews 2024</p></footer></body></html>`;
const TAG_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tag: Poti - Interpressnews</title></head>
<body><h1>Poti</h1><ul><li><a href="${WGET_URL}">Poti port begins dredging its entrance channel</a></li><li><a href="/en/article/131500-poti-bridge/">Poti bridge reopens</a></li></ul></body></html>`;

/** One WARC/1.0 record as wget writes it, its block given as HTTP bytes (headers and payload as served). */
function wgetRecord(type: 'request' | 'response' | 'metadata' | 'revisit', uri: string, date: string, block: Uint8Array | string, contentType: string, extra = ''): Buffer {
  const bytes = typeof block === 'string' ? Buffer.from(block) : Buffer.from(block);
  const headers = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Record-ID: <urn:uuid:${createHash('md5').update(type + uri + date).digest('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')}>\r\nWARC-Date: ${date}\r\nWARC-Target-URI: ${uri}\r\n${extra}Content-Type: ${contentType}\r\nContent-Length: ${bytes.length}\r\n\r\n`;
  return Buffer.concat([Buffer.from(headers), bytes, Buffer.from('\r\n\r\n')]);
}

const http = (status: string, headers: string, body: Uint8Array | string) => Buffer.concat([Buffer.from(`HTTP/1.1 ${status}\r\n${headers}\r\n`), Buffer.from(body)]);

function wgetCrawl(): Buffer {
  const served = chunked(gzipSync(WGET_PAGE));
  return Buffer.concat([
    wgetRecord('request', 'http://www.interpressnews.ge/en/article/131600-poti-port-dredging/', '2024-05-21T08:00:00Z', 'GET /en/article/131600-poti-port-dredging/ HTTP/1.1\r\nHost: www.interpressnews.ge\r\n\r\n', 'application/http;msgtype=request'),
    wgetRecord('response', 'http://www.interpressnews.ge/en/article/131600-poti-port-dredging/', '2024-05-21T08:00:00Z', http('301 Moved Permanently', `Location: ${WGET_URL}\r\nContent-Type: text/html\r\nContent-Length: 0\r\n`, ''), 'application/http;msgtype=response'),
    wgetRecord('request', WGET_URL, '2024-05-21T08:00:01Z', 'GET /en/article/131600-poti-port-dredging/ HTTP/1.1\r\nHost: www.interpressnews.ge\r\n\r\n', 'application/http;msgtype=request'),
    wgetRecord('response', `<${WGET_URL}>`, '2024-05-21T08:00:01Z', http('200 OK', 'Content-Type: text/html; charset=UTF-8\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n', served), 'application/http;msgtype=response'),
    wgetRecord('metadata', 'metadata://gnu.org/software/wget/warc/MANIFEST.txt', '2024-05-21T08:00:02Z', 'urn:uuid:0\n', 'text/plain'),
    wgetRecord('response', 'https://www.interpressnews.ge/en/tag/poti/', '2024-05-21T08:00:03Z', http('200 OK', 'Content-Type: text/html; charset=UTF-8\r\n', TAG_PAGE), 'application/http;msgtype=response'),
    wgetRecord('revisit', WGET_URL, '2024-05-21T08:10:00Z', http('200 OK', 'Content-Type: text/html; charset=UTF-8\r\n', ''), 'application/http;msgtype=response', 'WARC-Profile: http://netpreserve.org/warc/1.0/revisit/identical-payload-digest\r\n'),
  ]);
}

describe('a WARC record whose HTTP header alone names its charset', () => {
  const workspace = useWorkspace();
  const RUSTAVI_URL = 'https://rustavi-post.example/ru/news/bridge';
  // Russian in windows-1251 (А–я are the bytes 0xC0–0xFF; the text has no Ё), the page with no <meta charset>, as old sites served it.
  const windows1251 = (text: string) => Buffer.from([...text].map((char) => (/[А-я]/u.test(char) ? char.codePointAt(0)! - 0x410 + 0xc0 : char.codePointAt(0)!)));
  const PAGE = CIVIL_PAGE.replace('<meta charset="utf-8">', '').replaceAll('Tbilisi Airport Opens New Runway', 'В Рустави открыли новый мост').replace(CIVIL_URL, RUSTAVI_URL);

  it('records that charset with the original, which the bytes alone do not say, and none when they say it themselves', async () => {
    const records = [
      await responseRecord({ url: RUSTAVI_URL, date: '2021-06-16T09:00:00Z', body: windows1251(PAGE), contentType: 'text/html; charset=windows-1251' }, true),
      await responseRecord({ url: CIVIL_URL, date: '2021-06-16T09:01:00Z', body: CIVIL_PAGE, contentType: 'text/html; charset=utf-8' }, true),
    ];
    const results = await workspace.run([workspace.input('crawl.warc.gz', Buffer.concat(records))], { dryRun: true });
    expect(results.map((result) => [result.article?.title, result.article?.original])).toEqual([
      ['В Рустави открыли новый мост', expect.objectContaining({ file: 'crawl.warc.gz', charset: 'windows-1251' })],
      ['Tbilisi Airport Opens New Runway', expect.not.objectContaining({ charset: expect.anything() })],
    ]);
  });
});

describe('a WARC as wget writes it', () => {
  const workspace = useWorkspace();

  it('imports the article behind a redirect, served chunked and gzipped, and counts the rest', async () => {
    const warc = workspace.input('wget.warc', wgetCrawl());
    const results = await workspace.run([warc]);
    expect(results.map((result) => [result.file, result.status])).toEqual([
      [`${warc} [${WGET_URL}]`, 'imported'],
      [warc, 'skipped'],
    ]);
    expect(results[1]!.skipped).toEqual({ request: 2, metadata: 1, 'not status 200': 1, 'not an article': 1, 'revisit of an identical earlier capture': 1 });
    const [article] = results;
    expect(article!.article).toMatchObject({
      title: 'Poti port begins dredging its entrance channel',
      source: 'interpressnews',
      published: '2024-05-20T11:05:00+04:00',
      printedDate: '20.05.2024 11:05',
      url: WGET_URL,
      capture: { url: WGET_URL, date: '2024-05-21T08:00:01+00:00' },
    });
    expect(article!.article!.body).toBe(
      "Work to deepen the entrance channel of Poti port began on Monday, the port's operator said, so that larger container ships can call there from next year.\n\nThe channel is to be dredged to a depth of 12.5 metres over eight months.\n",
    );
    // The kept original is the page as served once its transfer and content codings are undone (what a
    // browser shows and "Save Page As" would keep), and its sha256 is that of the kept bytes.
    const kept = readFileSync(`${workspace.contentDir}/originals/2024/05/20/poti-port-begins-dredging-its-entrance-channel.txt`);
    expect(kept.toString('utf8')).toBe(WGET_PAGE);
    expect(article!.article!.original.sha256).toBe(sha256(kept));
  });
});
