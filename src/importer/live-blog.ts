import { ImportError } from './errors.ts';
import { type Item } from './layout-item.ts';
import { phrasesOf } from './printed-phrases.ts';

/** A time stamp on a line of its own, `18.20 BST`, `17:55`, `18:42 (МСК)`, labelled too (the BBC: `Posted at 06:42 GMT`): a live blog's post begins so. */
const TIME_STAMP = new RegExp(String.raw`^(?:${phrasesOf('publishedLabel')}\s+(?:${phrasesOf('timeWord')}\s+)?)?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+(?:\p{Lu}{2,5}|\(\p{Lu}{2,5}\)|GMT[+-]\d{1,2}))?$`, 'iu');

/**
 * A live blog (posts under time stamps, newest first) is refused: the date at its top is its latest
 * update, not when it was first published, and its posts are many articles, not one.
 */
export function refuseLiveBlog(body: readonly Item[]): void {
  const stamps = body.filter((item) => TIME_STAMP.test(item.text));
  if (stamps.length < 2) return;
  throw new ImportError(
    `the clipping is a live blog (posts under the time stamps "${stamps[0]!.text}" and "${stamps[1]!.text}", lines ${stamps[0]!.index + 1} and ${stamps[1]!.index + 1}): the date at its top is its latest update, not when it was first published, and its posts are not one article`,
    'no option imports a live blog as one article; it is refused rather than filed under its last update. Import a post that has a page of its own from that page',
    stamps[0]!.index + 1,
  );
}
