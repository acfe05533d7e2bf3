import { phrasesOf } from './printed-phrases.ts';

/**
 * The buttons a page prints in and around a photo's caption (NPR: `Enlarge this image` over the
 * picture, `hide caption` inside the caption's paragraph, `toggle caption` after it). They are
 * controls, never caption or article text; a copied clipping's lines of them are chrome
 * (chrome-lines.ts), and on a saved page they go before its captions and text are read.
 */
const CAPTION_CONTROL = new RegExp(`^${phrasesOf('captionToggle')}$`, 'iu');

const spaced = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** Removes every element whose whole text is a caption control, the outermost of nested ones (`<b><b>hide caption</b></b>`). */
export function removeCaptionControls(document: Document): void {
  for (const element of [...document.querySelectorAll('body *')]) {
    if (element.isConnected && CAPTION_CONTROL.test(spaced(element.textContent))) element.remove();
  }
}
