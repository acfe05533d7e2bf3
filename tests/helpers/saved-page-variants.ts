import { declaredCharset, declaring, pageText, singleByte } from './page-charset.ts';
import { characterReferences, formattedByPrettier, minified, minifiedAggressively, prettyPrinted, reactTextSeparators, tokens, type Token } from './page-markup.ts';
import { chromeMhtml, safariWebarchive, webrecorderWarc, wgetWarc, type Capture } from './saved-containers.ts';

/**
 * The ways real saves of one article page differ from the saved file a golden pins, none of which
 * changes a printed fact: the markup's layout and line ends, a BOM, another charset, the container
 * a browser or crawler keeps it in, the DOM as it stood after the page's scripts ran, and the
 * consent and newsletter boxes a visit adds. Each variant says whether it applies to a page (one
 * that changes nothing is no test) and makes the saved file from the golden's bytes.
 */
export interface SavedPage {
  bytes: Buffer;
  /** The page's address: its canonical URL, as the golden's expected file records it, else one the test gives it. */
  url: string;
}

export interface SavedFile {
  /** The saved file's name, whose extension says what it is. */
  file: string;
  bytes: Uint8Array;
  /** The address the container records for the page (an .mhtml's, a .webarchive's, a WARC's target). */
  address?: string;
  /** What a WARC adds: its target address, capture instant and record id, as the variant wrote them. */
  capture?: Capture;
}

export interface SavedVariant {
  name: string;
  make(page: SavedPage): SavedFile | undefined | Promise<SavedFile | undefined>;
}

/** The page's markup changed as a string of its bytes (latin1: one character a byte), or undefined when nothing changed. */
const markup = (name: string, change: (page: string) => string | undefined): SavedVariant => ({
  name,
  make: ({ bytes }) => {
    const page = bytes.toString('latin1');
    const changed = change(page);
    return changed === undefined || changed === page ? undefined : { file: 'page.html', bytes: Buffer.from(changed, 'latin1') };
  },
});

const isUtf8 = (bytes: Uint8Array) => declaredCharset(bytes) === 'utf-8';

/** The page's text re-encoded in a single-byte charset that holds every character of it, declared in `form`. */
const reencoded = (charset: 'windows-1252' | 'iso-8859-1', form: 'meta charset' | 'http-equiv'): SavedVariant => ({
  name: `${charset}, declared by ${form === 'meta charset' ? '<meta charset>' : '<meta http-equiv> only'}`,
  make: ({ bytes }) => {
    if (!isUtf8(bytes)) return undefined;
    const encoded = singleByte(declaring(pageText(bytes), charset, form), charset);
    return encoded && { file: 'page.html', bytes: encoded };
  },
});

/** Chrome serialises the DOM in UTF-8, saying so in an http-equiv it puts first in <head>. */
function asChromeSerialises(bytes: Buffer): Buffer {
  return isUtf8(bytes) ? bytes : Buffer.from(declaring(pageText(bytes), 'UTF-8', 'http-equiv'));
}

const CAPTURE_DATE = '2025-01-15T09:30:00Z';
const capture = (url: string, tool: string): Capture => ({ url, date: CAPTURE_DATE, recordId: `<urn:uuid:0b7e3c2a-5d41-4f6e-8a9b-${tool === 'wget' ? '1c2d3e4f5a6b' : '6b5a4f3e2d1c'}>` });

const warc = (tool: 'Webrecorder' | 'wget', gzip: boolean): SavedVariant => ({
  name: `a WARC response record as ${tool} writes it (.warc${gzip ? '.gz' : ''})`,
  make: async ({ bytes, url }) => {
    const written = capture(url, tool);
    const archive = tool === 'wget' ? wgetWarc(bytes, written, gzip) : await webrecorderWarc(bytes, written, declaredCharset(bytes), gzip);
    return { file: `page.warc${gzip ? '.gz' : ''}`, bytes: archive, address: url, capture: written };
  },
});

