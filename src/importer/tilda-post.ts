import { paragraphsOfLines } from './loose-text-lines.ts';

/**
 * A post of a Tilda site's feed (tilda.cc: `<div id="allrecords" class="t-records">`), saved as the
 * browser shows it at its `/tpost/…` address: the article is in the feed's popup
 * (`t-feed__post-popup`), outside the page's records, under class names that say `popup` and
 * `cover-wrapper`. Readability drops such elements as furniture, and the page's text was its menu and
 * the `Made on Tilda` label, or nothing. The post is given its plain markup before the page is read:
 * the page's body becomes an <article> of its headline, date line, cover photo with its caption, and
 * text, which Tilda's feed prints in that order.
 */

const POST = '.t-feed__post-popup';
const TITLE = '.js-feed-post-title';
const DATE = '.js-feed-post-date';
const COVER = '.t-feed__post-popup__cover-wrapper';
const COVER_CAPTION = '.t-feed__post-popup__text-imgdescr';
const TEXT = '.js-feed-post-text';
/** A block of the post's text: its paragraphs as lines ended by `<br />`s, beside the post's headings. */
const TEXT_BLOCK = '.t-redactor__text';

const isTilda = (document: Document) => document.querySelector('#allrecords.t-records, [data-tilda-project-id]') !== null;

/** Gives a Tilda feed post its plain markup as the page's only content; leaves any other page as it is. */
export function plainTildaPost(document: Document): void {
  if (!isTilda(document)) return;
  const post = document.querySelector(POST);
  const title = post?.querySelector(TITLE);
  const text = post?.querySelector(TEXT);
  if (!post || !title || !text) return;
  const article = document.createElement('article');
  const headline = document.createElement('h1');
  headline.textContent = title.textContent;
  article.appendChild(headline);
  const date = post.querySelector(DATE);
  if (date) {
    const line = document.createElement('div');
    line.textContent = date.textContent;
    article.appendChild(line);
  }
  const image = post.querySelector(`${COVER} img`);
  if (image) {
    const figure = document.createElement('figure');
    figure.appendChild(image);
    const caption = post.querySelector(`${COVER} ${COVER_CAPTION}`);
    if (caption) {
      const figcaption = document.createElement('figcaption');
      figcaption.textContent = caption.textContent;
      figure.appendChild(figcaption);
    }
    article.appendChild(figure);
  }
  // Its paragraphs, each a <p>, stand beside its headings, so that a subheading is read as the text's, between them.
  for (const block of text.querySelectorAll(TEXT_BLOCK)) {
    paragraphsOfLines(block);
    block.replaceWith(...block.childNodes);
  }
  while (text.firstChild) article.appendChild(text.firstChild);
  document.body.replaceChildren(article);
}
