import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunOptions } from '../../src/importer/run-import.ts';
import { useWorkspace } from './importer-harness.ts';
import { useOutletSources } from './outlet-goldens.ts';

// What archivists' tools write when they clip an article (text written for these tests, each tool's
// file as it writes it), from several outlets, each imported with only what it does not print. The
// kept original is the tool's file; the facts are the article's as printed, never the tool's own
// (the day it was clipped, the account that clipped it). The expected files were checked field by
// field against the articles. How each was read wrong before its rule:
const CLIPPER_GOLDENS: [file: string, options: Partial<RunOptions>][] = [
  // Obsidian Web Clipper's default template. Its reuters.com address was taken for Reuters Deutschland's
  // (reuters.com/de/, the first paper on the host), dated in Berlin's zone: the paper is the one whose home page's path it lies under.
  ['obsidian-reuters-lari-rates.md', {}],
  // `published` as an instant (a template's datetime property). bbc.com/news/… was BBC Russian's (bbc.com/russian).
  ['obsidian-bbc-mountain-villages.md', {}],
  // MarkDownload's default template prints no publication date (`created` is the day clipped): --date.
  // Its `# {pageTitle}` is the browser's title, `… | Georgia | The Guardian`, which was kept as the headline.
  ['markdownload-guardian-veto.md', { date: '2024-05-18' }],
  // Joplin's "complete page" clip exported with front matter: the site's menu, the headline again, `Par`, `Publié le …, modifié le …`.
  ['joplin-le-monde-veto-surmonte.md', {}],
  // Joplin's simplified page: the byline and date Readability kept over the photo.
  ['joplin-oc-media-wine-exports.md', {}],
  // Zotero's snapshot (SingleFile's page, its `saved date:` the day clipped): the page's own metadata dates it.
  ['zotero-snapshot-interfax-zakon.html', {}],
  // Evernote's HTML export: its `<meta name="author">` (the account that clipped it) was the byline, and its source-url was not read.
  ['evernote-civil-ge-tbilisi-metro.html', {}],
  // Evernote's .enex: was read as a plain clipping (XML) and refused as an unknown paper. TASS prints no year: --year.
  ['evernote-tass-veto-overridden.enex', { year: 2024 }],
  // Notion's export: its properties (`Created: December 1, 2026 10:55 AM`, `URL: …`) were the text's first paragraph and --source was needed.
  ['notion-oc-media-border-markers.md', {}],
];

const CLIPPERS = path.resolve('tests/fixtures/clippers');
const fixture = (name: string) => path.join(CLIPPERS, name);

describe("archivists' tools' clippings", () => {
  const workspace = useWorkspace();
  useOutletSources(workspace);

  it.each(CLIPPER_GOLDENS)('%s: every fact as in its expected file, the tool\'s file kept as the original', async (name, options) => {
    const [result] = await workspace.run([fixture(name)], options);
    expect(result!.error).toBeUndefined();
    expect(readFileSync(result!.target!, 'utf8')).toBe(readFileSync(fixture(name.replace(/\.[a-z]+$/, '.expected.md')), 'utf8'));
    const [original] = workspace.files().filter((file) => file.startsWith('originals/'));
    expect(readFileSync(path.join(workspace.contentDir, original!))).toEqual(readFileSync(fixture(name)));
  });

  it("says where Notion's note was read from: its heading, and its properties, whose Created date is not the article's", async () => {
    const [result] = await workspace.run([fixture('notion-oc-media-border-markers.md')], { dryRun: true });
    expect(result!.notes).toContain(
      "read as the note Notion wrote, clipped from https://oc-media.org/armenia-and-azerbaijan-begin-placing-border-markers-in-tavush/: its title from its # heading, its address from its properties (its Created date is the day it was clipped), its text without the clipper's additions",
    );
  });

  it('refuses MarkDownload\'s note, which prints no publication date, naming --date (its `created` is the day it was clipped)', async () => {
    const [result] = await workspace.run([fixture('markdownload-guardian-veto.md')]);
    expect(result).toMatchObject({ status: 'failed', error: { reason: expect.stringMatching(/^no date is printed in the clipping/), fix: expect.stringContaining('--date') } });
    expect(workspace.files()).toEqual([]);
  });

  // Both were read as a clipping and refused as an unknown paper's.
  it.each([
    ['pocket-export-ril.html', "this is Pocket's export: a list of 3 saved pages (their addresses and titles), which holds no article's text"],
    ['instapaper-export.csv', "this is Instapaper's export: a list of 2 saved pages (their addresses and titles), which holds no article's text"],
  ])('refuses %s, a list of saved links, saying how its articles get in', async (name, reason) => {
    const [result] = await workspace.run([fixture(name)]);
    expect(result).toMatchObject({ status: 'failed', error: { line: 1, reason, fix: expect.stringContaining('save its page (as .html) or copy its text into a .txt clipping') } });
    expect(workspace.files()).toEqual([]);
  });

  it('refuses an Evernote export of several notes, naming them, and writes nothing', async () => {
    const enex = readFileSync(fixture('evernote-tass-veto-overridden.enex'), 'utf8');
    const note = /  <note>[\s\S]*<\/note>\n/.exec(enex)![0];
    const two = enex.replace(note, `${note}${note.replace('<title>Georgian parliament', '<title>Another note on the Georgian parliament')}`);
    const [result] = await workspace.run([workspace.input('two-notes.enex', two)], { year: 2024 });
    expect(result).toMatchObject({ status: 'failed', error: { reason: expect.stringMatching(/^the Evernote export holds 2 notes \("Georgian parliament .*", "Another note .*"\), and one file is read as one article$/), fix: expect.stringContaining('one note a file') } });
    expect(workspace.files()).toEqual([]);
  });
});
