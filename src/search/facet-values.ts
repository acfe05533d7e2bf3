import { foldName } from '../lib/fold-name.ts';

/**
 * Which values a facet's list shows (issue 18): the chosen ones always, then those the reader's
 * filter text matches, in the order the reader picked, up to a limit, so the list in the page
 * stays short however many values the facet has. Pure, so Node tests it; the page sorts a
 * facet's values once per search and filters them on every keystroke (2,360 people at 10,000
 * articles), which costs a pass of substring tests, no sorting.
 */

export const FACET_ORDERS = ['count', 'name'] as const;
export type FacetOrder = (typeof FACET_ORDERS)[number];

export interface FacetValue {
  /** As the index and the URL hold it (an id for gazetteer facets). */
  value: string;
  /** As the reader reads it: the name. */
  label: string;
  count: number;
  checked: boolean;
  /** The label and any other names (a gazetteer entity's aliases), folded for matching. */
  keys: string[];
}


export function facetValue(value: string, label: string, count: number, checked: boolean, otherNames: readonly string[] = []): FacetValue {
  return { value, label, count, checked, keys: [label, ...otherNames].map(foldName) };
}

export interface FacetView {
  /** The chosen values (whatever the filter), then the matching others up to the limit. */
  shown: FacetValue[];
  /** Values that are not chosen and match the filter: what the limit cuts. */
  matching: number;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Most articles first (then by name), or by name; a year's values by name are in time order. */
function compareValues(order: FacetOrder): (a: FacetValue, b: FacetValue) => number {
  const byName = (a: FacetValue, b: FacetValue) => collator.compare(a.label, b.label) || collator.compare(a.value, b.value);
  return order === 'name' ? byName : (a, b) => b.count - a.count || byName(a, b);
}

/** A facet's values in each order, sorted once per search so a keystroke only filters. */
export type SortedValues = Record<FacetOrder, FacetValue[]>;

export function sortValues(values: readonly FacetValue[]): SortedValues {
  return { count: [...values].sort(compareValues('count')), name: [...values].sort(compareValues('name')) };
}

/** `sorted`: the facet's values in the order shown (sortValues). */
export function facetView(sorted: readonly FacetValue[], filter: string, limit: number): FacetView {
  const wanted = foldName(filter);
  const checked = sorted.filter((value) => value.checked);
  const matching = sorted.filter((value) => !value.checked && (wanted === '' || value.keys.some((key) => key.includes(wanted))));
  return { shown: [...checked, ...matching.slice(0, limit)], matching: matching.length };
}
