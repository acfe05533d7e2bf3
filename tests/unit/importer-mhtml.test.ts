import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useWorkspace } from './importer-harness.ts';

// Pages saved as one file by Chrome and Edge, "Webpage, Single File" (.mhtml, MIME multipart/related
// with the page as a quoted-printable HTML part, its resources and frames after it). Safari's
// .webarchive: importer-webarchive.test.ts.
const PAGES = path.resolve('tests/fixtures/pages');
const fixture = path.join(PAGES, 'georgia-today-chrome-single-file.mhtml');
const BOUNDARY = '----MultipartBoundary--test----';

/** Russian text in windows-1251, where А–я are the bytes 0xC0–0xFF (the test's text has no Ё). */
const windows1251 = (text: string) => Buffer.from([...text].map((char) => (/[А-я]/u.test(char) ? char.codePointAt(0)! - 0x410 + 0xc0 : char.codePointAt(0)!)));

interface MhtmlParts {
  snapshot?: string;
  /** The HTML part's Content-Location, when there is no Snapshot-Content-Location. */
  location?: string;
  type?: string;
  closed?: boolean;
}

/** An .mhtml as Chrome writes it, with the page's HTML as one base64 part and a stylesheet after it. */
function mhtml(html: string | Buffer, { snapshot, location, type = 'text/html', closed = true }: MhtmlParts = {}): string {
  const head = [
    'From: <Saved by Blink>',
    ...(snapshot ? [`Snapshot-Content-Location: ${snapshot}`] : []),
    'MIME-Version: 1.0',
    'Content-Type: multipart/related;',
    '\ttype="text/html";',
    `\tboundary="${BOUNDARY}"`,
  ].join('\r\n');
  const page = `--${BOUNDARY}\r\nContent-Type: ${type}\r\nContent-Transfer-Encoding: base64\r\nContent-Location: ${location ?? snapshot ?? 'about:blank'}\r\n\r\n${Buffer.from(html).toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n`;
  const rest = `--${BOUNDARY}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: cid:css@mhtml.blink\r\n\r\nbody { margin: 0; }\r\n--${BOUNDARY}--\r\n`;
  return `${head}\r\n\r\n\r\n${page}${closed ? rest : ''}`;
}

const ARTICLE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tbilisi opens a cable car to Narikala</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-06-12T10:00:00+04:00">
<meta property="og:site_name" content="Mtkvari Post"></head><body><article><h1>Tbilisi opens a cable car to Narikala</h1>
<p>A new cable car between Rike Park and the Narikala fortress opened on Wednesday, the city said, replacing the line closed in 2017.</p>
<p>A ride costs two lari and takes under three minutes.</p></article></body></html>`;

describe('a page saved as .mhtml', () => {
  const workspace = useWorkspace();

  it('is read from its HTML part, every printed fact as in its expected file, and keeps the whole file as its original', async () => {
    const [result] = await workspace.run([fixture]);
    expect(result!.error).toBeUndefined();
    expect(readFileSync(result!.target!, 'utf8')).toBe(readFileSync(path.join(PAGES, 'georgia-today-chrome-single-file.expected.md'), 'utf8'));
    const original = path.join(workspace.contentDir, 'originals', path.relative(workspace.articlesDir, result!.target!).replace(/\.md$/, '.txt'));
    expect(readFileSync(original)).toEqual(readFileSync(fixture));
  });

  it('takes its address from Snapshot-Content-Location when the page names none, and leaves the frames after it out', async () => {
    const frame = `--${BOUNDARY}\r\nContent-Type: text/html\r\nContent-Location: https://ads.example/frame\r\n\r\n<html><body><p>Advertisement: fly to Batumi this summer with our partner airline.</p></body></html>\r\n`;
    const file = mhtml(ARTICLE, { snapshot: 'https://mtkvaripost.example/2024/06/12/cable-car/' }).replace(`--${BOUNDARY}--`, `${frame}--${BOUNDARY}--`);
    const [result] = await workspace.run([workspace.input('cable-car.mhtml', file)], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ url: 'https://mtkvaripost.example/2024/06/12/cable-car/', source: 'mtkvari-post', published: '2024-06-12T10:00:00+04:00' });
    expect(result!.article!.body).not.toContain('Batumi');
  });

  it("reads its HTML part in the charset the part's Content-Type names (Internet Explorer's .mht, no Snapshot-Content-Location)", async () => {
    const russian = ARTICLE.replace('<meta charset="utf-8">', '').replaceAll('Tbilisi opens a cable car to Narikala', 'В Тбилиси открыли канатную дорогу');
    const file = mhtml(windows1251(russian), { location: 'https://mtkvaripost.example/ru/cable-car', type: 'text/html; charset="windows-1251"' });
    const [result] = await workspace.run([workspace.input('cable-car.mht', file)], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ title: 'В Тбилиси открыли канатную дорогу', url: 'https://mtkvaripost.example/ru/cable-car' });
  });

  it('is recognised by its MIME header whatever its name, and found in a folder by its extension', async () => {
    workspace.input('saved/cable-car.mht', mhtml(ARTICLE, { snapshot: 'https://mtkvaripost.example/cable-car' }));
    const other = ARTICLE.replaceAll('Tbilisi opens a cable car to Narikala', 'Cable car fares set at two lari');
    const renamed = workspace.input('fares.txt', mhtml(other, { snapshot: 'https://mtkvaripost.example/fares' }));
    const results = await workspace.run([path.join(workspace.root, 'in/saved'), renamed], { dryRun: true });
    expect(results.map((result) => [result.status, result.article?.title])).toEqual([
      ['imported', 'Tbilisi opens a cable car to Narikala'],
      ['imported', 'Cable car fares set at two lari'],
    ]);
  });

  it('is refused when the file ends inside its HTML part, and nothing is written', async () => {
    const cut = mhtml(ARTICLE, { closed: false });
    const [result] = await workspace.run([workspace.input('cut.mhtml', cut.slice(0, -40))]);
    expect(result).toMatchObject({ status: 'failed', error: { reason: 'the .mhtml file ends inside its HTML part (the page is incomplete)' } });
    expect(workspace.files()).toEqual([]);
  });

  it('is refused, naming what to do, when it holds no HTML part or is no MIME file at all', async () => {
    const noPage = mhtml(ARTICLE).replace('Content-Type: text/html', 'Content-Type: image/png');
    const [none, plain] = await workspace.run([workspace.input('none.mhtml', noPage), workspace.input('plain.mhtml', ARTICLE)]);
    expect(none).toMatchObject({ status: 'failed', error: { reason: 'the .mhtml file holds no HTML page (none of its parts is text/html)' } });
    expect(plain).toMatchObject({
      status: 'failed',
      error: {
        reason: 'the file is named as a single-file web page (.mhtml) but is not one: it has no MIME multipart header with a boundary',
        fix: 'save the page again with "Webpage, Single File" (or as "Webpage, HTML Only", an .html file the importer reads the same way)',
      },
    });
  });
});
