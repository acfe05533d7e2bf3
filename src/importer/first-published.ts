/** A date the reader found, with the line it is printed on; `first` when its label says it is the first publication's. */
export interface FoundDate {
  text: string;
  line: number;
  first?: true;
  /** Printed by a feed reader on its own clock, in the zone of the browser that showed it (feed-entry-line.ts). */
  readerClock?: true;
}

/**
 * Pages that show the latest update first print it unlabelled over the publication's date, which they label
 * (the Guardian: `Tue 4 Jun 2024 15.02 BST`, then `First published on Tue 4 Jun 2024 11.18 BST`): the labelled
 * date is the publication, and every other date found (the same day printed again aside) is an update, after
 * the updates the page labels so. Without such a label the dates are left in the order they are printed.
 */
export function firstPublicationFirst(dates: FoundDate[], updates: FoundDate[]): void {
  const first = dates.find((date) => date.first);
  if (!first) return;
  const others = dates.filter((date) => date !== first && date.text !== first.text);
  dates.splice(0, dates.length, first);
  updates.push(...others);
}
