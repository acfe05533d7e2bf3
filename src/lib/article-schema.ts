import { z } from 'astro/zod';
import { ENTITY_KINDS, type EntityKind } from './entity-kinds.ts';
import { ISO_DAY, ISO_WITH_OFFSET } from './iso-timestamp.ts';
import { isPageNumber, SLUG_PATTERN } from './slug.ts';

/**
 * The truth about an article: the importer writes exactly this, the site reads exactly this.
 * Field names are fixed so every tool (importer, site, feeds, citations, search) can rely on them.
 */


const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lower-case hex SHA-256 digest');
const idList = z.array(z.string().regex(SLUG_PATTERN, 'must be a lower-case slug id')).default([]);

/** YAML reads an unquoted timestamp as a Date, which has already lost the offset the clipping printed. */
const quotedInYaml = z.custom<string>(
  (value) => !(value instanceof Date),
  'must be a quoted string in YAML, e.g. "2017-11-15T12:31:00+04:00" (unquoted, YAML reads it as a date and drops its UTC offset)',
);

/** Real UTC offsets run from -12:00 to +14:00; up to 14 hours either way is accepted. */
const MAX_OFFSET_HOURS = 14;

function isCalendarDay(y: string, mo: string, d: string): boolean {
  // setUTCFullYear, not Date.UTC, which reads the years 0-99 as 1900-1999.
  const day = new Date(0);
  day.setUTCFullYear(Number(y), Number(mo) - 1, Number(d));
  return day.getUTCMonth() === Number(mo) - 1 && day.getUTCDate() === Number(d);
}

/**
 * What is impossible in a timestamp that matches ISO_WITH_OFFSET, if anything: every output
 * (pages, feeds, citations) turns `published` into an instant, and one that is not a real
 * instant crashed the build ("RangeError: Invalid time value" in the Atom feed).
 */
function impossiblePart(value: string): string | undefined {
  const [, y, mo, d, h, mi, s, offset] = ISO_WITH_OFFSET.exec(value)!;
  if (!isCalendarDay(y!, mo!, d!)) return `is not a real calendar date and time: ${y}-${mo}-${d} does not exist`;
  if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) return `is not a real calendar date and time: ${h}:${mi}${s ? `:${s}` : ''} is not a time of day`;
  if (offset !== 'Z') {
    const [offsetHours, offsetMinutes] = offset!.slice(1).split(':').map(Number) as [number, number];
    if (offsetHours > MAX_OFFSET_HOURS || offsetMinutes > 59 || (offsetHours === MAX_OFFSET_HOURS && offsetMinutes > 0)) {
      return `has an impossible UTC offset ${offset} (offsets run from -14:00 to +14:00)`;
    }
  }
  return undefined;
}

export const publishedSchema = quotedInYaml.pipe(
  z
    .string()
    .regex(ISO_WITH_OFFSET, 'must be ISO 8601 with a UTC offset, e.g. 2017-11-15T12:31:00+04:00')
    .superRefine((value, context) => {
      if (!ISO_WITH_OFFSET.test(value)) return;
      const problem = impossiblePart(value);
      if (problem) context.addIssue({ code: 'custom', message: problem });
    }),
);

/**
 * An update as precisely as it is printed: a date and time with its offset, or the day alone
 * (ISO_DAY) when the paper prints no time (`Last Updated: May 28, 2024`), since a time would be invented.
 */
export const dateModifiedSchema = quotedInYaml.pipe(
  z.string().superRefine((value, context) => {
    const day = ISO_DAY.exec(value);
    const problem = day
      ? isCalendarDay(day[1]!, day[2]!, day[3]!) ? undefined : `is not a real calendar date: ${value} does not exist`
      : ISO_WITH_OFFSET.test(value)
        ? impossiblePart(value)
        : 'must be ISO 8601 with a UTC offset, e.g. 2024-05-28T18:05:00+04:00, or the day alone, e.g. 2024-05-28, when the update prints no time';
    if (problem) context.addIssue({ code: 'custom', message: problem });
  }),
);

/**
 * Bidirectional override, embedding and isolate controls are refused in header fields: in a list,
 * a byline or a citation an unclosed one reverses the site's own text after it (the "txt.exe"
 * spoof). The clipping keeps them, verbatim, in originals/; a body paragraph may keep them too.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
const withoutBidiControls = [
  (text: string) => !BIDI_CONTROLS.test(text),
  'must not contain bidirectional control characters (U+202A to U+202E, U+2066 to U+2069): they can reverse the text around it on the page',
] as const;

/** Linked from the article page: only a web address, never javascript: or data:. */
const webAddress = z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' });

