import { describe, expect, it } from 'vitest';
import { articleProcessor, renderArticleMarkdown } from '../../src/markdown/article-markdown.ts';

/**
 * The article pipeline's safety plugins without the site's paragraph numbering, so the expected
 * HTML is exact.
 */
const safeOnly = articleProcessor();
async function render(markdown: string): Promise<string> {
  return String(await safeOnly.process(markdown));
}

it('is part of the pipeline article pages and feeds render with', async () => {
  const html = await renderArticleMarkdown('Before <script>alert(1)</script> [x](javascript:alert(2)) after.');
  expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script>');
  expect(html).not.toMatch(/<script|javascript:/i);
});

describe('raw HTML in an article', () => {
  it.each([
    ['a script block', '<script>alert(1)</script>', '&#x3C;script>alert(1)&#x3C;/script>'],
    ['an inline image with onerror', 'Look <img src=x onerror=alert(1)> here', 'Look &#x3C;img src=x onerror=alert(1)> here'],
    ['an iframe', '<iframe src="https://evil.example/"></iframe>', '&#x3C;iframe src="https://evil.example/">&#x3C;/iframe>'],
    ['a style element', '<style>body{display:none}</style>', '&#x3C;style>body{display:none}&#x3C;/style>'],
    ['an HTML comment', 'before <!-- hidden --> after', 'before &#x3C;!-- hidden --> after'],
  ])('shows %s as visible text', async (_name, markdown, visible) => {
    const html = await render(markdown);
    expect(html).toContain(visible);
    expect(html).not.toMatch(/<(script|img|iframe|style)\b/i);
    expect(html).not.toContain('<!--');
  });

  it('keeps a block of HTML inside a paragraph, in order with the text around it', async () => {
    const html = await render('First.\n\n<div onclick="x()">\nHidden words\n</div>\n\nLast.');
    expect(html).toBe('<p>First.</p>\n<p>&#x3C;div onclick="x()">\nHidden words\n&#x3C;/div></p>\n<p>Last.</p>');
  });
});

describe('links and images in Markdown syntax', () => {
  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', 'vbscript:msgbox(1)', 'file:///etc/passwd'])(
    'keeps the words of a link to %s and drops the link',
    async (url) => {
      const html = await render(`Read [the words](<${url}>) now.`);
      expect(html).toBe('<p>Read the words now.</p>');
    },
  );

  it('keeps the alt text of a remote image, which the CSP would block, and shows a local one', async () => {
    expect(await render('![a photo](https://tracker.example/pixel.png)')).toBe('<p>a photo</p>');
    expect(await render('![a photo](/photos/a.jpg)')).toBe('<p><img src="/photos/a.jpg" alt="a photo"></p>');
  });

  it('keeps the alt text of an image whose URL could run code', async () => {
    expect(await render('![a photo](javascript:alert(1))')).toBe('<p>a photo</p>');
    expect(await render('![](data:image/svg+xml,<svg/onload=alert(1)>)')).not.toMatch(/<img|svg/i);
  });

  it('keeps http(s), mailto and relative links, and external ones open without an opener', async () => {
    expect(await render('[site](https://civil.ge/a)')).toBe(
      '<p><a href="https://civil.ge/a" rel="noopener noreferrer">site</a></p>',
    );
    expect(await render('[mail](mailto:desk@example.org)')).toBe('<p><a href="mailto:desk@example.org">mail</a></p>');
    expect(await render('[earlier](/2017/11/15/earlier/)')).toBe('<p><a href="/2017/11/15/earlier/">earlier</a></p>');
  });

  it('leaves ordinary prose untouched: quotes, brackets and a stray less-than sign', async () => {
    expect(await render('He said “yes” [sic] and 3 < 4 & "no".')).toBe(
      '<p>He said “yes” [sic] and 3 &#x3C; 4 &#x26; "no".</p>',
    );
  });
});
