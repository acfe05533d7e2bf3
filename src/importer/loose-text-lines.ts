/**
 * Old table layouts (a 2009 page, as the Wayback Machine keeps it) print the article as loose text
 * in a `<td>` or `<div>`, its lines ended by `<br>`, with no `<p>`: the headline, the date, the
 * byline and the first paragraph each end in one `<br>`, the later paragraphs in two. Readability
 * makes paragraphs only of what two `<br>`s enclose, so it left out everything before the first
 * pair (the date, the byline and the first paragraph) without a word. Each line such a container
 * prints becomes a `<p>` of its own before the page is read, as a copy of the page would give it.
 */

/** A line this long is a sentence of the text, never a label: what tells text printed loose from a menu's `<br>`s. */
const PARAGRAPH_LENGTH = 80;

/** Elements that start a line of their own: they end a run of loose text as a `<br>` does. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CENTER', 'DIV', 'DL', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'UL', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE',
]);

const isBreak = (node: Node) => node.nodeType === node.ELEMENT_NODE && (node as Element).tagName === 'BR';
const endsRun = (node: Node) => isBreak(node) || (node.nodeType === node.ELEMENT_NODE && BLOCK_TAGS.has((node as Element).tagName));
const isLooseParagraph = (node: Node) =>
  node.nodeType === node.TEXT_NODE && (node.textContent ?? '').replace(/\s+/g, ' ').trim().length >= PARAGRAPH_LENGTH;

/** The runs of `container`'s children between its `<br>`s and blocks: the lines it prints. */
function linesOf(container: Element): Node[][] {
  const lines: Node[][] = [[]];
  for (const child of container.childNodes) {
    if (endsRun(child)) lines.push([]);
    else lines.at(-1)!.push(child);
  }
  return lines.filter((line) => line.some((node) => (node.textContent ?? '').trim() !== ''));
}

/** Makes each line `container` prints (its runs of text between `<br>`s and blocks) a `<p>` of its own, dropping the `<br>`s. */
export function paragraphsOfLines(container: Element): void {
  for (const line of linesOf(container)) {
    const paragraph = container.ownerDocument.createElement('p');
    line[0]!.parentNode!.insertBefore(paragraph, line[0]!);
    for (const node of line) paragraph.appendChild(node);
  }
  for (const child of [...container.childNodes]) if (isBreak(child)) child.remove();
}

/** The lines of every container that prints a paragraph as loose text beside `<br>`s, each a `<p>` of its own. */
export function paragraphsOfLooseText(document: Document): void {
  const containers = [...document.querySelectorAll('td, th, div')].filter(
    (element) => [...element.childNodes].some(isLooseParagraph) && [...element.childNodes].some(isBreak),
  );
  for (const container of containers) paragraphsOfLines(container);
}
