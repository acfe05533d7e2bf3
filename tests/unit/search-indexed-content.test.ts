import { describe, expect, it } from 'vitest';
import { PARAGRAPH_LINK_SELECTOR } from '../../src/markdown/rehype-paragraph-ids.ts';
import { indexedContent } from '../../src/search/indexed-content.ts';

/**
 * A shard is re-indexed when what Pagefind reads from one of its pages changes
 * (src/search/indexed-content.ts), and only then. Each case below changes one kind of thing on an
 * article page laid out as the site's (src/components/article): what Pagefind reads must change
 * the string, what it never reads must not.
 */

const EXCLUDE = [PARAGRAPH_LINK_SELECTOR];

/** An article page as the site writes it, every part that could change given as a default. */
const PAGE = {
  lang: 'en',
  title: 'Harbour works resume after winter',
  paragraph: 'The cranes returned to the north quay on Monday.',
  paragraphLink: '#p1',
  weight: '10',
  ignore: 'index',
  byline: 'Mara Quill',
  source: 'coast-courier',
  sortKey: '2019-03-08T09:00:00.000Z',
  year: '2019',
  person: 'ines-varga',
  personName: 'Ines Varga',
  names: 'Ines Varga|Inès Varga',
  indexAttrs: 'title',
  captionTitle: 'The north quay',
  previous: 'Ferry timetable changes',
  previousHref: '/2019/03/07/ferry/',
  related: 'Dock strike ends',
  footerImage: '/logo.svg',
  navText: 'Archive Sources People',
};
type Page = typeof PAGE;

const html = (p: Page) => `<!doctype html><html lang="${p.lang}"><head><meta charset="utf-8"><title>${p.title} · Dateline</title></head><body>
<nav aria-label="Site">${p.navText}</nav>
<main><article>
<div data-pagefind-body>
  <h1 class="article-title" data-pagefind-weight="${p.weight}" data-pagefind-meta="url:/2019/03/08/harbour/">${p.title}</h1>
  <header class="article-header" data-pagefind-ignore="${p.ignore}">
    <p class="byline">By <span data-pagefind-meta="byline"><a href="/authors/quill/" data-pagefind-filter="author">${p.byline}</a></span></p>
    <p><a href="/sources/${p.source}/" data-pagefind-filter="source:${p.source}">all articles from this paper</a>,
    <time datetime="${p.sortKey}" data-pagefind-meta="published[datetime]" data-year="${p.year}" data-pagefind-filter="year[data-year]" data-pagefind-sort="date:${p.sortKey}">8 March 2019</time></p>
  </header>
  <figure><figcaption title="${p.captionTitle}" data-pagefind-index-attrs="${p.indexAttrs}">Cranes at dawn.</figcaption></figure>
  <div class="article__body"><p id="p1">${p.paragraph} <a href="${p.paragraphLink}" aria-label="Paragraph 1">¶</a></p></div>
</div>
<footer class="article-footer">
  <dl class="entity-names" data-names="${p.names}" data-pagefind-meta="names[data-names]"><dt>People</dt><dd><a href="/people/${p.person}/" data-pagefind-filter="person:${p.person}">${p.personName}</a></dd></dl>
  <nav class="neighbours"><p>Previous article <a rel="prev" href="${p.previousHref}">${p.previous}</a></p></nav>
  <section id="related"><ol><li><h3><a href="/2001/01/01/strike/">${p.related}</a></h3></li></ol></section>
  <img src="${p.footerImage}" alt="Dateline">
</footer>
</article></main></body></html>`;

const read = (changes: Partial<Page> = {}) => indexedContent(html({ ...PAGE, ...changes }), EXCLUDE);

describe('indexedContent: what Pagefind reads from a page', () => {
  it('is the same for the same page', () => {
    expect(read()).toBe(read());
  });

  /** One change of each kind, and whether Pagefind reads what it changes (then the string changes, else it stays the same). */
  const changes: [kind: string, change: Partial<Page>, readByPagefind: boolean][] = [
    ['the previous article\u2019s title (a neighbour added)', { previous: 'A newer neighbour' }, false],
    ['the previous article\u2019s link', { previousHref: '/2019/03/08/newer/' }, false],
    ['a related article', { related: 'A newly related report' }, false],
    ['the site navigation', { navText: 'Archive Sources People Places' }, false],
    ['the \u00b6 link, an excluded selector inside the body', { paragraphLink: '#p1-moved' }, false],
    ['a word of the body', { paragraph: 'The cranes returned to the south quay on Monday.' }, true],
    ['a word of the title (also the default title metadata)', { title: 'Harbour works resume after spring' }, true],
    ['a filter value written inline, outside the body', { person: 'ines-varga-2' }, true],
    ['a filter value read from the element\u2019s text, inside an ignored element', { byline: 'Mara Quill-Hart' }, true],
    ['a filter value read from an attribute', { year: '2018' }, true],
    ['a metadata value read from an attribute, outside the body', { names: 'Ines Varga|Ines Varga-Sol' }, true],
    ['a metadata value read from the element\u2019s text, outside the body', { personName: 'Inès Varga' }, true],
    ['the sort value', { sortKey: '2019-03-08T09:30:00.000Z' }, true],
    ['the page\u2019s language', { lang: 'fr' }, true],
    ['a weight', { weight: '7' }, true],
    ['what data-pagefind-ignore leaves out (index: only the words; all: filters and metadata too)', { ignore: 'all' }, true],
    ['an attribute Pagefind is told to index', { captionTitle: 'The south quay' }, true],
    ['which attributes Pagefind is told to index', { indexAttrs: 'title,lang' }, true],
    ['the default image metadata: the first img after the h1, even outside the body', { footerImage: '/logo-2.svg' }, true],
    ['the source filter', { source: 'harbour-herald' }, true],
  ];
  for (const [kind, change, readByPagefind] of changes) {
    it(`${readByPagefind ? 'changes' : 'stays the same'} when ${kind} changes`, () => expect(read(change) === read()).toBe(!readByPagefind));
  }

  it('reads every data-pagefind-body element of a page', () => {
    const twoBodies = (second: string) => `<html lang="en"><body><div data-pagefind-body><h1>T</h1></div><nav>x</nav><div data-pagefind-body><p>${second}</p></div></body></html>`;
    expect(indexedContent(twoBodies('one'), EXCLUDE)).not.toBe(indexedContent(twoBodies('two'), EXCLUDE));
  });
});
