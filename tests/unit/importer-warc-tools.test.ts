import { createHash } from 'node:crypto';
import matter from 'gray-matter';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliCompressSync, deflateSync, gzipSync, zstdCompressSync } from 'node:zlib';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { useWorkspace } from './importer-harness.ts';

// Crawls written here record by record, byte for byte in the form each archiving tool writes:
// Browsertrix and Webrecorder (pywb, warcio.js: WARC/1.1, millisecond dates, sha256 digests, a
// `urn:pageinfo:` resource and identical-payload revisits with their WARC-Refers-To headers) and
// Heritrix (WARC/1.0, sha1 base32 digests, `dns:` records, metadata records of outlinks after each
// capture, a 302 before the article's 200). Each .warc.gz is one gzip member per record, as every
// one of these tools writes it. The articles' text is written for these tests.

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const uuid = (seed: string) => `<urn:uuid:${createHash('md5').update(seed).digest('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5')}>`;

/** One WARC record: the version line, its named headers (Content-Length last, as the tools write it), the block and the two CRLFs after it. */
function record(version: 'WARC/1.0' | 'WARC/1.1', headers: [string, string][], block: Uint8Array | string): Buffer {
  const bytes = Buffer.from(block);
  const head = [version, ...headers.map(([name, value]) => `${name}: ${value}`), `Content-Length: ${bytes.length}`].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), bytes, Buffer.from('\r\n\r\n')]);
}

const http = (statusLine: string, headers: string[], body: Uint8Array | string = '') =>
  Buffer.concat([Buffer.from(`${statusLine}\r\n${headers.map((header) => `${header}\r\n`).join('')}\r\n`), Buffer.from(body)]);

/** HTTP chunked transfer coding, in chunks of at most 700 bytes (servers send pages in several). */
function chunked(bytes: Uint8Array): Buffer {
  const parts: Buffer[] = [];
  for (let start = 0; start < bytes.length; start += 700) {
    const part = bytes.subarray(start, start + 700);
    parts.push(Buffer.from(`${part.length.toString(16)}\r\n`), Buffer.from(part), Buffer.from('\r\n'));
  }
  return Buffer.concat([...parts, Buffer.from('0\r\n\r\n')]);
}

const articlePage = (a: { url: string; title: string; published: string; author: string; publisher: string; paragraphs: string[] }) => `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${a.title} | ${a.publisher}</title>
<link rel="canonical" href="${a.url}"><meta property="og:type" content="article"><meta property="og:title" content="${a.title}">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${a.title}","datePublished":"${a.published}","author":[{"@type":"Person","name":"${a.author}"}],"publisher":{"@type":"Organization","name":"${a.publisher}"},"mainEntityOfPage":"${a.url}"}</script>
<link rel="stylesheet" href="/assets/site.css"></head>
<body><header class="site-header"><a href="/" class="logo">${a.publisher}</a><nav class="main-menu"><a href="/news">News</a> <a href="/politics">Politics</a> <a href="/business">Business</a></nav></header>
<main><article><h1>${a.title}</h1><div class="byline">By <a href="/author">${a.author}</a></div>
${a.paragraphs.map((text) => `<p>${text}</p>`).join('\n')}
<div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div></article>
<aside class="related"><h2>Related</h2><ul><li><a href="/news/2">Another story</a></li></ul></aside></main>
<footer><p>© 2024 ${a.publisher}</p></footer></body></html>`;

