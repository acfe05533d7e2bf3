import { ConcordanceView } from './concordance-view.ts';
import { downloadExport, EXPORT_FORMATS, EXPORT_NAMES, loadWriters, type ExportFormat } from './export-download.ts';
import type { PagefindResult } from './pagefind-api.ts';
import { suggestionNodes, suggestionsFor } from './suggestion-view.ts';
import { required } from './render.ts';
import { readViewState, writeViewState, type ViewState } from './view-state.ts';

/**
 * What the search page offers over a search's results besides the list of articles (issue 17,
 * items 4-6): the "Lines" view (a concordance), export of every result, and "Did you mean" when
 * nothing matched. The page hands each search's results to `show` and asks `viewParams` for the
 * view's part of the URL.
 */

export interface ShownSearch {
  query: string;
  /** Every result of the search, in the order the page lists them. */
  results: readonly PagefindResult[];
  /** Searched words and phrases, marked on the pages the lines link to. */
  terms: string[];
  /** Words of the query no article contains (suggestion-view.ts wordsWithoutMatch). */
  missing: string[];
}

export interface ResultViewsOptions {
  /** The search's address for a query (the page's state with another query). */
  searchHref: (query: string) => string;
  /** Runs the search for a query, as if typed. */
  runQuery: (query: string) => void;
  /** Sets the page's own result order (Order: best match, newest, oldest) and searches again. */
  runOrder: (sort: string) => void;
  /** The view changed: the page records the URL. */
  viewChanged: () => void;
}

export class ResultViews {
  private state: ViewState = readViewState(new URLSearchParams(location.search));
  private search: ShownSearch | null = null;
  /** Each search gets a number; a late word list never suggests for an earlier query. */
  private ticket = 0;
  private readonly tools = required<HTMLElement>('#search-tools');
  private readonly articles = required<HTMLElement>('#search-articles');
  private readonly linesBox = required<HTMLElement>('#search-lines');
  private readonly lineOrder = required<HTMLSelectElement>('#search-lines-order');
  private readonly lineOrderBox = required<HTMLElement>('#search-lines-order-box');
  private readonly exportStatus = required<HTMLElement>('#search-export-status');
  private readonly exportCancel = required<HTMLButtonElement>('#search-export-cancel');
  private readonly suggestion = required<HTMLElement>('#search-suggestion');
  private readonly lines = new ConcordanceView({
    body: required('#search-lines-body'),
    status: required('#search-lines-status'),
    more: required('#search-lines-more'),
  });
  /** The export under way, which Cancel stops; null when none is. */
  private exporting: AbortController | null = null;

