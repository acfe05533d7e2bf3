import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ImportError } from './errors.ts';

/**
 * A saved article page becomes clipping text: Readability finds the article, and its blocks become
 * lines, so the same source profiles and date rules apply as to a copied clipping. Mastheads that
 * a page carries outside the article (a logo's alt text, the site name) are put on top, where a
 * clipping would have them.
 */

export function looksLikeHtml(file: string, text: string): boolean {
  return /\.x?html?$/i.test(file) || /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, figcaption, pre, dt, dd, td, th';

/** Block texts in document order; a block inside another block is part of the outer one's text. */
function blockTexts(root: Element): string[] {
  const texts: string[] = [];
  for (const element of root.querySelectorAll(BLOCKS)) {
    if (element.parentElement?.closest(BLOCKS)) continue;
    const text = (element.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim();
    if (text) texts.push(text);
  }
  return texts;
}

export function htmlToClippingText(html: string): string {
  const { document } = parseHTML(html);
  const mastheads = [
    ...[...document.querySelectorAll('img[alt]')].map((image) => image.getAttribute('alt') ?? ''),
    document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? '',
  ].filter((text) => /logo|masthead/i.test(text));
  const article = new Readability(document as unknown as Document, { charThreshold: 0 }).parse();
  if (!article?.content) {
    throw new ImportError('no article text found in this HTML page', 'save the article page itself, or copy the article into a .txt clipping');
  }
  const { document: articleDocument } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const blocks = blockTexts(articleDocument.body as unknown as Element);
  const title = (article.title ?? '').trim();
  const lines = [...mastheads];
  if (title && blocks[0] !== title) lines.push(title);
  const byline = article.byline?.trim();
  if (byline && !blocks.includes(byline)) lines.push(/^by\s/i.test(byline) ? byline : `By ${byline}`);
  lines.push(...blocks);
  return lines.join('\n\n');
}
