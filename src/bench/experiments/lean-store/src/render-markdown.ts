import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { readFile } from 'node:fs/promises';

// One processor for every page: creating it loads the whole unified pipeline. Dateline's settings
// (no smart quotes, no GFM); with the defaults, smartypants' retext pass triples the render cost.
const processor = await createMarkdownProcessor({ smartypants: false, gfm: false });

/** The article's body as HTML, read from its file when its page renders. */
export async function renderArticleFile(file: string): Promise<string> {
  const { content } = parseFrontmatter(await readFile(file, 'utf8'));
  return (await processor.render(content)).code;
}
