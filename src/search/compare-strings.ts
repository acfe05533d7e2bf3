/** Code point order, as Rust orders strings (JavaScript's `<` compares UTF-16 units): Pagefind's order of words, and the canonical form's of everything it sorts. */
export function compareStrings(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}
