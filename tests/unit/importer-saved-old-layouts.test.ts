import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newSource as createSource } from '../../src/importer/new-source.ts';
import type { RunOptions } from '../../src/importer/run-import.ts';
import { useWorkspace, type Workspace } from './importer-harness.ts';

// Session 18's saved pages (text written for these tests, each site's markup as it serves it): the
// expected files were checked fact by fact against the pages, the bodies against their paragraphs.
const ARCHIVES = path.resolve('tests/fixtures/web-archives');
const SAVED = path.resolve('tests/fixtures/saved-pages');

const expectGolden = (target: string | undefined, file: string) =>
  expect(readFileSync(target!, 'utf8')).toBe(readFileSync(file.replace(/\.html$/u, '.expected.md'), 'utf8'));

describe("a Wayback Machine capture of a 2009 table layout", () => {
  const workspace = useWorkspace();
  const page = path.join(ARCHIVES, 'wayback-civil-ge-2009-table.html');
  const html = readFileSync(page, 'utf8');

  // Civil Georgia in 2009: the headline, the date and the byline in <font>s, each ended by one <br>, then the text as
  // loose lines of its <td>, the first ended by one <br>, the others by two; `Print | E-mail to a friend` under it.
  // Readability read only what two <br>s enclose: without the first paragraph, the date and the byline.
  it('reads every line of its cell: the date, the byline, the first paragraph, the title without the site name', async () => {
    const [result] = await workspace.run([page]);
    expect(result!.error).toBeUndefined();
    expectGolden(result!.target, page);
  });

  // Readability takes the <title> for the headline of a page without an <h1>: with a site name of three words or more
  // it kept the whole <title>, or took the site's name for the headline.
  it.each([
    'Civil Georgia Daily News Online | Opposition Marks Fifty Days of Rallies Outside Parliament',
    'Opposition Marks Fifty Days of Rallies Outside Parliament :: Civil Georgia News Service',
  ])('takes the headline its text prints first, not the <title> "%s"', async (title) => {
    const retitled = html.replace(/<title>[^<]*<\/title>/u, `<title>${title}</title>`);
    const [result] = await workspace.run([workspace.input('retitled.html', retitled)], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article!.title).toBe('Opposition Marks Fifty Days of Rallies Outside Parliament');
  });
});

describe('a post of a Tilda site', () => {
  const workspace = useWorkspace();

  // Tilda's feed (tilda.cc, "Webpage, HTML only" at /tpost/…): the post in the feed's popup after the page's records,
  // its cover above the headline with the caption beside it, the date in a <span>, the text's paragraphs ended by
  // `<br /><br />` in `t-redactor__text` blocks beside an <h2>; the menu and `Made on Tilda` outside it. The page's text
  // was its menu and label; the paper's zone is not on the page.
  it('reads the post in its popup: headline, date, cover caption and credit, byline, every paragraph and subheading', async () => {
    const page = path.join(SAVED, 'tilda-feed-post.html');
    const [result] = await workspace.run([page], { timeZone: 'Asia/Tbilisi' });
    expect(result!.error).toBeUndefined();
    expectGolden(result!.target, page);
  });
});

