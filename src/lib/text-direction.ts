/**
 * The `dir` attribute that text in a language needs beside its `lang` on the site's pages, which
 * run left to right: `rtl` for Persian, Arabic, Hebrew, Urdu, ..., and none for the others (no bytes
 * on their pages). Which way a language runs comes from the locale data the runtime ships
 * (Intl.Locale's text info), so no list of languages is kept here; a tag Intl cannot parse gets none.
 */
export function dirOnPage(language: string): 'rtl' | undefined {
  try {
    return new Intl.Locale(language).getTextInfo().direction === 'rtl' ? 'rtl' : undefined;
  } catch {
    return undefined;
  }
}
