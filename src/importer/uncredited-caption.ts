import { isParagraph, type Item, wordCount } from './layout-item.ts';

/** A caption names who or what the photo shows and where: longer than a kicker or a place's line. */
const CAPTION_WORDS = 6;
/** A sentence's end inside the line: a caption without credit is one phrase, a standfirst there may be two sentences. */
const SENTENCE_INSIDE = /[\p{L}\d)»”"'’][.!?]\s+\p{Lu}/u;

/**
 * The photo's caption printed with no credit, right under the header's date, over the text (Graphic Online: the title,
 * `Emmanuel Bonney`, `Dec - 05 - 2026 , 14:17`, then `The Chief Executive of COCOBOD, Dr Kwame Asante, announcing the new
 * price in Accra`): one phrase that ends no sentence between the date and the text's first paragraph, under a byline, where
 * no caption or credit is read. A standfirst may stand there too (Proto Thema's, over its caption with a credit, which this
 * never reads; il Fatto Quotidiano's, two sentences, the last without its full stop), so the caller notes the line as
 * read; a paper that prints its photos without caption says so in its profile (`standfirstOverPhoto`), and the line is
 * then the text's. Returns the line's index, or undefined.
 */
export function uncreditedCaptionUnderDate(items: readonly Item[], end: number, standfirstOverPhoto: boolean): number | undefined {
  const [date, line, text] = [items[end - 1], items[end], items[end + 1]];
  if (standfirstOverPhoto || !date?.facts?.date || !line || line.facts || !text || text.facts || !isParagraph(text.text)) return undefined;
  if (isParagraph(line.text) || wordCount(line.text) < CAPTION_WORDS || SENTENCE_INSIDE.test(line.text)) return undefined;
  const header = items.slice(0, end);
  const photoRead = header.some((item) => item.facts?.caption !== undefined || item.facts?.credit !== undefined);
  // The byline under the title may be read as such only later (bylineUnderHeadline marks it).
  return !photoRead && header.some((item) => item.facts?.authors ?? item.byline?.authors) ? end : undefined;
}
