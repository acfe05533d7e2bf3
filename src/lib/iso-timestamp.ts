/**
 * ISO 8601 with an explicit UTC offset: the offset is a fact of the original, never dropped.
 * Its own module, free of zod, because the search page's script reads dates with it too.
 */
export const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?([+-]\d{2}:\d{2}|Z)$/;

/**
 * The day alone, `2024-05-28`: an update printed with a day and no time (`Last Updated: May 28,
 * 2024`) is kept at the precision printed, never given an invented time.
 */
export const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
