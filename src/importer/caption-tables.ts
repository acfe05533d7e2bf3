/**
 * A photo set in a small table with its caption in the cell under it, as Blogger's editor writes every
 * captioned image (`<table class="tr-caption-container">`, the caption in `<td class="tr-caption">`)
 * and older sites did by hand: a figure and its caption, written as <figure> and <figcaption> before
 * the page is read, so that the caption is the photo's (with its credit), never a paragraph of the text.
 */

const CAPTION_CELL = 'td[class*="caption" i]';

export function captionTablesAsFigures(document: Document): void {
  for (const table of [...document.querySelectorAll('table')]) {
    const images = table.querySelectorAll('img');
    const captions = table.querySelectorAll(CAPTION_CELL);
    if (images.length !== 1 || captions.length !== 1 || table.querySelectorAll('td').length !== 2) continue;
    const figure = document.createElement('figure');
    figure.appendChild(images[0]!);
    const caption = document.createElement('figcaption');
    caption.textContent = captions[0]!.textContent;
    figure.appendChild(caption);
    table.replaceWith(figure);
  }
}
