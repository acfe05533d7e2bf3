import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import rehypeParagraphIds from '../../src/markdown/rehype-paragraph-ids.ts';
import { absoluteParagraphLinks } from '../../src/site/feed-html.ts';

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

describe('absoluteParagraphLinks', () => {
  it('points the plugin’s own paragraph links at the article URL and leaves other links alone', () => {
    const html = `${render('One.')}<a href="#p1">a reader's own link</a>`;
    const result = absoluteParagraphLinks(html, 'https://x.org/2017/11/15/a/');
    expect(result).toContain('<a href="https://x.org/2017/11/15/a/#p1" aria-label="Paragraph 1"');
    expect(result).toContain(`<a href="#p1">a reader's own link</a>`);
  });
});
