import type { Article } from '../lib/article-schema.ts';
import type { ContentData } from './content-data.ts';
import { resolvePrintedDate, resolveSuppliedDate, type ResolvedDate } from './dates.ts';
import { DateError } from './read-date.ts';
import { findEntities } from './entities.ts';
import { ImportError } from './errors.ts';
import { lineCount, type Header } from './parse-header.ts';
import { profileClipping, type DateReading } from './profiles.ts';

/**
 * A clipping's text to the facts of an article: header and trailer lines become fields, the body's
 * lines are its paragraphs, one per line, word for word.
 */

export interface ClippingOptions {
  sourceId?: string;
  year?: number;
  date?: string;
  now?: Date;
}

/** Everything about the article except where it is filed (slug) and where it came from (original). */
export type ArticleFacts = Omit<Article, 'slug' | 'original' | 'aliases' | 'revisions'>;

export interface Clipping {
  facts: ArticleFacts;
  paragraphs: string[];
}

/** A body line as a paragraph: tabs and runs of spaces are one space; NBSP and every other character stay. */
function paragraphOf(line: string): string {
  return line.replace(/[ \t]+/g, ' ').trim();
}

/** When the clipping prints its date, that date (checked against --year/--date); else the archivist's --date. */
function resolveDate(header: Header, dates: DateReading, timeZone: string, options: ClippingOptions): ResolvedDate {
  const context = { timeZone, ...dates, year: options.year, date: options.date, now: options.now };
  try {
    return header.date ? resolvePrintedDate(header.date.text, context) : resolveSuppliedDate(context, header.updated?.text);
  } catch (error) {
    if (error instanceof DateError) throw new ImportError(error.reason, error.fix, (header.date ?? header.updated)?.line ?? header.titleLine);
    throw error;
  }
}

export function readClipping(text: string, data: ContentData, options: ClippingOptions): Clipping {
  const lines = text.split('\n');
  const { sourceId, source, header, dates } = profileClipping(lines, data, options.sourceId);
  const resolved = resolveDate(header, dates, source.timeZone, options);
  const paragraphs = header.body.map(paragraphOf).filter(Boolean);
  if (paragraphs.length === 0) {
    throw new ImportError('the clipping has a header but no article text', 'copy the article text below the header lines', lineCount(lines));
  }
  const named = [header.title, header.dateline, header.caption, ...paragraphs].filter(Boolean).join('\n');
  return {
    facts: {
      title: header.title,
      source: sourceId,
      authors: header.authors,
      dateline: header.dateline,
      published: resolved.published,
      printedDate: header.date?.text,
      dateCertainty: resolved.certainty,
      photo: header.caption ? { caption: header.caption, credit: header.credit } : undefined,
      ...findEntities(named, data.gazetteer),
    },
    paragraphs,
  };
}
