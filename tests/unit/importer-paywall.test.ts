import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useWorkspace } from './importer-harness.ts';

// A saved page that holds only the start of an article (the paper's paywall cut it) is imported with
// what it holds and marked `paywalled: true`, never passed off as the whole text; a page whose text
// goes on, or whose gated part a subscriber's browser saved, is whole. The cut page is Le Monde's
// (tests/fixtures/pages/le-monde-paywall-cut.html, pinned by its golden in importer-pages.test.ts).
const cutPage = readFileSync(path.resolve('tests/fixtures/pages/le-monde-paywall-cut.html'), 'utf8');
const box = /<div class="paywall paywall--inarticle"[\s\S]*?<\/div><\/div>/;
const MORE = [
  '<p class="article__paragraph ">Le terminal a été financé par un groupe émirien, qui exploite le port depuis 2008 et promet d’y investir encore 250 millions de dollars.</p>',
  '<p class="article__paragraph ">À Tbilissi, le gouvernement voit dans ces chantiers la preuve que le pays reste un carrefour, malgré les tensions avec Bruxelles.</p>',
].join('\n');

const ARTICLE = (body: string, head = '') => `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Tbilisi opens a cable car to Narikala</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2024-06-12T10:00:00+04:00">
<link rel="canonical" href="https://mtkvaripost.example/cable-car">${head}</head><body><article><h1>Tbilisi opens a cable car to Narikala</h1>
<p>A new cable car between Rike Park and the Narikala fortress opened on Wednesday, the city said, replacing the line closed in 2017.</p>
${body}</article><footer><p>© Mtkvari Post 2024, every right reserved to the publisher and its partners.</p></footer></body></html>`;

describe('a saved page cut short by a paywall', () => {
  const workspace = useWorkspace();

  it('is whole when the text goes on after the box, or when the subscriber saved it without one', async () => {
    const goesOn = cutPage.replace(box, (found) => `${found}\n${MORE}`);
    // A subscription link in the footer, after the whole text, ends no text.
    const subscriber = cutPage.replace(box, MORE).replace('<footer class="footer">', '<footer class="footer"><a class="footer__subscribe" href="https://abo.lemonde.fr/">S’abonner</a>');
    for (const [name, html] of [['goes-on.html', goesOn], ['subscriber.html', subscriber]] as const) {
      const [result] = await workspace.run([workspace.input(name, html)], { dryRun: true });
      expect(result!.article!.paywalled).toBeUndefined();
      expect(result!.article!.body).toContain('À Tbilissi, le gouvernement');
      expect(result!.notes?.join()).not.toContain('paywall');
    }
  });

  it("keeps the gated part's text, marked by hasPart.cssSelector, whatever its class (`paywall`, as Google's guidelines write it)", async () => {
    const gated = `<div class="paywall"><p>A ride costs two lari and takes under three minutes, the operator said, with cabins leaving every ninety seconds.</p>
<p>The old line, built in 2012, was closed after an inspection found its cables worn beyond repair.</p></div>`;
    const head = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tbilisi opens a cable car to Narikala","datePublished":"2024-06-12T10:00:00+04:00","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":".paywall"}}</script>';
    const [result] = await workspace.run([workspace.input('gated.html', ARTICLE(gated, head))], { dryRun: true });
    expect(result!.article!.paywalled).toBeUndefined();
    expect(result!.article!.body).toContain('A ride costs two lari');
    expect(result!.article!.body).toContain('The old line, built in 2012');
  });

  // A box named unlike any subscription offer (`c-offer`), above the free text: the page's metadata says which part is the
  // subscribers', and the saved page does not hold it.
  it('is marked when the part its metadata marks for subscribers is not in the page, whatever the box is named or wherever it stands', async () => {
    const offer = '<div class="c-offer"><p>Keep reading with a subscription.</p><a href="/offers">Subscribe</a></div>';
    const gated = (selector: string) =>
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tbilisi opens a cable car to Narikala","datePublished":"2024-06-12T10:00:00+04:00","isAccessibleForFree":false,"hasPart":{"@type":"WebPageElement","isAccessibleForFree":false,"cssSelector":"${selector}"}}</script>`;
    const above = ARTICLE('', gated('.article-premium')).replace('<p>A new cable car', `${offer}<p>A new cable car`);
    const [cut] = await workspace.run([workspace.input('above.html', above)], { dryRun: true });
    expect(cut!.article!.paywalled).toBe(true);
    expect(cut!.notes?.join()).toContain('the part its metadata marks for subscribers (hasPart.cssSelector) is not in the saved page');
    // The same box with the gated part saved by a subscriber, or with no metadata naming a gated part, marks nothing.
    const saved = ARTICLE('<div class="article-premium"><p>A ride costs two lari and takes under three minutes, the operator said.</p></div>', gated('.article-premium'));
    const unmarked = ARTICLE('').replace('<p>A new cable car', `${offer}<p>A new cable car`);
    for (const [name, html] of [['saved.html', saved], ['unmarked.html', unmarked]] as const) {
      const [result] = await workspace.run([workspace.input(name, html)], { dryRun: true });
      expect(result!.article!.paywalled, name).toBeUndefined();
    }
  });

  it('is marked from a box named paywall alone when the metadata says nothing, and a newsletter box is no paywall', async () => {
    const paywall = '<div class="article-paywall"><p>Subscribe to continue reading.</p><a href="/subscribe">Subscribe</a></div>';
    const newsletter = '<div class="newsletter-subscribe"><p>Subscribe to our morning newsletter.</p><a href="/newsletter">Sign me up</a></div>';
    const [cut] = await workspace.run([workspace.input('cut.html', ARTICLE(paywall))], { dryRun: true });
    const [free] = await workspace.run([workspace.input('free.html', ARTICLE(newsletter))], { dryRun: true });
    expect(cut!.article!.paywalled).toBe(true);
    expect(cut!.notes).toContain(
      "the page holds only the start of the article: its text stops at a paywall's subscription box; imported with the 1 paragraph it holds, marked paywalled: true. For the whole article, save the page again while signed in as a subscriber and import it with --update",
    );
    expect(free!.article!.paywalled).toBeUndefined();
  });

  it("is whole when the text goes on after the box in <div> paragraphs (Reuters' data-testid), or when the box is in a sidebar", async () => {
    const paywall = '<div class="article-paywall"><p>Subscribe to continue reading.</p></div>';
    const divs = `${paywall}<div data-testid="paragraph-1">A ride costs two lari and takes under three minutes, the operator said.</div>`;
    const aside = '<aside class="sidebar"><div class="paywall"><p>Subscribe for unlimited access.</p></div></aside>';
    const [goesOn] = await workspace.run([workspace.input('divs.html', ARTICLE(divs))], { dryRun: true });
    expect(goesOn!.article!.paywalled).toBeUndefined();
    expect(goesOn!.article!.body).toContain('A ride costs two lari');
    const [sidebar] = await workspace.run([workspace.input('aside.html', ARTICLE(aside))], { dryRun: true });
    expect(sidebar!.article!.paywalled).toBeUndefined();
  });
});

