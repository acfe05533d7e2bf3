import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { articleParagraphs, refuseLeftOut } from '../../src/importer/page-left-out.ts';
import { splitTextBlocks } from '../../src/importer/split-text-blocks.ts';

const spaced = (text: string | null) => (text ?? '').replace(/\s+/gu, ' ').trim();
const sentence = (n: number) => `Sentence ${n} of the article is long enough to be one of its paragraphs and ends with a full stop.`;
const textOf = (html: string) => {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks = splitTextBlocks(articleParagraphs(document as unknown as Document, spaced).map(({ element }) => element));
  return blocks ? [...blocks.children].map((element) => `${element.tagName} ${spaced(element.textContent)}`) : undefined;
};

describe('the text of a page split into blocks (Der Spiegel)', () => {
  it('joins the blocks that hold the paragraphs and their like between them, leaving out boxes of other kinds', () => {
    const block = (text: string) => `<div data-area="text_block"><p>${text}</p></div>`;
    const html = `<article><section><figure><img src="a.jpg"><figcaption>Photo</figcaption></figure>${block(sentence(1))}<div data-area="related"><h3>More</h3><p>Read this.</p></div>${block('Short.')}<h2>A sub-heading</h2>${block(sentence(2))}<div data-area="ad"><p>Advertisement</p></div>${block(sentence(3))}</section></article>`;
    expect(textOf(html)).toEqual([`P ${sentence(1)}`, 'P Short.', 'H2 A sub-heading', `P ${sentence(2)}`, `P ${sentence(3)}`]);
  });

  it('keeps paragraphs that are the blocks themselves whole', () => {
    expect(textOf(`<article><p>${sentence(1)}</p><p>${sentence(2)}</p></article>`)).toEqual([`P ${sentence(1)}`, `P ${sentence(2)}`]);
  });

  it('still refuses a page whose text lacks a paragraph, naming it', () => {
    expect(() => refuseLeftOut([sentence(1), sentence(2)], [sentence(1)])).toThrow(/1 of the 2 paragraphs of its <article> were left out \(the first: "Sentence 2 of the article/u);
    expect(() => refuseLeftOut([sentence(1)], [`${sentence(1)} More.`])).not.toThrow();
  });
});
