/**
 * The line a page prints a date on: the <time>'s text with what its block prints beside it (El
 * País: `<div><span>Tiflis - </span><a><time>28 may 2024 - 18:42 CEST</time></a></div>`), read
 * as a copied clipping's line is, so the place printed there is the dateline. A few levels of
 * inline wrapping are climbed; a block longer than a line (a byline box with names and buttons) is
 * no longer the date's line.
 */
const LINE_LENGTH = 100;
const LEVELS = 3;

export function timeLine(time: Element, textOf: (element: Element) => string): string | undefined {
  const own = textOf(time);
  let element = time.parentElement;
  for (let level = 0; element && level < LEVELS; level += 1, element = element.parentElement) {
    const text = textOf(element);
    if (text.length > LINE_LENGTH) return undefined;
    if (text !== own) return text;
  }
  return undefined;
}