export const articleSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(1000, 'must be at most 1,000 characters')
    .refine(...withoutBidiControls),
  /** Last segment of the permalink; fixed once published, even if the title is corrected. */
  slug: z
    .string()
    .regex(SLUG_PATTERN, 'must be lower-case ASCII words joined by hyphens')
    .refine((slug) => !isPageNumber(slug), 'must not be only digits: /YYYY/MM/DD/2/ is a page of that day’s list'),
  /** Id of an entry in the `sources` collection. */
  source: z.string().regex(SLUG_PATTERN, 'must be a sources id such as civil-georgia'),
  authors: z.array(z.string().trim().min(1).refine(...withoutBidiControls)).default([]),
  /** The place the story was filed from, when the clipping prints one. */
  dateline: z.string().trim().min(1).refine(...withoutBidiControls).optional(),
  published: publishedSchema,
  /**
   * When the paper last updated the article, as its page's metadata (JSON-LD `dateModified`,
   * `article:modified_time`) or a printed "Updated ..." line gives it: the day alone when no time is printed.
   */
  dateModified: dateModifiedSchema.optional(),
  /** The date exactly as the clipping prints it; absent when it prints none and the archivist gave it (--date). */
  printedDate: z.string().min(1).refine(...withoutBidiControls).optional(),
  /** exact: date and time printed; day: full date printed; supplied: the archivist gave year or date. */
  dateCertainty: z.enum(['exact', 'day', 'supplied']),
  /** The article's photo as the clipping prints it: its caption, its credit, or a credit alone (`Photo: Reuters` under the title). */
  photo: z
    .object({
      caption: z.string().trim().min(1).refine(...withoutBidiControls).optional(),
      credit: z.string().trim().min(1).refine(...withoutBidiControls).optional(),
    })
    .refine((photo) => photo.caption !== undefined || photo.credit !== undefined, 'must have a caption, a credit or both')
    .optional(),
  /**
   * The raw clipping as received; kept verbatim in content/originals/. `sha256` is of its raw bytes;
   * `textSha256` of its normalised text (no BOM, LF line ends, no trailing blanks), which is the
   * clipping's identity: the same text saved with other line ends or encoding is the same clipping.
   * `charset` is the one its bytes were read in when they alone would be read otherwise: a WARC
   * record's page whose HTTP header named it; the page showing the original reads them in it too.
   * `database` is the news database the original was exported from (Factiva, Nexis Uni), with its
   * identifier of the document (Factiva's accession number) and the day it loaded it (Nexis Uni's
   * Load-Date): facts of the copy, not of the article; the original is then the document's part of the export.
   */
  original: z.object({
    file: z.string().min(1),
    sha256,
    textSha256: sha256.optional(),
    charset: z.string().min(1).optional(),
    database: z.object({ name: z.string().min(1), accession: z.string().min(1).optional(), loaded: z.string().regex(ISO_DAY).optional() }).optional(),
  }),
  /** The article's address on the paper's website, when the original is a saved page that names it. */
  url: webAddress.optional(),
  /**
   * For an article taken from a web archive: the address and instant it was captured, and where
   * the capture is kept: the WARC record it came from (a WARC or WACZ, whose `original` is then
   * that record's HTTP payload), or the archive's own address of its copy (`archivedAt`, as
   * schema.org names it: a page saved from web.archive.org/web/TIMESTAMP/URL or archive.ph).
   */
  capture: z
    .object({ url: webAddress, date: publishedSchema, recordId: z.string().min(1).optional(), archivedAt: webAddress.optional() })
    .refine((capture) => (capture.recordId === undefined) !== (capture.archivedAt === undefined), 'must name either its WARC record (recordId) or its archived copy (archivedAt)')
    .optional(),
  /**
   * The saved page held only the start of the article: its text stops at the paper's paywall (a box
   * asking the reader to subscribe). The body is all the page held; the article page says so.
   */
  paywalled: z.literal(true).optional(),
  /** Gazetteer ids, one list per kind of entity (people, places, ...: src/lib/entity-kinds.ts). */
  ...(Object.fromEntries(ENTITY_KINDS.map((kind) => [kind, idList])) as Record<EntityKind, typeof idList>),
  /** Earlier permalink paths (`YYYY/MM/DD/slug/`) that must keep working. */
  aliases: z
    .array(
      z
        .string()
        .regex(/^\d{4}\/\d{2}\/\d{2}\/[a-z0-9-]+\/$/, 'must look like 2019/03/08/slug/')
        .refine((alias) => !isPageNumber(alias.split('/')[3]!), 'must not end in only digits: /YYYY/MM/DD/2/ is a page of that day’s list'),
    )
    .default([]),
  /** Hashes of clippings this article replaced with `import --update`, oldest first. */
  revisions: z.array(z.object({ sha256, replaced: publishedSchema })).default([]),
});

export type Article = z.infer<typeof articleSchema>;
export type ArticleInput = z.input<typeof articleSchema>;
