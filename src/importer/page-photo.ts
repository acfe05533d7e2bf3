import type { Article } from '../lib/article-schema.ts';

/**
 * A photo caption as pages print it in a <figcaption>: the caption, and the credit when the page
 * marks it apart (a credit or copyright element) or words it ("Photo: Name", "© Agency").
 */

export type Photo = NonNullable<Article['photo']>;

const spaced = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const CREDIT_ELEMENT = '[class*="credit" i], [class*="copyright" i], [class*="source" i], small, cite';
const CREDIT_WORD = /^(?:photo(?:graph)?|foto|фото|crédit photo|credit|image|picture)\s*(?:by)?\s*[:©]\s*/iu;
const WORDED = /^(.*\S)\s+\(?(?:Photo(?:graph)?|Foto|Фото|Crédit photo|Credit|Image|Picture)(?:\s+by)?\s*[:©]\s*(\S[^)]*)\)?$/iu;

export function photoOf(figcaption: Element): Photo | undefined {
  const text = spaced(figcaption.textContent);
  if (!text) return undefined;
  const credit = spaced(figcaption.querySelector(CREDIT_ELEMENT)?.textContent);
  if (credit && credit !== text && text.endsWith(credit)) {
    const caption = text.slice(0, -credit.length).trim();
    if (caption) return { caption, credit: credit.replace(CREDIT_WORD, '') };
  }
  const worded = WORDED.exec(text) ?? /^(.*\S)\s+©\s*(\S.*)$/u.exec(text);
  return worded ? { caption: worded[1]!, credit: worded[2]!.trim() } : { caption: text };
}
