import { describe, expect, it } from 'vitest';
import { useWorkspace } from './importer-harness.ts';

// The printed facts session 20 found a saved page read wrong or not at all (the BBC in 2014, Le Monde in English,
// Der Spiegel, a WordPress table block), each rule on a page written here in markup any outlet may use.
const TITLE = 'Georgia opens a new terminal at Poti';
const FIRST = 'Georgia opened a new container terminal at the Black Sea port of Poti on Tuesday, part of a push to route more freight between China and Europe.';
const SECOND = "The terminal can handle 250,000 containers a year, twice the port's current capacity, the economy ministry said in a statement.";
const THIRD = 'Freight along the so-called Middle Corridor has grown since 2022, when shippers began to look for routes that avoid Russian railways.';
const DESCRIPTION = 'The terminal doubles the capacity of the Black Sea port.';

const head = (extra = '') => `<meta charset="utf-8"><title>${TITLE}</title><meta property="og:type" content="article">
<meta property="og:title" content="${TITLE}"><meta name="description" content="${DESCRIPTION}">
<meta property="article:published_time" content="2024-06-11T13:42:00+04:00"><link rel="canonical" href="https://civil.ge/archives/9201">${extra}`;
const page = (body: string, extra?: string) => `<!DOCTYPE html><html lang="en"><head>${head(extra)}</head><body>${body}</body></html>`;
const author = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Georgia opens a new terminal at Poti","datePublished":"2024-06-11T13:42:00+04:00","author":{"@type":"Person","name":"Anna Keller"}}</script>';

describe('saved pages: the printed facts around the headline', () => {
  const workspace = useWorkspace();

  it("keeps the standfirst a page prints in a plain element under a headline that is no <h1> (Der Spiegel's <h2>)", async () => {
    const body = `<main><article><header data-area="intro"><h2><span>Georgien</span><span class="sr-only">:</span> <span>${TITLE}</span></h2>
<div class="RichText"><strong>${DESCRIPTION}</strong></div><div>Von <a href="/impressum/autor-1">Anna Keller</a></div></header>
<section data-area="body"><div data-area="text_block"><div class="RichText"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></div></div></section></article></main>`;
    const [result] = await workspace.run([workspace.input('h2.html', page(body))], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article!.body).toBe(`${DESCRIPTION}\n\n${FIRST}\n\n${SECOND}\n\n${THIRD}\n`);
  });

  it("leaves out a byline's line that also holds a reading time and a link to the article in another language, and reads its place", async () => {
    const meta = `<div class="meta"><span class="meta__author">By <a href="/en/signataires/anna-keller/">Anna Keller</a> (Poti, special correspondent)</span>
<span class="meta__reading-time"><span class="sr-only">Reading time</span>Time to 3 min.</span> <a class="meta__link-lang" href="/fr/article/9201" lang="fr">Lire en français</a></div>`;
    const body = `<main><section class="zone"><header class="article__header"><h1>${TITLE}</h1><p class="article__desc">${DESCRIPTION}</p></header>
<section class="article__wrapper">${meta}<article class="article__content"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></article></section></section></main>`;
    const [result] = await workspace.run([workspace.input('meta.html', page(body, author))], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ authors: ['Anna Keller'], dateline: 'Poti' });
    expect(result!.article!.body).toBe(`${DESCRIPTION}\n\n${FIRST}\n\n${SECOND}\n\n${THIRD}\n`);
  });

  it('keeps a link in another language inside the text', async () => {
    const body = `<main><h1>${TITLE}</h1><article><p>${FIRST}</p><p>The ministry's statement, <a href="/ka/9201" hreflang="ka">in Georgian</a>, gave no date.</p></article></main>`;
    const [result] = await workspace.run([workspace.input('inline.html', page(body))], { dryRun: true });
    expect(result!.article!.body).toBe(`${FIRST}\n\nThe ministry's statement, in Georgian, gave no date.\n`);
  });

  it("reads the printed date from the element the page names as its date, a line longer than a short text that also prints the update", async () => {
    const line = (time: string) => `<main><h1>${TITLE}</h1><p class="desc">${DESCRIPTION} ${SECOND}</p><span class="meta__date meta__date--header">Published on June 11, 2024, at ${time} (Tbilisi), updated at 3:05 pm</span><article><p>${FIRST}</p><p>${SECOND}</p></article></main>`;
    const [agrees] = await workspace.run([workspace.input('date.html', page(line('1:42 pm')))], { dryRun: true });
    expect(agrees!.article).toMatchObject({ published: '2024-06-11T13:42:00+04:00', printedDate: 'June 11, 2024, at 1:42 pm (Tbilisi)' });
    // Printed at another time than the metadata says: the metadata's date is recorded, and the import says so.
    const [differs] = await workspace.run([workspace.input('other.html', page(line('12:42 pm')))], { dryRun: true });
    expect(differs!.article).toMatchObject({ published: '2024-06-11T13:42:00+04:00', printedDate: '2024-06-11T13:42:00+04:00' });
    expect(differs!.notes).toContain(
      `the page prints "June 11, 2024, at 12:42 pm (Tbilisi)" under its headline, another time of day than its metadata's datePublished 2024-06-11T13:42:00+04:00: the metadata's date was recorded; check which one is right`,
    );
  });

  it("reads the place on a byline's line the metadata names the author of (`Von Name, Tiflis`)", async () => {
    const body = `<main><article><h1>${TITLE}</h1><div class="font-sansUI">Von <a href="/impressum/autor-1">Anna Keller</a>, Tiflis</div><p>${FIRST}</p><p>${SECOND}</p></article></main>`;
    const [result] = await workspace.run([workspace.input('von.html', page(body, author))], { dryRun: true });
    expect(result!.article).toMatchObject({ authors: ['Anna Keller'], dateline: 'Tiflis' });
  });
});

