import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { bylineNames } from './byline-names.ts';
import { setAsideNoteTags } from './note-export.ts';
import { reportingFrom } from './line-facts.ts';
import { ImportError } from './errors.ts';
import { decodeInput, scanUtf8 } from './read-input.ts';
import { assertHtmlWithinBounds, MAX_HTML_ELEMENTS } from './html-bounds.ts';
import { embeddedArticle, nextDataOf } from './page-embedded.ts';
import { articlesListed, teaserBoxes } from './page-listing.ts';
import { printedHeadline, readPageMetadata, type PageMetadata } from './page-metadata.ts';
import { cutByPaywall, gatedPartMissing, markPaywall, matchesGated, type Paywall } from './page-paywall.ts';
import { photoOf, type Photo } from './page-photo.ts';
import { timeLine } from './time-line.ts';
import { shorterThanDeclared } from './declared-length.ts';
import { articleParagraphs, leftOut, refuseLeftOut } from './page-left-out.ts';
import { splitTextBlocks } from './split-text-blocks.ts';
import { removeComments } from './page-comments.ts';
import { removeSignupBoxes } from './page-signup-box.ts';
import { datedLinesAbove, textsAbove } from './lines-above-headline.ts';
import { removeCaptionControls } from './caption-controls.ts';
import { scriptDataOf } from './script-data.ts';
import { paragraphsOfLooseText } from './loose-text-lines.ts';
import { headlineInTitle } from './title-site-name.ts';
import { cyrillicCharset } from './cyrillic-charset.ts';
import { plainTildaPost } from './tilda-post.ts';
import { removeLayoutColumns } from './layout-table.ts';
import { captionBoxesAsFigures, captionFieldsAsFigures, captionTablesAsFigures, tableFiguresAsTables } from './caption-tables.ts';
import { dataTableParagraph } from './page-tables.ts';
import { headlineHeadings, isHomeLinkHeading } from './home-link-heading.ts';
import { namedAsFurniture } from './furniture-names.ts';
import { translationLinks } from './translation-link.ts';
import { bylineLineOf } from './byline-line.ts';
import { namedParts } from './page-named-parts.ts';

/**
 * A saved web page taken apart: its own metadata (page-metadata.ts), then Readability's article,
 * as blocks of text in document order. A page whose metadata gives title and date becomes an
 * article from those facts (page-article.ts); any other page becomes clipping text here, lines of
 * blocks, so the same source profiles and date rules apply as to a copied clipping.
 */

export function looksLikeHtml(file: string, text: string): boolean {
  return /\.x?html?$/i.test(file) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
}

const META_CHARSET = /<meta\s[^>]*charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** How far into a page its <head> is searched for a late charset declaration. */
const HEAD_SCAN_BYTES = 64 * 1024;

/**
 * The charset a page declares: `<meta charset>` or `http-equiv="Content-Type"`, in its first 1024
 * bytes, where browsers look first, else anywhere in its <head>, where their parser still honours
 * it (a Bitrix page's stylesheet links push its http-equiv past the first kilobyte).
 */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const first = META_CHARSET.exec(Buffer.from(bytes.subarray(0, 1024)).toString('latin1'))?.[1];
  if (first) return first;
  const start = Buffer.from(bytes.subarray(0, HEAD_SCAN_BYTES)).toString('latin1');
  const headEnd = start.search(/<\/head\s*>|<body[\s>]/i);
  return META_CHARSET.exec(headEnd === -1 ? start : start.slice(0, headEnd))?.[1];
}

/** A byte-order mark: UTF-8's, or UTF-16's either way round. */
export const hasByteOrderMark = (bytes: Uint8Array) =>
  (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);

export interface DecodedPage {
  text: string;
  encoding: string;
  /** The single-byte charset the page declared and its bytes disproved (they are UTF-8). */
  overruled?: string;
  /** The page declares no charset and is not UTF-8: its Cyrillic letters told the charset it is in (cyrillic-charset.ts). */
  toldByLetters?: boolean;
}

/**
 * A page's bytes as text: in the charset its HTTP headers name (a WARC record's), else the one
 * its markup declares (`windows-1251` in an old page's <meta http-equiv>), else as any input file
 * is read (read-input.ts). UTF-8 and UTF-16 are always read there, so its checks apply.
 * A byte-order mark wins over every declaration, as the HTML standard has it. Bytes that are valid
 * UTF-8 with characters beyond ASCII are UTF-8 whatever a single-byte declaration says (a page
 * saved again as UTF-8 keeps its old <meta>; read as declared, "Café" would be "CafÃ©"): such
 * byte runs do not happen by chance in single-byte text. The caller says so in a note.
 */