// Three articles of one outlet new to the archive, and its home page (an HTML page that is no article).
const OUTLET = 'Black Sea Courier';
const ARTICLES = [
  {
    url: 'https://blackseacourier.example/news/2024/06/03/poti-free-zone-expands/',
    title: 'Poti free zone to double in size',
    published: '2024-06-03T09:30:00+04:00',
    author: 'Lela Gabunia',
    publisher: OUTLET,
    paragraphs: [
      'The free industrial zone beside Poti port is to double in size by 2026, its operator said on Monday, adding 150 hectares to the east of the harbour.',
      'Eleven companies have applied for plots in the new area, most of them makers of building materials and food packaging.',
    ],
  },
  {
    url: 'https://blackseacourier.example/news/2024/06/03/batumi-cruise-season/',
    title: 'Batumi expects record cruise season',
    published: '2024-06-03T14:05:00+04:00',
    author: 'Davit Kapanadze',
    publisher: OUTLET,
    paragraphs: [
      'Batumi expects 60 cruise ship calls this summer, more than in any year before, the city port said on Monday.',
      'The first liner of the season moored on Sunday with 1,800 passengers on board, most of whom spent the day in the old town.',
    ],
  },
  {
    url: 'https://blackseacourier.example/news/2024/06/04/anaklia-tender/',
    title: 'Anaklia port tender draws four bidders',
    published: '2024-06-04T11:00:00+04:00',
    author: 'Lela Gabunia',
    publisher: OUTLET,
    paragraphs: [
      'Four consortiums have bid to build and run the deep-water port at Anaklia, the economy ministry said on Tuesday.',
      'The winner is to be named in the autumn. Construction of the first berths would take three years.',
    ],
  },
];
const PAGES = ARTICLES.map(articlePage);
const HOME = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${OUTLET}</title><meta property="og:type" content="website"></head>
<body><h1>${OUTLET}</h1><ul>${ARTICLES.map((a) => `<li><a href="${a.url}">${a.title}</a></li>`).join('')}</ul></body></html>`;
const CSS = 'body{font-family:Georgia,serif;margin:0}.site-header{background:#123}';
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01]);

const bodies: Record<string, string> = {
  'articles/2024/06/03/poti-free-zone-to-double-in-size.md': PAGES[0]!,
  'articles/2024/06/03/batumi-expects-record-cruise-season.md': PAGES[1]!,
  'articles/2024/06/04/anaklia-port-tender-draws-four-bidders.md': PAGES[2]!,
};

/** A Browsertrix crawl (warcio.js): warcinfo, then for each page its request, its response, its `urn:pageinfo:` resource. */
function browsertrixCrawl(): Buffer[] {
  const v = 'WARC/1.1';
  const warcinfo = record(v, [['WARC-Filename', 'rec-20240605093000123-crawler-0.warc.gz'], ['WARC-Date', '2024-06-05T09:30:00.123Z'], ['WARC-Type', 'warcinfo'], ['WARC-Record-ID', uuid('info')], ['Content-Type', 'application/warc-fields']],
    'software: Browsertrix-Crawler 1.1.3 (with warcio.js 2.2.1)\r\nformat: WARC File Format 1.1\r\ncreator: archivist\r\nisPartOf: black-sea-ports\r\n');
  const capture = (url: string, date: string, status: string, headers: string[], body: Uint8Array | string, digestOf: Uint8Array | string) => {
    const id = uuid(`response ${url} ${date}`);
    return [
      record(v, [['WARC-Concurrent-To', id], ['WARC-Target-URI', url], ['WARC-Date', date], ['WARC-Type', 'request'], ['WARC-Record-ID', uuid(`request ${url} ${date}`)], ['Content-Type', 'application/http; msgtype=request']],
        http(`GET ${new URL(url).pathname} HTTP/1.1`, [`Host: ${new URL(url).host}`, 'User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Browsertrix-Crawler', 'Accept-Encoding: gzip, deflate, br'])),
      record(v, [['WARC-Target-URI', url], ['WARC-Date', date], ['WARC-Type', 'response'], ['WARC-Record-ID', id], ['WARC-IP-Address', '192.0.2.10'], ['Content-Type', 'application/http; msgtype=response'], ['WARC-Payload-Digest', `sha256:${sha256(digestOf)}`], ['WARC-Block-Digest', `sha256:${sha256(http(status, headers, body))}`]],
        http(status, headers, body)),
    ];
  };
  const pageinfo = (url: string, date: string) =>
    record(v, [['WARC-Target-URI', `urn:pageinfo:${url}`], ['WARC-Date', date], ['WARC-Type', 'resource'], ['WARC-Record-ID', uuid(`pageinfo ${url}`)], ['Content-Type', 'application/json']],
      JSON.stringify({ pageid: uuid(url), url, urls: { [url]: { status: 200, mime: 'text/html' } } }));
  const html = ['Content-Type: text/html; charset=utf-8', 'Vary: Accept-Encoding', 'Cache-Control: max-age=300'];
  const [first, second, third] = PAGES.map((page) => Buffer.from(page));
  return [
    warcinfo,
    ...capture('https://blackseacourier.example/', '2024-06-05T09:30:01.004Z', 'HTTP/1.1 200 OK', [...html, 'Content-Encoding: br'], brotliCompressSync(HOME), HOME),
    // The first article, brotli-coded and chunked, as Chrome received it; then the site's stylesheet and a photo.
    ...capture(ARTICLES[0]!.url, '2024-06-05T09:30:05.210Z', 'HTTP/1.1 200 OK', [...html, 'Content-Encoding: br', 'Transfer-Encoding: chunked'], chunked(brotliCompressSync(first!)), first!),
    ...capture('https://blackseacourier.example/assets/site.css', '2024-06-05T09:30:05.380Z', 'HTTP/1.1 200 OK', ['Content-Type: text/css', 'Content-Encoding: gzip'], gzipSync(CSS), CSS),
    ...capture('https://blackseacourier.example/media/poti.jpg', '2024-06-05T09:30:05.412Z', 'HTTP/1.1 200 OK', ['Content-Type: image/jpeg'], JPEG, JPEG),
    pageinfo(ARTICLES[0]!.url, '2024-06-05T09:30:06.000Z'),
    // The second gzipped, the third as it is.
    ...capture(ARTICLES[1]!.url, '2024-06-05T09:31:10.550Z', 'HTTP/1.1 200 OK', [...html, 'Content-Encoding: gzip'], gzipSync(second!), second!),
    pageinfo(ARTICLES[1]!.url, '2024-06-05T09:31:11.000Z'),
    ...capture(ARTICLES[2]!.url, '2024-06-05T09:32:20.001Z', 'HTTP/1.1 200 OK', html, third!, third!),
    pageinfo(ARTICLES[2]!.url, '2024-06-05T09:32:21.000Z'),
    // The crawler comes back to the first article: the same payload, so a revisit pointing to the response above.
    record(v, [['WARC-Target-URI', ARTICLES[0]!.url], ['WARC-Date', '2024-06-05T10:30:05.000Z'], ['WARC-Type', 'revisit'], ['WARC-Record-ID', uuid('revisit')], ['WARC-Profile', 'http://netpreserve.org/warc/1.1/revisit/identical-payload-digest'],
      ['WARC-Refers-To-Target-URI', ARTICLES[0]!.url], ['WARC-Refers-To-Date', '2024-06-05T09:30:05.210Z'], ['WARC-Payload-Digest', `sha256:${sha256(first!)}`], ['Content-Type', 'application/http; msgtype=response']],
      http('HTTP/1.1 200 OK', [...html, 'Content-Encoding: br'])),
  ];
}

/** A Heritrix crawl: warcinfo, dns, then a request, the response and a metadata record of its outlinks for each URI. */
function heritrixCrawl(): Buffer[] {
  const v = 'WARC/1.0';
  const base32 = (data: string | Uint8Array) => {
    const bytes = createHash('sha1').update(data).digest();
    let bits = '';
    for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
    return bits.match(/.{5}/g)!.map((group) => 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'[parseInt(group, 2)]).join('');
  };
  const triple = (url: string, date: string, statusLine: string, headers: string[], body: string, outlinks: string[]) => {
    const id = uuid(`h-response ${url}`);
    return [
      record(v, [['WARC-Type', 'response'], ['WARC-Target-URI', url], ['WARC-Date', date], ['WARC-Payload-Digest', `sha1:${base32(body)}`], ['WARC-IP-Address', '192.0.2.10'], ['WARC-Record-ID', id], ['Content-Type', 'application/http; msgtype=response']],
        http(statusLine, headers, body)),
      record(v, [['WARC-Type', 'request'], ['WARC-Target-URI', url], ['WARC-Date', date], ['WARC-Concurrent-To', id], ['WARC-Record-ID', uuid(`h-request ${url}`)], ['Content-Type', 'application/http; msgtype=request']],
        http(`GET ${new URL(url).pathname} HTTP/1.0`, ['User-Agent: Mozilla/5.0 (compatible; heritrix/3.4.0 +https://archive.example/crawler)', 'From: crawler@archive.example', 'Connection: close', 'Referer: https://blackseacourier.example/', `Host: ${new URL(url).host}`])),
      record(v, [['WARC-Type', 'metadata'], ['WARC-Target-URI', url], ['WARC-Date', date], ['WARC-Concurrent-To', id], ['WARC-Record-ID', uuid(`h-metadata ${url}`)], ['Content-Type', 'application/warc-fields']],
        `seed: \r\nhopsFromSeed: L\r\nsourceTag: https://blackseacourier.example/\r\nfetchTimeMs: 212\r\ncharsetForLinkExtraction: UTF-8\r\n${outlinks.map((link) => `outlink: ${link} L a/@href\r\n`).join('')}`),
    ];
  };
  const html = ['Server: nginx', 'Content-Type: text/html;charset=UTF-8', 'Connection: close'];
  const oldUrl = 'http://blackseacourier.example/?p=48213';
  return [
    record(v, [['WARC-Type', 'warcinfo'], ['WARC-Date', '2024-06-05T09:30:00Z'], ['WARC-Filename', 'BSC-20240605093000000-00000-4113~crawler~8443.warc.gz'], ['WARC-Record-ID', uuid('h-info')], ['Content-Type', 'application/warc-fields']],
      'software: Heritrix/3.4.0-20220727 http://crawler.archive.org\r\nhostname: crawler\r\nip: 192.0.2.5\r\nisPartOf: black-sea-ports\r\ndescription: ports\r\nrobots: obey\r\nhttp-header-user-agent: Mozilla/5.0 (compatible; heritrix/3.4.0 +https://archive.example/crawler)\r\nformat: WARC File Format 1.0\r\nconformsTo: http://bibnum.bnf.fr/WARC/WARC_ISO_28500_version1_latestdraft.pdf\r\n'),
    record(v, [['WARC-Type', 'response'], ['WARC-Target-URI', 'dns:blackseacourier.example'], ['WARC-Date', '2024-06-05T09:30:00Z'], ['WARC-IP-Address', '192.0.2.53'], ['WARC-Record-ID', uuid('h-dns')], ['Content-Type', 'text/dns']],
      '20240605093000\nblackseacourier.example.\t300\tIN\tA\t192.0.2.10\n'),
    // An old address answers 302 to the article's, which comes after it.
    ...triple(oldUrl, '2024-06-05T09:30:02Z', 'HTTP/1.1 302 Found', ['Server: nginx', `Location: ${ARTICLES[1]!.url}`, 'Content-Type: text/html; charset=UTF-8', 'Content-Length: 0', 'Connection: close'], '', [ARTICLES[1]!.url]),
    ...triple(ARTICLES[1]!.url, '2024-06-05T09:30:03Z', 'HTTP/1.1 200 OK', html, PAGES[1]!, ['https://blackseacourier.example/assets/site.css', 'https://blackseacourier.example/news/2']),
    ...triple('https://blackseacourier.example/assets/site.css', '2024-06-05T09:30:04Z', 'HTTP/1.1 200 OK', ['Server: nginx', 'Content-Type: text/css', 'Connection: close'], CSS, []),
    ...triple(ARTICLES[2]!.url, '2024-06-05T09:30:05Z', 'HTTP/1.1 200 OK', html, PAGES[2]!, []),
  ];
}