describe('saved pages: a byline and date line, a credit alone, a call to support', () => {
  const workspace = useWorkspace();

  it("leaves out the byline and the date printed on one line (`Name — Tuesday, 11 June 2024, 08:42`) and reads the date there", async () => {
    const body = `<main><article><h1>${TITLE}</h1><div class="post_time"><span class="post_author"><a href="/authors/1/">Anna Keller</a></span> — Tuesday, 11 June 2024, 13:42</div>
<div class="post_text"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></div></article></main>`;
    const [result] = await workspace.run([workspace.input('one-line.html', page(body, author))], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ authors: ['Anna Keller'], printedDate: 'Tuesday, 11 June 2024, 13:42' });
    expect(result!.article!.body).toBe(`${FIRST}\n\n${SECOND}\n\n${THIRD}\n`);
  });

  it("reads the place in an element the page names its dateline (`<div class=\"dateline\">ISTANBUL</div>` by the byline)", async () => {
    const body = `<main><h1>${TITLE}</h1><div class="author_info"><div class="author_name">DAILY SABAH WITH AA</div><div class="dateline">ISTANBUL</div></div>
<div class="content"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></div></main>`;
    const [result] = await workspace.run([workspace.input('dateline.html', page(body))], { dryRun: true });
    expect(result!.article!.dateline).toBe('ISTANBUL');
    expect(result!.article!.body).toBe(`${FIRST}\n\n${SECOND}\n\n${THIRD}\n`);
  });

  it('reads a labelled credit alone over the text, in no <figure> and with a word for the kind of photo, as the photo\'s credit', async () => {
    const body = `<main><article><h1>${TITLE}</h1><div class="post_photo"><img src="poti.jpg" alt=""><div class="post_photo_title">Stock photo: Getty Images</div></div>
<div class="post_text"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></div></article></main>`;
    const [result] = await workspace.run([workspace.input('credit.html', page(body))], { dryRun: true });
    expect(result!.article!.photo).toEqual({ credit: 'Getty Images' });
    expect(result!.article!.body).toBe(`${FIRST}\n\n${SECOND}\n\n${THIRD}\n`);
  });

  it("leaves out a call to contribute or to support the outlet under the text, named so by its class", async () => {
    for (const name of ['contribute-block', 'post_news_support']) {
      const body = `<main><article><h1>${TITLE}</h1><div class="article__content"><p>${FIRST}</p><p>${SECOND}</p><div class="${name}"><p>Dear readers, we are facing unprecedented challenges and need your help to keep reporting.</p><a href="/contribute">Continue</a></div></div></article></main>`;
      const [result] = await workspace.run([workspace.input(`${name}.html`, page(body))], { dryRun: true });
      expect(result!.article!.body).toBe(`${FIRST}\n\n${SECOND}\n`);
    }
  });
});

