/** A time alone on a line as a media player shows it: `00:00`, `12:34`, `1:02:03`. */
const CLOCK = /^\d{1,2}:\d{2}(?::\d{2})?$/u;
/** A player's position before it is started. */
const START = /^0?0:00$/u;

/**
 * A media player's clock as a copy keeps it, the position at the start over the length (The Atlantic: `Listen to this
 * article`, `00:00`, `12:34`): the page's, and no live blog's time stamps. True for either of its two lines.
 */
export function isPlayerClock(lines: readonly string[], i: number): boolean {
  // The lines next to it that hold text: a copy may put blank lines between any two.
  const near = (step: number) => {
    for (let j = i + step; j >= 0 && j < lines.length; j += step) if (lines[j]!.trim() !== '') return lines[j]!.trim();
    return '';
  };
  const line = lines[i]!.trim();
  return (START.test(line) && CLOCK.test(near(1))) || (START.test(near(-1)) && CLOCK.test(line));
}
