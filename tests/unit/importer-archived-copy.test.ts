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

  // SingleFile drops scripts, comments and hidden elements (the replay's call, the toolbar's markers,
  // its print line) and writes the address it saved in its header.
  it('reads the copy as SingleFile saves it: no scripts, no comments, the address in its header', async () => {
    const singleFile = wayback
      .replace(/<script[\s\S]*?<\/script>/g, '')
      .replace(/<div id="wm-ipp-print">[^<]*<\/div>/, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace('<html lang="en-US" prefix="og: http://ogp.me/ns#">', '<html lang="en-US" prefix="og: http://ogp.me/ns#"><!--\n Page saved with SingleFile \n url: https://web.archive.org/web/20171115093512/https://civil.ge/archives/216531 \n saved date: Sun Dec 06 2026 15:02:44 GMT+0400 (Georgia Standard Time)\n-->');
    const [result] = await workspace.run([workspace.input('singlefile.html', singleFile)], { dryRun: true });
    const expected = readFileSync(path.join(ARCHIVES, 'wayback-civil-ge-2017.expected.md'), 'utf8');
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ source: 'civil-georgia', url: 'https://civil.ge/archives/216531', capture: { url: 'https://civil.ge/archives/216531', date: '2017-11-15T09:35:12+00:00' }, body: expected.split('\n---\n')[1] });
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

describe("a clipping copied from an archive's page", () => {
  const workspace = useWorkspace();
  const copy = (name: string) => readFileSync(path.join(ARCHIVES, name), 'utf8');
  const facts = {
    title: 'Government Approves Plan to Restore Gelati Monastery Roofs',
    source: 'civil-georgia',
    published: '2017-11-14T18:20:00+04:00',
    printedDate: "14 Nov.'17 / 18:20",
    photo: { caption: 'The Gelati Monastery near Kutaisi.', credit: 'Civil.ge' },
  };
  const body = readFileSync(path.join(ARCHIVES, 'wayback-civil-ge-2017.expected.md'), 'utf8').split('\n---\n')[1];

  // archive.today's header names the original's host (its paper) and the capture's date, which was
  // read as the article's with `All snapshots from host civil.ge` as its title.
  it("reads archive.today's copy without its header, its paper from the host the header names", async () => {
    const [result] = await workspace.run([path.join(ARCHIVES, 'archive-today-civil-ge-2017-copy.txt')], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ ...facts, authors: [], body });
    expect(result!.article!.capture).toBeUndefined();
  });

  it("never dates the article by the capture: a copy whose article prints no date is refused, naming --date", async () => {
    const undated = copy('archive-today-civil-ge-2017-copy.txt').replace("14 Nov.'17 / 18:20\n", '');
    const [result] = await workspace.run([workspace.input('undated.txt', undated)]);
    expect(result).toMatchObject({ status: 'failed', error: { reason: expect.stringMatching(/^no date is printed/), fix: expect.stringContaining('--date') } });
    expect(workspace.files()).toEqual([]);
  });

  it("reads the Wayback Machine's copy without its toolbar lines; the paper, which it does not print, is --source's", async () => {
    const [result] = await workspace.run([path.join(ARCHIVES, 'wayback-civil-ge-2017-copy.txt')], { dryRun: true, sourceId: 'civil-georgia' });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ ...facts, body });
  });

  /** The copy imported without --source: the article's facts, its paper's address and the capture the archive's lines give. */
  const expectCaptured = async (text: string, archivedAt: string) => {
    const [result] = await workspace.run([workspace.input('copy.txt', text)], { dryRun: true });
    expect(result!.error).toBeUndefined();
    const url = 'https://civil.ge/archives/216531';
    expect(result!.article).toMatchObject({ ...facts, body, url, capture: { url, date: '2017-11-15T09:35:12+00:00', archivedAt } });
  };

  it("records the capture and finds the paper when the copy holds the toolbar's print line", async () => {
    const printed = `The Wayback Machine - https://web.archive.org/web/20171115093512/https://civil.ge/archives/216531\n${copy('wayback-civil-ge-2017-copy.txt')}`;
    await expectCaptured(printed, 'https://web.archive.org/web/20171115093512/https://civil.ge/archives/216531');
  });

  // Google's cache printed the snapshot's address and instant over the page: the line was read as the
  // title and the instant could be taken for the article's; its links and tip stayed in the body.
  it("reads Google's cache copy without its header, the paper at the address it names, the snapshot's instant as the capture's", async () => {
    const header = [
      "This is Google's cache of https://civil.ge/archives/216531. It is a snapshot of the page as it appeared on 15 Nov 2017 09:35:12 GMT. The current page could have changed in the meantime. Learn more.",
      'Full versionText-only versionView source',
      'Tip: To quickly find your search term on this page, press Ctrl+F or ⌘-F (Mac) and use the find bar.',
    ].join('\n');
    const page = copy('wayback-civil-ge-2017-copy.txt');
    await expectCaptured(`${header}\n${page.slice(page.indexOf(facts.title))}`, 'https://webcache.googleusercontent.com/search?q=cache:https://civil.ge/archives/216531');
  });

  // Bing's cache line was read as the title. It gives the page's address but neither the zone of its instant nor Bing's
  // address of the copy: the address is recorded and finds the paper, and no capture is.
  it("reads Bing's cache copy without its header line, the paper and the page's address from it, no capture", async () => {
    const header = "This is Bing's cached copy of https://civil.ge/archives/216531. It is a snapshot of the page as it appeared on 11/15/2017 9:35:12 AM. The current page could have changed in the meantime.";
    const page = copy('wayback-civil-ge-2017-copy.txt');
    const [result] = await workspace.run([workspace.input('copy.txt', `${header}\n${page.slice(page.indexOf(facts.title))}`)], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ ...facts, body, url: 'https://civil.ge/archives/216531' });
    expect(result!.article!.capture).toBeUndefined();
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
