import { parseFrontmatter } from '@astrojs/markdown-remark';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderArticleMarkdown, renderFeedMarkdown } from '../../src/markdown/article-markdown.ts';
import { countWordsOffThread, feedBodyOffThread, firstSentenceOffThread, formatCitationsOffThread, renderBodyOffThread, writeFilesOffThread } from '../../src/publish/off-thread.ts';
import { countWords, noWordCounts } from '../../src/search/suggestion-words.ts';
import { firstSentence } from '../../src/views/summary.ts';
import { CITATION_STYLES, cslItem, formatCitation, type CslItem } from '../../src/views/citation.ts';

// The worker is plain Node running the repository's TypeScript, not Vite: these check that it
// loads, and that it gives exactly what the same functions give on the calling thread.

/** A hostile article (raw HTML and scripts in its body): the sanitiser must run on the worker too. */
const HOSTILE_ARTICLE = 'tests/fixtures/hostile/content/articles/2017/11/15/raw-html-in-the-body.md';

const item: CslItem = cslItem({
  article: { title: 'Georgia denounces Putin’s meeting', authors: ['Tea Mariamidze'], published: '2019-03-08T01:30:00+04:00', dateline: 'Tbilisi', slug: 'georgia-denounces' },
  sourceName: 'The Messenger',
  language: 'en',
  url: 'https://archive.example/2019/03/08/georgia-denounces/',
  accessed: new Date('2025-06-02T10:00:00Z'),
});

describe('rendering on a worker thread', () => {
  it('gives an article file’s body the HTML the page pipeline gives it on this thread, and its first sentence', async () => {
    const file = path.resolve(HOSTILE_ARTICLE);
    const markdown = parseFrontmatter(await readFile(file, 'utf8')).content;
    expect(markdown).toMatch(/<script|javascript:/i);
    expect(await renderBodyOffThread(file)).toEqual({ html: await renderArticleMarkdown(markdown), summary: firstSentence(markdown) });
    expect(await firstSentenceOffThread(file)).toBe(firstSentence(markdown));
  });

  it('gives the body a feed carries exactly as renderFeedMarkdown does on this thread', async () => {
    const file = path.resolve(HOSTILE_ARTICLE);
    const markdown = parseFrontmatter(await readFile(file, 'utf8')).content;
    const url = 'https://archive.example/2017/11/15/raw-html-in-the-body/';
    expect(await feedBodyOffThread(file, url)).toBe(await renderFeedMarkdown(markdown, url));
  });

  it('formats the reference in every style exactly as citeproc does on this thread', async () => {
    const formatted = await formatCitationsOffThread(item);
    expect(Object.keys(formatted).sort()).toEqual(CITATION_STYLES.map((style) => style.id).sort());
    for (const { id } of CITATION_STYLES) expect(formatted[id]).toBe(formatCitation(item, id, 'html'));
  });

  it('answers many requests at once, each with its own result', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-render-'));
    try {
      const files = await Promise.all(
        Array.from({ length: 40 }, async (_, n) => {
          const file = path.join(dir, `${n}.md`);
          await writeFile(file, `---\ntitle: "${n}"\n---\nParagraph number ${n}.\n`);
          return file;
        }),
      );
      const bodies = await Promise.all(files.map((file) => renderBodyOffThread(file)));
      bodies.forEach((body, n) => expect(body.html).toContain(`Paragraph number ${n}.`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('fails the request, not the worker, when rendering throws', async () => {
    // citeproc forgives most broken records; no record at all it cannot.
    await expect(formatCitationsOffThread(null as unknown as CslItem)).rejects.toThrow(/render worker: TypeError: Cannot read properties of null/);
    await expect(renderBodyOffThread(path.resolve('tests/fixtures/no-such-article.md'))).rejects.toThrow(/render worker: Error: ENOENT/);
    expect((await renderBodyOffThread(path.resolve(HOSTILE_ARTICLE))).html).toContain('<p id="p1"');
  });

  it('writes files from text or as byte-for-byte copies, creating their folders', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-write-'));
    try {
      // Not UTF-8 text: a copy must not decode and re-encode it.
      const original = Buffer.from([0xef, 0xbb, 0xbf, 0x93, 0x0d, 0x0a, 0x00, 0xff]);
      await writeFile(path.join(dir, 'clipping.txt'), original);
      await writeFilesOffThread([
        { file: path.join(dir, 'a/b/cite.ris'), content: { text: 'TY  - NEWS\nTI  - Tbilisi – Moscow\nER  - \n' } },
        { file: path.join(dir, 'a/b/original.txt'), content: { copyOf: path.join(dir, 'clipping.txt') } },
      ]);
      expect(await readFile(path.join(dir, 'a/b/cite.ris'), 'utf8')).toBe('TY  - NEWS\nTI  - Tbilisi – Moscow\nER  - \n');
      expect((await readFile(path.join(dir, 'a/b/original.txt'))).equals(original)).toBe(true);
      await expect(writeFilesOffThread([{ file: path.join(dir, 'c/original.txt'), content: { copyOf: path.join(dir, 'missing.txt') } }])).rejects.toThrow(/render worker: Error: ENOENT/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('counts the words of articles, in several requests, as countWords does on this thread, and leaves this thread free meanwhile', { timeout: 60_000 }, async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dateline-words-'));
    try {
      // More articles than one request counts, so the counts of several requests add up.
      const articles = await Promise.all(
        Array.from({ length: 1_200 }, async (_, n) => {
          const file = path.join(dir, `${n}.md`);
          const words = Array.from({ length: 120 }, (_, w) => `Word${(n * 7 + w) % 431}`).join(' ');
          await writeFile(file, `---\ntitle: "Article ${n}"\n---\nTalks in Tbilisi’s harbour, ${words}.\n`);
          return { title: `Article ${n} on Sokhumi`, file, body: `Talks in Tbilisi’s harbour, ${words}.\n` };
        }),
      );
      const expected = noWordCounts();
      for (const { title, body } of articles) countWords(expected, `${title}\n${body}`);
      countWords(expected, 'Untitled without a file\n');
      // This thread's timers run while the worker counts: Astro renders other pages meanwhile.
      let ticks = 0;
      const timer = setInterval(() => (ticks += 1), 1);
      const counts = await countWordsOffThread([...articles.map(({ title, file }) => ({ title, file })), { title: 'Untitled without a file', file: undefined }]);
      clearInterval(timer);
      expect(counts).toEqual(expected);
      expect(counts.articles.get('tbilisi')).toBe(1_200);
      expect(ticks).toBeGreaterThan(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
