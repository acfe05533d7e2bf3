/** A time alone on a line as a media player shows it: `00:00`, `12:34`, `1:02:03`. */
const CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?$/u;
/** A player's position before it is started. */
const START = /^0?0:00$/u;

/**
 * A media player's clock as a copy keeps it, the position at the start over the length (The Atlantic: `Listen to this
 * article`, `00:00`, `12:34`): the page's, and no live blog's time stamps. True for either of its two lines; `lines` are the lines that hold text, tidied.
 */
export function isPlayerClock(lines: readonly string[], i: number): boolean {
  const [previous, line, next] = [lines[i - 1] ?? '', lines[i]!, lines[i + 1] ?? ''];
  return (START.test(line) && CLOCK.test(next)) || (START.test(previous) && CLOCK.test(line));
}
