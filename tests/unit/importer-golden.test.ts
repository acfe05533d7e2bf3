import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunOptions } from '../../src/importer/run-import.ts';
import { useWorkspace } from './importer-harness.ts';
import { OUTLET_GOLDENS, useOutletSources } from './outlet-goldens.ts';

// Golden files: each input, imported as an archivist would, must give exactly the Markdown beside
// it. The expected files were written by hand from the clippings (hashes by sha256sum), not copied
// from the importer's output; the two seed articles were checked line by line against the seeds.
const FIXTURES = path.resolve('tests/fixtures');

const cases: [input: string, expected: string, options: Partial<RunOptions>][] = [
  ['seeds/004_c563c99bc929bd38.txt', 'clippings/seed-civil-georgia.expected.md', {}],
  ['seeds/000_62f9dd80dc8d7e61.txt', 'clippings/seed-messenger-2019.expected.md', { year: 2019 }],
  ['clippings/messenger-full-date.txt', 'clippings/messenger-full-date.expected.md', {}],
  ['clippings/civil-georgia-bom-crlf.txt', 'clippings/civil-georgia-bom-crlf.expected.md', {}],
  ['clippings/generic-two-authors.txt', 'clippings/generic-two-authors.expected.md', { sourceId: 'civil-georgia' }],
  ['clippings/windows-1252.txt', 'clippings/windows-1252.expected.md', {}],
  ['html/civil-georgia-putin-bibilov.html', 'html/civil-georgia-putin-bibilov.expected.md', {}],
];

const MAIL_GOLDENS: [name: string, options: Partial<RunOptions>][] = [
  ['civil-georgia-newsletter-digest', { sourceId: 'civil-georgia' }],
  ['caucasus-notes-mail-is-article', { sourceId: 'caucasus-notes' }],
  ['georgia-today-newsletter-outlook', { sourceId: 'georgia-today', date: '2024-06-04' }],
  // A Substack post sent as a mail, copied from Gmail (the subject over `Inbox`, the sender, `Tue, May 28, 2024, 9:14 PM`
  // and `to me`; `READ IN APP`, the unsubscribe footer): the moment of sending is the article's, on the reader's clock
  // with no zone, so --reader-time-zone's.
  ['caucasus-notes-gmail-reader-clock', { sourceId: 'caucasus-notes', readerTimeZone: 'Europe/Berlin' }],
];

// Clippings copied from an archive's copy of the page: the archive's lines at their top (Google's cache, archive.today).
const ARCHIVE_COPY_GOLDENS: [name: string, options: Partial<RunOptions>][] = [
  ['guardian-google-cache-foreign-agents', {}],
  ['reuters-google-cache-grain-checks', {}],
  ['agenda-ge-google-cache-visa-centre', {}],
  ['oc-media-archive-ph-hazelnut', {}],
  ['messenger-archive-ph-kutaisi-bypass', { year: 2024 }],
  // Bing's cache over Civil Georgia's page (`This is Bing's cached copy of URL. It is a snapshot of the page as it appeared
  // on 6/5/2024 3:14:08 AM. …`): the address, recorded, finds the paper; the snapshot's instant names no zone: no capture.
  ['civil-georgia-bing-cache-veto', {}],
];

describe('golden clippings', () => {
  const workspace = useWorkspace();
  it.each(cases)('%s -> %s', async (input, expected, options) => {
    const [result] = await workspace.run([path.join(FIXTURES, input)], options);
    expect(result!.error).toBeUndefined();
    expect(result!.status).toBe('imported');
    expect(readFileSync(result!.target!, 'utf8')).toBe(readFileSync(path.join(FIXTURES, expected), 'utf8'));
  });
});


