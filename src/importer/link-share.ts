import { isChrome } from './chrome-lines.ts';
import { ImportError } from './errors.ts';
import { isAddressAlone } from './page-address-line.ts';

/**
 * A share from a news app or a phone (Apple News: the title, its `apple.news` link, `Shared from Apple News`, `Sent from
 * my iPhone`): a link to the article, not the article. What is missing is its text, which no option supplies, so that is
 * what the refusal names first, before the paper or the date that the text would print.
 */
export function refuseLinkOnlyShare(text: string): void {
  const lines = text.split('\n').map((line) => line.trim());
  const link = lines.findIndex(isAddressAlone);
  if (link < 0) return;
  // Every line but the link, the title over it and the app's or the phone's own lines.
  const written = lines.flatMap((line, index) => (line === '' || index === link || isChrome(line) ? [] : [index]));
  if (written.length > 1) return;
  const title = written[0] === undefined ? '' : ` and a title ("${lines[written[0]]}", line ${written[0] + 1})`;
  throw new ImportError(
    `the clipping holds no text of the article: only a link to it (line ${link + 1})${title}, as an app's share sends it`,
    `open the link and copy the article's page from its headline to its end (or save the page as .html), and import that copy`,
    link + 1,
  );
}
