import { pageNumbers } from '../../archive/pagination.ts';
import { pageCount, PAGE_SIZES, readPaging, resized, writePaging, type PageSize, type Paging } from '../result-pages.ts';
import type { PagefindResult } from './pagefind-api.ts';
import { element, required, resultItem } from './render.ts';
import { markStep } from './search-steps.ts';

/**
 * The articles view's numbered pages (src/search/result-pages.ts): the list shows one page of a
 * search's results, a pager below links the pages by number, and a select chooses the page size.
 * Only the page on screen fetches its results' fragments.
 */

export interface ShownResults {
  results: readonly PagefindResult[];
  /** Searched words and phrases, marked in the excerpts and on the pages they link to. */
  terms: string[];
}

export interface ResultPagesOptions {
  /** The search's address with another page or size. */
  href: (paging: Paging) => string;
  /** The reader moved to another page or size: the page records the URL as a new history entry. */
  moved: () => void;
}

export class ResultPagesView {
  private paging: Paging = readPaging(new URLSearchParams(location.search));
  private shown: ShownResults = { results: [], terms: [] };
  /** Each drawing gets a number; a slow page never overwrites a later one. */
  private ticket = 0;
  private readonly list = required<HTMLOListElement>('#search-results');
  private readonly box = required<HTMLElement>('#search-paging');
  private readonly pager = required<HTMLElement>('#search-pager');
  private readonly size = required<HTMLSelectElement>('#search-page-size');

  constructor(private readonly options: ResultPagesOptions) {
    this.size.replaceChildren(...PAGE_SIZES.map((size) => element('option', { value: String(size) }, String(size))));
    this.size.value = String(this.paging.size);
    this.size.addEventListener('change', () => void this.moveTo(resized(this.paging, Number(this.size.value) as PageSize)));
    this.pager.addEventListener('click', (event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>('a[data-page]') : null;
      if (!link) return;
      event.preventDefault();
      void this.moveTo({ ...this.paging, page: Number(link.dataset.page) });
    });
  }

  /** The paging's keys (the page on screen's, unless another is given), appended to a search's query string. */
  params(params: URLSearchParams, paging: Paging = this.paging): URLSearchParams {
    return writePaging(paging, params);
  }

  /** Back or Forward, or a link: the page the URL names. */
  readUrl(): void {
    this.paging = readPaging(new URLSearchParams(location.search));
    this.size.value = String(this.paging.size);
  }

  /** A new search starts on its first page. */
  firstPage(): void {
    this.paging = { ...this.paging, page: 1 };
  }

  clear(): void {
    this.ticket += 1;
    this.shown = { results: [], terms: [] };
    this.list.replaceChildren();
    this.box.hidden = true;
  }

  /** A search's results: the page the URL names (the last one if it names a page past the end). */
  show(shown: ShownResults): Promise<void> {
    this.shown = shown;
    this.paging = { ...this.paging, page: Math.min(this.paging.page, pageCount(shown.results.length, this.paging.size)) };
    return this.draw();
  }

  private async moveTo(paging: Paging): Promise<void> {
    this.paging = paging;
    this.size.value = String(paging.size);
    this.options.moved();
    await this.draw();
    // The reader reads on from the top of the new page, with the keyboard on its first result.
    this.list.closest('section')?.scrollIntoView({ block: 'start' });
    this.list.querySelector('a')?.focus({ preventScroll: true });
  }

  private async draw(): Promise<void> {
    const ticket = ++this.ticket;
    const { results, terms } = this.shown;
    const { page, size } = this.paging;
    const first = (page - 1) * size;
    const onPage = results.slice(first, first + size);
    this.list.replaceChildren();
    this.list.start = first + 1;
    this.drawPager(results.length);
    // The first result's fragment is fetched alone: the page's others, arriving with it, would be
    // decompressed and read before it is drawn. Then all the others at once, each result shown as
    // soon as it and those above it have arrived.
    const fragments = onPage.slice(0, 1).map((result) => result.data());
    for (const [i, result] of onPage.entries()) {
      const item = resultItem(await fragments[i]!, terms, result.matchedMetaFields);
      if (ticket !== this.ticket) return;
      this.list.append(item);
      if (i === 0) {
        markStep('first-result');
        fragments.push(...onPage.slice(1).map((other) => other.data()));
      }
    }
    markStep('page-shown');
  }

  private drawPager(total: number): void {
    const { page, size } = this.paging;
    const count = pageCount(total, size);
    this.box.hidden = total <= PAGE_SIZES[0];
    const first = (page - 1) * size + 1;
    const range = element('p', { id: 'search-page-range', class: 'search-page-range' }, `Results ${first}–${Math.min(total, page * size)} of ${total}, page ${page} of ${count}`);
    const link = (to: number, text: string, label?: string) =>
      element('a', { href: this.options.href({ page: to, size }), 'data-page': String(to), ...(label ? { 'aria-label': label } : {}) }, text);
    const items: HTMLLIElement[] = [];
    if (page > 1) items.push(element('li', { class: 'search-pager-step' }, link(page - 1, 'Previous', `Previous page, ${page - 1}`)));
    for (const to of pageNumbers(page, count)) {
      if (to === undefined) items.push(element('li', { class: 'search-pager-gap', 'aria-hidden': 'true' }, '…'));
      else if (to === page) items.push(element('li', {}, element('span', { 'aria-current': 'page' }, String(to))));
      else items.push(element('li', {}, link(to, String(to), `Page ${to}`)));
    }
    if (page < count) items.push(element('li', { class: 'search-pager-step' }, link(page + 1, 'Next', `Next page, ${page + 1}`)));
    this.pager.replaceChildren(range, element('ul', {}, ...items));
  }
}