/** A crawl's file as the tools write it: one gzip member per record in a .warc.gz, the records as they are in a .warc. */
const warcFile = (name: string, records: Buffer[]) => Buffer.concat(name.endsWith('.gz') ? records.map((one) => gzipSync(one)) : records);

describe('WARCs as archiving tools write them', () => {
  const workspace = useWorkspace();

  it.each(['browsertrix.warc.gz', 'webrecorder.warc'])('%s (Browsertrix / Webrecorder): every article once, brotli and gzip undone, the rest counted', async (name) => {
    const warc = workspace.input(name, warcFile(name, browsertrixCrawl()));
    const results = await workspace.run([warc]);
    expect(results.map((result) => [result.file, result.status, result.error?.reason])).toEqual([
      ...ARTICLES.map((article) => [`${warc} [${article.url}]`, 'imported', undefined]),
      [warc, 'skipped', undefined],
    ]);
    // The home page is HTML but no article; the revisit of the first article adds nothing.
    expect(results.at(-1)!.notes).toEqual(['14 records passed over: 1 warcinfo, 6 request, 1 not an article, 2 not HTML, 3 not an HTTP capture, 1 revisit of an identical earlier capture']);
    results.slice(0, 3).forEach((result, index) => {
      const article = ARTICLES[index]!;
      expect(result.article).toMatchObject({
        title: article.title,
        source: 'black-sea-courier',
        authors: [article.author],
        published: article.published,
        url: article.url,
        original: { file: name, sha256: sha256(PAGES[index]!) },
      });
      expect(result.article!.body).toBe(`${article.paragraphs.join('\n\n')}\n`);
    });
    expect(results[0]!.article!.capture).toEqual({ url: ARTICLES[0]!.url, date: '2024-06-05T09:30:05+00:00', recordId: uuid(`response ${ARTICLES[0]!.url} 2024-06-05T09:30:05.210Z`) });
    // Each article keeps its own page, byte for byte as the browser got it.
    for (const [target, page] of Object.entries(bodies)) {
      expect(readFileSync(`${workspace.contentDir}/${target.replace(/^articles/, 'originals').replace(/\.md$/, '.txt')}`, 'utf8')).toBe(page);
    }
    expect(workspace.files()).toEqual([...Object.keys(bodies), ...Object.keys(bodies).map((target) => target.replace(/^articles/, 'originals').replace(/\.md$/, '.txt')), 'sources/black-sea-courier.yaml'].sort());
  });

  it.each(['heritrix.warc.gz', 'heritrix.warc'])('%s (Heritrix): dns, request and metadata records passed over, the article behind a 302 imported', async (name) => {
    const warc = workspace.input(name, warcFile(name, heritrixCrawl()));
    const results = await workspace.run([warc]);
    expect(results.map((result) => [result.file, result.status, result.error?.reason])).toEqual([
      [`${warc} [${ARTICLES[1]!.url}]`, 'imported', undefined],
      [`${warc} [${ARTICLES[2]!.url}]`, 'imported', undefined],
      [warc, 'skipped', undefined],
    ]);
    expect(results.at(-1)!.skipped).toEqual({ warcinfo: 1, request: 4, metadata: 4, 'not an HTTP capture': 1, 'not status 200': 1, 'not HTML': 1 });
    expect(results[0]!.article).toMatchObject({ title: ARTICLES[1]!.title, published: ARTICLES[1]!.published, url: ARTICLES[1]!.url, original: { sha256: sha256(PAGES[1]!) }, capture: { url: ARTICLES[1]!.url, date: '2024-06-05T09:30:03+00:00' } });
    expect(results[1]!.article!.body).toBe(`${ARTICLES[2]!.paragraphs.join('\n\n')}\n`);
  });

  it('refuses a page in a content coding it cannot undo, naming it, and keeps the rest of the WARC', async () => {
    const records = browsertrixCrawl();
    // `compress` (LZW), which no browser asks for any more and Node cannot undo.
    const lzw = record('WARC/1.1', [['WARC-Target-URI', 'https://blackseacourier.example/news/lzw/'], ['WARC-Date', '2024-06-05T09:40:00.000Z'], ['WARC-Type', 'response'], ['WARC-Record-ID', uuid('lzw')], ['Content-Type', 'application/http; msgtype=response']],
      http('HTTP/1.1 200 OK', ['Content-Type: text/html; charset=utf-8', 'Content-Encoding: compress'], Buffer.from([0x1f, 0x9d, 0x90, 0x3c, 0x68, 0x74, 0x6d, 0x6c])));
    const damaged = record('WARC/1.1', [['WARC-Target-URI', 'https://blackseacourier.example/news/damaged/'], ['WARC-Date', '2024-06-05T09:41:00.000Z'], ['WARC-Type', 'response'], ['WARC-Record-ID', uuid('damaged')], ['Content-Type', 'application/http; msgtype=response']],
      http('HTTP/1.1 200 OK', ['Content-Type: text/html; charset=utf-8', 'Content-Encoding: br'], Buffer.from('<html><body><p>not brotli at all</p></body></html>')));
    const warc = workspace.input('codings.warc', Buffer.concat([records[0]!, lzw, damaged, ...records.slice(1)]));
    const results = await workspace.run([warc]);
    expect(results.map((result) => result.status)).toEqual(['failed', 'failed', 'imported', 'imported', 'imported', 'skipped']);
    expect(results[0]).toMatchObject({
      file: `${warc} [https://blackseacourier.example/news/lzw/]`,
      error: { reason: 'the page is sent with Content-Encoding: compress, which the importer cannot decode (gzip, deflate, br and zstd it can)' },
    });
    expect(results[1]).toMatchObject({ file: `${warc} [https://blackseacourier.example/news/damaged/]`, error: { reason: expect.stringMatching(/Content-Encoding: br but cannot be decompressed/) } });
  });

  it('undoes deflate, zstd and gzip with chunking, reads a resource record, and keeps one article of a page captured twice, saying which', async () => {
    const v = 'WARC/1.1';
    const [first, second, third] = PAGES.map((page) => Buffer.from(page));
    const html = ['Content-Type: text/html; charset=utf-8'];
    const response = (url: string, date: string, headers: string[], body: Uint8Array, extra: [string, string][] = []) =>
      record(v, [['WARC-Target-URI', url], ['WARC-Date', date], ['WARC-Type', 'response'], ['WARC-Record-ID', uuid(`${url} ${date}`)], ...extra, ['Content-Type', 'application/http; msgtype=response']], http('HTTP/1.1 200 OK', headers, body));
    // The crawl comes back to the first article an hour later: its page differs (another advertisement), so it is stored again, not as a revisit.
    const again = Buffer.from(PAGES[0]!.replace('</footer>', '<div class="ad">Advertisement</div></footer>'));
    const records = [
      response(ARTICLES[0]!.url, '2024-06-05T09:30:05.210Z', [...html, 'Content-Encoding: deflate'], deflateSync(first!)),
      // What ArchiveWeb.page keeps of a page it fetched itself: a resource record, the HTML as its block.
      record(v, [['WARC-Target-URI', ARTICLES[1]!.url], ['WARC-Date', '2024-06-05T09:31:10.550Z'], ['WARC-Type', 'resource'], ['WARC-Record-ID', uuid('resource')], ['Content-Type', 'text/html; charset=utf-8']], second!),
      response(ARTICLES[2]!.url, '2024-06-05T09:32:20.001Z', [...html, 'Content-Encoding: zstd', 'Transfer-Encoding: chunked'], chunked(zstdCompressSync(third!))),
      response(ARTICLES[0]!.url, '2024-06-05T10:30:05.000Z', [...html, 'Content-Encoding: gzip', 'Transfer-Encoding: chunked'], chunked(gzipSync(again))),
      // A 304 answer to a conditional request, and a capture the crawler cut at its size limit.
      record(v, [['WARC-Target-URI', ARTICLES[2]!.url], ['WARC-Date', '2024-06-05T11:32:20.000Z'], ['WARC-Type', 'revisit'], ['WARC-Record-ID', uuid('304')], ['WARC-Profile', 'http://netpreserve.org/warc/1.1/revisit/server-not-modified'], ['Content-Type', 'application/http; msgtype=response']],
        http('HTTP/1.1 304 Not Modified', ['ETag: "5f2a"'])),
      response('https://blackseacourier.example/news/2024/06/04/long-read/', '2024-06-05T09:33:00.000Z', html, Buffer.from(PAGES[2]!.slice(0, 400)), [['WARC-Truncated', 'length']]),
    ];
    const warc = workspace.input('codings.warc.gz', warcFile('codings.warc.gz', records));
    const results = await workspace.run([warc]);
    expect(results.map((result) => [result.file, result.status, result.error?.reason])).toEqual([
      ...ARTICLES.map((article) => [`${warc} [${article.url}]`, 'imported', undefined]),
      [warc, 'skipped', undefined],
    ]);
    results.slice(0, 3).forEach((result, index) => expect(result.article!.body).toBe(`${ARTICLES[index]!.paragraphs.join('\n\n')}\n`));
    // The resource record's capture is its WARC-Date and record; its original is its block.
    expect(results[1]!.article).toMatchObject({ capture: { url: ARTICLES[1]!.url, date: '2024-06-05T09:31:10+00:00', recordId: uuid('resource') }, original: { sha256: sha256(second!) } });
    expect(results[0]!.article!.original.sha256).toBe(sha256(first!));
    expect(results.at(-1)!.skipped).toEqual({ 'later capture of a page already read': 1, 'revisit of an unchanged page': 1, 'truncated by the crawler': 1 });
    expect(results.at(-1)!.notes).toEqual([
      '3 records passed over: 1 later capture of a page already read, 1 revisit of an unchanged page, 1 truncated by the crawler',
      `${ARTICLES[0]!.url} was captured again on 2024-06-05T10:30:05+00:00 (record ${uuid(`${ARTICLES[0]!.url} 2024-06-05T10:30:05.000Z`)}); its first capture, of 2024-06-05T09:30:05+00:00 (record ${uuid(`${ARTICLES[0]!.url} 2024-06-05T09:30:05.210Z`)}), is the one kept`,
    ]);
  });

  // Session 19: a Browsertrix crawl of three real outlets' articles, as the saved-page goldens print them (BBC News,
  // El País English, Barron's), with the BBC's home page, a stylesheet, a photo, the old bbc.co.uk address answering
  // 301, and the BBC article captured again two days later, after the BBC had added a paragraph. An archivist keeps
  // the first capture (the article as first published; a WARC may hold any number of later states) and is told
  // of the later one, which `--update` with that capture saved as a page would record as a revision.
  it('reads real outlets\' pages in one crawl as their saved pages read, and keeps the first of two captures days apart', async () => {
    const v = 'WARC/1.1';
    const golden = (name: string) => {
      const expected = readFileSync(`tests/fixtures/pages/${name}.expected.md`, 'utf8');
      const { title, authors, published, printedDate, dateline, photo, url } = yaml.load(expected.split('\n---\n')[0]!.replace(/^---\n/u, '')) as Record<string, unknown>;
      return { page: readFileSync(`tests/fixtures/pages/${name}.html`), facts: { title, authors, published, printedDate, dateline, photo, url }, body: expected.split('\n---\n')[1]! };
    };
    const [bbc, elPais, barrons] = ['bbc-com-2024-articles', 'el-pais-english-arc', 'barrons-afp-html-only'].map(golden);
    const urls = ['https://www.bbc.com/news/articles/c4gx2ml8e3zo', 'https://english.elpais.com/international/2024-06-04/georgias-winemakers-bet-on-amber-wine-as-exports-to-russia-fall.html', 'https://www.barrons.com/news/georgia-grain-terminal-reopens-after-storm-damage-7a2c91e4'];
    const response = (url: string, date: string, status: string, headers: string[], body: Uint8Array | string = '') =>
      record(v, [['WARC-Target-URI', url], ['WARC-Date', date], ['WARC-Type', 'response'], ['WARC-Record-ID', uuid(`${url} ${date}`)], ['Content-Type', 'application/http; msgtype=response']], http(status, headers, body));
    const html = ['Content-Type: text/html; charset=utf-8'];
    const later = Buffer.from(bbc!.page.toString('utf8').replace('</p></div><div data-component="tags"', '</p></div><div data-component="text-block" class="sc-18fde0d6-0"><p class="sc-eb7bd5f6-0 fYAfXe">The central election commission said on Wednesday it would recount votes at 14% of polling stations.</p></div><div data-component="tags"'));
    expect(later.equals(bbc!.page)).toBe(false);
    const records = [
      record(v, [['WARC-Filename', 'rec-20241029080000-crawler-0.warc.gz'], ['WARC-Date', '2024-10-29T08:00:00.000Z'], ['WARC-Type', 'warcinfo'], ['WARC-Record-ID', uuid('s19-info')], ['Content-Type', 'application/warc-fields']], 'software: Browsertrix-Crawler 1.3.4 (with warcio.js 2.3.1)\r\nformat: WARC File Format 1.1\r\n'),
      response('https://www.bbc.com/news', '2024-10-29T08:00:01.000Z', 'HTTP/1.1 200 OK', [...html, 'Content-Encoding: gzip'], gzipSync(HOME)),
      response('https://www.bbc.co.uk/news/articles/c4gx2ml8e3zo', '2024-10-29T08:00:02.000Z', 'HTTP/1.1 301 Moved Permanently', [`Location: ${urls[0]}`, 'Content-Length: 0']),
      response(urls[0]!, '2024-10-29T08:00:03.000Z', 'HTTP/1.1 200 OK', [...html, 'Content-Encoding: gzip', 'Transfer-Encoding: chunked'], chunked(gzipSync(bbc!.page))),
      response('https://static.files.bbci.co.uk/fonts.css', '2024-10-29T08:00:03.500Z', 'HTTP/1.1 200 OK', ['Content-Type: text/css'], CSS),
      response('https://ichef.bbci.co.uk/news/480/cpsprodpb/4b8f/live/7f6c1a40.jpg.webp', '2024-10-29T08:00:03.600Z', 'HTTP/1.1 200 OK', ['Content-Type: image/webp'], JPEG),
      response(urls[1]!, '2024-10-29T08:01:00.000Z', 'HTTP/1.1 200 OK', [...html, 'Transfer-Encoding: chunked'], chunked(elPais!.page)),
      response(urls[2]!, '2024-10-29T08:02:00.000Z', 'HTTP/1.1 200 OK', [...html, 'Content-Encoding: br'], brotliCompressSync(barrons!.page)),
      response(urls[0]!, '2024-10-31T09:15:00.000Z', 'HTTP/1.1 200 OK', [...html, 'Content-Encoding: gzip'], gzipSync(later)),
    ];
    const warc = workspace.input('outlets.warc.gz', warcFile('outlets.warc.gz', records));
    const results = await workspace.run([warc]);
    expect(results.map((result) => [result.file, result.status, result.error?.reason])).toEqual([...urls.map((url) => [`${warc} [${url}]`, 'imported', undefined]), [warc, 'skipped', undefined]]);
    [bbc, elPais, barrons].forEach((expected, index) => {
      const article = results[index]!.article!;
      expect(article.body).toBe(expected!.body);
      const { title, authors, published, printedDate, dateline, photo, url } = article;
      expect({ title, authors, published, printedDate, dateline, photo, url }).toEqual(expected!.facts);
      expect(article.capture!.url).toBe(urls[index]);
    });
    expect(results.at(-1)!.notes).toEqual([
      '6 records passed over: 1 warcinfo, 1 not an article, 1 not status 200, 2 not HTML, 1 later capture of a page already read',
      `${urls[0]} was captured again on 2024-10-31T09:15:00+00:00 (record ${uuid(`${urls[0]} 2024-10-31T09:15:00.000Z`)}); its first capture, of 2024-10-29T08:00:03+00:00 (record ${uuid(`${urls[0]} 2024-10-29T08:00:03.000Z`)}), is the one kept`,
    ]);
  });

  it('names the file, the byte offset and the URI of a last record cut short, keeping every article before it', async () => {
    const records = heritrixCrawl();
    const lastResponse = records.length - 3;
    const offset = records.slice(0, lastResponse).reduce((sum, one) => sum + one.length, 0);
    const warc = workspace.input('cut.warc', Buffer.concat(records.slice(0, lastResponse + 1)).subarray(0, offset + 600));
    const results = await workspace.run([warc]);
    expect(results.map((result) => [result.file, result.status])).toEqual([
      [`${warc} [${ARTICLES[1]!.url}]`, 'imported'],
      [warc, 'failed'],
      [warc, 'skipped'],
    ]);
    const cut = records[lastResponse]!;
    const blockLength = cut.length - cut.indexOf('\r\n\r\n') - 4 - 4;
    const missing = blockLength - (600 - (cut.indexOf('\r\n\r\n') + 4));
    expect(results[1]!.error!.reason).toBe(`the WARC ends inside the record that starts at byte ${offset} (${ARTICLES[2]!.url}): ${missing} of its ${blockLength} bytes are missing`);
    expect(results[1]!.error!.fix).toBe('the articles before it were imported; copy or download the WARC again to import the rest');
  });
});

