/**
 * The line a page prints its byline on, found by the first author its metadata names: the widest element
 * around that name still short enough to be a byline (Der Spiegel's `<div>Von <a>Name</a> und <a>Name</a>,
 * Tiflis</div>`, Le Monde's `<span>By <a>Name</a> (Tbilisi, special correspondent)</span>`). Readability's
 * byline is often the metadata's name alone; this line holds what the page prints beside it: the place. It is looked
 * for in the article's part of the page: a name in the site's menus or another story's teaser is not its byline.
 */

/** A byline is a short line; an element around it with more text holds the date or the text too. */
const BYLINE_LINE_LENGTH = 100;

const spaced = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

export function bylineLineOf(part: Element, authors: readonly string[]): string | undefined {
  const [first] = authors;
  if (first === undefined) return undefined;
  const name = [...part.querySelectorAll('*')].find((element) => element.children.length === 0 && spaced(element.textContent) === first);
  let line: Element | undefined;
  for (let element = name?.parentElement; element && element !== part; element = element.parentElement) {
    if (spaced(element.textContent).length > BYLINE_LINE_LENGTH) break;
    line = element;
  }
  return line === undefined ? undefined : spaced(line.textContent);
}
