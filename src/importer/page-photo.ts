import type { Article } from '../lib/article-schema.ts';
import { readArabicCaption } from './arabic-caption.ts';
import { readFactLine } from './line-facts.ts';
import { labelledCreditAlone } from './photo-credit-lines.ts';
import { phrasesOf } from './printed-phrases.ts';

/**
 * A photo caption as pages print it in a <figcaption>: the caption, and the credit when the page
 * marks it apart (a credit or copyright element) or words it ("Photo: Name", "© Agency").
 */

export type Photo = NonNullable<Article['photo']>;

const spaced = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
// A byline's element in a caption is the photographer's (BLOX: `<span class="tnt-byline">NAME, News-Times</span>`).
const CREDIT_ELEMENT = '[class*="credit" i], [class*="copyright" i], [class*="source" i], [class*="byline" i], small, cite';
/** A photo's label, or the English `Credit` (`Credit...Name`), before the credit. */
const CREDIT_LABEL = `(?:${phrasesOf('photoLabel')}|credit)`;
const CREDIT_WORD = new RegExp(String.raw`^${CREDIT_LABEL}\s*(?:by)?\s*(?:[:©]|\.\.\.|…)\s*`, 'iu');
/**
 * The labels the BBC's services print for screen readers before a caption and a credit, with a comma (`Подпись к
 * фото, …`, `Автор фото, Reuters`), as copied clippings show them too (photo-credit-lines.ts).
 */
const CAPTION_LABEL = new RegExp(String.raw`^${phrasesOf('captionLabel')}\s*,\s*`, 'iu');
const CREDIT_LABEL_COMMA = new RegExp(String.raw`^${phrasesOf('creditLabel')}\s*,\s*`, 'iu');
const TRAILING_LABEL = new RegExp(String.raw`\s${CREDIT_LABEL}\s*:\s*$`, 'iu');
const WORDED = new RegExp(String.raw`^(.*\S)\s+\(?${CREDIT_LABEL}(?:\s+by)?\s*[:©]\s*(\S[^)]*)\)?$`, 'iu');

/** The element of a caption that holds its credit: marked so by its class or tag, or worded so (`<span>Credit...</span>`). */
function creditElement(figcaption: Element): Element | undefined {
  return figcaption.querySelector(CREDIT_ELEMENT) ?? [...figcaption.querySelectorAll('*')].find((element) => {
    const worded = spaced(element.textContent);
    return CREDIT_WORD.test(worded) && worded.replace(CREDIT_WORD, '') !== '';
  });
}

/** A credit printed over the picture, in the <figure> but outside its caption (`<span>Reuters</span>`): short, alone. */
function creditBesideCaption(figcaption: Element, caption: string): string | undefined {
  const figure = figcaption.closest('figure');
  const beside = figure ? spaced(spaced(figure.textContent).replace(caption, '')) : '';
  return beside && beside.length <= 80 ? beside.replace(CREDIT_WORD, '').replace(CREDIT_LABEL_COMMA, '') : undefined;
}

/**
 * An element's text with a space where two child elements touch (`<span>…martes.</span><span>Name
 * (REUTERS)</span>`): pieces a page lays out apart, which textContent glues together. An element
 * inside running text (`in <a>Tbilisi</a>.`) has text beside it and is left as it is.
 */
export function piecesText(node: Node): string {
  let text = '';
  let previous: Node | undefined;
  for (const child of node.childNodes) {
    if (child.nodeType === child.ELEMENT_NODE) text += `${previous?.nodeType === child.ELEMENT_NODE ? ' ' : ''}${piecesText(child)}`;
    else if (child.nodeType === child.TEXT_NODE) text += child.textContent ?? '';
    else continue;
    previous = child;
  }
  return text;
}

/**
 * The caption printed beside a <figcaption> that holds only the credit (CNN: `<div itemprop="caption">`
 * then `<figcaption class="image__credit">` in one metadata box).
 */
function captionBesideCredit(figcaption: Element): string | undefined {
  if (!figcaption.matches(CREDIT_ELEMENT)) return undefined;
  const beside = figcaption.parentElement?.querySelector('[itemprop="caption"], [class*="caption" i]:not(figcaption)');
  return beside && !beside.contains(figcaption) ? spaced(piecesText(beside)) || undefined : undefined;
}

/**
 * A credit its element prints in brackets, the brackets a mark of the element's, not of the name (Civil Beat:
 * `<span class="photo-credit">(Name/Civil Beat/2024)</span>`; Zaobao's full-width `（海峡时报）`).
 */
const unbracketed = (credit: string) => /^[(（]([^()（）]+)[)）]$/u.exec(credit)?.[1]?.trim() ?? credit;

export function photoOf(figcaption: Element): Photo | undefined {
  const printed = spaced(piecesText(figcaption));
  const text = printed.replace(CAPTION_LABEL, '');
  if (!text) return undefined;
  const caption = captionBesideCredit(figcaption);
  if (caption) return { caption, credit: text.replace(CREDIT_WORD, '') };
  // A caption that is only its label and credit (TechCrunch: `<strong>Image Credits:</strong> Koba`) has no caption.
  const creditAlone = labelledCreditAlone(text);
  if (creditAlone) return { credit: creditAlone };
  const found = creditElement(figcaption);
  const credit = found ? spaced(piecesText(found)) : '';
  if (credit && credit !== text && text.endsWith(credit)) {
    // The label before the credit's element is neither (`… in Gori. Photo: <span class="credit">Name</span>`).
    const caption = text.slice(0, -credit.length).replace(TRAILING_LABEL, '').trim();
    if (caption) return { caption, credit: unbracketed(credit.replace(CREDIT_WORD, '').replace(/^©\s*/u, '')) };
  }
  const worded = WORDED.exec(text) ?? /^(.*\S)\s+©\s*(\S.*)$/u.exec(text);
  if (worded) return { caption: worded[1]!, credit: worded[2]!.trim() };
  // Unlabelled, as copied clippings print it too: `… Tbilisi. Nino Beridze (EPA)`, `NAME / AFP`, `REUTERS/Name`.
  const unlabelled = readFactLine(text, [], { languages: [] });
  if (unlabelled?.caption && unlabelled.credit && !unlabelled.date) return { caption: unlabelled.caption, credit: unlabelled.credit };
  // The agency by its Arabic name in brackets after an Arabic caption (Al-Quds Al-Arabi: `… (أ ف ب)`).
  const arabic = readArabicCaption(text);
  if (arabic?.caption && arabic.credit) return { caption: arabic.caption, credit: arabic.credit };
  const beside = creditBesideCaption(figcaption, printed);
  return beside ? { caption: text, credit: beside } : { caption: text };
}
