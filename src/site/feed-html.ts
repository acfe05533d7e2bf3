import { PARAGRAPH_LINK_CLASS } from '../markdown/rehype-paragraph-ids.ts';

/**
 * Paragraph links are `#p3` on the page; a feed reader shows the body away from the page, so they
 * point at the article's URL. Only the links the paragraph-id plugin wrote are touched.
 */
export function absoluteParagraphLinks(html: string, articleUrl: string): string {
  return html.replace(new RegExp(`href="#(p\\d+)"(?= class="${PARAGRAPH_LINK_CLASS}")`, 'g'), `href="${articleUrl}#$1"`);
}
