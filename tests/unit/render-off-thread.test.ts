import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderArticleMarkdown } from '../../src/markdown/article-markdown.ts';
import { formatCitationsOffThread, renderBodyOffThread } from '../../src/render/off-thread.ts';
import { CITATION_STYLES, cslItem, formatCitation, type CslItem } from '../../src/site/citation.ts';

// The worker is plain Node running the repository's TypeScript, not Vite: these check that it
// loads, and that it gives exactly what the same functions give on the calling thread.

/** A hostile article's body (raw HTML, scripts, unsafe links): the sanitiser must run on the worker too. */
const fixtureBody = async () => (await readFile('tests/fixtures/hostile/content/articles/2017/11/15/raw-html-in-the-body.md', 'utf8')).split(/^---$/m).slice(2).join('---');

const item: CslItem = cslItem({
  article: { title: 'Georgia denounces Putin’s meeting', authors: ['Tea Mariamidze'], published: '2019-03-08T01:30:00+04:00', dateline: 'Tbilisi', slug: 'georgia-denounces' },
  sourceName: 'The Messenger',
  language: 'en',
  url: 'https://archive.example/2019/03/08/georgia-denounces/',
  accessed: new Date('2025-06-02T10:00:00Z'),
});

describe('rendering on a worker thread', () => {
  it('gives an article body the HTML the page pipeline gives it on this thread', async () => {
    const markdown = `First paragraph with *emphasis* and a [link](https://civil.ge/).\n\nSecond <script>alert(1)</script> one.\n\n${await fixtureBody()}`;
    expect(await renderBodyOffThread(markdown)).toBe(await renderArticleMarkdown(markdown));
  });

  it('formats the reference in every style exactly as citeproc does on this thread', async () => {
    const formatted = await formatCitationsOffThread(item);
    expect(Object.keys(formatted).sort()).toEqual(CITATION_STYLES.map((style) => style.id).sort());
    for (const { id } of CITATION_STYLES) expect(formatted[id]).toBe(formatCitation(item, id, 'html'));
  });

  it('answers many requests at once, each with its own result', async () => {
    const bodies = Array.from({ length: 40 }, (_, n) => `Paragraph number ${n}.`);
    const html = await Promise.all(bodies.map((body) => renderBodyOffThread(body)));
    html.forEach((page, n) => expect(page).toContain(`Paragraph number ${n}.`));
  });

  it('fails the request, not the worker, when rendering throws', async () => {
    // citeproc forgives most broken records; no record at all it cannot.
    await expect(formatCitationsOffThread(null as unknown as CslItem)).rejects.toThrow(/render worker: TypeError: Cannot destructure property 'id'/);
    expect(await renderBodyOffThread('Still here.')).toContain('Still here.');
  });
});
