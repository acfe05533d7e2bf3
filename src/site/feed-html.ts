/**
 * Paragraph links are `#p3` on the page; a feed reader shows the body away from the page, so they
 * point at the article's URL. Only the links the paragraph-id plugin wrote are touched: a body's
 * own links never carry an aria-label (src/markdown/rehype-paragraph-ids.ts).
 */
export function absoluteParagraphLinks(html: string, articleUrl: string): string {
  return html.replace(/href="#(p\d+)"(?= aria-label=")/g, `href="${articleUrl}#$1"`);
}
