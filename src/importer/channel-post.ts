import { ImportError } from './errors.ts';

/**
 * Telegram Desktop heads each message it copies with the channel's name and the moment of posting: `Civil Georgia,
 * [28.05.2024 18:42]` (the date in the app's locale's numeric form).
 */
const DESKTOP_HEADER = /^\S.*, \[\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?\]$/u;
/** The web view (t.me/s/channel) prints the channel's subscribers over its posts and each post's views glued to its time under it. */
const WEB_VIEW_COUNTER = /^\d+(?:[.,]\d+)?[KM]? (?:subscribers|views\s*(?:edited\s*)?\d{1,2}:\d{2})$/iu;

/** X's line under a post copied from its page in a browser: the time and the day it was posted, `8:14 PM · Dec 14, 2024`. */
const X_POSTED = /^\d{1,2}:\d{2}\s?[AP]M · \p{L}{3} \d{1,2}, \d{4}$/u;
/** Facebook's counter under a page's post copied in a browser, over its `Like`, `Comment`, `Share` buttons. */
const FACEBOOK_REACTIONS = /^All reactions:?$/u;

/** How each kind of post shows it is one, and whose name stands over its text. */
const POSTS: { kind: string; poster: string; test: (line: string) => boolean }[] = [
  { kind: "a Telegram channel's post", poster: 'channel', test: (line) => DESKTOP_HEADER.test(line) || WEB_VIEW_COUNTER.test(line) },
  { kind: 'a post on X', poster: 'account', test: (line) => X_POSTED.test(line) },
  { kind: "a Facebook page's post", poster: 'page', test: (line) => FACEBOOK_REACTIONS.test(line) },
];

/**
 * A channel's or an account's post prints no headline: its first line is the post's text, and the name over it is
 * neither its title nor its author. Copied text keeps no bold, so a first line the app shows in bold as a title cannot
 * be told from the text's first sentence either. Refused, naming the line that shows the copy is a post, rather than
 * filed under the channel's name or its subscriber count (or refused as printing no date, X's being glued to its time);
 * the CLI has no option to supply a title.
 */
export function refuseChannelPost(lines: readonly string[]): void {
  const index = lines.findIndex((line) => POSTS.some((post) => post.test(line.trim())));
  if (index === -1) return;
  const post = POSTS.find((candidate) => candidate.test(lines[index]!.trim()))!;
  throw new ImportError(
    `the clipping is ${post.kind} ("${lines[index]!.trim()}", line ${index + 1}), which prints no headline: the ${post.poster}'s name over it is not the title, and the post's first line is its text`,
    "no option supplies a title: a channel's or an account's post cannot be archived as an article; keep the clipping as it is, or import the article the post links to",
    index + 1,
  );
}
