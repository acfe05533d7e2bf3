/** The label before a colon that opens a paragraph: `GT: How …`, `Q: …`, and a dateline's `TBILISI: Georgia's …` too. */
const OPENING_LABEL = /^(?<label>[^:\s][^:]{0,39}):\s/u;

/**
 * Whether a paragraph's opening label before a colon opens another of the clipping's lines too: a speaker's in an
 * interview (Georgia Today: `GT: How do you see …`, then `GT: Is Georgia's path …`), never a dateline's place, which
 * opens the text's first paragraph alone (`TBILISI: …`, the Times of India).
 */
export function repeatsOpeningLabel(text: string, lines: readonly string[]): boolean {
  const label = OPENING_LABEL.exec(text)?.groups?.label;
  return label !== undefined && lines.some((line) => line !== text && line.startsWith(`${label}: `));
}
