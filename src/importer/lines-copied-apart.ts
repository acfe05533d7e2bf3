import { type DatelineReading, readDateline } from './body-facts.ts';
import { isParagraph, type Item, wordCount } from './layout-item.ts';
import { isDateLabel, readFactLine } from './line-facts.ts';

/** A dash alone, or a short line ending in one: the end of a dateline a browser copied apart from its paragraph. */
const ENDS_IN_DASH = /(?:^|\s)[—–]$/u;

/**
 * A dateline copied over several lines (CNN: `Tbilisi, Georgia`, `CNN`, ` — `, then the text) is
 * one paragraph again, as the page prints it: the short lines up to a dash and the paragraph after
 * it, when together they open with a dateline. Only blanks between them change.
 */
export function joinSplitDatelines(items: Item[], lines: readonly string[], options: DatelineReading): void {
  for (let i = 0; i < items.length - 1; i += 1) {
    if (!ENDS_IN_DASH.test(items[i]!.text) || wordCount(items[i]!.text) > 6) continue;
    for (let first = Math.max(0, i - 2); first <= i; first += 1) {
      const parts = items.slice(first, i + 2);
      if (parts.slice(0, -1).some((item) => isParagraph(item.text) || wordCount(item.text) > 6)) continue;
      const text = parts.map((item) => item.text).join(' ');
      if (!readDateline(text, options)) continue;
      const joined = parts.map((item) => lines[item.index]!.trim()).join(' ');
      items.splice(first, parts.length, { index: parts[0]!.index, lineOfText: parts[0]!.lineOfText, text, facts: undefined, joined });
      break;
    }
  }
}

/**
 * A date's label on a line of its own over its date (El Español: `Publicada`, then `28 mayo 2024 16:42h`; `Actualizada`
 * over the update's) is one line with it, as other pages print it, so the label says which date it is.
 */
export function joinDateLabels(items: Item[], options: DatelineReading): void {
  for (let i = items.length - 2; i >= 0; i -= 1) {
    const [label, date] = [items[i]!, items[i + 1]!];
    if (!isDateLabel(label.text)) continue;
    const text = `${label.text} ${date.text}`;
    // On the date's line: a message about the date names the line that prints it.
    if (readFactLine(text, [], options)?.date !== undefined) items.splice(i, 2, { ...date, text });
  }
}
