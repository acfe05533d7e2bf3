/**
 * Sign-up boxes that no class or id names (a CSS-in-JS site's `css-1q7w3e9`), found by what makes
 * them one: an email field with a few words around it (`Sign up for our daily briefing`, the pitch,
 * `Subscribe`, the privacy line). Their words are not the article's, wherever the box stands.
 * The named ones go with the page's other furniture (furniture-names.ts).
 */

/** Where a page asks for an email address. */
const EMAIL_FIELD = 'input[type="email" i], input[name="email" i], input[autocomplete="email" i]';

/** A box's words: a heading, a line or two, a label, a button. An element with more holds the article's text. */
const BOX_TEXT = 400;
const BOX_PARAGRAPHS = 3;

/** Never a box: the article, what holds it, and what holds its headline. */
const NEVER_BOX = 'html, body, main, article, [role="main"], [itemprop="articleBody"]';

const textLength = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim().length;
const isBox = (element: Element) =>
  !element.matches(NEVER_BOX) && element.querySelector('h1') === null && element.querySelectorAll('p').length <= BOX_PARAGRAPHS && textLength(element) <= BOX_TEXT;

/**
 * Removes each email field's box: the smallest element around it that has a heading of its own
 * (`Sign up for our daily briefing`) and is still only a box, else its form. Never higher: an
 * article that puts each paragraph in a block of its own (`<div data-component="text-block">`)
 * holds a box inside one, beside a paragraph of the text.
 */
export function removeSignupBoxes(document: Document): void {
  for (const field of [...document.querySelectorAll(EMAIL_FIELD)]) {
    const form = field.closest('form') ?? field;
    let box = form;
    for (let node: Element | null = form; node && isBox(node); node = node.parentElement) {
      if (node.querySelector('h2, h3, h4, h5, h6')) {
        box = node;
        break;
      }
    }
    if (isBox(box)) box.remove();
  }
}
