import { ImportError } from './errors.ts';

/**
 * Telegram Desktop heads each message it copies with the channel's name and the moment of posting: `Civil Georgia,
 * [28.05.2024 18:42]` (the date in the app's locale's numeric form).
 */
const DESKTOP_HEADER = /^\S.*, \[\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?\]$/u;
/** The web view (t.me/s/channel) prints the channel's subscribers over its posts and each post's views glued to its time under it. */
const WEB_VIEW_COUNTER = /^\d+(?:[.,]\d+)?[KM]? (?:subscribers|views\s*(?:edited\s*)?\d{1,2}:\d{2})$/iu;

/**
 * A channel's post prints no headline: its first line is the post's text, and the channel's name over it is neither its
 * title nor its author. Copied text keeps no bold, so a first line the app shows in bold as a title cannot be told from
 * the text's first sentence either. Refused, naming the line that shows the copy is a post, rather than filed under the
 * channel's name or its subscriber count; the CLI has no option to supply a title.
 */
export function refuseChannelPost(lines: readonly string[]): void {
  const index = lines.findIndex((line) => DESKTOP_HEADER.test(line.trim()) || WEB_VIEW_COUNTER.test(line.trim()));
  if (index === -1) return;
  throw new ImportError(
    `the clipping is a Telegram channel's post ("${lines[index]!.trim()}", line ${index + 1}), which prints no headline: the channel's name over it is not the title, and the post's first line is its text`,
    'no option supplies a title: a channel post cannot be archived as an article; keep the clipping as it is, or import the article the post links to',
    index + 1,
  );
}
