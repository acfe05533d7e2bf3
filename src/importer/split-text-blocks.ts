/**
 * The article's text read whole from a page that splits it into sibling blocks (Der Spiegel's `<div
 * data-area="text_block">`s, with a related box and an advertisement between them), when Readability kept only one run
 * of them (page-left-out.ts). The blocks are the children of the element that holds all of the article's sentence
 * paragraphs that hold one of them, and their like (the same tag and attributes) between them: a shorter paragraph
 * of the text stands in a block of the same kind, while the boxes between the blocks are of other kinds. A photo, a
 * sub-heading, a list or a quotation among them is the text's too.
 */

/** What makes blocks alike: the tag and the attributes but an id, which each block may have of its own. */
const kindOf = (element: Element) =>
  [element.tagName, ...[...element.attributes].filter((attribute) => attribute.name !== 'id').map((attribute) => `${attribute.name}=${attribute.value}`).sort()].join(' ');

/** The child of `parent` that holds `element`, or undefined when `parent` does not hold it. */
function childHolding(parent: Element, element: Element): Element | undefined {
  let node: Element | null = element;
  while (node && node.parentElement !== parent) node = node.parentElement;
  return node ?? undefined;
}

const TEXT_ELEMENT = 'p, figure, h2, h3, h4, h5, h6, blockquote, ul, ol';

/**
 * The blocks' content in one element, for Readability to read again: copies, taken before Readability rewrites the
 * page; undefined for fewer than two paragraphs.
 */
export function splitTextBlocks(paragraphs: readonly Element[]): Element | undefined {
  if (paragraphs.length < 2) return undefined;
  // The nearest element that holds every paragraph.
  let parent: Element | null = paragraphs[0]!.parentElement;
  while (parent && !paragraphs.every((paragraph) => parent!.contains(paragraph))) parent = parent.parentElement;
  if (!parent) return undefined;
  const holding = new Set(paragraphs.map((paragraph) => childHolding(parent, paragraph)!));
  const kinds = new Set([...holding].map(kindOf));
  const children = [...parent.children];
  const first = children.findIndex((child) => holding.has(child));
  const last = children.findLastIndex((child) => holding.has(child));
  const text = parent.ownerDocument.createElement('div');
  // Each block's content, without the block around it: Readability scores sibling blocks apart, and would keep one run again.
  for (const child of children.slice(first, last + 1)) {
    if (child.matches(TEXT_ELEMENT)) text.append(child.cloneNode(true));
    else if (kinds.has(kindOf(child))) text.append(...[...child.childNodes].map((node) => node.cloneNode(true)));
  }
  return text;
}