  constructor(private readonly options: ResultViewsOptions) {
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="search-view"]')) {
      radio.addEventListener('change', () => {
        if (!radio.checked) return;
        this.state = { ...this.state, view: radio.value === 'lines' ? 'lines' : 'articles' };
        options.viewChanged();
        this.draw();
      });
    }
    this.lineOrder.addEventListener('change', () => {
      const value = this.lineOrder.value;
      if (value === 'left' || value === 'right') {
        this.state = { ...this.state, lines: value };
        options.viewChanged();
        this.draw();
      } else {
        // A date or relevance order is the results' own order: the page's Order control.
        this.state = { ...this.state, lines: 'results' };
        options.runOrder(value);
      }
    });
    for (const format of EXPORT_FORMATS) {
      required<HTMLButtonElement>(`#search-export-${format}`).addEventListener('click', () => void this.export(format));
    }
    // Opening the panel fetches the writers, so a chosen format starts on the fragments at once.
    required<HTMLDetailsElement>('.search-export').addEventListener('toggle', (event) => {
      if ((event.currentTarget as HTMLDetailsElement).open) void loadWriters().catch(() => undefined);
    });
    this.exportCancel.addEventListener('click', () => this.exporting?.abort());
  }

  /** The view's keys, appended to a search's query string. */
  viewParams(params: URLSearchParams): URLSearchParams {
    return writeViewState(this.state, params);
  }

  /** Back or Forward: the view the URL names. */
  readUrl(): void {
    this.state = readViewState(new URLSearchParams(location.search));
  }

  /** A search with nothing to show (no criteria): the tools and lines go away. */
  clear(): void {
    this.ticket += 1;
    this.search = null;
    this.tools.hidden = true;
    this.suggestion.hidden = true;
    this.lines.stop();
    this.linesBox.hidden = true;
    this.articles.hidden = false;
  }

  /** A search's results are on screen. `sort` is the page's Order (relevance, newest, oldest). */
  show(search: ShownSearch, sort: string): void {
    const ticket = ++this.ticket;
    this.search = search;
    this.tools.hidden = search.results.length === 0;
    this.lineOrder.value = this.state.lines === 'results' ? sort : this.state.lines;
    this.exportStatus.textContent = '';
    this.suggestion.hidden = true;
    this.suggestion.replaceChildren();
    this.draw();
    void suggestionsFor(search.query, search.missing)
      .then((suggestions) => {
        if (ticket !== this.ticket || suggestions.length === 0) return;
        this.suggestion.replaceChildren(...suggestionNodes(suggestions, this.options.searchHref, this.options.runQuery));
        this.suggestion.hidden = false;
      })
      // Without the word list there is nothing to suggest; the search itself has been answered.
      .catch(() => undefined);
  }

  private draw(): void {
    const lines = this.state.view === 'lines';
    for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="search-view"]')) radio.checked = radio.value === this.state.view;
    this.articles.hidden = lines;
    this.linesBox.hidden = !lines;
    this.lineOrderBox.hidden = !lines;
    if (lines && this.search) void this.lines.show({ results: this.search.results, order: this.state.lines, terms: this.search.terms });
    else this.lines.stop();
  }

  private async export(format: ExportFormat): Promise<void> {
    const search = this.search;
    if (!search || this.exporting) return;
    const exporting = new AbortController();
    this.exporting = exporting;
    const total = search.results.length;
    const progress = new ExportProgress(this.exportStatus, total);
    this.exportCancel.hidden = false;
    try {
      const context = { query: search.query, search: location.href, exported: new Date(), language: document.documentElement.lang || 'en' };
      await downloadExport(format, search.results, context, { onProgress: (done) => progress.update(done), signal: exporting.signal });
      progress.end(`Exported ${total === 1 ? '1 result' : `${total} results`} as ${EXPORT_NAMES[format]}.`);
    } catch {
      progress.end(exporting.signal.aborted ? 'Export cancelled.' : 'The export failed: part of the search index did not load. Please try again.');
    } finally {
      this.exporting = null;
      const focused = document.activeElement === this.exportCancel;
      this.exportCancel.hidden = true;
      // The keyboard user's place: the format just used, not the button that went away.
      if (focused) required<HTMLButtonElement>(`#search-export-${format}`).focus();
    }
  }
}

/** How often the export's progress is written to its status region: often enough to see it move, seldom enough for a screen reader to read. */
const PROGRESS_EVERY_MS = 500;

/** "Preparing: 300 of 1495 results…" in a role=status region, at most every PROGRESS_EVERY_MS. */
class ExportProgress {
  private done = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Fragments on their way when the export was cancelled still arrive: they no longer count. */
  private ended = false;

  constructor(
    private readonly status: HTMLElement,
    private readonly total: number,
  ) {
    this.write();
  }

  update(done: number): void {
    if (this.ended) return;
    this.done = done;
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.write();
    }, PROGRESS_EVERY_MS);
  }

  end(message: string): void {
    this.ended = true;
    clearTimeout(this.timer);
    this.status.textContent = message;
  }

  private write(): void {
    this.status.textContent = `Preparing: ${this.done} of ${this.total} results…`;
  }
}