// A crawl GNU Wget 1.21.3 wrote itself (not built here): two saved-page fixtures served from a local folder and fetched
// with `wget -r -l 1 --page-requisites --warc-file=wget-two-pages http://127.0.0.1:8765/`. Wget writes WARC/1.0 with its
// target URIs in angle brackets, a request before each response, a 404 for robots.txt, the pages' requisites, and its
// manifest, arguments and log as metadata and resource records.
describe('a WARC that GNU Wget wrote', () => {
  const workspace = useWorkspace();
  const warc = path.resolve('tests/fixtures/web-archives/wget-two-pages.warc.gz');
  const captured = [
    ['reuters-arc-complete', 'http://127.0.0.1:8765/2024/10/28/reuters.html'],
    ['bbc-graph-reportage', 'http://127.0.0.1:8765/2024/10/28/bbc.html'],
  ] as const;

  it('imports each captured article as its saved page imports, with the capture recorded, and counts the rest', async () => {
    const results = await workspace.run([warc]);
    expect(results.map((result) => [result.file, result.status, result.error?.reason])).toEqual([
      ...captured.map(([, url]) => [`${warc} [${url}]`, 'imported', undefined]),
      [warc, 'skipped', undefined],
    ]);
    expect(results.at(-1)!.notes).toEqual(['16 records passed over: 1 warcinfo, 7 request, 1 not an article, 3 not status 200, 1 not HTML, 1 metadata, 2 not an HTTP capture']);
    captured.forEach(([page, url], index) => {
      const written = matter(readFileSync(results[index]!.target!, 'utf8'));
      const saved = matter(readFileSync(path.resolve('tests/fixtures/pages', `${page}.expected.md`), 'utf8'));
      const { capture, original, ...facts } = written.data;
      const { original: savedOriginal, ...savedFacts } = saved.data;
      expect(facts).toEqual(savedFacts);
      expect(written.content).toBe(saved.content);
      expect(original).toEqual({ ...savedOriginal, file: 'wget-two-pages.warc.gz' });
      expect(capture).toMatchObject({ url, date: '2026-12-07T04:21:48+00:00' });
    });
  });
});
