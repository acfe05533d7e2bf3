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
    else if (piece !== '') {
      const text = piece.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
      segments.push(...(marked ? markWordOnly(text) : [{ text, marked }]));
    }
  }
  return segments;
}

/**
 * Pagefind marks whole space-separated tokens, `“Tsikhelashvili,”` with its quotes and comma;
 * only the word itself is marked, the punctuation around it stays plain text.
 */
function markWordOnly(token: string): ExcerptSegment[] {
  const [, before = '', word = '', after = ''] = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(token) ?? [];
  if (word === '') return [{ text: token, marked: false }];
  return [
    ...(before ? [{ text: before, marked: false }] : []),
    { text: word, marked: true },
    ...(after ? [{ text: after, marked: false }] : []),
  ];
}
