import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readByline } from '../../src/importer/byline-lines.ts';
import { bylineNames } from '../../src/importer/byline-names.ts';
import { photoOf } from '../../src/importer/page-photo.ts';
import { requestRecord, responseRecord, warcinfoRecord } from '../../src/bench/warc-records.ts';
import { expectedFacts, printedFacts } from '../helpers/printed-facts.ts';
import { expectGolden, offsetOnly, PAGES } from '../helpers/saved-page-goldens.ts';
import { useWorkspace } from './importer-harness.ts';

// Session 23's saved pages of CMSs no other fixture covers, imported as a new user would, with no option (text written
// for these tests). Each expected file was checked fact by fact against its page: the printed headline, the byline's
// names, the date as printed and its instant in the page's offset, the caption and credit, the body without the
// page's furniture, the canonical address; hashes by sha256sum.

const pages: [page: string, newPaper: RegExp][] = [
  // BLOX (TownNews, "HTML only"): `ELLEN VOSBERG News-Times Staff Writer` in the JSON-LD's author and the byline's <span>
  // (the job was kept in the name), the deck in `<h2 class="subhead">` (left out), the photographer in the caption's
  // `tnt-byline` (glued to the caption, no credit), `isAccessibleForFree` false with the gated part present in full.
  ['blox-townnews-html-only', offsetOnly('york-news-times', '-05:00')],
  // Escenic (Independent.ie, 2019), saved by Firefox as "Web Page, complete": its pictures and styles in a `…_files/`
  // folder beside it that the page's links point to (the kept original is the page alone), `cXenseParse:*` tags, the
  // intro in its own <div>, `Photo: Name` in the caption's `credit` span, `Read More` and an advertisement inside the
  // text. Read right at first.
  ['irish-independent-escenic-firefox-complete', offsetOnly('independent-ie', '+01:00')],
  // A Jekyll site (minima theme, jekyll-seo-tag's `BlogPosting`, "HTML only"): microdata beside the JSON-LD, `Jul 15,
  // 2024 • Name` in `post-meta`, `KUTAISI —` in <strong> opening the text, a grant's note in italics closing it (the
  // text's). Read right at first.
  ['jekyll-seo-tag-minima-html-only', offsetOnly('imereti-wire', '+04:00')],
  // Livingdocs (CH Media, "HTML only"): metadata in UTC, `11.06.2024, 16.42 Uhr` in the <time>, the kicker in
  // `headline__kicker` over the <h1>, the credit `Bild: Name` in its own span, `Mehr zum Thema` and `Anzeige` inside
  // the text, a consent banner. Read right at first.
  ['livingdocs-ch-media-html-only', offsetOnly('aargauer-zeitung', '+02:00')],
  // The AMP plugin's reader mode (WordPress, "HTML only"): `<html amp>`, the canonical link to the full page, the picture
  // in `<amp-img>` and its caption with `Photo: Name` in `<p class="wp-caption-text">` (Readability took it out of its
  // <figure>, and it was the text's first paragraph), `2 hours ago` in the <time>, an `<amp-ad>` between paragraphs.
  ['amp-wp-reader-mode-html-only', offsetOnly('south-caucasus-transit-review', '+00:00')],
];

describe('saved pages of session 23\'s CMSs', () => {
  const workspace = useWorkspace();

  it.each(pages)('%s', async (name, newPaper) => {
    const [result] = await workspace.run([path.join(PAGES, `${name}.html`)]);
    expect(result!.error).toBeUndefined();
    expect(result!.notes?.at(-1)).toMatch(newPaper);
    expectGolden(result!.target, name);
  });
});

