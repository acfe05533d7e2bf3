import { ImportError } from './errors.ts';
import { SENTENCE_END } from './sentence-end.ts';

/**
 * The article's own paragraphs that Readability left out of its text. Readability keeps the one run of blocks that
 * scores best; a page that splits its text into sibling blocks around a related box or an advertisement (Der Spiegel's
 * `<div data-area="text_block">`s) lost the others without a word: paragraphs from the middle of an article, gone.
 * Read once the page's furniture is gone and before Readability rewrites the document: the `<p>`s of the page's one
 * `<article>`, outside its figures and asides, long enough to be sentences.
 */

/**
 * Boxes inside an `<article>` whose sentences are not its text, by their class or id: the author's bio, a teaser, a
 * caption or credit, a sponsor's note. Removing the page's furniture (furniture-names.ts: share bars,
 * newsletter and related boxes, comments) took the rest before this is read; these stay there because the page's
 * facts are read from them, but a paragraph Readability rightly left out of one is no hole and must not refuse the page.
 */
const NOT_TEXT_BOX = /(?:^|[-_\s])(?:author|bio|byline|teaser|recommend[a-z]*|caption|credit|sponsor[a-z]*|advert[a-z]*|ads?|banner|disclaimer|note)(?:$|[-_\s])/i;
const inNonTextBox = (element: Element, article: Element): boolean => {
  for (let node: Element | null = element; node && node !== article; node = node.parentElement) {
    if (NOT_TEXT_BOX.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
};

/** Shorter paragraphs may be a caption's, a button's or a teaser's; an article's sentences are longer. */
const SENTENCE_LENGTH = 80;

/**
 * The sentence paragraphs of the page's only `<article>`, with their elements; none when it has none or several (a
 * listing's teasers). `spaced` is how the caller spaces the texts of Readability's blocks, so the two compare alike (a
 * no-break space is kept).
 */
export function articleParagraphs(document: Document, spaced: (text: string | null) => string): { text: string; element: Element }[] {
  const articles = document.querySelectorAll('article');
  if (articles.length !== 1) return [];
  const article = articles[0]!;
  return [...article.querySelectorAll('p')]
    .filter((paragraph) => !paragraph.closest('figure, figcaption, aside, nav, footer') && !inNonTextBox(paragraph, article))
    .map((paragraph) => ({ text: spaced(paragraph.textContent), element: paragraph }))
    .filter(({ text }) => text.length >= SENTENCE_LENGTH && SENTENCE_END.test(text));
}

/** Refuses a page whose text, as Readability read it, lacks any of `paragraphs` (articleParagraphs): better than an article with a hole. */
/** The `paragraphs` (articleParagraphs) that none of `texts` holds. */
export const leftOut = (paragraphs: readonly string[], texts: readonly string[]): string[] => paragraphs.filter((paragraph) => !texts.some((text) => text.includes(paragraph)));

export function refuseLeftOut(paragraphs: readonly string[], texts: readonly string[]): void {
  const missing = leftOut(paragraphs, texts);
  if (missing.length === 0) return;
  throw new ImportError(
    `the page's text could not be read whole: ${missing.length} of the ${paragraphs.length} paragraphs of its <article> were left out (the first: "${missing[0]!.slice(0, 80)}…"), as the page splits its text into separate blocks`,
    'no option supplies the missing text: copy the article from the browser into a .txt clipping and import that, and keep the page as it is',
  );
}
