import { ImportError } from './errors.ts';

/**
 * Limits on the HTML the importer parses, checked by one linear scan of the markup before any
 * parser sees it. Readability's cost grows with the square of nesting depth (400 nested <div>s
 * cost a second, 1,000 cost nine, 3,000 overflowed the call stack), and with the element count,
 * so both are bounded here; together with the size limit they bound the time a page can cost.
 * Real news pages nest 20 to 60 deep and hold a few thousand elements.
 */

export const MAX_HTML_BYTES = 5 * 1024 * 1024;
export const MAX_HTML_DEPTH = 256;
export const MAX_HTML_ELEMENTS = 50_000;

/** Elements that never have content, so never deepen the tree. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose end tag may be left out: a second <p> or <li> closes the first, as a parser would. */
const SELF_CLOSING_SIBLINGS = new Set(['p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option']);
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
    if (SELF_CLOSING_SIBLINGS.has(name) && open.at(-1) === name) continue;
    open.push(name);
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (open.length > MAX_HTML_DEPTH) refuse(`elements nested more than ${MAX_HTML_DEPTH} deep`);
  }
}