export function decodePage(file: string, bytes: Uint8Array, httpCharset?: string): DecodedPage {
  if (hasByteOrderMark(bytes)) return decodeInput(bytes);
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const charset = httpCharset ?? (looksLikeHtml(file, head) ? declaredCharset(bytes) : undefined);
  let decoder: TextDecoder | undefined;
  try {
    decoder = charset === undefined ? undefined : new TextDecoder(charset);
  } catch {
    // A charset TextDecoder does not know: the bytes are read as any input file is.
  }
  const { firstInvalid, firstMultibyte } = scanUtf8(bytes);
  if (!decoder && firstInvalid !== undefined && firstMultibyte === undefined && looksLikeHtml(file, head)) {
    const told = cyrillicCharset(bytes);
    if (told) return { text: new TextDecoder(told).decode(bytes).replace(/\r\n?/g, '\n'), encoding: told, toldByLetters: true };
  }
  if (!decoder || /^utf-(?:8|16)/.test(decoder.encoding)) return decodeInput(bytes);
  if (firstInvalid === undefined && firstMultibyte !== undefined) return { ...decodeInput(bytes), overruled: decoder.encoding };
  return { text: decoder.decode(bytes).replace(/\r\n?/g, '\n'), encoding: decoder.encoding };
}

/** `<!-- saved from url=(0077)https://… -->`, which a browser's "Save Page As" writes at the top of the page. */
function savedFromUrl(html: string): string | undefined {
  return /^\s*(?:<!doctype[^>]*>\s*)?<!-- saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html)?.[1];
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
  /** The line the page prints its byline on, found by the first author its metadata names (byline-line.ts). */
  bylineLine?: string;
  /** The texts of the page's byline elements (`BBC News, Tbilisi` beside the name), which are not article text. */
  bylineTexts: string[];
  /**
   * The names linked as the author (`rel="author"`) in the <article> that holds the headline: the byline of a page
   * whose theme prints it in the article's <footer> (WordPress's Twenty Twelve: `… on October 17, 2012 by Name.`),
   * which goes with the page's other footers before Readability could find it.
   */
  authorLinks: string[];
  /** Every <time datetime> of the page with its printed text, read before Readability trims the page. */
  /** `line`: the text of the line the date is printed on, when more than the <time>'s own (time-line.ts). */
  times: { datetime: string; text: string; line?: string }[];
  /**
   * Short texts with a digit that stand alone in an element of their own (`<div class="date">14.05.2024
   * 18:20</div>`): where a page prints its date without a <time>, read before Readability trims it.
   */
  shortTexts: string[];
  /** The texts of the elements the page names as its date (page-named-parts.ts). */
  dateTexts: string[];
  /** The summary printed under the headline, when the page has one (the body's first paragraph then). */
  standfirst?: string;
  /** The place a `Reporting from Tbilisi, Georgia` element of the page names: the dateline as printed. */
  reportingFrom?: string;
  /** The texts of the elements the page names its author (page-named-parts.ts). */
  authorTexts: string[];
  /** The place an element the page names its dateline prints (page-named-parts.ts). */
  namedDateline?: string;
  /** Every figure caption of the page, read before Readability drops the parts it deems hidden. */
  photos: Photo[];
  /** The first figure caption of the <article> that holds the headline, which Readability may leave out of the text. */
  headlinePhoto?: Photo;
  /** How many articles the page lists, when it is a home or section page and not one article (page-listing.ts). */
  listing?: number;
  /** The page's text stops at a subscription box: it holds only the article's start (page-paywall.ts). */
  /** Why the page holds only the start of its article: its text stops at a subscription box, or the part its metadata marks for subscribers is not in it. */
  paywalled?: Paywall;
  /** The text of the first <time> of the <article> that holds the headline: the article's own date as printed. */
  articleTime?: string;
  /** The lines printed between the headline and the text (linesUnderHeadline). */
  headerLines: string[];
  /** The lines with a date printed just above the headline (lines-above-headline.ts). */
  linesAbove: string[];
  /** The few short texts printed just above the headline, dated or not (a section's name). */
  textsAbove: string[];
  /** The script data the page carries (`window.__NUXT__`), which holds the text of a page that shows none (script-data.ts). */
  scriptData?: string;
}

