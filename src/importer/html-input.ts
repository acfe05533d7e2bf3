import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { bylineNames } from './byline-names.ts';
import { ImportError } from './errors.ts';
import { assertHtmlWithinBounds, MAX_HTML_ELEMENTS } from './html-bounds.ts';
import { readPageMetadata, type PageMetadata } from './page-metadata.ts';
import { photoOf, type Photo } from './page-photo.ts';

/**
 * A saved web page taken apart: its own metadata (page-metadata.ts), then Readability's article,
 * as blocks of text in document order. A page whose metadata gives title and date becomes an
 * article from those facts (page-article.ts); any other page becomes clipping text here, lines of
 * blocks, so the same source profiles and date rules apply as to a copied clipping.
 */

export function looksLikeHtml(file: string, text: string): boolean {
  return /\.x?html?$/i.test(file) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, dt, dd, td, th';

export interface Block {
  /** Lower-case tag name: p, h2, figcaption, ... */
  tag: string;
  text: string;
  element: Element;
}

export interface ParsedPage {
  metadata: PageMetadata;
  /** The article's blocks as Readability found them; empty when it found no article. */
  blocks: Block[];
  /** Readability's title and byline, when it found them. */
  title?: string;
  byline?: string;
  /** Logo alt texts ("The messenger logo"), which a copied clipping starts with. */
  mastheads: string[];
  /** Every <time datetime> of the page with its printed text, read before Readability trims the page. */
  times: { datetime: string; text: string }[];
  /**
   * Short texts with a digit that stand alone in an element of their own (`<div class="date">14.05.2024
   * 18:20</div>`): where a page prints its date without a <time>, read before Readability trims it.
   */
  shortTexts: string[];
  /** Every figure caption of the page, read before Readability drops the parts it deems hidden. */
  photos: Photo[];
  /** The first figure caption of the <article> that holds the headline, which Readability may leave out of the text. */
  headlinePhoto?: Photo;
}

const spaced = (text: string | null | undefined) => (text ?? '').replace(/[ \t\r\n]+/g, ' ').trim();

/** Block texts in document order; a block inside another block is part of the outer one's text. */
function blocksOf(root: Element): Block[] {
  const blocks: Block[] = [];
  for (const element of root.querySelectorAll(BLOCKS)) {
    if (element.parentElement?.closest(BLOCKS)) continue;
    const text = spaced(element.textContent);
    if (text) blocks.push({ tag: element.tagName.toLowerCase(), text, element });
  }
  return blocks;
}

/** Longer texts are sentences, not a printed date; the page's first ones are where a date is printed. */
const SHORT_TEXT_LENGTH = 60;
const SHORT_TEXTS_READ = 300;

function standaloneShortTexts(document: Document): string[] {
  const texts: string[] = [];
  for (const element of document.querySelectorAll('body *')) {
    if (element.children.length > 0 || /^(SCRIPT|STYLE|TEMPLATE)$/.test(element.tagName)) continue;
    const text = spaced(element.textContent);
    if (text.length <= SHORT_TEXT_LENGTH && /\d/.test(text)) texts.push(text);
    if (texts.length === SHORT_TEXTS_READ) break;
  }
  return texts;
}

/** linkedom builds no <html> element for some fragments (an unclosed <script>); Readability needs one. */
function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement) return document as unknown as Document;
  const shell = parseHTML('<!doctype html><html><head></head><body></body></html>').document;
  shell.body.innerHTML = html;
  return shell as unknown as Document;
}

/**
 * Page furniture that is never article text: navigation, footers, asides, and the share bars,
 * cookie banners, newsletter boxes and related-links lists outlets mark by class or id.
 * Readability drops most of it; removing it first keeps what it misses out of the body too.
 */
const FURNITURE = 'nav, footer, aside, [role="navigation"], [role="contentinfo"], [role="complementary"], [aria-modal="true"]';
const FURNITURE_NAME = /(?:^|[-_\s])(?:cookies?|consent|gdpr|share|sharing|social|related|newsletter|subscribe|promo|breadcrumbs?|comments?|paywall|popup|more-stories|read-more|tags?)(?:$|[-_\s])/i;

function removeFurniture(document: Document): void {
  const marked = [...document.querySelectorAll('[class], [id]')].filter(
    (element) => FURNITURE_NAME.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`),
  );
  for (const element of [...document.querySelectorAll(FURNITURE), ...marked]) {
    // Never the article itself, nor anything that holds it.
    if (element.matches('html, body, main, article, [itemprop="articleBody"]') || element.querySelector('article, [itemprop="articleBody"]')) continue;
    element.remove();
  }
}

/** Readability's view of the page; a page it cannot take apart is a refusal, not a crash. */
function readArticle(document: Document): ReturnType<Readability['parse']> {
  try {
    return new Readability(document, { charThreshold: 0, maxElemsToParse: MAX_HTML_ELEMENTS }).parse();
  } catch (error) {
    throw new ImportError(`the HTML page cannot be read as an article (${(error as Error).message})`, 'save the complete article page again, or copy the article into a .txt clipping');
  }
}

/** Parses a page within the HTML bounds; `pageUrl` (a WARC record's address) resolves relative links. */
export function parsePage(html: string, pageUrl?: string): ParsedPage {
  assertHtmlWithinBounds(html);
  const document = parseDocument(html);
  const metadata = readPageMetadata(document, pageUrl);
  // A logo's alt text is how a copied clipping starts ("The messenger logo"); keep it as its first line.
  const mastheads = [...document.querySelectorAll('img[alt]')]
    .map((image) => image.getAttribute('alt')?.trim() ?? '')
    .filter((alt) => /\blogo\b/i.test(alt));
  const times = [...document.querySelectorAll('time[datetime]')]
    .map((time) => ({ datetime: time.getAttribute('datetime')!.trim(), text: spaced(time.textContent) }))
    .filter((time) => time.text);
  const shortTexts = standaloneShortTexts(document);
  const photos = [...document.querySelectorAll('figcaption')].map(photoOf).filter((photo) => photo !== undefined);
  const headlineFigcaption = document.querySelector('h1')?.closest('article')?.querySelector('figcaption');
  removeFurniture(document);
  const article = readArticle(document);
  const content = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document : undefined;
  return {
    metadata,
    blocks: content ? blocksOf(content.body as unknown as Element) : [],
    title: spaced(article?.title) || undefined,
    byline: spaced(article?.byline) || undefined,
    mastheads,
    times,
    shortTexts,
    photos,
    headlinePhoto: headlineFigcaption ? photoOf(headlineFigcaption) : undefined,
  };
}

export function refuseNoArticle(): never {
  throw new ImportError('no article text found in this HTML page', 'save the article page itself, or copy the article into a .txt clipping');
}

/**
 * The page as a copied clipping would read: masthead, title, byline, then every block. The byline
 * Readability found ("Par Marie Dupont et Jean Martin") is written "By Marie Dupont and Jean
 * Martin", where it stood or below the title, so any layout's byline rule reads names only.
 */
export function pageToClippingText(page: ParsedPage): string {
  let blocks = page.blocks.map((block) => block.text);
  if (blocks.length === 0) refuseNoArticle();
  const names = page.byline ? bylineNames([page.byline]) : [];
  const byline = names.length > 0 ? `By ${names.join(' and ')}` : undefined;
  const lines = [...page.mastheads];
  if (page.title && blocks[0] !== page.title) lines.push(page.title);
  if (byline && page.byline && blocks.includes(page.byline)) blocks = blocks.map((text) => (text === page.byline ? byline : text));
  else if (byline) lines.push(byline);
  lines.push(...blocks);
  return lines.join('\n\n');
}
