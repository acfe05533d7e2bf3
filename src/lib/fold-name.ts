/**
 * A name as the filter boxes compare it (the search page's facets, the A–Z indexes): case,
 * accents and spacing aside, so "  Salomé   ZOURABICHVILI " and "salome zourabichvili" agree and
 * "ÁNANURI" finds Ananuri. Compatibility forms fold too (NFKD: a ligature "ﬁ" is "fi").
 */
export function foldName(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ').trim();
}