const spaced = (text: string | null | undefined) => (text ?? '').replace(/[ \t\r\n]+/g, ' ').trim();

/** An element's text with a space where one child element ends and the next begins (`<span>May 28, 2024</span><span>9:31 AM</span>`), comments left out. */
function separatedText(node: Node): string {
  return [...node.childNodes]
    .map((child) => (child.nodeType === child.TEXT_NODE ? child.textContent : child.nodeType === child.ELEMENT_NODE ? ` ${separatedText(child)} ` : ''))
    .join('');
}

/**
 * Where pages print who wrote the article, marked by class, test id, component name, rel or itemprop.
 * A marked element that holds a heading or more than BYLINE_LENGTH characters is a wrapper
 * (`<article class="post has-byline">`), not a byline: its text is the article's. Marked elements
 * inside one another are common (BBC: byline-block > byline-new > byline-name).
 */
const BYLINE = '[class*="byline" i], [data-testid*="byline" i], [data-component*="byline" i], [rel="author"], [itemprop="author"]';
const BYLINE_LENGTH = 300;
const isBylineWrapper = (element: Element, text: string) =>
  text.length > BYLINE_LENGTH || element.querySelector('h1, h2, h3') !== null;

/** Blocks that may hold paragraphs of their own: a table cell of an old page's layout, a list item, a quotation. */
const HOLDERS = new Set(['td', 'th', 'li', 'dd', 'blockquote']);
const holdsBlocks = (element: Element) => HOLDERS.has(element.tagName.toLowerCase()) && element.querySelector(BLOCKS) !== null;

/**
 * Block texts in document order; a block inside another block is part of the outer one's text,
 * unless the outer one holds paragraphs (`<td><h1>…</h1><p>…</p></td>`): then they are the blocks.
 * A table of figures is one block, its rows and cells kept (page-tables.ts).
 */
function blocksOf(root: Element): Block[] {
  const blocks: Block[] = [];
  const tables = new Set<Element>();
  for (const element of root.querySelectorAll(`table, ${BLOCKS}`)) {
    const table = element.closest('table');
    if (table && tables.has(table)) continue;
    if (element === table) {
      const text = dataTableParagraph(table);
      if (text) {
        tables.add(table);
        blocks.push({ tag: 'table', text, element });
      }
      continue;
    }
    if (holdsBlocks(element)) continue;
    let outer = element.parentElement?.closest(BLOCKS);
    while (outer && holdsBlocks(outer)) outer = outer.parentElement?.closest(BLOCKS);
    if (outer) continue;
    const text = spaced(element.textContent);
    if (text) blocks.push({ tag: element.tagName.toLowerCase(), text, element });
  }
  return withQuoteAttributions(blocks, root);
}

/**
 * The text a quotation holds beside its paragraphs, after them: an embedded post's attribution (X's
 * `<blockquote class="twitter-tweet"><p>…</p>— Name (@handle) <a>June 11, 2024</a></blockquote>`), without
 * which its words would read as the article's own.
 */
function withQuoteAttributions(blocks: Block[], root: Element): Block[] {
  for (const quote of root.querySelectorAll('blockquote')) {
    if (!holdsBlocks(quote)) continue;
    const copy = quote.cloneNode(true) as Element;
    for (const inner of copy.querySelectorAll(BLOCKS)) inner.remove();
    const text = spaced(copy.textContent);
    const last = blocks.findLastIndex((block) => quote.contains(block.element));
    if (text && last >= 0) blocks.splice(last + 1, 0, { tag: 'blockquote', text, element: quote });
  }
  return blocks;
}

/** The article's photo is among a page's first captions; reading each costs a look through its whole <figure>. */
const PHOTOS_READ = 100;

/** Longer texts are sentences, not a printed date; the page's first ones are where a date is printed. */
const SHORT_TEXT_LENGTH = 60;
const SHORT_TEXTS_READ = 300;

