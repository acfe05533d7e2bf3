import type { HeaderRule } from '../lib/source-schema.ts';
import { ImportError } from './errors.ts';

/**
 * A clipping's header: the lines before the article text, read with a source profile's rules, for
 * papers whose layout the generic reader (read-layout.ts) cannot take. Rules are data
 * (content/sources/*.yaml); this module only walks them.
 */

export interface Header {
  title: string;
  authors: string[];
  dateline?: string;
  /** The date exactly as printed, and its 1-based line for messages; `readerClock` when a feed reader printed it on its own clock. */
  date?: { text: string; line: number; readerClock?: true };
  /** An update's date: not the publication's, even when it is the only date printed. */
  updated?: { text: string; line: number };
  caption?: string;
  credit?: string;
  /** The 1-based line of a caption that may as well be the standfirst (a sentence under the title over a credit alone). */
  captionOrStandfirstLine?: number;
  /** The 1-based line under the date read as a caption printed with no credit, which may be the standfirst (uncredited-caption.ts). */
  uncreditedCaptionLine?: number;
  /**
   * The 1-based line of the name alone under the text read as the byline on the clipping's evidence (closing-name.ts), and
   * of the photo's credit over it, left out of the text with it.
   */
  closingByline?: { line: number; creditLine?: number };
  /** The body's lines as the clipping has them, in order (blank lines may be among them). */
  body: readonly string[];
  titleLine: number;
}

/** Blanks as the eye sees them: NBSP and tabs are spaces, runs are one space. */
export function tidyLine(line: string): string {
  return line.replace(/[\t\u00a0]/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/** `Tea Mariamidze`, `A and B`, `A, B & C` -> one name each. */
function splitAuthors(byline: string): string[] {
  return byline
    .split(/\s*(?:,|&|\band\b)\s*/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** Lines as an editor counts them: a final newline does not start another line. */
export function lineCount(lines: readonly string[]): number {
  return lines.at(-1) === '' ? lines.length - 1 : lines.length;
}

export function parseHeader(lines: readonly string[], rules: readonly HeaderRule[]): Header {
  const fields: Record<string, { text: string; line: number }> = {};
  let index = 0;
  const skipBlank = () => {
    while (index < lines.length && tidyLine(lines[index]!) === '') index += 1;
  };

  for (const rule of rules) {
    skipBlank();
    if (index >= lines.length) {
      if (rule.optional) continue;
      throw new ImportError(`the clipping ends before its ${rule.name}`, `check that the whole article was copied; the ${rule.name} must match /${rule.pattern}/`, lineCount(lines));
    }
    const line = tidyLine(lines[index]!);
    const match = new RegExp(rule.pattern, 'u').exec(line);
    if (!match) {
      if (rule.optional) continue;
      throw new ImportError(
        `expected the ${rule.name}, found "${line.slice(0, 80)}"`,
        `make line ${index + 1} match /${rule.pattern}/, or pass --source ID if this is another paper`,
        index + 1,
      );
    }
    for (const [name, value] of Object.entries(match.groups ?? {})) {
      if (value !== undefined && value.trim() !== '') fields[name] = { text: value.trim(), line: index + 1 };
    }
    index += 1;
  }
  skipBlank();

  const title = fields.title;
  if (!title) throw new ImportError('the clipping has no title', 'put the title on the first line, or fix the source profile', 1);
  return {
    title: title.text,
    titleLine: title.line,
    authors: fields.authors ? splitAuthors(fields.authors.text) : [],
    dateline: fields.dateline?.text,
    date: fields.date,
    caption: fields.caption?.text,
    credit: fields.credit?.text,
    body: lines.slice(index),
  };
}