describe('golden clippings from other outlets', () => {
  const workspace = useWorkspace();
  useOutletSources(workspace);

  // A live blog's date at the top is its latest update, and its posts are not one article: refused,
  // naming the time stamps, rather than filed under the wrong date.
  it('refuses the Guardian\'s live blog, saying why', async () => {
    const [result] = await workspace.run([path.join(FIXTURES, 'clippings', 'guardian-live-blog.txt')], { sourceId: 'the-guardian' });
    expect(result!.status).toBe('failed');
    expect(result!.error).toMatchObject({ line: 8, reason: expect.stringMatching(/^the clipping is a live blog \(posts under the time stamps "18\.20 BST" and "17\.55 BST"/) });
    expect(workspace.files()).toEqual([]);
  });
  // Its posts stamped with the zone in parentheses, `18:42 (МСК)`, as Russian papers print it.
  it('refuses Izvestia\'s live blog, whose time stamps carry (МСК)', async () => {
    const [result] = await workspace.run([path.join(FIXTURES, 'clippings', 'izvestia-live-blog-msk.txt')]);
    expect(result!.status).toBe('failed');
    expect(result!.error).toMatchObject({ line: 10, reason: expect.stringContaining('the clipping is a live blog (posts under the time stamps "18:42 (МСК)" and "18:20 (МСК)"') });
    expect(workspace.files()).toEqual([]);
  });
  // Anandabazar prints one date, labelled `শেষ আপডেট:` ("last update"), in Bengali digits: an update's, so --date is asked
  // for the publication's, and the update is kept beside it.
  it('refuses Anandabazar\'s clipping, whose only date is labelled an update, naming --date', async () => {
    const input = path.join(FIXTURES, 'clippings', 'anandabazar-kolkata-tram.txt');
    const [refused] = await workspace.run([input], { sourceId: 'anandabazar-patrika' });
    expect(refused!.status).toBe('failed');
    expect(refused!.error).toMatchObject({ line: 6, reason: expect.stringContaining('only an update\'s date is printed ("২৮ মে ২০২৪ ১৬:৪২")'), fix: expect.stringMatching(/--date/) });
    expect(workspace.files()).toEqual([]);
    const [supplied] = await workspace.run([input], { sourceId: 'anandabazar-patrika', date: '2024-05-28', dryRun: true });
    expect(supplied!.article).toMatchObject({ published: '2024-05-28T00:00:00+05:30', dateModified: '2024-05-28T16:42:00+05:30', dateCertainty: 'supplied' });
  });
  // The BBC's live page labels its posts' times (`Posted at 06:42 GMT`) and prints no date: a live blog, not a clipping without a date.
  it('refuses the BBC\'s live page, whose posts are labelled `Posted at`, as a live blog', async () => {
    const [result] = await workspace.run([path.join(FIXTURES, 'clippings', 'bbc-live-posted-at.txt')], { sourceId: 'bbc' });
    expect(result!.status).toBe('failed');
    expect(result!.error).toMatchObject({ line: 9, reason: expect.stringContaining('the clipping is a live blog (posts under the time stamps "Posted at 06:42 GMT" and "Posted at 06:15 GMT"') });
    expect(workspace.files()).toEqual([]);
  });
  // One article copied from the Messenger's issue page with the next one under it: two stories are not one article.
  it('refuses the Messenger\'s issue page copied with a second article, naming its line', async () => {
    const [result] = await workspace.run([path.join(FIXTURES, 'clippings', 'messenger-issue-page-two-articles.txt')]);
    expect(result!.status).toBe('failed');
    expect(result!.error).toMatchObject({ line: 10, reason: expect.stringContaining('the clipping holds a second article from line 10 ("Kutaisi theatre reopens after restoration", then "By Messenger Staff")') });
    expect(workspace.files()).toEqual([]);
  });
  // Newsletters' mails that print no date of their article, the mail's being when it was sent: OC Media's copied from
  // Gmail; Eurasianet's digest copied from Outlook on the web (the subject, the sender's initials `EN`, the sender, `To:`,
  // `You`, `Wed 5/29/2024 8:02 AM`; `View in browser`; `Read more on Eurasianet` and the footer).
  it.each([
    ['oc-media-newsletter-gmail', { sourceId: 'oc-media' }, 11, 'Fri, May 31, 2024, 10:02 AM', 5],
    ['eurasianet-digest-outlook-web', { sourceId: 'eurasianet', readerTimeZone: 'Asia/Tbilisi' }, 8, 'Wed 5/29/2024 8:02 AM', 6],
  ] as const)("refuses %s, a newsletter's mail that prints no date of its article, saying the mail's is not it", async (name, options, line, sent, sentLine) => {
    const [result] = await workspace.run([path.join(FIXTURES, 'clippings', `${name}.txt`)], options);
    expect(result!.status).toBe('failed');
    expect(result!.error).toMatchObject({
      line,
      reason: expect.stringMatching(new RegExp(`^no date is printed in the clipping .*; the mail's date "${sent}" \\(line ${sentLine}\\) is when the newsletter was sent, not when the paper published the article$`)),
      fix: expect.stringContaining('--date'),
    });
    expect(workspace.files()).toEqual([]);
  });
  // The Messenger's article copied from its byline down: the line under the byline is the text's, no headline.
  it('refuses a copy that starts at the byline, naming what is missing', async () => {
    const [result] = await workspace.run([path.join(FIXTURES, 'clippings', 'messenger-copied-from-byline.txt')], { sourceId: 'the-messenger', date: '2013-06-21' });
    expect(result!.status).toBe('failed');
    expect(result!.error).toMatchObject({ line: 2, reason: expect.stringContaining('the clipping has no headline: none stands above "By Salome Modebadze" (line 1)') });
    expect(workspace.files()).toEqual([]);
  });
  // Newsletters as received by e-mail and copied from the mail client (mail-copy.ts): Civil Georgia's digest in Thunderbird
  // (`Subject:`, `From:`, `Date:`, `To:`; `View in browser`, the newsletter's name, `Read more on civil.ge`, the footer from
  // `You are receiving this email …`): the article's own date, never the mail's; a post sent as a mail (its subject is its
  // title: the mail's `Date:` is its publication); Georgia Today's briefing in Outlook (`Sent:`, the name in capitals over
  // the newsletter's title): no date of the article is printed, so --date. Not among the outlets' pages, whose copy variants
  // put a site's menu above the text: a mail client prints none.
  it.each(MAIL_GOLDENS)('%s', async (name, options) => {
    const [result] = await workspace.run([path.join(FIXTURES, 'clippings', `${name}.txt`)], options);
    expect(result!.error).toBeUndefined();
    expect(readFileSync(result!.target!, 'utf8')).toBe(readFileSync(path.join(FIXTURES, 'clippings', `${name}.expected.md`), 'utf8'));
  });
  // Google's cache over the Guardian's page (`outlet-goldens`' `guardian-foreign-agents-law`) and Agenda.ge's (`agenda-ge-visa-centre`),
  // and over a new Reuters story: `This is Google's cache of URL. It is a snapshot of the page as it appeared on …` (the
  // snapshot's instant, recorded as the capture's, never the article's; the address finds the paper, so no --source), its
  // links glued by the copy and its tip; archive.today's header over OC Media's page (`oc-media-hazelnut-harvest`) and the
  // Messenger's (no year printed: --year). Not among the outlets' pages, whose copy variants put a site's menu above the
  // text: the archive's header is the top of the page.
  it.each(ARCHIVE_COPY_GOLDENS)('%s', async (name, options) => {
    const [result] = await workspace.run([path.join(FIXTURES, 'clippings', `${name}.txt`)], options);
    expect(result!.error).toBeUndefined();
    expect(readFileSync(result!.target!, 'utf8')).toBe(readFileSync(path.join(FIXTURES, 'clippings', `${name}.expected.md`), 'utf8'));
  });
  it.each(OUTLET_GOLDENS)('%s', async (name, options) => {
    const [result] = await workspace.run([path.join(FIXTURES, 'clippings', `${name}.txt`)], options);
    expect(result!.error).toBeUndefined();
    expect(result!.status).toBe('imported');
    expect(readFileSync(result!.target!, 'utf8')).toBe(readFileSync(path.join(FIXTURES, 'clippings', `${name}.expected.md`), 'utf8'));
  });
});
