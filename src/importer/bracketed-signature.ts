import { cjkFactLine } from './cjk-lines.ts';
import { agencyForm } from './news-agencies.ts';

/**
 * Japanese and Chinese papers sign a story with the reporter's name in full-width brackets after its last sentence
 * (the Tokyo Shimbun: `…過去最大だった。（山田　健太郎）`; `（记者 王磊）`), the family and given names often set apart by an
 * ideographic space. As closing credits are, the signature is read as the author and stays in the text as printed.
 */

/** Two to eight han or katakana, an ideographic space among them, in full-width brackets closing the text. */
const SIGNATURE = /（(?<inner>[\p{Script=Han}\p{Script=Katakana}ー・\u3000 ]{2,12})）$/u;
const NAME = /^(?=(?:[\p{Script=Han}\p{Script=Katakana}ー・]\u3000?){2,8}$)[\p{Script=Han}\p{Script=Katakana}ー・]+(?:\u3000[\p{Script=Han}\p{Script=Katakana}ー・]+)?$/u;
/**
 * The notes Japanese and Chinese papers close a text with in the same brackets, which name no one: `（敬称略）` (honorifics
 * left out), `（一部敬称略）`, `（待续）` and `（未完待续）` (to be continued), `（全文完）` (the end).
 */
const CLOSING_NOTES = new Set(['敬称略', '一部敬称略', '待续', '未完待续', '待續', '未完待續', '全文完']);

/** The names a text's last paragraph signs with in full-width brackets; none when it closes otherwise. */
export function bracketedSignature(lastParagraph: string): string[] {
  const inner = SIGNATURE.exec(lastParagraph.trim())?.groups?.inner?.trim();
  // An agency's name there (`（共同）`) is the agency's credit, which the agencies' rules read.
  if (inner === undefined || CLOSING_NOTES.has(inner) || agencyForm(inner) !== undefined) return [];
  // `记者 王磊`: the reporter's word before the name, as a byline prints it (cjk-lines.ts).
  const labelled = cjkFactLine(inner)?.authors;
  if (labelled) return labelled;
  // The ideographic space only sets the names apart on the page: the name is the same without it.
  return NAME.test(inner) ? [inner.replace(/\u3000/gu, '')] : [];
}
