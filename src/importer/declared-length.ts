/**
 * A saved page that holds a paywall's subscription box and less than half the words its metadata
 * says the article has (JSON-LD `wordCount`, which Yoast and most news sites' systems write) lacks
 * the subscribers' text, wherever the box stands. Above the free text, the box's place alone says
 * nothing (a subscriber's saved page may keep the offer's markup over the whole text); the count
 * the page declares for the whole article does. Half leaves room for what a count includes that the
 * text read here may not (headings, captions, a standfirst).
 */
const HELD_SHARE = 0.5;

const wordsIn = (text: string) => text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;

export function shorterThanDeclared(blocks: readonly { text: string }[], declaredWords: number | undefined): boolean {
  if (declaredWords === undefined) return false;
  const held = blocks.reduce((sum, block) => sum + wordsIn(block.text), 0);
  return held < declaredWords * HELD_SHARE;
}
