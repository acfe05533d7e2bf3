import { Parser } from 'htmlparser2';
import { changedForIndex, cutForIndex } from './unspaced-words.ts';

/**
 * The copy of a built article page that the index step hands Pagefind (src/search/index-site.ts):
 * the page with the text it indexes in scripts written without spaces (Chinese, Japanese, Thai…)
 * cut into words and its letters written two ways folded (src/search/unspaced-words.ts). The published page is never changed; this copy
 * lives only while its shard is indexed.
 *
 * Cut: the text inside `data-pagefind-body`. Left as it is: what Pagefind does not index there
 * (`data-pagefind-ignore`), the text an element hands Pagefind as a filter, metadata or sort key
 * (a byline's names, a paper's name: shown and counted as printed), scripts and styles, and every
 * attribute. The first heading's text is cut (its words are searched), so a result's title comes
 * back cut and is joined again for display (src/search/client/pagefind-api.ts).
 *
 * Returns null for a page with nothing to cut, which is handed to Pagefind as it is.
 */
export function segmentedPage(html: string): string | null {
  if (!changedForIndex(html)) return null;
  const reader = new TextRanges();
  const parser = new Parser(reader);
  reader.parser = parser;
  parser.end(html);
  let copy = '';
  let from = 0;
  let before = '';
  for (const [start, end] of reader.ranges) {
    const text = html.slice(start, end);
    const gap = html.slice(from, start);
    // Text in the next element, only tags between: a word may end there.
    copy += gap + cutForIndex(text, gap.replace(/<[^>]*>/g, '') === '' ? before : '');
    before = text;
    from = end;
  }
  copy += html.slice(from);
  return copy === html ? null : copy;
}

const BODY = 'data-pagefind-body';
const IGNORE = 'data-pagefind-ignore';
/** Attributes whose value, an item without `:` or `[`, makes Pagefind read the element's text. */
const CAPTURES = ['data-pagefind-meta', 'data-pagefind-filter', 'data-pagefind-sort'];
const RAW_TEXT = new Set(['script', 'style']);

function readsText(attributes: Record<string, string>): boolean {
  return CAPTURES.some((name) => attributes[name]?.split(',').some((item) => !/[:[]/.test(item)));
}

/** htmlparser2's handler: the source ranges of the text to cut, in page order. */
class TextRanges {
  parser: Parser | undefined;
  readonly ranges: [start: number, end: number][] = [];
  /** Per open element: whether text inside it is cut. */
  private cut: boolean[] = [];

  onopentag(name: string, attributes: Record<string, string>): void {
    const inside = this.cut.at(-1) ?? false;
    const kept = Object.hasOwn(attributes, IGNORE) || readsText(attributes) || RAW_TEXT.has(name);
    this.cut.push(!kept && (inside || Object.hasOwn(attributes, BODY)));
  }

  onclosetag(): void {
    this.cut.pop();
  }

  ontext(text: string): void {
    if (!this.cut.at(-1) || !changedForIndex(text)) return;
    // The text as the page's source has it (entities undecoded): only that is copied.
    this.ranges.push([this.parser!.startIndex, this.parser!.endIndex + 1]);
  }
}