describe('saved pages whose metadata is in UTC and credits the outlet (Novaya Gazeta Europe)', () => {
  const workspace = useWorkspace();
  const utc = `<meta charset="utf-8"><title>${TITLE}</title><meta property="og:type" content="article"><meta property="og:title" content="${TITLE}">
<meta property="og:site_name" content="Port Gazette"><meta property="article:published_time" content="2024-06-11T17:05:00.000Z"><link rel="canonical" href="https://portgazette.example/9301">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"${TITLE}","datePublished":"2024-06-11T17:05:00.000Z","author":{"@type":"Person","name":"Port Gazette"},"publisher":{"@type":"Organization","name":"Port Gazette"}}</script>`;
  const meta = '<div class="Article-module--meta--3h"><span class="Article-module--date--1n">11 June 2024, 20:05</span><span class="Article-module--author--2k"><a href="/authors/anna-keller">Anna Keller</a></span></div>';
  const figure = '<figure><img src="gori.jpg" alt=""><figcaption>A campaign poster in Gori. Photo: <span class="Article-module--credit--3t">Anna Keller / Port Gazette</span></figcaption></figure>';
  const body = `<main><article><h1>${TITLE}</h1>${meta}${figure}<div class="Article-module--text--1a"><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></div></article></main>`;

  it('reads the offset from the date element printed on the paper\'s clock, the author from the element named so, the caption without the credit\'s label', async () => {
    const [result] = await workspace.run([workspace.input('utc.html', `<!DOCTYPE html><html lang="en"><head>${utc}</head><body>${body}</body></html>`)], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({
      authors: ['Anna Keller'],
      published: '2024-06-11T20:05:00+03:00',
      printedDate: '11 June 2024, 20:05',
      photo: { caption: 'A campaign poster in Gori.', credit: 'Anna Keller / Port Gazette' },
    });
    expect(result!.article!.body).toBe(`${FIRST}\n\n${SECOND}\n\n${THIRD}\n`);
  });
});

describe('saved pages: a photo and a table in markup other than their own elements', () => {
  const workspace = useWorkspace();
  const undated = (body: string) => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title><link rel="canonical" href="https://civil.ge/archives/9202"></head><body>${body}</body></html>`;

  it('reads a caption box beside its picture (the BBC until 2015) as the photo, never the text, also on a page read as a copied clipping', async () => {
    const body = `<div class="story-body"><span class="date">11 June 2014</span><h1>${TITLE}</h1><span class="byline">By Anna Keller</span>
<div class="caption body-width"><img src="poti.jpg" alt=""><span style="width:624px;">Cranes at the new terminal in Poti</span></div><p>${FIRST}</p><p>${SECOND}</p></div>`;
    const [result] = await workspace.run([workspace.input('caption-box.html', undated(body))], { dryRun: true, sourceId: 'civil-georgia' });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ authors: ['Anna Keller'], photo: { caption: 'Cranes at the new terminal in Poti' } });
    expect(result!.article!.body).toBe(`${FIRST}\n\n${SECOND}\n`);
  });

  it("reads a table set in a <figure> with its caption (WordPress's table block) as a table of the text, with its caption", async () => {
    const table = '<figure class="wp-block-table"><table><thead><tr><th>Port</th><th>Containers</th></tr></thead><tbody><tr><td>Poti</td><td>250,000</td></tr><tr><td>Batumi</td><td>110,000</td></tr></tbody></table><figcaption class="wp-element-caption">Capacity a year. Source: ministry</figcaption></figure>';
    const body = `<main><article><h1>${TITLE}</h1><p>${FIRST}</p>${table}<p>${SECOND}</p></article></main>`;
    const [result] = await workspace.run([workspace.input('table.html', page(body))], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article!.photo).toBeUndefined();
    expect(result!.article!.body).toBe(
      `${FIRST}\n\n| Port   | Containers |\n| ------ | ---------- |\n| Poti   | 250,000    |\n| Batumi | 110,000    |\n\nTable: Capacity a year. Source: ministry\n\n${SECOND}\n`,
    );
  });
});
