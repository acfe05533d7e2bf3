import { ImportError } from './errors.ts';

/**
 * Limits on the HTML the importer parses, checked by one linear scan of the markup before any
 * parser sees it. Readability's time grows with the element count and with the sum of every
 * element's depth, which grows with the square of the nesting (400 nested <div>s cost a second,
 * 1,000 cost nine, 3,000 overflowed the call stack). Bounding depth, element count and that sum
 * bounds the time a page can cost: a few seconds for the worst page within them (BENCHMARKS.md).
 * Real news pages nest 20 to 60 deep and hold a few thousand elements.
 */

export const MAX_HTML_BYTES = 5 * 1024 * 1024;
export const MAX_HTML_DEPTH = 128;
export const MAX_HTML_ELEMENTS = 20_000;
/** The sum over all elements of their depth: 20,000 elements 30 deep on average. */
export const MAX_HTML_NESTING_VOLUME = 600_000;

/** Elements that never have content, so never deepen the tree. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end tag may be left out: a second <p> or <li> closes the first, as a parser would. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);
/** Block elements whose start tag closes an open <p>, as a parser does. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'li', 'main', 'menu', 'nav', 'ol', 'pre', 'section', 'table', 'ul',
]);
/** Elements whose content is text up to their end tag, never markup. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(\/?)>|<!--/g;

function refuse(what: string): never {
  throw new ImportError(`the HTML page is too complex to read safely (${what})`, 'save the article page itself, or copy the article into a .txt clipping');
}

/** Throws an ImportError unless the page is within the size, depth and element-count limits. */
export function assertHtmlWithinBounds(html: string): void {
  if (html.length > MAX_HTML_BYTES) refuse(`${(html.length / 1024 / 1024).toFixed(1)} MB of markup; the limit is ${MAX_HTML_BYTES / 1024 / 1024} MB`);
  const open: string[] = [];
  const counts = new Map<string, number>();
  let elements = 0;
  let volume = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (match[0] === '<!--') {
      const end = html.indexOf('-->', TAG.lastIndex);
      if (end < 0) return;
      TAG.lastIndex = end + 3;
      continue;
    }
    const [, closing, rawName, selfClosing] = match;
    const name = rawName!.toLowerCase();
    if (closing) {
      // An end tag closes everything opened after its element, as in a parser; a stray one is ignored.
      if (!counts.get(name)) continue;
      for (let top = open.pop(); top !== undefined; top = open.pop()) {
        counts.set(top, counts.get(top)! - 1);
        if (top === name) break;
      }
      continue;
    }
    elements += 1;
    if (elements > MAX_HTML_ELEMENTS) refuse(`more than ${MAX_HTML_ELEMENTS.toLocaleString('en')} elements`);
    if (RAW_TEXT.has(name)) {
      const endTag = new RegExp(`</${name}`, 'gi');
      endTag.lastIndex = TAG.lastIndex;
      const end = endTag.exec(html);
      if (!end) return;
      TAG.lastIndex = end.index;
      continue;
    }
    if (VOID.has(name) || selfClosing) continue;
    if (open.at(-1) === 'p' && CLOSES_P.has(name)) counts.set(open.pop()!, counts.get('p')! - 1);
    if (SELF_CLOSING_SIBLINGS.has(name) && open.at(-1) === name) continue;
    open.push(name);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (open.length > MAX_HTML_DEPTH) refuse(`elements nested more than ${MAX_HTML_DEPTH} deep`);
    volume += open.length;
    if (volume > MAX_HTML_NESTING_VOLUME) refuse(`${elements.toLocaleString('en')} elements nested so deep that reading them would take minutes`);
  }
}