describe('a page in a Cyrillic single-byte charset that declares none', () => {
  const workspace = useWorkspace();
  const page = path.join(SAVED, 'newsgeorgia-koi8-r-table.html');
  const bytes = readFileSync(page);
  const text = new TextDecoder('koi8-r').decode(bytes);

  /** The same page in another single-byte charset: each character as the byte that charset gives it. */
  function encodeIn(charset: string, page: string): Uint8Array {
    const decoder = new TextDecoder(charset);
    const byteOf = new Map(Array.from({ length: 128 }, (_, index) => [decoder.decode(Uint8Array.of(index + 128)), index + 128] as const));
    return Uint8Array.from([...page].map((character) => (character.charCodeAt(0) < 128 ? character.charCodeAt(0) : byteOf.get(character)!)));
  }

  // Новости-Грузия in 2007, saved with Internet Explorer's "Web Page, HTML only": `<meta http-equiv="Content-Type"
  // content="text/html">` without a charset (the server's header named it), the headline in an <h1> and the date in a
  // <div> of the article's cell, the feed's headlines and dates in the cell beside it, `Версия для печати` under the text.
  // It was refused as neither UTF-8 nor Windows-1252; read so, its feed's date was the article's and its headlines the
  // text's first paragraph.
  it("reads koi8-r, told by its letters, and the article's cell only: the date printed there, no feed, no print link", async () => {
    const [result] = await workspace.run([page], { timeZone: 'Asia/Tbilisi' });
    expect(result!.error).toBeUndefined();
    expect(result!.notes?.[0]).toContain("its Cyrillic letters are koi8-r's");
    expectGolden(result!.target, page);
  });

  it('reads the same page saved in windows-1251 with the same facts', async () => {
    const [result] = await workspace.run([workspace.input('newsgeorgia-1251.html', encodeIn('windows-1251', text))], { timeZone: 'Asia/Tbilisi', dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.notes?.[0]).toContain("its Cyrillic letters are windows-1251's");
    const expected = readFileSync(page.replace(/\.html$/u, '.expected.md'), 'utf8');
    expect(result!.article).toMatchObject({ title: 'В Батуми открылся новый морской вокзал', printedDate: '11.06.2007 14:25', dateline: 'БАТУМИ', body: expected.split('\n---\n')[1] });
  });

  // A French page in Windows-1252 has a few accented letters among its words: it is read as Windows-1252, never as Cyrillic.
  it('leaves a Western page without charset to be read as Windows-1252', async () => {
    const french = '<html><head><title>Tbilissi : le métro prolongé</title><link rel="canonical" href="https://exemple.fr/metro"></head><body><h1>Tbilissi : le métro prolongé</h1><div class="date">11.06.2007 14:25</div><p>La mairie de Tbilissi a inauguré lundi deux nouvelles stations de métro, après trois années de travaux sous le quartier de Vaké.</p><p>Les rames circuleront toutes les quatre minutes aux heures de pointe, a précisé la société d’exploitation.</p></body></html>';
    const [result] = await workspace.run([workspace.input('metro.html', encodeIn('windows-1252', french))], { timeZone: 'Asia/Tbilisi', dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article!.title).toBe('Tbilissi : le métro prolongé');
    expect(result!.notes?.[0]).toContain('read as windows-1252');
  });
});

/** Pages of CMSs pinned by their expected files; `options` gives the facts a page does not print (which paper, its zone). */
const cmsPages: [name: string, options: (workspace: Workspace) => Partial<RunOptions>][] = [
  // Blogger's Simple theme ("Webpage, HTML only"): the blog's name as the <h1> linking home, with its description, in the
  // page's <header>; the day in `date-header`, the post's title in an <h3>, its text loose beside <br />s, a photo in a
  // `tr-caption-container` table, `Posted by` and the time in an <abbr> whose title is the instant (BlogPosting
  // microdata, itemprop='blogPost' with no Blog item around it), share buttons, labels, comments and the archive.
  // It was refused for want of a zone (the <abbr>'s instant unread); with --time-zone it was silently wrong: dated the
  // day alone, its text opening with `3:42 PM`, `Email This`, `BlogThis!` and the blog's description. Its <abbr> read,
  // its title was the blog's name and the photo's caption a paragraph.
  ['blogger-simple-post', () => ({})],
  // Drupal 7's Bartik theme, saved by Chrome as "Webpage, HTML only" (its canonical link relative, so no host names the
  // paper): the sidebar's `Latest news` with dates above the <h1> in the page's order, `Submitted by Name on Thu,
  // 05/28/2015 - 15:42` in the node, the image without caption, tags and `Log in to post comments` after the text. It was
  // silently dated by the sidebar's first story (`05/27/2015 - 11:10`), the submitted line opening its text.
  [
    'drupal7-bartik-article',
    (workspace) => ({ newSource: createSource({ name: 'Kakheti Herald', timeZone: 'Asia/Tbilisi' }, workspace.data, workspace.contentDir), timeZone: 'Asia/Tbilisi' }),
  ],
  // WordPress 3.4 with Twenty Twelve ("Webpage, HTML only"), no SEO plugin: no JSON-LD, no Open Graph; the site's name as an
  // <h1> linking home in the masthead; `This entry was posted in … on <time> by <a rel="author">Name</a>.` in the
  // article's <footer>; post navigation, the comment form and recent posts after it. Its byline went with the footer.
  ['wordpress-twentytwelve-no-jsonld', () => ({})],
];

describe("saved pages of blogs and older CMSs: every printed fact, as in each expected file", () => {
  const workspace = useWorkspace();

  it.each(cmsPages)('%s', async (name, options) => {
    const page = path.join(SAVED, `${name}.html`);
    const [result] = await workspace.run([page], options(workspace));
    expect(result!.error).toBeUndefined();
    expectGolden(result!.target, page);
  });
});
