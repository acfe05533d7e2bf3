import { z } from 'astro/zod';

/** A real IANA zone name; `Intl` throws a RangeError for anything else. */
const timeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'must be an IANA time zone such as Asia/Tbilisi');

/** A JavaScript regular expression source; a profile with a broken pattern fails validation, not import. */
const pattern = z.string().min(1).refine((source) => {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}, 'must be a valid JavaScript regular expression');

/**
 * One header line of a clipping. The importer walks the clipping's non-blank lines in order and
 * matches each against the next rule; the named groups become article fields:
 * `title`, `authors`, `dateline`, `date` (the printed date), `caption`, `credit`.
 */
export const headerRuleSchema = z.object({
  /** What the line is, in words, for error messages: "title", "date line", "photo caption". */
  name: z.string().trim().min(1),
  /** Matched against the whole line with surrounding blanks trimmed; Unicode mode. */
  pattern,
  /** An optional line may be missing; the next rule is then tried on the same line. */
  optional: z.boolean().default(false),
});

/** How a publication lays out its clippings' headers and prints its dates. */
export const layoutSchema = z.object({
  header: z.array(headerRuleSchema).min(1),
  /** Which number comes first in an all-numeric date such as 03.08.2019; unset means refuse to guess. */
  dateOrder: z.enum(['DMY', 'MDY']).optional(),
  /** The earliest year the publication can have printed, for listing the candidates of a year-less date. */
  firstYear: z.number().int().min(1500).max(3000).optional(),
});

export type HeaderRule = z.infer<typeof headerRuleSchema>;

/**
 * A publication, and the profile that lets the importer recognise its clippings.
 * Adding a paper means adding one YAML file in content/sources/.
 */
/**
 * A zone that is only a UTC offset (`Etc/GMT-4`, `+04:00`): it says what the clocks showed at one
 * instant, not when the paper's place changes them, so it is never written as a paper's zone.
 */
export function isOffsetOnlyZone(zone: string): boolean {
  return /^(?:Etc\/)?GMT[+-]\d{1,2}$|^[+-]\d{2}(?::?\d{2})?$/.test(zone);
}

export const sourceSchema = z.object({
  name: z.string().trim().min(1),
  // Linked from every article page: only a web address, never javascript: or data:. Optional: a
  // print-only or vanished paper has none, and an archivist adding a paper may not know it.
  homepage: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, e.g. https://civil.ge/' }).optional(),
  /**
   * The paper's IANA zone: times it prints without a zone are read in it. Unset when it is not known
   * (a paper the importer added from a saved page, whose UTC offset does not tell the zone): its
   * later clippings that print no zone of their own then need `--time-zone`.
   */
  timeZone: timeZone.optional(),
  /** BCP 47 language tag of the publication's articles. */
  language: z.string().default('en'),
  /** Strings that identify this publication when they appear in a clipping's header lines. */
  mastheads: z.array(z.string().min(1)).default([]),
  /** Header rules for a paper whose layout the generic reader cannot take; most papers need none. */
  header: layoutSchema.shape.header.optional(),
  dateOrder: layoutSchema.shape.dateOrder,
  firstYear: layoutSchema.shape.firstYear,
  /**
   * The paper prints its standfirst right under the title, over a photo that has no caption of its own (Gazeta.uz, El
   * Tiempo): a sentence there over a credit alone is the standfirst, never the caption, which the clipping cannot tell
   * from Radio-Canada's caption printed in the same place.
   */
  standfirstOverPhoto: z.literal(true).optional(),
});

export type Source = z.infer<typeof sourceSchema>;

/**
 * The paper's zone as far as it is known: none when unset, or when the file holds only a UTC offset
 * (papers the importer created from saved pages before it left the zone unset), since such a zone
 * reads a time from the other half of the year an hour off.
 */
export function paperZone(source: Source): string | undefined {
  return source.timeZone === undefined || isOffsetOnlyZone(source.timeZone) ? undefined : source.timeZone;
}
