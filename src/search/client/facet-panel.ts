import { ENTITY_KIND_LIST, ENTITY_KINDS } from '../../lib/entity-kinds.ts';
import type { FacetAliases, FacetLabels } from '../facet-labels.ts';
import { facetValue, facetView, sortValues, FACET_ORDERS, type FacetOrder, type FacetValue, type SortedValues } from '../facet-values.ts';
import { FACETS, type Facet, type SearchState } from '../search-state.ts';
import type { PanelPlace } from './history-place.ts';
import type { PagefindFilterCounts } from './pagefind-api.ts';
import { element } from './render.ts';

/**
 * The filter panel: one foldable group per facet, each with a filter box, an order switch and a
 * short list of its values as checkboxes named like the URL keys and owned by the search form (so
 * the form's own data is the search state). The groups are built once and keep the reader's
 * filter text, order and focus; each search only redraws their lists. A list holds the chosen
 * values and at most FACET_MAX_VALUES others (src/search/facet-values.ts), so the page stays small
 * at any archive size: 2,360 people at 10,000 articles are reached by typing, not scrolling.
 */

const FACET_NAMES = {
  source: 'Source',
  year: 'Year',
  author: 'Author',
  ...Object.fromEntries(ENTITY_KINDS.map((kind) => [ENTITY_KIND_LIST[kind].facet, ENTITY_KIND_LIST[kind].one])),
} as Record<Facet, string>;

/** Values listed when a facet opens, and how many more each "Show more" adds. */
const FACET_FIRST_VALUES = 10;
const FACET_MORE_VALUES = 20;
/**
 * The most values (besides chosen ones) a list ever holds: four elements each, so six facets
 * stretched to the end add 1,200 elements to a page of 50 results with every facet open (1,617
 * elements at 1,000 articles), within the 3,000 a search page may have at any archive size.
 */
const FACET_MAX_VALUES = 50;

const ORDER_NAMES: Record<FacetOrder, string> = { count: 'Most articles', name: 'A–Z' };

export interface FacetCountsShown {
  state: SearchState;
  /** Counts for the current query and filters, of the facets that are counted. */
  counts: PagefindFilterCounts;
  labels: FacetLabels;
  aliases: FacetAliases;
  /** Facets whose counts are loaded (src/search/client/facet-counts.ts). */
  counted: (facet: Facet) => boolean;
}

export interface FacetPanelEvents {
  opened: (facet: Facet) => void;
  closed: (facet: Facet) => void;
  /** A value was ticked or unticked. */
  chose: () => void;
}

interface Group {
  details: HTMLDetailsElement;
  filter: HTMLInputElement;
  order: HTMLSelectElement;
  tools: HTMLElement;
  list: HTMLUListElement;
  note: HTMLElement;
  more: HTMLButtonElement;
  limit: number;
  /** The values in each order, null while the facet is not counted. */
  values: SortedValues | null;
}

export class FacetPanel {
  private readonly groups = new Map<Facet, Group>();

  constructor(
    box: HTMLElement,
    private readonly formId: string,
    events: FacetPanelEvents,
  ) {
    for (const facet of FACETS) {
      const group = this.group(facet, events);
      this.groups.set(facet, group);
      box.append(group.details);
    }
  }

  /** Which groups are open, and how each lists its values: what Back and Forward return to. */
  place(): PanelPlace {
    const lists: PanelPlace['lists'] = {};
    for (const [facet, { order, limit, filter }] of this.groups) lists[facet] = { order: order.value as FacetOrder, limit, filter: filter.value };
    return { open: FACETS.filter((facet) => this.groups.get(facet)!.details.open), lists };
  }

  /** Puts the groups as a history entry recorded them (history-place.ts); the next search draws their lists. */
  setPlace({ open, lists }: PanelPlace): void {
    for (const [facet, group] of this.groups) {
      group.details.open = open.includes(facet);
      const list = lists[facet];
      if (!list) continue;
      group.order.value = list.order;
      group.limit = Math.min(FACET_MAX_VALUES, Math.max(FACET_FIRST_VALUES, list.limit));
      group.filter.value = list.filter;
    }
  }

  /** A search's counts: every group's list is redrawn; a group the search filters by opens. */
  show({ state, counts, labels, aliases, counted }: FacetCountsShown): void {
    for (const [facet, group] of this.groups) {
      const selected = new Set(state.filters[facet] ?? []);
      if (selected.size > 0) group.details.open = true;
      if (!counted(facet)) {
        group.values = null;
      } else {
        const available = counts[facet] ?? {};
        const values = new Set([...selected, ...Object.keys(available).filter((value) => (available[value] ?? 0) > 0)]);
        group.values = sortValues(
          [...values].map((value) => facetValue(value, labels[facet]?.[value] ?? value, available[value] ?? 0, selected.has(value), aliases[facet]?.[value])),
        );
      }
      this.drawList(facet, group);
    }
  }

