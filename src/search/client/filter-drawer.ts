import { required } from './render.ts';

/**
 * Where the filter panel sits. Beside the results on a wide screen; on a narrow one (a phone) the
 * results come first and the panel opens in a modal dialog from a "Filters" button, whose "Show N
 * results" button closes it onto the results. The dialog is the browser's own: focus moves into
 * it, Escape closes it, and focus returns to the button that opened it. On a narrow screen the
 * parts of the page above the results that a search rarely needs (the dates, order and help; the
 * chart) fold under one line each (SearchApp.astro's `.search-fold`), so the first result starts
 * within the first screen of a 390 x 844 phone; a fold holding a field the URL sets stays open.
 */

/** As wide as the two columns need (SearchApp.astro's media query). */
const WIDE = '(min-width: 72rem)';

export class FilterDrawer {
  private readonly side = required<HTMLElement>('#search-filters');
  private readonly dialog = required<HTMLDialogElement>('#search-filter-dialog');
  private readonly dialogBody = required<HTMLElement>('#search-filter-dialog-body');
  private readonly opener = required<HTMLButtonElement>('#search-filter-open');
  private readonly showButton = required<HTMLButtonElement>('#search-filter-show');
  private readonly wide = matchMedia(WIDE);
  private ready = false;

  constructor(private readonly panel: HTMLElement) {
    this.opener.addEventListener('click', () => this.dialog.showModal());
    required<HTMLButtonElement>('#search-filter-close').addEventListener('click', () => this.dialog.close());
    this.showButton.addEventListener('click', () => {
      this.dialog.close();
      required<HTMLElement>('#search-results-section').scrollIntoView({ block: 'start' });
    });
    this.wide.addEventListener('change', () => {
      this.place();
      this.fold();
    });
    this.fold();
  }

  /** The panel has something to show: it appears, beside the results or behind the button. */
  reveal(): void {
    this.ready = true;
    this.place();
  }

  /** The number of results the filters chosen give, and how many values are chosen. */
  showCount(results: number, chosen: number): void {
    this.showButton.textContent = results === 0 ? 'No results: back to the search' : `Show ${results === 1 ? '1 result' : `${results} results`}`;
    this.opener.textContent = chosen > 0 ? `Filters (${chosen} chosen)` : 'Filters';
  }

  /** Open on a wide screen, where their line is hidden; folded on a narrow one unless the search uses them. */
  private fold(): void {
    const params = new URLSearchParams(location.search);
    for (const fold of document.querySelectorAll<HTMLDetailsElement>('.search-fold')) {
      fold.open = this.wide.matches || [...fold.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[name]')].some((field) => params.has(field.name));
    }
  }

  private place(): void {
    const wide = this.wide.matches;
    if (wide && this.dialog.open) this.dialog.close();
    const home = wide ? this.side : this.dialogBody;
    // Moving the panel would drop the keyboard user's place in it.
    if (this.panel.parentElement !== home) home.append(this.panel);
    this.side.hidden = !this.ready || !wide;
    this.opener.hidden = !this.ready || wide;
  }
}
