import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeParagraphIds from '../../src/markdown/rehype-paragraph-ids.ts';
import { renderArticleMarkdown, renderFeedMarkdown } from '../../src/markdown/article-markdown.ts';

const render = (markdown: string) =>
  String(unified().use(remarkParse).use(remarkRehype).use(rehypeParagraphIds).use(rehypeStringify).processSync(markdown));

describe('rehypeParagraphIds', () => {
  it('numbers top-level paragraphs p1..pN, titles them for search sub-results, and gives each a labelled link to itself, out of the Tab order', () => {
    const html = render('First.\n\nSecond.\n\nThird.');
    expect(html).toBe(
      [1, 2, 3]
        .map(
          (n) =>
            `<p id="p${n}" data-pagefind-title="Paragraph ${n}">${['First.', 'Second.', 'Third.'][n - 1]} <a href="#p${n}" aria-label="Paragraph ${n}" tabindex="-1">¶</a></p>`,
        )
        .join('\n'),
    );
  });

  it('counts only body paragraphs: a quotation or list in between does not shift the numbers', () => {
    const html = render('One.\n\n> quoted\n\n- item\n\nTwo.');
    expect(html).toContain('<p id="p1" data-pagefind-title="Paragraph 1">One.');
    expect(html).toContain('<p id="p2" data-pagefind-title="Paragraph 2">Two.');
    expect(html).not.toContain('id="p3"');
    expect(html).toContain('<blockquote>\n<p>quoted</p>');
  });
});

describe('renderFeedMarkdown', () => {
  const markdown = 'One [other article](../../15/b/) and [a section](#p2).\n\nTwo [bad](javascript:alert(1)) <b>raw</b>.';
  const articleUrl = 'https://x.org/2017/11/16/a/';

  it('gives feeds the page’s paragraphs without its ids, search attributes and ¶ links', async () => {
    const page = await renderArticleMarkdown(markdown);
    expect(page).toContain('data-pagefind-title');
    const feed = await renderFeedMarkdown(markdown, articleUrl);
    expect(feed).not.toMatch(/\sid=|data-|aria-label|¶/);
    expect(feed.match(/<p>/g)).toHaveLength(2);
  });

  it('makes relative links absolute against the article’s URL and stays sanitised', async () => {
    const feed = await renderFeedMarkdown(markdown, articleUrl);
    expect(feed).toContain('<a href="https://x.org/2017/11/15/b/">other article</a>');
    expect(feed).toContain('<a href="https://x.org/2017/11/16/a/#p2">a section</a>');
    expect(feed).not.toContain('javascript:');
    expect(feed).toContain('&#x3C;b>raw&#x3C;/b>');
  });
});