/** Scripts that run: the DOM saved after they ran no longer holds them. Data blocks (JSON-LD, a framework's JSON) stay. */
function isExecutable(token: Token): boolean {
  if (token.name !== 'script') return false;
  const type = /^<script\b(?:[^>]*?\s)?type\s*=\s*["']?([^"'\s>]+)/iu.exec(token.text)?.[1];
  return type === undefined || /^(?:(?:text|application)\/(?:x-)?(?:java|ecma)script|module)$/iu.test(type);
}

/** Elements of <head> and the like, which a framework does not decorate. */
const UNDECORATED = new Set(['html', 'head', 'meta', 'link', 'title', 'base', 'body', 'br', 'wbr']);

/** A framework's attributes on an element: a scoped-style data attribute and generated class names beside the page's own. */
function decorated(tag: string, turn: number): string {
  const generated = `css-${1000 + turn} e${7 * turn}`;
  const withClass = /\sclass\s*=\s*(["'])/iu.test(tag) ? tag.replace(/(\sclass\s*=\s*)(["'])([^"']*)\2/iu, `$1$2$3 ${generated}$2`) : tag.replace(/\s*\/?>$/u, (end) => ` class="${generated}"${end}`);
  return withClass.replace(/\s*\/?>$/u, (end) => ` data-v-7b1f3c2e=""${end}`);
}

/** "Web Page, Complete" after the page's scripts ran: no <script> that runs, <noscript> left, the framework's attributes on every element. */
function afterScriptsRan(page: string): string {
  let turn = 0;
  let inBody = false;
  return tokens(page)
    .map((token) => {
      if (token.name === 'body' && !token.closing) inBody = true;
      if (token.raw) return isExecutable(token) ? '' : token.text;
      if (!inBody || token.name === undefined || token.closing || UNDECORATED.has(token.name)) return token.text;
      return decorated(token.text, turn++);
    })
    .join('');
}

const CONSENT =
  '<div id="onetrust-consent-sdk"><div class="onetrust-pc-dark-filter ot-fade-in"></div><div id="onetrust-banner-sdk" class="otFlat" role="region" aria-label="Cookie banner"><div class="ot-sdk-container"><h2 id="onetrust-policy-title">We value your privacy</h2><p id="onetrust-policy-text">We and our partners use cookies to store and access information on your device, to personalise content and ads and to measure how our site is used.</p><div id="onetrust-button-group"><button id="onetrust-pc-btn-handler">Manage preferences</button><button id="onetrust-reject-all-handler">Reject all</button><button id="onetrust-accept-btn-handler">Accept all cookies</button></div></div></div></div>';
const NEWSLETTER =
  '<div class="newsletter-signup"><h3 class="newsletter-signup__title">Sign up for our daily briefing</h3><p class="newsletter-signup__text">The day\'s top stories from the region, in your inbox every morning.</p><form class="newsletter-signup__form" action="/newsletter" method="post"><label for="newsletter-email">Email address</label><input id="newsletter-email" type="email" name="email" placeholder="you@example.com"><button type="submit">Subscribe</button></form><p class="newsletter-signup__legal">By signing up you agree to our privacy policy. You can unsubscribe at any time.</p></div>';

/** A consent manager's dialog as a CSS-in-JS site prints it: generated class names, its role and label what show it is one. */
const CONSENT_DIALOG =
  '<div class="css-8f3k2p" role="dialog" aria-label="Privacy choices"><div class="css-2m9x4q"><h2 class="css-7d1s5w">We value your privacy</h2><p class="css-4r6t8y">We and our partners use cookies to store and access information on your device, to personalise content and ads and to measure how our site is used.</p><button class="css-1a3c5e">Accept all</button><button class="css-9b7n2m">Manage preferences</button></div></div>';

/** The newsletter box as a CSS-in-JS site prints it: generated class names only, the form and its email field what shows it is one. */
const NEWSLETTER_GENERATED = NEWSLETTER.replace(/class="([^"]*)"/gu, (_, name: string) => `class="css-${['1q7w3e9', '5t2y8u', '0p4o6i', '3a9s1d', '7z2x4c'][name.length % 5]}"`);