function standaloneShortTexts(document: Document): string[] {
  const texts: string[] = [];
  for (const element of document.querySelectorAll('body *')) {
    // A photo caption's date is the photo's (`Cranes in Poti, 11 June 2024`), not the article's.
    if (element.children.length > 0 || /^(SCRIPT|STYLE|TEMPLATE)$/.test(element.tagName) || element.closest('figure, figcaption')) continue;
    const text = spaced(element.textContent);
    if (text.length <= SHORT_TEXT_LENGTH && /\d/.test(text)) texts.push(text);
    if (texts.length === SHORT_TEXTS_READ) break;
  }
  return texts;
}

/**
 * The first element that prints only `Reporting from PLACE` (beside the byline, outside the page's
 * furniture, so never a related story's): where the article was filed, as the page prints it.
 */
function reportingFromOf(document: Document): { line: string; place: string } | undefined {
  for (const element of document.querySelectorAll('body *')) {
    if (element.children.length > 0 || /^(SCRIPT|STYLE|TEMPLATE)$/.test(element.tagName)) continue;
    const line = spaced(element.textContent);
    const place = reportingFrom(line);
    if (place) return { line, place };
  }
  return undefined;
}

/** The article's headline: the <h1> of its <article> or main part, not a consent dialog's above it. */
const headlineOf = (document: Document) => document.querySelector('article h1, main h1, [role="main"] h1') ?? headlineHeadings(document)[0];

/**
 * The article's part of the page: the <article> or main part that holds its headline, else (a headline in neither) the
 * whole page, whose other <article>s are teasers; on a page without an <h1>, its one <article>, else its main part.
 */
function articlePart(document: Document): Element {
  const body = document.body as unknown as Element;
  const headline = headlineOf(document);
  if (headline) return headline.closest('article, main') ?? body;
  const articles = document.querySelectorAll('article');
  return (articles.length === 1 ? articles[0] : document.querySelector('main, [role="main"]')) ?? body;
}

/** A photo's caption: a <figcaption>, or an element named so beside the picture (Agenda.ge's `<p class="news-single__image-caption">`). */
const isCaption = (element: Element) =>
  element.tagName === 'FIGCAPTION' || (/caption/i.test(element.getAttribute('class') ?? '') && !element.querySelector('img') && spaced(element.textContent) !== '');

/** A paragraph this long opens the article's text; a lead photo comes before it. */
const OPENING_LENGTH = 80;

/**
 * The caption of the article's lead photo: the first <figcaption> of the <article> that holds the
 * headline, else, on a page whose headline is outside its <article>, the first caption between the
 * headline and the text's first paragraph. A page that prints its headline in no <h1> (Der Spiegel's
 * `<h2>` in the article's header): the first <figcaption> of its one <article>.
 */
