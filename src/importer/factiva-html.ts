import { DomUtils, parseDocument } from 'htmlparser2';

type Node = ReturnType<typeof parseDocument>['children'][number];
type Element = ReturnType<typeof DomUtils.findAll>[number];
const { isTag } = DomUtils;

/**
 * A Factiva results page saved as HTML (Save > HTML, or the browser's "Save Page As"): each
 * document a `<div class="article …">`, its fields in rows of a table (the code in the first cell,
 * the value in the second) in the indexing display, or one `<div>`/`<p class="articleParagraph">`
 * a line in the plain one. Each document is turned into the text Factiva's page shows for it, so
 * the text reader (factiva-export.ts) reads both; its original is its element's markup.
 */

const BLOCKS = new Set(['p', 'div', 'table', 'tbody', 'thead', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'ul', 'ol', 'section', 'article']);
const SKIPPED = new Set(['script', 'style', 'noscript', 'head']);

/** The text a node shows: blocks on lines of their own, a table row's cells joined by tabs, as a copy from the browser gives it. */
function shownText(node: Node): string {
  if (node.type === 'text') return node.data.replace(/[ \t\r\n]+/g, ' ');
  if (!isTag(node)) return '';
  if (SKIPPED.has(node.name)) return '';
  if (node.name === 'br') return '\n';
  if (node.name === 'tr') {
    const cells = node.children.filter((child): child is Element => isTag(child) && (child.name === 'td' || child.name === 'th'));
    return `\n${cells.map((cell) => shownText(cell).replace(/^\s+|\s+$/g, '').replace(/ *\n */g, '\n')).join('\t')}\n`;
  }
  const inner = node.children.map(shownText).join('');
  return BLOCKS.has(node.name) ? `\n${inner}\n` : inner;
}

const hasClass = (element: Element, name: string) => (element.attribs.class ?? '').split(/\s+/).includes(name);

export function looksLikeFactivaHtml(html: string): boolean {
  return /<div[^>]+class="[^"]*\barticle\b[^"]*"/i.test(html) && /Document\s+[A-Z0-9]{8}\d{8}[a-z0-9]{9}/i.test(html);
}

/** Each document of the page: its text as the page shows it, where its element begins (1-based line) and its markup. */
export function factivaHtmlDocuments(html: string): { text: string; line: number; markup: string }[] {
  const document = parseDocument(html, { withStartIndices: true, withEndIndices: true });
  const articles = DomUtils.findAll((element) => element.name === 'div' && hasClass(element, 'article'), document.children);
  let line = 1;
  let counted = 0;
  return articles.map((article) => {
    const start = article.startIndex ?? 0;
    // Counted on from the last document's start: the documents come in the page's order.
    for (let at = html.indexOf('\n', counted); at !== -1 && at < start; at = html.indexOf('\n', at + 1)) line += 1;
    counted = start;
    const text = shownText(article)
      .split('\n')
      .map((shown) => shown.replace(/^ +| +$/g, ''))
      .join('\n');
    return { text, line, markup: html.slice(start, (article.endIndex ?? html.length - 1) + 1) };
  });
}
