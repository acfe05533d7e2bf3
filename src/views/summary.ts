/**
 * The first sentence of an article, for lists, feeds and meta descriptions. Taken from the
 * Markdown body the importer wrote, which is plain paragraphs: only backslash escapes and the
 * rare emphasis marker need removing.
 */
export function firstSentence(markdownBody: string, maxLength = 300): string {
  const paragraph = markdownBody.trim().split(/\n\s*\n/, 1)[0] ?? '';
  const text = paragraph
    // Emphasis markers first (unescaped ones only), then the escapes, so `\*` stays a star.
    .replace(/(^|\s)(?<!\\)[*_]+|(?<!\\)[*_]+(?=\s|$|[.,;:!?])/g, '$1')
    // CommonMark lets a backslash escape any ASCII punctuation character.
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  // A sentence ends at . ! or ? (perhaps followed by a closing quote) before a space and a capital;
  // a period after a lone capital is an initial ("S. Ossetia", "V. Putin"), not an end.
  const end = /(?<!\b[A-Z])[.!?]["”’)]*(?=\s+["“‘(]?[A-Z])/.exec(text);
  const sentence = end ? text.slice(0, end.index + end[0].length) : text;
  return sentence.length > maxLength ? `${sentence.slice(0, maxLength - 1).replace(/\s+\S*$/, '')}…` : sentence;
}
