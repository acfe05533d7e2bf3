/**
 * Pagefind excerpts are the page's plain text with `<mark>` around matched words, and that text is
 * NOT escaped: an article quoting `<img src=x onerror=...>` comes back as those very characters.
 * So an excerpt is never parsed as HTML; it is cut at the mark tags and every piece becomes text.
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
    else if (piece !== '') segments.push({ text: piece, marked });
  }
  return segments;
}
