import type { ContentData } from './content-data.ts';
import { inDerivedText } from './errors.ts';
import { pageToClippingText, type ParsedPage } from './html-input.ts';
import { withNewSource } from './new-source.ts';
import { hostOf, newPaperNote, newPaperOf, sourceOnHost, type NewSources, type PageSource, type PageSourceInput } from './page-source.ts';
import { UnrecognisedClipping } from './profiles.ts';
import { readClipping, type Clipping, type ClippingOptions } from './read-clipping.ts';

/**
 * A saved page whose metadata gives no date, read as the clipping it would be if copied, in its
 * paper: the one --source names, else the archive's on the page's host, else one this run made
 * from an earlier page of the host, else the one a masthead printed in its text names, else a paper
 * new to the archive made from the page's publisher and host, as a dated page makes one
 * (page-source.ts): an unknown outlet's page needs no option. The printed date gives no zone of
 * its paper: the new paper gets --time-zone's, and a date printed without an offset is read in it;
 * without either, the page is refused, naming --time-zone (read-clipping.ts).
 */

const MADE_FROM = "the page's text as read from its HTML";

function readText(text: string, data: ContentData, options: ClippingOptions): Clipping {
  try {
    return readClipping(text, data, options);
  } catch (error) {
    throw inDerivedText(error, MADE_FROM);
  }
}

/** `+04:00` of `2024-05-28T15:42:00+04:00`: the offset the printed date was read in (a published instant always ends in one). */
const offsetOf = (published: string) => /(?:[+-]\d{2}:\d{2}|Z)$/.exec(published)![0];

export function readPageText(
  page: ParsedPage,
  input: PageSourceInput,
  data: ContentData,
  newSources: NewSources,
  options: ClippingOptions,
): { clipping: Clipping; newSource?: PageSource } {
  const text = pageToClippingText(page);
  if (options.sourceId !== undefined) return { clipping: readText(text, data, options) };
  const known = sourceOnHost(input.url, data.sources);
  if (known) return { clipping: readText(text, data, { ...options, sourceId: known.id }) };
  const earlier = sourceOnHost(input.url, newSources);
  if (earlier) return { clipping: readText(text, withNewSource(data, earlier), { ...options, sourceId: earlier.id }) };
  try {
    return { clipping: readClipping(text, data, options) };
  } catch (error) {
    if (!(error instanceof UnrecognisedClipping) || input.url === undefined) throw inDerivedText(error, MADE_FROM);
  }
  const paper = newPaperOf({ ...input, url: input.url }, data, newSources, options);
  const from = `${paper.source.name} (${hostOf(input.url)})`;
  const clipping = readText(text, withNewSource(data, paper), { ...options, sourceId: paper.id, newPaperFrom: from });
  const offset = offsetOf(clipping.facts.published);
  return { clipping, newSource: { ...paper, created: true, readingZone: options.timeZone ?? offset, note: newPaperNote(paper, offset) } };
}
