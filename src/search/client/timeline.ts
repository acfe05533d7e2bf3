import { monthLabel, monthShort } from '../../views/format.ts';
import type { PagefindResult } from './pagefind-api.ts';
import type { PeriodCounts } from './period-counts.ts';
import { articleCount, element as html } from './render.ts';

/**
 * Results over time: how many results fall in each year of the archive, or in each month when
 * they span two years or less, as an inline SVG bar chart with the same figures in a table. Each
 * bar and each row links to the search narrowed to its period (from = to = that year or month).
 * Counted from the shards' year tables and Pagefind's month filter (src/search/client/period-counts.ts).
 */

export interface Period {
  /** A year (2017) or a month (2017-11), as a date range's bound. */
  value: string;
  label: string;
  count: number;
}

export interface Timeline {
  unit: 'year' | 'month';
  periods: Period[];
}

const MONTHS = Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0'));

/** The periods from the first that holds a result to the last; null when nothing matched. */
export async function countOverTime(results: readonly PagefindResult[], years: readonly string[], sets: PeriodCounts): Promise<Timeline | null> {
  const perYear = await sets.count(results, 'year', years);
  const first = perYear.findIndex((count) => count > 0);
  if (first < 0) return null;
  const last = perYear.findLastIndex((count) => count > 0);
  if (last - first >= 2) {
    return { unit: 'year', periods: years.slice(first, last + 1).map((year, i) => ({ value: year, label: year, count: perYear[first + i]! })) };
  }
  const months = years.slice(first, last + 1).flatMap((year) => MONTHS.map((month) => `${year}-${month}`));
  const perMonth = await sets.count(results, 'month', months);
  const from = perMonth.findIndex((count) => count > 0);
  const to = perMonth.findLastIndex((count) => count > 0);
  return {
    unit: 'month',
    periods: months.slice(from, to + 1).map((month, i) => ({ value: month, label: monthLabel(month.slice(0, 4), month.slice(5)), count: perMonth[from + i]! })),
  };
}

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Record<string, string | number>, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

/** Chart geometry, in the SVG's own units; it scales to the column's width. */
const WIDTH = 640;
const HEIGHT = 150;
const AXIS = 20;
const LABEL = 14;

/**
 * The chart and its table. `href(period)` is the link to the search narrowed to that period; the
 * page handles a click on it (data-period) without leaving.
 */
export function timelineFigure({ unit, periods }: Timeline, href: (period: string) => string): HTMLElement {
  const max = Math.max(...periods.map((period) => period.count));
  const slot = WIDTH / periods.length;
  const caption = `Matching articles per ${unit}, ${periods[0]!.label} to ${periods.at(-1)!.label}. Choose a ${unit} to search only that ${unit}.`;
  const captionId = 'search-timeline-caption';
  const chart = svg('svg', { class: 'search-timeline-chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'group', 'aria-labelledby': captionId });
  periods.forEach((period, i) => {
    const height = period.count === 0 ? 0 : Math.max(2, ((HEIGHT - AXIS - LABEL) * period.count) / max);
    const x = i * slot;
    const top = HEIGHT - AXIS - height;
    // Every other month's name when they would crowd each other.
    const named = unit === 'year' ? periods.length <= 24 || i % Math.ceil(periods.length / 24) === 0 : periods.length <= 12 || i % 2 === 0;
    const name = unit === 'year' ? period.label : monthShort(period.value.slice(5));
    chart.append(
      svg(
        'a',
        // The name begins with what the bar shows, its period's name and count (WCAG 2.5.3).
        { href: href(period.value), 'data-period': period.value, 'aria-label': unit === 'year' ? `${name}: ${articleCount(period.count)}` : `${name}: ${articleCount(period.count)}, ${period.value.slice(0, 4)}` },
        // The whole slot is the target, so a period with few results is still easy to hit.
        svg('rect', { class: 'search-timeline-slot', x, y: 0, width: slot, height: HEIGHT }),
        svg('rect', { class: 'search-timeline-bar', x: x + slot * 0.12, y: top, width: slot * 0.76, height }),
        // One text, so what the bar shows reads as words ("2017 12"), not run together ("201712").
        svg(
          'text',
          { 'text-anchor': 'middle' },
          ...(named ? [svg('tspan', { class: 'search-timeline-label', x: x + slot / 2, y: HEIGHT - 5 }, name)] : []),
          ' ',
          ...(period.count > 0 ? [svg('tspan', { class: 'search-timeline-count', x: x + slot / 2, y: top - 3 }, String(period.count))] : []),
        ),
      ),
    );
  });
  const rows = periods.map((period) =>
    html('tr', {}, html('th', { scope: 'row' }, html('a', { href: href(period.value), 'data-period': period.value }, period.label)), html('td', {}, String(period.count))),
  );
  const table = html(
    'table',
    { class: 'search-timeline-table' },
    html('caption', {}, `Matching articles per ${unit}`),
    html('thead', {}, html('tr', {}, html('th', { scope: 'col' }, unit === 'year' ? 'Year' : 'Month'), html('th', { scope: 'col' }, 'Articles'))),
    html('tbody', {}, ...rows),
  );
  return html(
    'figure',
    { class: 'search-timeline' },
    html('figcaption', { id: captionId }, caption),
    chart,
    html('details', { class: 'search-timeline-details' }, html('summary', {}, 'The same as a table'), table),
  );
}
