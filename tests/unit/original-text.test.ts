import bplistCreator from 'bplist-creator';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeInput } from '../../src/importer/read-input.ts';
import { originalText } from '../../src/importer/original-text.ts';

// The text the page of an original shows (src/components/OriginalClipping.astro) is the text the
// importer read: a saved page in the charset it declares, a Safari web archive's page, a clipping
// as clippings are read. The kept copy is named .txt; the name it was imported under tells.
const fixture = (name: string) => readFileSync(`tests/fixtures/${name}`);

describe('the text of a kept original', () => {
  it("reads a saved page in the charset its markup declares, where a clipping's reading refuses it", () => {
    const bytes = fixture('pages/interfax-windows-1251.html');
    expect(() => decodeInput(bytes)).toThrow(/not valid UTF-8/);
    const { text, encoding, savedIn } = originalText('interfax.html', bytes);
    expect([encoding, savedIn]).toEqual(['windows-1251', undefined]);
    expect(text).toContain('Грузия и Армения договорились о новом пункте пропуска на границе');
  });

  it('reads a page in ISO-8859-9 as its WHATWG alias windows-1254, where a clipping would be read as Windows-1252', () => {
    const bytes = fixture('pages/anadolu-iso-8859-9.html');
    expect(decodeInput(bytes).text).not.toContain('Gürcistan ile Türkiye arasında');
    const { text, encoding } = originalText('anadolu.html', bytes);
    expect(encoding).toBe('windows-1254');
    expect(text).toContain('Gürcistan ile Türkiye arasında');
  });

  it('shows a Safari web archive as the page inside it', () => {
    const page = '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Narikala</title></head><body><p>Cable car to Narikala.</p></body></html>';
    const bytes = bplistCreator({ WebMainResource: { WebResourceData: Buffer.from(page), WebResourceMIMEType: 'text/html', WebResourceTextEncodingName: 'UTF-8', WebResourceURL: 'https://mtkvaripost.example/narikala' } });
    expect(originalText('narikala.webarchive', bytes)).toEqual({ text: page, encoding: 'utf-8', savedIn: 'a Safari web archive' });
  });

  it("shows a Chrome single-file page as its HTML part, not the MIME parts with the page's images", () => {
    const { text, encoding, savedIn } = originalText('georgia-today.mhtml', fixture('pages/georgia-today-chrome-single-file.mhtml'));
    expect([encoding, savedIn]).toEqual(['utf-8', 'a single-file web page (.mhtml)']);
    expect(text).toMatch(/^<!DOCTYPE html>/i);
    expect(text).not.toContain('Content-Transfer-Encoding');
  });

  it('reads a text clipping as the importer reads one', () => {
    const bytes = fixture('seeds/004_c563c99bc929bd38.txt');
    expect(originalText('civil.txt', bytes)).toEqual(decodeInput(bytes));
  });
});
