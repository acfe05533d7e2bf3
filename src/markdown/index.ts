import rehypeSanitize from 'rehype-sanitize';
import remarkHtmlAsText from './remark-html-as-text.ts';
import rehypeInertLinks from './rehype-inert-links.ts';
import { articleSanitizeSchema } from './sanitize-schema.ts';
import type { PluggableList } from 'unified';

/**
 * The Markdown pipeline's safety layer: article bodies are text written by others, so nothing in
 * them may run code in a reader's browser. The importer already escapes clippings; these plugins
 * hold for any article, including one edited by hand in content/.
 *
 * The rehype plugins must come before any plugin that adds the site's own attributes (paragraph
 * ids), so the sanitiser judges only what came from the article.
 */
export const safeRemarkPlugins: PluggableList = [remarkHtmlAsText];
export const safeRehypePlugins: PluggableList = [[rehypeSanitize, articleSanitizeSchema], rehypeInertLinks];
