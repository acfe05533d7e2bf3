import { describe, expect, it } from 'vitest';
import { requestRecord, responseRecord } from '../../src/bench/warc-records.ts';
import { useWorkspace } from './importer-harness.ts';

// The rules the saved-page variants (importer-saved-variants.test.ts) showed missing, each on a
// page written here: what real saves of any outlet's page hold, never one outlet's markup.
const HEAD = `<meta charset="utf-8"><title>Georgia opens a new terminal at Poti</title><meta property="og:type" content="article">
<meta property="og:title" content="Georgia opens a new terminal at Poti"><meta property="article:published_time" content="2024-06-11T13:42:00+04:00">
<link rel="canonical" href="https://civil.ge/archives/9101">`;
const FIRST = 'Georgia opened a new container terminal at the Black Sea port of Poti on Tuesday, part of a push to route more freight between China and Europe.';
const SECOND = "The terminal can handle 250,000 containers a year, twice the port's current capacity, the economy ministry said in a statement.";
const THIRD = 'Freight along the so-called Middle Corridor has grown since 2022, when shippers began to look for routes that avoid Russian railways.';
const page = (body: string) => `<!DOCTYPE html><html lang="en"><head>${HEAD}</head><body>${body}</body></html>`;

describe('rules real saves of any page need', () => {
  const workspace = useWorkspace();

  // React renders `{place}, {date} - {text}` with `<!-- -->` between the text nodes; Readability ends a
  // paragraph it makes of a <div>'s text at a comment, which prints nothing.
  it('reads a paragraph whose text a comment splits (React\'s `<!-- -->`) as one paragraph', async () => {
    const body = `<article><h1>Georgia opens a new terminal at Poti</h1><div class="body">
<div data-testid="paragraph-0">TBILISI, <!-- -->June 11 (Reuters) - ${FIRST}</div>
<div data-testid="paragraph-1">The <!-- -->${SECOND.slice(4)}</div><div data-testid="paragraph-2">${THIRD}</div></div></article>`;
    const [result] = await workspace.run([workspace.input('react.html', page(body))], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article!.dateline).toBe('TBILISI');
    expect(result!.article!.body.split('\n\n').map((paragraph) => paragraph.trim())).toEqual([`TBILISI, June 11 (Reuters) - ${FIRST}`, SECOND, THIRD]);
  });

  // A CSS-in-JS site's newsletter box names itself by no class (only its email field's id may): the field and the few words
  // around it show what it is.
  it('leaves out a sign-up box inside the article that no class names, by its email field', async () => {
    const box = '<div class="css-1q7w3e9"><h3 class="css-5t2y8u">Sign up for our daily briefing</h3><p class="css-0p4o6i">The day\'s top stories from the region, in your inbox every morning.</p><form class="css-3a9s1d" action="/newsletter"><label for="newsletter-email">Email address</label><input id="newsletter-email" type="email" name="email"><button type="submit">Subscribe</button></form><p class="css-7z2x4c">By signing up you agree to our privacy policy. You can unsubscribe at any time.</p></div>';
    const body = `<article><h1>Georgia opens a new terminal at Poti</h1><p>${FIRST}</p><p>${SECOND}</p>${box}<p>${THIRD}</p></article>`;
    const [result] = await workspace.run([workspace.input('signup.html', page(body))], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article!.body.split('\n\n').map((paragraph) => paragraph.trim())).toEqual([FIRST, SECOND, THIRD]);
  });

  // The BBC puts each paragraph in a block of its own: a box inside one goes, the paragraph beside it stays.
  it('leaves out only the box, not the paragraph in the same text block', async () => {
    const box = '<div class="css-1q7w3e9"><h3>Sign up for our daily briefing</h3><form><input type="email" name="email"><button>Subscribe</button></form></div>';
    const block = (text: string, extra = '') => `<div data-component="text-block"><p>${text}</p>${extra}</div>`;
    const body = `<article><h1>Georgia opens a new terminal at Poti</h1>${block(FIRST)}${block(SECOND, box)}${block(THIRD)}</article>`;
    const [result] = await workspace.run([workspace.input('text-blocks.html', page(body))], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article!.body.split('\n\n').map((paragraph) => paragraph.trim())).toEqual([FIRST, SECOND, THIRD]);
  });

  // A comment form's email field is no sign-up box's: the article around it, with long text, stays.
  it('keeps the article whose text holds a form with an email field', async () => {
    const body = `<article><h1>Georgia opens a new terminal at Poti</h1><p>${FIRST}</p><p>${SECOND}</p><form action="/comment"><input type="email" name="email"><textarea name="comment"></textarea></form><p>${THIRD}</p></article>`;
    const [result] = await workspace.run([workspace.input('comment-form.html', page(body))], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article!.body.split('\n\n').map((paragraph) => paragraph.trim())).toEqual([FIRST, SECOND, THIRD]);
  });

  // A consent manager's dialog that names itself only by its role, first in the <article>: its sentence is no paragraph
  // of the text, which Readability rightly leaves out, and must not make the page refused as read with a hole.
  it('leaves out a dialog no class names (role="dialog"), inside the article', async () => {
    const dialog = '<div class="css-8f3k2p" role="dialog" aria-label="Privacy choices"><h2>We value your privacy</h2><p>We and our partners use cookies to store and access information on your device, to personalise content and ads.</p><button>Accept all</button></div>';
    const body = `<article>${dialog}<h1>Georgia opens a new terminal at Poti</h1><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></article>`;
    const [result] = await workspace.run([workspace.input('dialog.html', page(body))], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article!.body.split('\n\n').map((paragraph) => paragraph.trim())).toEqual([FIRST, SECOND, THIRD]);
  });

  // An old page (Civil.ge in 2017) says nothing of itself in metadata; its date is printed under the headline. Saved
  // alone it imports; captured in a WARC it was passed over as "not an article".
  it('imports a WARC capture of a page that prints its date in its text and has no metadata, and still passes over pages without one', async () => {
    const url = 'https://civil.ge/archives/276001';
    const old = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Putin Meets South Ossetian Leader | Civil Georgia</title></head><body>
<article><h1>Putin Meets South Ossetian Leader</h1><p class="meta">Civil Georgia, Tbilisi / 15 Nov.'17 / 12:31</p><p>${FIRST}</p><p>${SECOND}</p><p>${THIRD}</p></article></body></html>`;
    const about = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>About us | Civil Georgia</title></head><body><article><h1>About us</h1><p>${FIRST}</p><p>${SECOND}</p></article></body></html>`;
    const date = '2017-11-16T08:00:00Z';
    const recordId = '<urn:uuid:3e0f6a52-9c1d-4b7e-8f2a-5d6c7b8a9e10>';
    const warc = Buffer.concat([
      await requestRecord(url, date, true),
      await responseRecord({ url, date, body: old, recordId }, true),
      await responseRecord({ url: 'https://civil.ge/about', date, body: about }, true),
    ]);
    const results = await workspace.run([workspace.input('civil.warc.gz', warc)], { dryRun: true });
    expect(results.map((result) => result.error)).toEqual([undefined, undefined]);
    expect(results[0]!.article).toMatchObject({ title: 'Putin Meets South Ossetian Leader', source: 'civil-georgia', published: '2017-11-15T12:31:00+04:00', capture: { url, recordId } });
    expect(results[1]).toMatchObject({ status: 'skipped', skipped: { 'not an article': 1 } });
  });
});

