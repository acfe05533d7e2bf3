/**
 * A photo and its caption set in markup other than <figure> and <figcaption>, written as those before
 * the page is read, so that the caption is the photo's (with its credit), never a paragraph of the text:
 *
 * A photo set in a small table with its caption in the cell under it, as Blogger's editor writes every
 * captioned image (`<table class="tr-caption-container">`, the caption in `<td class="tr-caption">`)
 * and older sites did by hand: a figure and its caption, written as <figure> and <figcaption> before
 * the page is read, so that the caption is the photo's (with its credit), never a paragraph of the text.
 */

const CAPTION_CELL = 'td[class*="caption" i]';

/** A figure of the picture, its caption made of the nodes given (moved, so a credit's own element stays one). */
function asFigure(document: Document, image: Element, caption: Node[]): Element {
  const figure = document.createElement('figure');
  figure.appendChild(image);
  const figcaption = document.createElement('figcaption');
  for (const node of caption) figcaption.appendChild(node);
  figure.appendChild(figcaption);
  return figure;
}

export function captionTablesAsFigures(document: Document): void {
  for (const table of [...document.querySelectorAll('table')]) {
    const images = table.querySelectorAll('img');
    const captions = table.querySelectorAll(CAPTION_CELL);
    if (images.length !== 1 || captions.length !== 1 || table.querySelectorAll('td').length !== 2) continue;
    table.replaceWith(asFigure(document, images[0]!, [document.createTextNode(captions[0]!.textContent ?? '')]));
  }
}

/** A box's caption is a line or two; a longer text in it is the article's. */
const CAPTION_LENGTH = 300;

/**
 * An element named a caption that holds the picture and its caption beside it, as the BBC's pages printed every
 * photo until 2015 (`<div class="caption body-width"><img …><span>Some of the qvevri on show…</span></div>`).
 * A box that names its caption in an element of its own (WordPress's `wp-caption` with its `wp-caption-text`)
 * is read as it stands.
 */
export function captionBoxesAsFigures(document: Document): void {
  for (const box of [...document.querySelectorAll('[class*="caption" i]')]) {
    if (box.closest('figure') || box.querySelector('figure, figcaption, [class*="caption" i], p, table') !== null) continue;
    const images = box.querySelectorAll('img');
    const text = (box.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (images.length !== 1 || text === '' || text.length > CAPTION_LENGTH) continue;
    const image = images[0]!;
    const caption = [...box.childNodes].filter((node) => node !== image && !node.contains(image));
    if (caption.length === 0 || [...box.childNodes].some((node) => node !== image && node.contains(image))) continue;
    box.replaceWith(asFigure(document, image, caption));
  }
}

/** A caption's credit in an element of its own, as its class names it. */
const CREDIT_FIELD = '[class*="credit" i]';

/**
 * A picture with its caption and its credit in elements of their own beside it, in a box that holds nothing else, as
 * Drupal prints an image field (Naviga's sites: `<div class="field-item"><img …><div class="field-name-field-caption">…
 * </div><div class="field-name-field-photo-credit">…</div></div>`) and Wagtail a hero image (openDemocracy: `<picture>`
 * and `<p class="article-page__hero-caption">`): the box written as a <figure>, caption and credit as its caption, so
 * neither is read as a paragraph of the text.
 */
export function captionFieldsAsFigures(document: Document): void {
  for (const caption of [...document.querySelectorAll('[class*="caption" i]')]) {
    const box = caption.parentElement;
    if (!box || box.closest('figure') || caption.querySelector('img, figure, p, table') !== null) continue;
    const parts = [...box.children];
    const images = parts.filter((part) => part.tagName === 'IMG' || part.tagName === 'PICTURE');
    const credits = parts.filter((part) => part !== caption && part.matches(CREDIT_FIELD));
    if (images.length !== 1 || credits.length > 1 || parts.length !== 2 + credits.length) continue;
    const text = (caption.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text === '' || text.length > CAPTION_LENGTH) continue;
    const loose = [...box.childNodes].some((node) => node.nodeType === 3 && (node.textContent ?? '').trim() !== '');
    if (loose) continue;
    box.replaceWith(asFigure(document, images[0]!, [caption, ...credits]));
  }
}

/**
 * A table of figures set in a <figure> with its caption (WordPress's table block: `<figure class="wp-block-table"><table>…
 * </table><figcaption class="wp-element-caption">…</figcaption></figure>`): the table with that caption as its own
 * <caption>, so that it is read as a table of the text, never as a photo and its caption.
 */
export function tableFiguresAsTables(document: Document): void {
  for (const figure of [...document.querySelectorAll('figure')]) {
    const tables = figure.querySelectorAll('table');
    if (tables.length !== 1 || figure.querySelector('img, picture, video, iframe') !== null) continue;
    const table = tables[0]!;
    const figcaption = figure.querySelector('figcaption');
    if (figcaption && !table.querySelector('caption')) {
      const caption = document.createElement('caption');
      for (const node of [...figcaption.childNodes]) caption.appendChild(node);
      table.insertBefore(caption, table.firstChild);
    }
    figure.replaceWith(table);
  }
}