// A box above the free text, with no metadata naming the gated part: the words the page says the article has
// (JSON-LD `wordCount`) tell that the subscribers' text is missing (declared-length.ts). Page written for this test.
describe('a saved page with a paywall box above its text', () => {
  const workspace = useWorkspace();
  const paywall = '<div class="article-paywall"><p>Subscribe to continue reading.</p><a href="/subscribe">Subscribe</a></div>';
  const declaring = (words: number) =>
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Tbilisi opens a cable car to Narikala","datePublished":"2024-06-12T10:00:00+04:00","wordCount":${words}}</script>`;
  const page = (words: number, box = paywall) => ARTICLE('<p>The old line, built in 2012, was closed after an inspection found its cables worn beyond repair.</p>', declaring(words)).replace('<p>A new cable car', `${box}<p>A new cable car`);

  it('is marked when the page holds under half the words its metadata declares', async () => {
    const [cut] = await workspace.run([workspace.input('above.html', page(640))], { dryRun: true });
    expect(cut!.article!.paywalled).toBe(true);
    expect(cut!.notes?.join()).toContain("it holds a paywall's subscription box and fewer than half the words its metadata says the article has (wordCount)");
  });

  it('is whole when the page holds the words declared, or holds no paywall box', async () => {
    const [whole] = await workspace.run([workspace.input('whole.html', page(44))], { dryRun: true });
    const [unboxed] = await workspace.run([workspace.input('unboxed.html', page(640, ''))], { dryRun: true });
    for (const result of [whole, unboxed]) {
      expect(result!.article!.paywalled).toBeUndefined();
      expect(result!.notes?.join() ?? '').not.toContain('paywall');
    }
  });
});