  private group(facet: Facet, events: FacetPanelEvents): Group {
    const name = FACET_NAMES[facet];
    const id = `facet-${facet}`;
    const filter = element('input', { type: 'search', id: `${id}-filter`, autocomplete: 'off', spellcheck: 'false' });
    const order = element('select', { id: `${id}-order` }, ...FACET_ORDERS.map((value) => element('option', { value }, ORDER_NAMES[value])));
    // Years read best in time order; other values with the most articles first.
    order.value = facet === 'year' ? 'name' : 'count';
    const tools = element(
      'div',
      { class: 'facet-tools' },
      element('label', { for: filter.id }, `Find a${/^[AEIOU]/.test(name) ? 'n' : ''} ${name.toLowerCase()}`),
      filter,
      element('label', { for: order.id }, 'Order'),
      order,
    );
    const list = element('ul', {});
    const note = element('p', { class: 'facet-note', id: `${id}-note`, 'aria-live': 'polite' });
    const more = element('button', { type: 'button', class: 'facet-more' });
    const fieldset = element('fieldset', { 'aria-label': name }, list);
    const details = element('details', { class: 'search-facet', 'data-facet': facet }, element('summary', {}, name), tools, fieldset, note, more);
    const group: Group = { details, filter, order, tools, list, note, more, limit: FACET_FIRST_VALUES, values: null };
    filter.setAttribute('aria-describedby', note.id);
    filter.addEventListener('input', () => {
      group.limit = FACET_FIRST_VALUES;
      this.drawList(facet, group);
    });
    order.addEventListener('change', () => this.drawList(facet, group));
    more.addEventListener('click', () => {
      const before = group.list.children.length;
      group.limit = Math.min(FACET_MAX_VALUES, group.limit + FACET_MORE_VALUES);
      this.drawList(facet, group);
      // The keyboard carries on from the first value just listed.
      group.list.children[before]?.querySelector('input')?.focus();
    });
    list.addEventListener('change', (event) => {
      event.stopPropagation();
      events.chose();
    });
    // `toggle` does not bubble; each group listens to its own.
    details.addEventListener('toggle', () => (details.open ? events.opened(facet) : events.closed(facet)));
    return group;
  }

  private drawList(facet: Facet, group: Group): void {
    const values = group.values?.[group.order.value as FacetOrder];
    group.tools.hidden = !values || values.length === 0;
    group.more.hidden = true;
    if (!values) {
      group.list.replaceChildren();
      group.note.textContent = 'Counting…';
      return;
    }
    if (values.length === 0) {
      group.list.replaceChildren();
      group.note.textContent = 'None in these results.';
      return;
    }
    // Redrawing must not drop the keyboard user's place on a checkbox.
    const focused = document.activeElement instanceof HTMLInputElement && group.list.contains(document.activeElement) ? document.activeElement.value : null;
    const { shown, matching } = facetView(values, group.filter.value, group.limit);
    group.list.replaceChildren(...shown.map((value, i) => this.option(facet, value, i)));
    if (focused !== null) [...group.list.querySelectorAll('input')].find((box) => box.value === focused)?.focus();
    const listed = shown.filter((value) => !value.checked).length;
    const filtered = group.filter.value.trim() !== '';
    group.note.textContent =
      matching === 0
        ? filtered
          ? `None match “${group.filter.value.trim()}”.`
          : ''
        : listed < matching
          ? `${listed} of ${matching}${filtered ? ' matching' : ''} shown${group.limit >= FACET_MAX_VALUES ? '; type above to find the others' : ''}.`
          : filtered
            ? `${matching} ${matching === 1 ? 'matches' : 'match'}.`
            : '';
    const more = Math.min(FACET_MORE_VALUES, matching - listed, FACET_MAX_VALUES - group.limit);
    group.more.hidden = more <= 0;
    group.more.textContent = `Show ${more} more`;
  }

  private option(facet: Facet, value: FacetValue, i: number): HTMLLIElement {
    const id = `facet-${facet}-${i}`;
    const box = element('input', { type: 'checkbox', id, name: facet, value: value.value, form: this.formId });
    box.checked = value.checked;
    return element('li', {}, box, element('label', { for: id }, value.label, ' ', element('span', { class: 'facet-count' }, `(${value.count})`)));
  }
}
