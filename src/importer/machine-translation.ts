import { ImportError } from './errors.ts';
import { phrasesOf } from './printed-phrases.ts';

/**
 * A page copied as a machine translator showed it in another language: its bar over the text (Google Translate's
 * `Translated from Georgian`), or its proxy's address (`www-interpressnews-ge.translate.goog`). The title and text are
 * the machine's, not what the paper printed, and the printed words are nowhere in the copy, so no option can supply
 * them: the archive keeps articles as printed, and such a copy is refused, naming the line.
 */
const BAR = new RegExp(String.raw`^${phrasesOf('translatorBar')}$`, 'iu');
/** The translator's proxy serves the page from the paper's host, its dots made dashes, under `translate.goog`. */
const PROXY_HOST = /(?:^|[\s/])[a-z0-9-]+\.translate\.goog(?:[/?:\s]|$)/iu;
/** The bar is over the page: the copy's first lines. */
const BAR_LINES = 12;

export function refuseMachineTranslation(text: string): void {
  const lines = text.split('\n');
  const at = lines.findIndex((line, index) => (index < BAR_LINES && BAR.test(line.trim())) || PROXY_HOST.test(line));
  if (at < 0) return;
  throw new ImportError(
    `"${lines[at]!.trim()}" is a machine translator's: the text under it is the translator's rendering of the page, not the article as the paper printed it, and the printed words are not in the copy`,
    'copy the page as the paper printed it (the translator\'s "Show original", or the paper\'s own address), or save that page, and import that',
    at + 1,
  );
}
