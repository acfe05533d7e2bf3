import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useWorkspace } from './importer-harness.ts';

// Notes written by web clippers (text written for these tests, each clipper's frontmatter keys and
// Markdown as it writes them): Obsidian Web Clipper's default template, MarkDownload's, Joplin's
// clipper exported as Markdown with front matter. Each was refused as an article missing slug,
// original and the rest of this archive's own frontmatter.
const CLIPPERS = path.resolve('tests/fixtures/clippers');
const note = (name: string) => path.join(CLIPPERS, name);

const BODY = [
  'The Government of Georgia approved on November 14 a three-year plan to restore the roofs of the Gelati Monastery, whose lead sheets have let in rain since the spring.',
  'The Ministry of Culture will hire restorers through an open tender in December, and the work on the main church is to begin in the summer of 2018, the ministry said in a statement.',
  "The monastery, built in the twelfth century near Kutaisi, has been on UNESCO's list of World Heritage in Danger since 2010. Its frescoes were damaged by water in several places, experts found in October.",
  '“The roofs come first, because nothing else can be saved while the water comes in,” Deputy Minister Nino Kiknadze told reporters in Kutaisi.',
].join('\n\n');

const common = {
  title: 'Government Approves Plan to Restore Gelati Monastery Roofs',
  source: 'civil-georgia',
  url: 'https://civil.ge/archives/216531',
  photo: { caption: 'The Gelati Monastery near Kutaisi.', credit: 'Civil.ge' },
  body: `${BODY}\n`,
};
const printedOnPage = { published: '2017-11-14T18:20:00+04:00', printedDate: "14 Nov.'17 / 18:20", dateCertainty: 'exact' };

describe("a web clipper's Markdown note", () => {
  const workspace = useWorkspace();

  it.each([
    // Its `published` is the day alone, in the paper's zone; `created` (the day clipped) is never the date.
    ['obsidian-civil-ge-gelati.md', { ...common, authors: ['Tamar Gelashvili'], published: '2017-11-14T00:00:00+04:00', printedDate: '2017-11-14', dateCertainty: 'day' }, 'Obsidian Web Clipper'],
    // No published date in its frontmatter: the date line its text prints; its excerpt quote is the clipper's.
    ['markdownload-civil-ge-gelati.md', { ...common, authors: ['Tamar Gelashvili'], ...printedOnPage }, 'MarkDownload'],
    ['joplin-civil-ge-gelati.md', { ...common, authors: [], ...printedOnPage }, "Joplin's web clipper"],
  ])('%s imports as a clipping: the paper at its source, facts as printed, text without the clipper\'s additions', async (name, facts, tool) => {
    const [result] = await workspace.run([note(name)]);
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ ...facts, original: { file: name } });
    expect(result!.notes).toContain(`read as the note ${tool} wrote, clipped from https://civil.ge/archives/216531: its title, author and publication date from its frontmatter, its text without the clipper's additions`);
    expect(workspace.files()).toContain(`originals/2017/11/14/government-approves-plan-to-restore-gelati-monastery-roofs.txt`);
  });

  it('obsidian-civil-ge-gelati.md: every fact as in its expected file', async () => {
    const [result] = await workspace.run([note('obsidian-civil-ge-gelati.md')]);
    expect(readFileSync(result!.target!, 'utf8')).toBe(readFileSync(note('obsidian-civil-ge-gelati.expected.md'), 'utf8'));
  });

  it('is refused, naming --date, when neither its frontmatter nor its text gives the date (the day it was clipped is not one)', async () => {
    const undated = readFileSync(note('markdownload-civil-ge-gelati.md'), 'utf8').replace("14 Nov.'17 / 18:20\n", '');
    const [result] = await workspace.run([workspace.input('undated.md', undated)]);
    expect(result).toMatchObject({ status: 'failed', error: { reason: expect.stringMatching(/^no date is printed in the clipping .* \(in the note's text as read from its Markdown, title first, line \d+\)$/), fix: expect.stringContaining('--date') } });
    expect(workspace.files()).toEqual([]);
  });

  it('is refused from a site no paper of the archive is on, with the options that add or name the paper', async () => {
    const elsewhere = readFileSync(note('obsidian-civil-ge-gelati.md'), 'utf8').replace('https://civil.ge/archives/216531', 'https://oc-media.org/gelati-roofs/');
    const [result] = await workspace.run([workspace.input('elsewhere.md', elsewhere)]);
    expect(result).toMatchObject({
      status: 'failed',
      error: { reason: "the note was clipped from https://oc-media.org/gelati-roofs/, whose site is no known paper's home page", fix: expect.stringContaining('--new-source "NAME" --time-zone ZONE --homepage https://oc-media.org/') },
    });
    const [named] = await workspace.run([workspace.input('elsewhere.md', elsewhere)], { sourceId: 'civil-georgia', dryRun: true });
    expect(named!.error).toBeUndefined();
  });

  // Its `# Title` and `> ## Excerpt` were read as the title `# Government…` and the text's first paragraphs.
  it('reads MarkDownload\'s note saved without front matter: its # heading as the title, its excerpt left out; the paper is --source\'s', async () => {
    const bare = readFileSync(note('markdownload-civil-ge-gelati.md'), 'utf8').replace(/^---\n[\s\S]*?\n---\n\n/, '');
    const [result] = await workspace.run([workspace.input('bare.md', bare)], { dryRun: true, sourceId: 'civil-georgia' });
    expect(result!.error).toBeUndefined();
    const withoutUrl = Object.fromEntries(Object.entries(common).filter(([key]) => key !== 'url'));
    expect(result!.article).toMatchObject({ ...withoutUrl, authors: [], ...printedOnPage });
    expect(result!.article!.url).toBeUndefined();
    expect(result!.notes).toContain("read as the note MarkDownload wrote: its title from its # heading, its text without the clipper's additions");
  });

  it("leaves this archive's own exported article to the article reader", async () => {
    const exported = readFileSync('tests/fixtures/pages/civil-georgia-opengraph.expected.md', 'utf8');
    const [result] = await workspace.run([workspace.input('exported.md', exported)], { dryRun: true });
    expect(result!.notes ?? []).not.toContainEqual(expect.stringContaining('clipped from'));
  });
});
