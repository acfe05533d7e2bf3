import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/article-schema.ts';
import { archivedCopy } from '../../src/importer/archived-copy.ts';
import { useWorkspace } from './importer-harness.ts';

// Pages saved from a web archive's copy (text written for these tests, the archive's markup as
// its replay serves it). The expected file was written by hand from the page; hashes by sha256sum.
const ARCHIVES = path.resolve('tests/fixtures/web-archives');
const wayback = readFileSync(path.join(ARCHIVES, 'wayback-civil-ge-2017.html'), 'utf8');

describe('a page saved from the Wayback Machine', () => {
  const workspace = useWorkspace();

  it('imports as the page it captured: its paper, address and capture, no toolbar in the text', async () => {
    const [result] = await workspace.run([path.join(ARCHIVES, 'wayback-civil-ge-2017.html')]);
    expect(result!.error).toBeUndefined();
    expect(readFileSync(result!.target!, 'utf8')).toBe(readFileSync(path.join(ARCHIVES, 'wayback-civil-ge-2017.expected.md'), 'utf8'));
    // No paper is created for web.archive.org: the page is Civil Georgia's, found by its own address.
    expect(workspace.files().filter((file) => file.startsWith('sources'))).toEqual([]);
  });

  it('finds the capture in the toolbar when the replay script is gone, and in the address saved from', async () => {
    const withoutScript = wayback.replace(/__wm\.wombat\([^)]*\);/, '');
    expect(archivedCopy(withoutScript)?.capture).toEqual({ url: 'https://civil.ge/archives/216531', date: '2017-11-15T09:35:12+00:00', archivedAt: 'https://web.archive.org/web/20171115093512/https://civil.ge/archives/216531' });
    const savedOnly = withoutScript.replace(/__wm\.bt\([^)]*\);/, '').replace(/<div id="wm-ipp-print">[^<]*<\/div>/, '');
    expect(archivedCopy(savedOnly)?.capture.date).toBe('2017-11-15T09:35:12+00:00');
  });

  it('refuses a copy that no longer says what it captured when, and writes nothing', async () => {
    const stripped = wayback
      .replace(/^<!-- saved from[^\n]*\n/m, '')
      .replace(/__wm\.(?:wombat|bt)\([^)]*\);/g, '')
      .replace(/<div id="wm-ipp-print">[^<]*<\/div>/, '');
    const [result] = await workspace.run([workspace.input('stripped.html', stripped)]);
    expect(result).toMatchObject({ status: 'failed', error: { reason: expect.stringContaining('saved from the Wayback Machine, but the address and time of its capture are not in it'), fix: expect.stringContaining('web.archive.org/web/TIMESTAMP/URL') } });
    expect(workspace.files()).toEqual([]);
  });

  it('leaves a page that only mentions the Wayback Machine in its text as it is', () => {
    expect(archivedCopy('<html><body><p>Find it at https://web.archive.org/web/20171115093512/https://civil.ge/ today.</p></body></html>')).toBeUndefined();
  });
});

describe('a page saved from archive.today', () => {
  const workspace = useWorkspace();
  const snapshot = readFileSync(path.join(ARCHIVES, 'archive-today-civil-ge-2017.html'), 'utf8');

  // Its og: and article: tags are the snapshot's (published_time is the capture's 09:35:12Z): read
  // as the article's, they dated it a day late and made archive.ph its paper.
  it("imports as the page it captured, dated as the page prints it, never by the snapshot's metadata", async () => {
    const [result] = await workspace.run([path.join(ARCHIVES, 'archive-today-civil-ge-2017.html')]);
    expect(result!.error).toBeUndefined();
    expect(readFileSync(result!.target!, 'utf8')).toBe(readFileSync(path.join(ARCHIVES, 'archive-today-civil-ge-2017.expected.md'), 'utf8'));
  });

  it('refuses a snapshot without its long address, which alone gives the original and the capture time', async () => {
    const [result] = await workspace.run([workspace.input('snapshot.html', snapshot.replaceAll('https://archive.ph/2017.11.15-093512/', 'https://archive.ph/'))]);
    expect(result).toMatchObject({ status: 'failed', error: { reason: expect.stringContaining("saved from archive.today, but its snapshot's long address") } });
    expect(workspace.files()).toEqual([]);
  });
});

describe('an article capture', () => {
  const base = { url: 'https://civil.ge/archives/216531', date: '2017-11-15T09:35:12+00:00' };
  const valid = (capture: object) => articleSchema.shape.capture.safeParse(capture).success;

  it('names its WARC record or its archived copy, one of them', () => {
    expect(valid({ ...base, recordId: '<urn:uuid:1>' })).toBe(true);
    expect(valid({ ...base, archivedAt: 'https://web.archive.org/web/20171115093512/https://civil.ge/archives/216531' })).toBe(true);
    expect(valid(base)).toBe(false);
    expect(valid({ ...base, recordId: '<urn:uuid:1>', archivedAt: 'https://archive.ph/Xk3pQ' })).toBe(false);
  });
});
