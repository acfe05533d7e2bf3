import { ImportError } from './errors.ts';

const clipped = (text: string) => (text.length > 80 ? `${text.slice(0, 80).trimEnd()}…` : text);

interface HeadItem {
  index: number;
  text: string;
  facts?: { authors?: string[]; date?: unknown };
}

/**
 * A copy started below the headline (the reader selected from the byline or the date down): the first line that could be
 * the title is then the text's first sentence, under the byline or date that should stand below a title. Refused, naming
 * both lines, rather than filed under a sentence for a title; no option supplies a headline, so the copy must be made again.
 */
export function refuseSentenceTitle(head: readonly HeadItem[], title: HeadItem, mayBeHeadline: (text: string) => boolean): void {
  if (mayBeHeadline(title.text)) return;
  const above = head.find((item) => item.index < title.index && (item.facts?.authors !== undefined || item.facts?.date !== undefined));
  if (!above) return;
  throw new ImportError(
    `the clipping has no headline: none stands above "${above.text}" (line ${above.index + 1}), and the line under it, "${clipped(title.text)}", is a sentence of the text`,
    'no option supplies a title: copy the article again from its headline down',
    title.index + 1,
  );
}
