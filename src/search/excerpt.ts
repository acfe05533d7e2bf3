/**
 * A Pagefind excerpt is the page's plain text with `<` and `>` (and nothing else) escaped, and
 * `<mark>` around matched words. It is never parsed as HTML: it is cut at the mark tags, the two
 * escapes are undone, and every piece becomes a text node, so an article quoting
 * `<img src=x onerror=...>` shows those characters and runs nothing.
 */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

export function excerptSegments(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') segments.push({ text: piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>'), marked });
  }
  return segments;
}