function leadFigcaption(document: Document, standfirst: string | undefined): Element | undefined {
  const headline = headlineOf(document);
  if (!headline) {
    const articles = document.querySelectorAll('article');
    return articles.length === 1 ? (articles[0]!.querySelector('figcaption') ?? undefined) : undefined;
  }
  const inArticle = headline.closest('article')?.querySelector('figcaption');
  if (inArticle) return inArticle;
  const order = [...document.querySelectorAll('h1, p, figcaption, [class*="caption" i]')];
  for (const element of order.slice(order.indexOf(headline) + 1)) {
    // A caption beside a <figcaption> that holds the credit (CNN) is read with it, from the <figcaption>.
    if (isCaption(element)) return element.tagName === 'FIGCAPTION' ? element : (element.parentElement?.querySelector('figcaption') ?? element);
    // The standfirst under the headline comes before the lead photo (Le Monde's `article__desc`).
    const text = spaced(element.textContent);
    if (element.tagName === 'P' && !element.closest('figure') && text !== standfirst && text.length >= OPENING_LENGTH) return undefined;
  }
  return undefined;
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
 * Page furniture that is never article text: navigation, footers, asides, dialogs (a consent
 * manager's, named by its role alone), and what outlets name so by class or id (furniture-names.ts).
 * Readability drops most of it; removing it first keeps what it misses out of the body too.
 */
const FURNITURE = 'nav, footer, aside, [role="navigation"], [role="contentinfo"], [role="complementary"], [aria-modal="true"], dialog, [role="dialog"], [role="alertdialog"]';

/**
 * The site's header (masthead, menus): a <header> outside the article and its main part, or one
 * marked role=banner, that holds no <h1> but the site's name (a page may print its headline in it). Readability keeps
 * it with a short article's text when it climbs to their common container.
 */
const siteHeaders = (document: Document) =>
  [...document.querySelectorAll('header, [role="banner"]')].filter(
    (header) => (header.matches('[role="banner"]') || !header.parentElement?.closest('article, main, [role="main"]')) && ![...header.querySelectorAll('h1')].some((h1) => !isHomeLinkHeading(h1)),
  );

/** A paragraph this long is the article's text, not a box's blurb. */
const TEXT_PARAGRAPH = 80;

/**
 * Whether an element of the headline's <article> holds most of its long paragraphs (two at least): that is its text,
 * whatever its classes say, as a style's name may read as a part's (Hugo's Ananke theme: `nested-links`, a style for the
 * links in it). The paragraphs are counted once a page, not once an element asked.
 */
function articleTextTest(document: Document): (element: Element) => boolean {
  const article = headlineOf(document)?.closest('article');
  if (!article) return () => false;
  const long = [...article.querySelectorAll('p')].filter((paragraph) => spaced(paragraph.textContent).length >= TEXT_PARAGRAPH);
  return (element) => {
    if (!article.contains(element)) return false;
    const inside = long.filter((paragraph) => element.contains(paragraph)).length;
    return inside >= 2 && inside * 2 > long.length;
  };
}

/** `gated`: the selectors of the parts the page's metadata marks for subscribers, which are the article's text whatever their class (`paywall`). */
function removeFurniture(document: Document, gated: readonly string[]): void {
  const holdsArticleText = articleTextTest(document);
  const marked = [...document.querySelectorAll('body *')].filter((element) => namedAsFurniture(element) && !holdsArticleText(element));
  for (const element of [...document.querySelectorAll(FURNITURE), ...marked, ...siteHeaders(document), ...translationLinks(document)]) {
    // Never the article itself, nor anything that holds it.
    if (element.matches('html, body, main, article, [itemprop="articleBody"]') || element.querySelector('article, [itemprop="articleBody"]')) continue;
    if (matchesGated(element, gated)) continue;
    element.remove();
  }
  for (const box of teaserBoxes(document)) box.remove();
}

/** How outlets name the summary under a headline in class names and data attributes (BLOX: `<h2 class="subhead">`). */
const STANDFIRST_NAME = /standfirst|(?:^|[-_\s])(?:dek|lede|lead|summary|subtitle|subhead|subheadline|subheader|intro|teaser|description)(?:$|[-_\s])/i;

const namesStandfirst = (element: Element) =>
  [...element.attributes].some((attribute) => (attribute.name === 'class' || attribute.name.startsWith('data-')) && STANDFIRST_NAME.test(attribute.value));

/** Text compared without its closing punctuation: a page's description often adds a full stop its standfirst lacks. */
const bare = (text: string) => spaced(text).replace(/[.!?…]+$/, '');

/**
 * The headline of a page that prints it in no <h1> (Der Spiegel's `<h2>` in its article's header, the kicker inside
 * it): the heading of its <article> that prints the title its metadata gives.
 */
function titleHeading(document: Document, title: string | undefined): Element | undefined {
  if (!title) return undefined;
  return [...document.querySelectorAll('article h2, article h3')].find((heading) => spaced(heading.textContent).endsWith(title));
}

/** Tags that lay out blocks: an element holding one is no paragraph of its own. */
const LAYOUT_CHILD = 'p, div, section, header, ul, ol, table, figure, h1, h2, h3, h4, h5, h6';

/**
 * The standfirst: the first paragraph after the headline, when the page names it so
 * (`data-gu-name="standfirst"`, `class="dek"`) or it is the page's own description; else the page's
 * description printed before that paragraph in an element of its own that is no paragraph (Der Spiegel's
 * `<div class="RichText"><strong>…</strong></div>`). It is printed text, yet Readability may leave it
 * out when it sits outside the article body's element.
 */
function standfirstOf(document: Document, title: string | undefined): string | undefined {
  const headline = headlineOf(document) ?? titleHeading(document, title);
  if (!headline) return undefined;
  const description = document.querySelector('meta[name="description"], meta[property="og:description"]')?.getAttribute('content');
  const isDescription = (text: string) => description !== undefined && description !== null && bare(description) === bare(text);
  // A standfirst may be a heading of its own (`<h3 class="…lead…">`, `<h4>`).
  const after = [...document.querySelectorAll('h1, h2, h3, h4, p')];
  const first = after.slice(after.indexOf(headline) + 1).find((element) => !element.closest(`figure, ${BYLINE}`) && spaced(element.textContent));
  const text = spaced(first?.textContent);
  const named = [first, first?.parentElement, first?.parentElement?.parentElement].some((element) => element && namesStandfirst(element));
  if (first && (named || isDescription(text))) return text;
  const elements = [...document.querySelectorAll('body *')];
  const end = first ? elements.indexOf(first) : elements.length;
  const printed = elements
    .slice(elements.indexOf(headline) + 1, end)
    .find((element) => !headline.contains(element) && !element.closest('figure') && element.querySelector(LAYOUT_CHILD) === null && isDescription(spaced(element.textContent)));
  return printed ? spaced(printed.textContent) : undefined;
}

/**
 * An element that prints words of its own between its inline elements is one line (Hugo's Ananke theme: `<p>By
 * <strong>Name</strong></p>`), never its pieces; one whose words are all in its elements is read element by element.
 */
const printsWordsBetween = (element: Element) =>
  element.querySelector(LAYOUT_CHILD) === null && [...element.childNodes].some((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '');

/** A page's header under its headline is a few lines; more is the text or a list. */
const HEADER_LINES = 8;

/**
 * The lines a page prints between its headline and its text, as a copy of it reads (a date, a
 * byline, a caption), from elements of their own whatever their tags: Readability leaves out
 * such lines when they sit in plain <div>s, as archive.today's snapshots write every element,
 * and the clipping reader needs them to read the date and caption printed there.
 */
function linesUnderHeadline(document: Document): string[] {
  const headline = headlineOf(document);
  if (!headline) return [];
  const lines: string[] = [];
  let passed = false;
  let line: Element | undefined;
  for (const element of document.querySelectorAll('body *')) {
    if (!passed) {
      passed = element === headline;
      continue;
    }
    if (line?.contains(element)) continue;
    if (headline.contains(element) || (element.children.length > 0 && !printsWordsBetween(element)) || /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(element.tagName)) continue;
    line = element;
    const text = spaced(element.textContent);
    // A part of the text's opening paragraph (Interfax's `<b>MOSCOW. June 11 (Interfax)</b> - …`) is the text, no line.
    const paragraph = element.closest('p') ?? element;
    if (spaced(paragraph.textContent).length >= OPENING_LENGTH || lines.length === HEADER_LINES) break;
    if (text) lines.push(text);
  }
  return lines;
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
  const clippedFrom = setAsideNoteTags(document);
  const metadata = readPageMetadata(document, pageUrl ?? savedFromUrl(html) ?? clippedFrom);
  removeComments(document);
  removeCaptionControls(document);
  plainTildaPost(document);
  tableFiguresAsTables(document);
  captionTablesAsFigures(document);
  captionBoxesAsFigures(document);
  captionFieldsAsFigures(document);
  paragraphsOfLooseText(document);
  removeLayoutColumns(headlineOf(document));
  // A logo's alt text is how a copied clipping starts ("The messenger logo"); keep it as its first line.
  const mastheads = [...document.querySelectorAll('img[alt]')]
    .map((image) => image.getAttribute('alt')?.trim() ?? '')
    .filter((alt) => /\blogo\b/i.test(alt));
  const times = [...document.querySelectorAll('time[datetime]')]
    .map((time) => ({ datetime: time.getAttribute('datetime')!.trim(), text: spaced(separatedText(time)), line: timeLine(time, (element) => spaced(separatedText(element))) }))
    .filter((time) => time.text);
  const shortTexts = standaloneShortTexts(document);
  // In the article's part of the page: a news feed's times beside it (`<div class="article_time">09:15</div>`) are other stories'.
  const part = articlePart(document);
  const { dateTexts, authorTexts, dateline: namedDateline } = namedParts(part);
  const bylineLine = bylineLineOf(part, metadata.authors);
  const articleTime = spaced(headlineOf(document)?.closest('article')?.querySelector('time')?.textContent) || undefined;
  const bylineTexts = [...document.querySelectorAll(BYLINE)].flatMap((element) => {
    const text = spaced(element.textContent);
    return text === '' || isBylineWrapper(element, text) ? [] : [text];
  });
  const authorLinks = [...(headlineOf(document)?.closest('article')?.querySelectorAll('[rel~="author" i]') ?? [])].map((link) => spaced(link.textContent)).filter(Boolean);
  const photos = [...document.querySelectorAll('figcaption')].slice(0, PHOTOS_READ).map(photoOf).filter((photo) => photo !== undefined);
  // Read now: Readability rewrites the document, and may take away a caption printed beside the <figcaption>.
  const standfirst = standfirstOf(document, metadata.title);
  const headlineFigcaption = leadFigcaption(document, standfirst);
  const headlinePhoto = headlineFigcaption ? photoOf(headlineFigcaption) : undefined;
  const headerLines = linesUnderHeadline(document);
  const headline = headlineOf(document);
  // Read before Readability, which takes the <title> away and rewrites the headline.
  const documentTitle = spaced(document.title);
  const printedTitle = printedHeadline(document);
  // Read before the furniture goes: the gated part may be inside what is removed as furniture.
  const withoutGatedPart = gatedPartMissing(document, metadata);
  const paywall = markPaywall(document, metadata);
  // First: the furniture names the email field of a box it does not name (`id="newsletter-email"`), and would leave the rest.
  removeSignupBoxes(document);
  // After the sign-up boxes, one of which may stand between the date and the headline; before the furniture, which bounds the walk.
  const above = headline ? textsAbove(document, headline) : [];
  const linesAbove = datedLinesAbove(above);
  removeFurniture(document, metadata.gatedSelectors);
  const cut: Paywall | undefined = cutByPaywall(document, paywall) ? 'box' : withoutGatedPart ? 'gated part missing' : undefined;
  // Counted before Readability, which rewrites the document; after the furniture, whose related-story teasers are no listing.
  const listing = articlesListed(document, metadata);
  const filedFrom = reportingFromOf(document);
  const nextData = nextDataOf(document);
  const scriptData = scriptDataOf(document);
  const articleText = articleParagraphs(document, spaced);
  const paragraphs = articleText.map(({ text }) => text);
  // Read before Readability rewrites the page, in case it keeps one run of the blocks.
  const wholeText = splitTextBlocks(articleText.map(({ element }) => element));
  const article = readArticle(document);
  let content = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document : undefined;
  let blocks = content ? blocksOf(content.body as unknown as Element) : [];
  // A page that shows no paragraph of text (a Next.js page before its scripts run) may carry the article in its data.
  const embedded = blocks.some((block) => block.text.length >= OPENING_LENGTH) ? undefined : embeddedArticle(nextData, metadata.title, metadata.articleBody);
  if (embedded) {
    content = parseHTML(`<!doctype html><html><body>${embedded.html}</body></html>`).document;
    blocks = blocksOf(content.body as unknown as Element);
    metadata.notes.push(`the page's markup holds no text of the article; it was read from ${embedded.where}`);
  }
  // Readability kept one run of a text split into blocks (split-text-blocks.ts): it reads them again, joined as one.
  if (!embedded && wholeText && leftOut(paragraphs, blocks.map((block) => block.text)).length > 0) {
    const joined = readArticle(parseDocument(`<!doctype html><html><body><article>${wholeText.innerHTML}</article></body></html>`));
    content = joined?.content ? parseHTML(`<!doctype html><html><body>${joined.content}</body></html>`).document : content;
    blocks = content ? blocksOf(content.body as unknown as Element) : blocks;
  }
  // A standfirst Readability left out goes first, where the page printed it (never onto a page with no article).
  if (standfirst && blocks.length > 0 && !blocks.some((block) => block.text === standfirst)) {
    const element = content!.createElement('p');
    element.textContent = standfirst;
    blocks.unshift({ tag: 'p', text: standfirst, element: element as unknown as Element });
  }
  if (!embedded && blocks.length > 0) refuseLeftOut(paragraphs, blocks.map((block) => block.text));
  return {
    metadata,
    blocks,
    // A page without an <h1> may print its headline as its text's first line, which its <title> holds beside the site's name.
    // The headline the page prints, not its <title>'s or og:title's wording for search engines (the BBC's in 2014).
    title: (headline ? printedTitle : headlineInTitle(documentTitle, blocks[0]?.text)) ?? (spaced(article?.title) || undefined),
    // Readability's byline is its element's text, glued to a `Reporting from` line inside it: that line is the dateline.
    byline: spaced(filedFrom ? article?.byline?.replace(filedFrom.line, ' ') : article?.byline) || undefined,
    mastheads,
    bylineLine,
    bylineTexts,
    authorLinks,
    times,
    shortTexts,
    dateTexts,
    standfirst,
    reportingFrom: filedFrom?.place,
    namedDateline,
    authorTexts,
    photos,
    headlinePhoto,
    listing,
    // A box with the text going on after it, or above the text, cuts nothing it shows; the words the page declares may still be missing.
    paywalled: cut ?? (paywall !== undefined && shorterThanDeclared(blocks, metadata.wordCount) ? 'text shorter than declared' : undefined),
    articleTime,
    headerLines,
    linesAbove,
    textsAbove: above,
    ...(scriptData === undefined ? {} : { scriptData }),
  };
}

/** `scriptData`: the script data of a page that shows no text, where its text is (script-data.ts). */
export function refuseNoArticle(scriptData?: string): never {
  if (scriptData !== undefined) {
    throw new ImportError(
      `no article text found in this HTML page: it carries its scripts' data (${scriptData}), so it was saved before they showed the article, and the importer does not run them`,
      'save the page as the browser shows it once loaded (Chrome\'s "Webpage, Complete", or the SingleFile extension), or copy the article into a .txt clipping',
    );
  }
  throw new ImportError('no article text found in this HTML page', 'save the article page itself, or copy the article into a .txt clipping');
}

/**
 * The page as a copied clipping would read: masthead, title, byline, then every block. The byline
 * Readability found ("Par Marie Dupont et Jean Martin") is written "By Marie Dupont and Jean
 * Martin", where it stood or below the title, so any layout's byline rule reads names only.
 */
/**
 * The lead photo's caption printed without a credit (the BBC's until 2015): a copied clipping cannot tell such a
 * line from the text, but the page's markup tells it is the photo's, so it is read as the photo, not as text.
 */
export function uncreditedLeadPhoto(page: ParsedPage): Photo | undefined {
  const photo = page.headlinePhoto;
  return photo?.caption && photo.credit === undefined && page.blocks.some((block) => block.tag === 'figcaption' && block.text === photo.caption) ? photo : undefined;
}

export function pageToClippingText(page: ParsedPage): string {
  const leadCaption = uncreditedLeadPhoto(page)?.caption;
  let blocks = page.blocks.filter((block) => !(block.tag === 'figcaption' && block.text === leadCaption)).map((block) => block.text);
  if (blocks.length === 0) refuseNoArticle(page.scriptData);
  // The blocks Readability kept from above the headline (a clipper's note keeps the section and the date there) stay above the title.
  const kept = blocks.findIndex((text) => !page.textsAbove.includes(text));
  const aboveTitle = page.title && blocks[0] !== page.title ? blocks.slice(0, kept === -1 ? 0 : kept) : [];
  blocks = blocks.slice(aboveTitle.length);
  // Readability's byline, else the names the page's metadata gives (`<meta name="author">`, a reader view's credits).
  const names = page.byline ? bylineNames([page.byline]) : bylineNames(page.metadata.authors);
  const byline = names.length > 0 ? `By ${names.join(' and ')}` : undefined;
  // A date printed above the headline stays above the title, where a copied clipping has it.
  const lines = [...page.mastheads, ...page.textsAbove.filter((line) => aboveTitle.includes(line) || (page.linesAbove.includes(line) && !blocks.includes(line)))];
  if (page.title && blocks[0] !== page.title) lines.push(page.title);
  // The header lines Readability left out (a date or caption in a plain <div>), where the page printed them; the byline
  // among them stays in its place (The Messenger: the title, the byline, then the date, as its own layout reads them).
  const opening = new Set(blocks.slice(0, HEADER_LINES));
  const header = page.headerLines.filter((line) => !opening.has(line) && line !== page.title && line !== leadCaption);
  const bylineInHeader = byline !== undefined && page.byline !== undefined && header.includes(page.byline);
  lines.push(...header.flatMap((line) => (line !== page.byline ? [line] : bylineInHeader ? [byline] : [])));
  if (byline && page.byline && blocks.includes(page.byline)) blocks = blocks.map((text) => (text === page.byline ? byline : text));
  else if (byline && !bylineInHeader) lines.push(byline);
  lines.push(...blocks);
  return lines.join('\n\n');
}
