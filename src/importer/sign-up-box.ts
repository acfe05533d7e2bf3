import { phrasesOf } from './printed-phrases.ts';

const HEADING = new RegExp(String.raw`^${phrasesOf('signUpBoxHeading')}$`, 'iu');
const END = new RegExp(String.raw`^${phrasesOf('signUpBoxEnd')}$`, 'iu');

/** The box's heading, blurb, subscribers' count, button and closing line: a few lines (Substack prints six). */
const MOST_LINES = 8;

/**
 * The box a newsletter's page lays over a post for readers not subscribed (Substack: `Discover more from The Tbilisi
 * Letter`, the newsletter's blurb, `Over 4,000 subscribers`, `Subscribe`, `Already have an account? Sign in`): the page's
 * lines, its blurb a sentence though it is. The first such box, from its heading to one past its closing line; undefined
 * when the lines hold none.
 */
export function signUpBox(lines: readonly string[]): { start: number; end: number } | undefined {
  for (const [start, line] of lines.entries()) {
    if (!HEADING.test(line)) continue;
    const end = lines.slice(start + 1, start + MOST_LINES).findIndex((other) => END.test(other));
    if (end !== -1) return { start, end: start + end + 2 };
  }
  return undefined;
}
