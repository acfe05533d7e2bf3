/**
 * ISO 8601 with an explicit UTC offset: the offset is a fact of the original, never dropped.
 * Its own module, free of zod, because the search page's script reads dates with it too.
 */
export const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?([+-]\d{2}:\d{2}|Z)$/;
