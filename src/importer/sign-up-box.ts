import { phrasesOf } from './printed-phrases.ts';

const HEADING = new RegExp(String.raw`^${phrasesOf('signUpBoxHeading')}$`, 'iu');
const END = new RegExp(String.raw`^${phrasesOf('signUpBoxEnd')}$`, 'iu');

/** The box's heading, blurb, subscribers' count, button and closing line: a few lines (Substack prints six). */
const MOST_LINES = 8;

/**
 * One past the box a newsletter's page lays over a post for readers not subscribed, from its heading at `i` (Substack:
 * `Discover more from The Tbilisi Letter`, the newsletter's blurb, `Over 4,000 subscribers`, `Subscribe`, `Already have
 * an account? Sign in`): the page's lines, its blurb a sentence though it is. Undefined when no such box starts at `i`.
 */
export function signUpBoxEnd(lines: readonly string[], i: number): number | undefined {
  if (!HEADING.test(lines[i] ?? '')) return undefined;
  const end = lines.slice(i + 1, i + MOST_LINES).findIndex((line) => END.test(line));
  return end === -1 ? undefined : i + end + 2;
}
