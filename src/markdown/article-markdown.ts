import { markdownConfigDefaults, unified, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { safeRehypePlugins, safeRemarkPlugins } from './index.ts';
import rehypeParagraphIds from './rehype-paragraph-ids.ts';

/**
 * The one Markdown pipeline for article bodies: astro.config.mjs hands it to Astro, and article
 * pages and feeds render with it (src/site/article-body.ts), since the content loader keeps no
 * rendered HTML.
 */
export const articleMarkdownProcessor = unified({
  // Fidelity: no smart quotes, no autolinks; the clipping's characters reach the page unchanged.
  smartypants: false,
  gfm: false,
  // Article bodies are others' text: raw HTML shows as text, unsafe URLs are dropped.
  remarkPlugins: [...safeRemarkPlugins],
  // Paragraph anchors come after the sanitiser, which would otherwise judge the site's own ids.
  rehypePlugins: [...safeRehypePlugins, rehypeParagraphIds],
});

/** A code block in an article is text, not code: no Shiki (its inline styles fight the CSP). */
export const ARTICLE_SYNTAX_HIGHLIGHT = false;

let renderer: Promise<MarkdownRenderer> | undefined;

/** An article body's HTML. The renderer is made once: making it loads the whole unified pipeline. */
export async function renderArticleMarkdown(markdown: string): Promise<string> {
  renderer ??= articleMarkdownProcessor.createRenderer({ ...markdownConfigDefaults, syntaxHighlight: ARTICLE_SYNTAX_HIGHLIGHT });
  return (await (await renderer).render(markdown)).code;
}
