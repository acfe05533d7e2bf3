/**
 * The single-byte charset of a Russian, Ukrainian or Bulgarian page that declares none (an old site's
 * `<meta http-equiv="Content-Type" content="text/html">`, its server's header lost with the save), as
 * browsers tell it: windows-1251 or koi8-r. Both put Cyrillic letters in 0xC0-0xFF, the other way
 * round: windows-1251 its capitals in 0xC0-0xDF and small letters in 0xE0-0xFF, koi8-r the small
 * letters in 0xC0-0xDF. Prose is mostly small letters, so read in the wrong one it comes out in
 * capitals, and the side holding most letters tells the charset beyond doubt. A page that is not
 * Cyrillic (a French one in Windows-1252, whose accented letters are a few of its words' letters)
 * or that holds too few letters to tell gets undefined: it is read, or refused, as any file is.
 */

/** Fewer letters than this are a few words, not enough to tell one charset from the other. */
const LETTERS_NEEDED = 40;
/** Cyrillic text: most letters of the page's text outside its markup are in 0xC0-0xFF. */
const CYRILLIC_SHARE = 0.5;
/** Small letters outnumber capitals in prose at least this many times. */
const SMALL_LETTERS_RATIO = 3;

/** The page's text bytes outside its tags, scripts and styles, as Latin-1 (a char a byte). */
function textBytes(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#\w]+;/g, ' ');
}

export function cyrillicCharset(bytes: Uint8Array): 'windows-1251' | 'koi8-r' | undefined {
  const text = textBytes(bytes);
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  const low = text.match(/[\u00C0-\u00DF]/g)?.length ?? 0;
  const high = text.match(/[\u00E0-\u00FF]/g)?.length ?? 0;
  const cyrillic = low + high;
  if (cyrillic < LETTERS_NEEDED || cyrillic < CYRILLIC_SHARE * (cyrillic + latin)) return undefined;
  if (high >= SMALL_LETTERS_RATIO * low) return 'windows-1251';
  if (low >= SMALL_LETTERS_RATIO * high) return 'koi8-r';
  return undefined;
}
