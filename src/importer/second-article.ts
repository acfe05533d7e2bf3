import { ImportError } from './errors.ts';
import { opensWithBylineWord, readByline } from './byline-lines.ts';

/**
 * A page that prints several articles one under the other (The Messenger's print-era pages: an issue's stories on one
 * page), copied past the first: a headline over a labelled byline (`By Messenger Staff`) below the text opens another
 * article, whose words and byline are not this one's. Refused, naming its line, rather than filed as one article's text.
 * Sub-headings without a byline (a "News in Brief") are one article's, and a byline under the text's last line is its own.
 */
export function refuseSecondArticle(body: readonly { index: number; text: string }[], mayBeHeadline: (text: string) => boolean): void {
  const at = body.findIndex(
    (item, i) => i >= 2 && i < body.length - 1 && !mayBeHeadline(body[i - 2]!.text) && mayBeHeadline(body[i - 1]!.text) && opensWithBylineWord(item.text) && readByline(item.text) !== undefined,
  );
  if (at === -1) return;
  const [headline, byline] = [body[at - 1]!, body[at]!];
  throw new ImportError(
    `the clipping holds a second article from line ${headline.index + 1} ("${headline.text}", then "${byline.text}"): a headline and a byline below the text open another story, as a page of several articles prints them`,
    'no option splits a clipping: copy each article from the page into a clipping of its own, and import each',
    headline.index + 1,
  );
}
