import bplistCreator from 'bplist-creator';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useWorkspace } from './importer-harness.ts';

// Pages Safari saved as "Web Archive" (.webarchive, its default for File > Save As): a binary
// property list with the page's HTML as WebMainResource's data and its images and styles as
// WebSubresources, built here as Safari lays it out, around pages written for the tests.
const URL_SAVED = 'https://mtkvaripost.example/2024/06/12/cable-car/';

const ARTICLE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tbilisi opens a cable car to Narikala</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-06-12T10:00:00+04:00">
<meta property="og:site_name" content="Mtkvari Post"></head><body><article><h1>Tbilisi opens a cable car to Narikala</h1>
<p>A new cable car between Rike Park and the Narikala fortress opened on Wednesday, the city said, replacing the line closed in 2017.</p>
<p>A ride costs two lari and takes under three minutes.</p></article></body></html>`;

interface MainResource {
  url?: string;
  charset?: string;
  type?: string;
}

/** A .webarchive as Safari writes it: the page's bytes, address, type and charset, then a stylesheet and an image. */
function webarchive(html: string | Buffer, { url = URL_SAVED, charset = 'UTF-8', type = 'text/html' }: MainResource = {}): Buffer {
  return bplistCreator({
    WebMainResource: { WebResourceData: Buffer.from(html), WebResourceFrameName: '', WebResourceMIMEType: type, WebResourceTextEncodingName: charset, WebResourceURL: url },
    WebSubresources: [
      { WebResourceData: Buffer.from('body { margin: 0 }'), WebResourceMIMEType: 'text/css', WebResourceURL: 'https://mtkvaripost.example/style.css' },
      { WebResourceData: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), WebResourceMIMEType: 'image/png', WebResourceURL: 'https://mtkvaripost.example/logo.png' },
    ],
  });
}

describe('a page saved by Safari as .webarchive', () => {
  const workspace = useWorkspace();

  it("is read from its main resource as a saved page, its address Safari's, and keeps the whole file as its original", async () => {
    const file = webarchive(ARTICLE);
    const [result] = await workspace.run([workspace.input('cable-car.webarchive', file)]);
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ title: 'Tbilisi opens a cable car to Narikala', source: 'mtkvari-post', published: '2024-06-12T10:00:00+04:00', url: URL_SAVED, original: { file: 'cable-car.webarchive' } });
    expect(result!.article!.body).toContain('A ride costs two lari and takes under three minutes.');
    expect(result!.article!.body).not.toContain('margin');
    const original = path.join(workspace.contentDir, 'originals', path.relative(workspace.articlesDir, result!.target!).replace(/\.md$/, '.txt'));
    expect(readFileSync(original)).toEqual(file);
  });

  it('reads the page in the charset Safari recorded for it', async () => {
    const russian = ARTICLE.replace('<meta charset="utf-8">', '').replaceAll('Tbilisi opens a cable car to Narikala', 'В Тбилиси открыли канатную дорогу');
    // windows-1251, where А–я are the bytes 0xC0–0xFF (the text has no Ё).
    const bytes = Buffer.from([...russian].map((char) => (/[А-я]/u.test(char) ? char.codePointAt(0)! - 0x410 + 0xc0 : char.codePointAt(0)!)));
    const [result] = await workspace.run([workspace.input('cable-car.webarchive', webarchive(bytes, { charset: 'windows-1251' }))], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article!.title).toBe('В Тбилиси открыли канатную дорогу');
  });

  it('is recognised by its binary property list header whatever its name', async () => {
    const [result] = await workspace.run([workspace.input('cable-car.html', webarchive(ARTICLE))], { dryRun: true });
    expect(result).toMatchObject({ status: 'imported', article: { title: 'Tbilisi opens a cable car to Narikala', url: URL_SAVED } });
  });

  it.each([
    ['cut short', () => webarchive(ARTICLE).subarray(0, 600), /^the Safari web archive cannot be read as a binary property list \(/],
    ['a property list of something else', () => bplistCreator({ CFBundleName: 'Notes' }), /^the file is a property list but no Safari web archive: it has no WebMainResource holding the page's data$/],
    ['the archive of a PDF', () => webarchive('%PDF-1.7', { type: 'application/pdf' }), /^the Safari web archive holds application\/pdf, not a web page$/],
  ])('is refused when it is %s, with what to do, and nothing is written', async (_case, bytes, reason) => {
    const [result, ...rest] = await workspace.run([workspace.input('page.webarchive', bytes())]);
    expect(rest).toEqual([]);
    expect(result).toMatchObject({ status: 'failed', error: { reason: expect.stringMatching(reason), fix: expect.stringMatching(/\S/) } });
    expect(result!.error!.internal).toBeUndefined();
    expect(workspace.files()).toEqual([]);
  });
});
