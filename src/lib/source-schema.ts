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

/**
 * A publication, and the profile that lets the importer recognise its clippings.
 * Adding a paper means adding one YAML file in content/sources/.
 */
export const sourceSchema = z.object({
  name: z.string().trim().min(1),
  // Linked from every article page: only a web address, never javascript: or data:.
  homepage: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL, e.g. https://civil.ge/' }),
  timeZone,
  /** BCP 47 language tag of the publication's articles. */
  language: z.string().default('en'),
  /** Strings that identify this publication when they appear in a clipping's header lines. */
  mastheads: z.array(z.string().min(1)).default([]),
});

export type Source = z.infer<typeof sourceSchema>;
