import { longDate } from '../../views/format.ts';
import { highlightLink } from '../result-links.ts';
import { concordanceLines, sortLines, type ConcordanceLine, type LineOrder } from './concordance.ts';
import type { PagefindResult } from './pagefind-api.ts';
import { readFragments } from './read-fragments.ts';
import { element } from './render.ts';

/**
 * The "Lines" view: a table of every match of the search in context (src/search/client/concordance.ts).
 * In the results' order, lines are read a few articles at a time, as the reader reaches the end
 * of the table (or presses "Show more lines"); ordered by the word beside the match, every
 * result is read first, since any of them may hold the first line.
 */

/** Lines added to the table at a time. */
const LINES_PAGE = 50;
/** Results read at a time in the results' order (each costs its fragment, as in the articles view). */
const RESULTS_PAGE = 10;

export interface ConcordanceElements {
  body: HTMLTableSectionElement;
  status: HTMLElement;
  more: HTMLButtonElement;
}

export interface ConcordanceInput {
  results: readonly PagefindResult[];
  order: LineOrder;
  /** Searched words and phrases, marked on the page a line links to. */
  terms: string[];
}

export class ConcordanceView {
  /** Each showing gets a number; a slower earlier one stops adding lines. */
  private showing = 0;
  private lines: ConcordanceLine[] = [];
  private shownLines = 0;
  private readResults = 0;
  private input: ConcordanceInput | null = null;
  private loading: Promise<void> | null = null;
  /** Stops reading every result for an order once the showing is superseded: its fetches would queue before the next search's. */
  private reading = new AbortController();
  private readonly observer: IntersectionObserver;

  constructor(private readonly elements: ConcordanceElements) {
    // Reaching the button loads the next lines; the button itself does the same for a keyboard.
    this.observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) void this.more();
    });
    elements.more.addEventListener('click', async () => {
      const row = this.elements.body.rows.length;
      await this.more();
      // The keyboard user carries on from the first new line.
      this.elements.body.rows[row]?.querySelector('a')?.focus();
    });
  }

  /** Draws the lines of a search's results from the start. */
  async show(input: ConcordanceInput): Promise<void> {
    this.stop();
    const ticket = this.showing;
    this.reading = new AbortController();
    this.input = input;
    this.lines = [];
    this.shownLines = 0;
    this.readResults = 0;
    this.loading = null;
    this.elements.body.replaceChildren();
    this.elements.more.hidden = true;
    this.observer.disconnect();
    if (input.order !== 'results') {
      this.elements.status.textContent = `Reading the ${input.results.length} results to order their lines…`;
      const onProgress = (done: number) => {
        if (ticket === this.showing && done % 50 === 0) this.elements.status.textContent = `Reading results: ${done} of ${input.results.length}…`;
      };
      const all = await readFragments(input.results, concordanceLines, { onProgress, signal: this.reading.signal }).catch((error: unknown) => {
        // Superseded: stopped on purpose. Anything else is a failure to report.
        if (ticket === this.showing) throw error;
        return null;
      });
      if (ticket !== this.showing || !all) return;
      this.lines = sortLines(all.flat(), input.order);
      this.readResults = input.results.length;
    }
    await this.more(ticket);
  }

  /** Stops a showing in progress: the view is hidden or a new search started. */
  stop(): void {
    this.showing += 1;
    this.reading.abort();
    this.observer.disconnect();
  }

  private more(ticket = this.showing): Promise<void> {
    this.loading ??= this.addPage(ticket).finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async addPage(ticket: number): Promise<void> {
    const input = this.input;
    if (!input) return;
    // In the results' order, read results until a page of lines is waiting or none are left.
    while (this.lines.length - this.shownLines < LINES_PAGE && this.readResults < input.results.length) {
      const next = input.results.slice(this.readResults, this.readResults + RESULTS_PAGE);
      const read = await readFragments(next, concordanceLines);
      if (ticket !== this.showing) return;
      this.readResults += next.length;
      this.lines.push(...read.flat());
    }
    const page = this.lines.slice(this.shownLines, this.shownLines + LINES_PAGE);
    this.elements.body.append(...page.map((line) => lineRow(line, input.terms)));
    this.shownLines += page.length;
    const complete = this.readResults >= input.results.length && this.shownLines >= this.lines.length;
    this.elements.more.hidden = complete;
    this.elements.status.textContent = complete
      ? `${count(this.lines.length, 'line')} in ${count(input.results.length, 'article')}.`
      : `${count(this.shownLines, 'line')} shown, from ${this.readResults} of ${count(input.results.length, 'article')}.`;
    this.observer.disconnect();
    if (!complete) this.observer.observe(this.elements.more);
  }
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** One line: the words before, the match, the words after, and where it is. */
function lineRow(line: ConcordanceLine, terms: string[]): HTMLTableRowElement {
  const where = [line.title, line.published ? longDate(line.published) : '', line.paragraph ? `paragraph ${line.paragraph}` : 'title'].filter(Boolean).join(', ');
  return element(
    'tr',
    {},
    element('td', { class: 'kwic-left' }, line.left),
    element('td', { class: 'kwic-hit' }, element('mark', {}, line.hit)),
    element('td', { class: 'kwic-right' }, line.right),
    element('td', { class: 'kwic-where' }, element('a', { href: highlightLink(line.url, terms) }, where)),
  );
}
