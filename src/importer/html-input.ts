import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { ImportError } from './errors.ts';

/**
 * A saved article page becomes clipping text: Readability finds the article, and its blocks become
 * lines, so the same source profiles and date rules apply as to a copied clipping. A logo's alt
 * text, which a page carries outside the article, is put on top, where a copied clipping has it.
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

/** linkedom builds no <html> element for some fragments (an unclosed <script>); Readability needs one. */
function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement) return document as unknown as Document;
  const shell = parseHTML('<!doctype html><html><head></head><body></body></html>').document;
  shell.body.innerHTML = html;
  return shell as unknown as Document;
}

/** Readability's view of the page; a page it cannot take apart is a refusal, not a crash. */
function readArticle(document: Document): ReturnType<Readability['parse']> {
  try {
    return new Readability(document, { charThreshold: 0 }).parse();
  } catch (error) {
    throw new ImportError(`the HTML page cannot be read as an article (${(error as Error).message})`, 'save the complete article page again, or copy the article into a .txt clipping');
  }
}

export function htmlToClippingText(html: string): string {
  const document = parseDocument(html);
  // A logo's alt text is how a copied clipping starts ("The messenger logo"); keep it as its first line.
  const mastheads = [...document.querySelectorAll('img[alt]')]
    .map((image) => image.getAttribute('alt')?.trim() ?? '')
    .filter((alt) => /\blogo\b/i.test(alt));
  const article = readArticle(document);
  const content = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document : undefined;
  const blocks = content ? blockTexts(content.body as unknown as Element) : [];
  if (blocks.length === 0) {
    throw new ImportError('no article text found in this HTML page', 'save the article page itself, or copy the article into a .txt clipping');
  }
  const title = (article?.title ?? '').trim();
  const lines = [...mastheads];
  if (title && blocks[0] !== title) lines.push(title);
  const byline = article?.byline?.trim();
  if (byline && !blocks.includes(byline)) lines.push(/^by\s/i.test(byline) ? byline : `By ${byline}`);
  lines.push(...blocks);
  return lines.join('\n\n');
}