describe('what session 23\'s saved pages taught the page reader', () => {
  const workspace = useWorkspace();

  it('ends a name printed in capitals where the reporter\'s job begins, however many words the job has', () => {
    expect(readByline('By MARA LINDQVIST Daily Mirror Reporter')?.authors).toEqual(['Mara Lindqvist']);
    expect(bylineNames(['ELLEN VOSBERG News-Times Staff Writer'])).toEqual(['ELLEN VOSBERG']);
    expect(bylineNames(['By MARA LINDQVIST Daily Mirror Reporter'])).toEqual(['MARA LINDQVIST']);
    // Words after the capitals that are no job stay (a name in capitals and one that is not are not told apart here).
    expect(bylineNames(['ANNA KELLER Tbilisi Bureau'])).toEqual(['ANNA KELLER Tbilisi Bureau']);
  });

  it('reads the byline\'s element in a caption as the photographer\'s credit', () => {
    const figcaption = parseHTML('<html><body><figure><figcaption><div class="caption-text"><p>Firefighters spray water on the elevator.</p></div><span class="tnt-byline">ELLEN VOSBERG, News-Times</span></figcaption></figure></body></html>').document.querySelector('figcaption') as unknown as Element;
    expect(photoOf(figcaption)).toEqual({ caption: 'Firefighters spray water on the elevator.', credit: 'ELLEN VOSBERG, News-Times' });
  });

  it('keeps the article\'s text whatever its style classes name, and still leaves out a box so named in it', async () => {
    const head = '<meta property="og:type" content="article"><meta property="og:title" content="Batumi keeps its boulevard free of towers"><link rel="canonical" href="https://ledger.example/boulevard"><meta property="article:published_time" content="2024-06-12T16:40:00+04:00">';
    const text = '<p>The Batumi city council voted 21 to 9 on Wednesday to extend a freeze on new buildings along the seafront boulevard.</p><div class="related-links"><p>Batumi port begins dredging for larger ships, the port authority said this week in a statement to the press.</p></div><p>The freeze, first passed in 2019, bans any new building taller than two floors within 150 metres of the shore.</p>';
    const body = `<article><header><h1>Batumi keeps its boulevard free of towers</h1><time datetime="2024-06-12T16:40:00+04:00">June 12, 2024</time></header><div class="lh-copy nested-links mid-gray">${text}</div></article>`;
    const [result] = await workspace.run([workspace.input('boulevard.html', `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`)], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article!.body).toBe('The Batumi city council voted 21 to 9 on Wednesday to extend a freeze on new buildings along the seafront boulevard.\n\nThe freeze, first passed in 2019, bans any new building taller than two floors within 150 metres of the shore.\n');
  });

  it('keeps the deck a page names `subhead` under its headline', async () => {
    const head = '<meta property="og:type" content="article"><meta property="og:title" content="Grain elevator fire closes highway"><link rel="canonical" href="https://paper.example/fire"><meta property="article:published_time" content="2024-05-28T17:05:00-05:00">';
    const body = '<h1>Grain elevator fire closes highway</h1><h2 class="subhead">No one was hurt; cause under investigation</h2><div id="article-body"><p>A fire at the grain elevator closed the highway north of town for six hours on Tuesday, as crews from three towns fought it.</p><p>The state patrol reopened the highway at 6:40 p.m., after the smoke had cleared.</p></div>';
    const [result] = await workspace.run([workspace.input('fire.html', `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`)], { dryRun: true });
    expect(result!.article!.body).toMatch(/^No one was hurt; cause under investigation\n\nA fire at/u);
  });
});

// Five of these goldens as a crawler captured them in one WARC (a gzip member a record), among a home page that lists
// them, a 301 from an article's old address to its new one, and the home page's logo. Each must import with the facts
// its golden, checked by hand, holds, and its capture; the oracle is the golden's expected file, no value stated here.
const IN_WARC = ['blox-townnews-html-only', 'irish-independent-escenic-firefox-complete', 'jekyll-seo-tag-minima-html-only', 'livingdocs-ch-media-html-only', 'amp-wp-reader-mode-html-only'];
const captured = IN_WARC.map((name, index) => {
  const markdown = readFileSync(path.join(PAGES, `${name}.expected.md`), 'utf8');
  const { url } = yaml.load(markdown.split('\n---\n')[0]!.replace(/^---\n/u, '')) as { url: string };
  return { name, url, markdown, html: readFileSync(path.join(PAGES, `${name}.html`)), date: `2024-07-16T09:0${index}:00Z` };
});
const HOME = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Clippings to keep</title><meta property="og:type" content="website"></head><body><h1>Clippings to keep</h1><ul>${captured.map(({ url, name }) => `<li><a href="${url}">${name}</a></li>`).join('')}</ul><img src="/logo.png" alt=""></body></html>`;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function crawl(): Promise<Buffer> {
  const records = [await warcinfoRecord('cms.warc.gz', true), await responseRecord({ url: 'https://clippings.example/', date: '2024-07-16T08:59:00Z', body: HOME }, true)];
  for (const [index, { url, html, date }] of captured.entries()) {
    // The Jekyll post's old address answers 301 to its address now, as the crawler followed it.
    if (index === 2) records.push(await responseRecord({ url: url.replace('/news/', '/'), date, status: 301, body: '', headers: { Location: url } }, true));
    records.push(await requestRecord(url, date, true));
    records.push(await responseRecord({ url, date, body: html }, true));
  }
  records.push(await responseRecord({ url: 'https://clippings.example/logo.png', date: '2024-07-16T09:06:00Z', body: PNG, contentType: 'image/png' }, true));
  return Buffer.concat(records);
}

describe('a WARC of session 23\'s CMSs', () => {
  const workspace = useWorkspace();

  it('imports each page with its golden\'s facts and its capture, passing over the home page, the redirect and the image', async () => {
    const results = await workspace.run([workspace.input('cms.warc.gz', await crawl())], { dryRun: true });
    expect(results.map((result) => result.status)).toEqual([...IN_WARC.map(() => 'imported'), 'skipped']);
    expect(results.at(-1)!.skipped).toEqual({ warcinfo: 1, request: 5, 'not an article': 1, 'not status 200': 1, 'not HTML': 1 });
    for (const [index, { name, url, markdown, date }] of captured.entries()) {
      const { body, ...article } = results[index]!.article!;
      expect(printedFacts(article, body), name).toEqual(expectedFacts(markdown));
      expect(article.url, name).toBe(url);
      expect(article.capture, name).toMatchObject({ url, date: date.replace('Z', '+00:00') });
    }
  });
});