/** The page with `html` inserted before the token `at` finds, or undefined when it finds none. */
function inserted(page: string, html: string, at: (all: Token[]) => number): string | undefined {
  const all = tokens(page);
  const index = at(all);
  if (index < 0) return undefined;
  return [...all.slice(0, index).map((token) => token.text), html, ...all.slice(index).map((token) => token.text)].join('');
}

const opening = (name: string) => (token: Token) => token.name === name && !token.closing;

/** A consent overlay first in <body> and a newsletter box just before the <article> (else the <h1>). */
function boxesBeforeArticle(page: string): string | undefined {
  const withConsent = inserted(page, CONSENT, (all) => {
    const body = all.findIndex(opening('body'));
    return body < 0 ? -1 : body + 1;
  });
  return withConsent && inserted(withConsent, NEWSLETTER, (all) => {
    const article = all.findIndex(opening('article'));
    return article >= 0 ? article : all.findIndex(opening('h1'));
  });
}

/** A consent dialog first in the <article>, above its headline. */
const dialogInArticle = (page: string) =>
  inserted(page, CONSENT_DIALOG, (all) => {
    const article = all.findIndex(opening('article'));
    return article < 0 ? -1 : article + 1;
  });

/** A newsletter box inside the <article>, after its second paragraph. */
const boxInsideArticle = (box: string) => (page: string) =>
  inserted(page, box, (all) => {
    const article = all.findIndex(opening('article'));
    if (article < 0) return -1;
    // Between the text's paragraphs, never inside a photo's caption that prints its lines in <p>s (Der Spiegel's).
    let inFigure = 0;
    const ends = all.flatMap((token, index) => {
      if (token.name === 'figure') inFigure += token.closing ? -1 : 1;
      return index > article && token.name === 'p' && token.closing && inFigure === 0 ? [index] : [];
    });
    return ends.length >= 3 ? ends[1]! + 1 : -1;
  });

export const SAVED_VARIANTS: SavedVariant[] = [
  markup('minified', minified),
  markup('minified aggressively', minifiedAggressively),
  markup('pretty-printed', prettyPrinted),
  markup('formatted by Prettier', formattedByPrettier),
  markup('CRLF line ends', (page) => page.replace(/\r?\n/gu, '\r\n')),
  { name: 'a BOM', make: ({ bytes }) => (isUtf8(bytes) && !bytes.toString('latin1').startsWith('\xef\xbb\xbf') ? { file: 'page.html', bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]) } : undefined) },
  reencoded('windows-1252', 'meta charset'),
  reencoded('iso-8859-1', 'meta charset'),
  reencoded('windows-1252', 'http-equiv'),
  { name: "Chrome's Single File (.mhtml, quoted-printable)", make: ({ bytes, url }) => ({ file: 'page.mhtml', bytes: chromeMhtml(asChromeSerialises(bytes), url, /<title[^>]*>([^<]*)</iu.exec(pageText(bytes))?.[1] ?? ''), address: url }) },
  { name: "Safari's .webarchive", make: ({ bytes, url }) => ({ file: 'page.webarchive', bytes: safariWebarchive(bytes, url, declaredCharset(bytes)), address: url }) },
  warc('Webrecorder', false),
  warc('Webrecorder', true),
  warc('wget', false),
  warc('wget', true),
  markup('saved after scripts ran', afterScriptsRan),
  markup('a consent overlay and a newsletter box before the article', boxesBeforeArticle),
  markup('a consent dialog in generated class names first in the article', dialogInArticle),
  markup('a newsletter box inside the article', boxInsideArticle(NEWSLETTER)),
  markup('a newsletter box in generated class names inside the article', boxInsideArticle(NEWSLETTER_GENERATED)),
  markup("React's text separators (<!-- -->)", reactTextSeparators),
  {
    name: 'every non-ASCII character as a numeric reference (&#8217;)',
    make: ({ bytes }) => (isUtf8(bytes) ? { file: 'page.html', bytes: Buffer.from(characterReferences(pageText(bytes))) } : undefined),
  },
];
