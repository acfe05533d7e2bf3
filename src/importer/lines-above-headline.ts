import { namedAsFurniture } from './furniture-names.ts';

/**
 * The date a page prints above its headline (Hetq: `11:20, 11 հունիսի 2024` beside the section's
 * name, then the <h1>), which Readability leaves out with the rest of the header and which the
 * clipping reader needs when the page's metadata gives no date: a copied clipping has it there too.
 */

/** Where a page's own furniture begins: above it, texts are the site's (today's date in its top bar), not the article's. */
const FURNITURE_ABOVE = 'nav, footer, aside, figure, figcaption, [role="banner"], [role="navigation"]';

/** The article's header above its headline is a line or three (a section, a date); a longer text is another part of the page. */
const LINES_LOOKED_AT = 3;
const LINE_LENGTH = 80;

const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Inside furniture named so by class or id (a sidebar's news feed), up to the part of the page that holds the headline. */
function inNamedFurniture(element: Element, headline: Element): boolean {
  for (let part: Element | null = element; part && !part.contains(headline); part = part.parentElement) if (namedAsFurniture(part)) return true;
  return false;
}

/** The few short texts directly above the headline, in the page's order (a section's name, a date). */
export function textsAbove(document: Document, headline: Element): string[] {
  const elements = [...document.querySelectorAll('body *')];
  const lines: string[] = [];
  let looked = 0;
  for (let index = elements.indexOf(headline) - 1; index >= 0 && looked < LINES_LOOKED_AT; index -= 1) {
    const element = elements[index]!;
    if (element.contains(headline)) continue;
    if (element.closest(FURNITURE_ABOVE) || inNamedFurniture(element, headline) || (element.closest('header') && !element.closest('header')!.contains(headline))) break;
    if (element.children.length > 0 || /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(element.tagName)) continue;
    const text = spaced(element.textContent);
    if (!text) continue;
    looked += 1;
    if (text.length >= LINE_LENGTH) break;
    lines.unshift(text);
  }
  return lines;
}

/** The texts with a digit among them: the date Readability leaves out. */
export const datedLinesAbove = (texts: readonly string[]) => texts.filter((text) => /\d/.test(text));
