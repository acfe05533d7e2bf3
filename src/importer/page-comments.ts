/**
 * A page's comments, which print nothing, taken out of its document before it is read. React
 * renders adjacent text nodes with `<!-- -->` between them (`TBILISI, <!-- -->June 11`), and
 * Readability, making paragraphs of a <div>'s text, ends one at any node that is not phrasing
 * content: a comment cut the paragraph, and the dateline with it, in two.
 */
export function removeComments(root: Node): void {
  for (const child of [...root.childNodes]) {
    if (child.nodeType === child.COMMENT_NODE) child.remove();
    else if (child.hasChildNodes()) removeComments(child);
  }
}
