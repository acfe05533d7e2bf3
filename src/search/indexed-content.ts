import { compile, type Options } from 'css-select';
import { Parser } from 'htmlparser2';

/**
 * What Pagefind 1.6 reads from a built page, as one canonical string: two pages with equal strings
 * give Pagefind the same input. A shard's digest is made of these (src/search/index-record.ts),
 * not of the pages' whole bytes, because adding one article changes pages in every shard outside
 * the indexed part: its neighbours' previous/next links and the related lists of articles that
 * share its entities. Those changes must not re-index a shard whose index they cannot change.
 *
 * Per Pagefind's documentation (indexing, metadata, filtering, sorts, weighting) it reads:
 * - the `data-pagefind-body` elements, with everything inside them (text, headings and ids for
 *   sub-results, `data-pagefind-ignore`, `-weight`, `-index-attrs`, and the filters and metadata
 *   set there), less the excluded selectors;
 * - filters, metadata and sort keys set anywhere else on the page (`data-pagefind-filter`,
 *   `-meta`, `-sort`), each an inline value, an attribute it names or the element's text;
 * - the default metadata: the text of the first `h1` and the `src` and `alt` of the first `img`
 *   after it, wherever they are on the page;
 * - `<html lang>` (the index step forces the language, but a different one is a different input).
 * The page's URL is its path, which the shard's digest holds beside this string.
 *
 * Outside the bodies, each element with a `data-pagefind-*` attribute contributes all its
 * attributes and its text, more than any one capture reads, so a capture this file does not
 * parse (Pagefind's `key[attr], key2:value` syntax) is covered all the same. `<title>` is kept too:
 * it changes only with the article's title, and rebuilding more is safe where less is not.
 *
 * The page is read in one pass of htmlparser2's streaming parser, building no document: a
 * build with no index record reads every article page, and linkedom's DOM cost about 5 ms a page
 * there (BENCHMARKS.md, "Index step of an update, part by part").
 */
export function indexedContent(html: string, excludeSelectors: readonly string[]): string {
  const reader = new PageReader(excludedBy(excludeSelectors));
  const parser = new Parser(reader);
  parser.end(html);
  return JSON.stringify(reader.result());
}

/** An element as the parser has seen it so far: the excluded selectors are matched against these. */
interface OpenElement {
  name: string;
  attributes: Record<string, string>;
  parent: OpenElement | null;
  /** Its child elements opened so far (a selector can only look back: the page is read once). */
  children: OpenElement[];
}

/** A `data-pagefind-body` element, as the events inside it less the excluded elements. */
type BodyEvent = [open: string, attributes: Record<string, string>] | [text: string] | [];

interface Collector {
  element: OpenElement;
  text: string;
}

/**
 * css-select on the elements read so far. A selector is matched when its element opens, so one
 * that needs what follows it (`:has`, `:empty`, `:last-child`) would see only what came before;
 * the excluded selectors are the index step's own (index-site.ts) and need none of that. Text is
 * not known yet when an element opens, so a selector reading it fails rather than misses.
 */
const adapter: NonNullable<Options<OpenElement, OpenElement>['adapter']> = {
  // Only elements are kept: text never reaches a selector.
  isTag: (_node): _node is OpenElement => true,
  getAttributeValue: (element, name) => element.attributes[name],
  hasAttrib: (element, name) => Object.hasOwn(element.attributes, name),
  getName: (element) => element.name,
  getParent: (element) => element.parent,
  getChildren: (element) => element.children,
  getSiblings: (element) => element.parent?.children ?? [element],
  prevElementSibling: (element) => {
    const siblings = element.parent?.children ?? [];
    return siblings[siblings.indexOf(element) - 1] ?? null;
  },
  getText: () => {
    throw new Error('an excluded selector that reads an element\u2019s text cannot be matched while the page is read');
  },
  removeSubsets: (nodes) => nodes,
};

const compiled = new Map<string, (element: OpenElement) => boolean>();

function excludedBy(selectors: readonly string[]): (element: OpenElement) => boolean {
  const key = JSON.stringify(selectors);
  let test = compiled.get(key);
  if (!test) {
    const each = selectors.map((selector) => compile<OpenElement, OpenElement>(selector, { adapter, xmlMode: false }));
    test = (element) => each.some((matches) => matches(element));
    compiled.set(key, test);
  }
  return test;
}

const PAGEFIND_ATTRIBUTE = 'data-pagefind-';
const BODY_ATTRIBUTE = 'data-pagefind-body';

/** htmlparser2's handler gathering, in one pass, what indexedContent's string holds. */
class PageReader {
  private open: OpenElement[] = [];
  /** How many open elements are bodies, and how many inside them are excluded (with their subtrees). */
  private bodyDepth = 0;
  private excludedDepth = 0;
  private openBodies: BodyEvent[][] = [];
  private bodies: BodyEvent[][] = [];
  private tagged: [name: string, attributes: [string, string][], text: string][] = [];
  private taggedOpen: (Collector & { at: number })[] = [];
  private lang: string | null = null;
  private sawHtml = false;
  private title: Collector | null = null;
  private titleText: string | null = null;
  private h1: Collector | null = null;
  private h1Text: string | null = null;
  private image: { src: string | null; alt: string | null } | null = null;

  constructor(private readonly excluded: (element: OpenElement) => boolean) {}

  onopentag(name: string, attributes: Record<string, string>): void {
    const parent = this.open.at(-1) ?? null;
    const element: OpenElement = { name, attributes, parent, children: [] };
    parent?.children.push(element);
    this.open.push(element);
    if (name === 'html' && !this.sawHtml) {
      this.sawHtml = true;
      this.lang = attributes.lang ?? null;
    }
    if (name === 'title' && this.titleText === null && !this.title) this.title = { element, text: '' };
    if (name === 'h1' && this.h1Text === null && !this.h1) this.h1 = { element, text: '' };
    else if (name === 'img' && (this.h1 || this.h1Text !== null) && !this.image) this.image = { src: attributes.src ?? null, alt: attributes.alt ?? null };
    // What is excluded is left out of a body, never the body itself.
    if (this.bodyDepth > 0 && (this.excludedDepth > 0 || this.excluded(element))) this.excludedDepth += 1;
    if (Object.hasOwn(attributes, BODY_ATTRIBUTE)) {
      this.bodyDepth += 1;
      const body: BodyEvent[] = [];
      this.openBodies.push(body);
      this.bodies.push(body);
    }
    // Inside a body, what is not excluded is in the body's own events.
    const outsideBodies = this.bodyDepth === 0 || this.excludedDepth > 0;
    if (outsideBodies && Object.keys(attributes).some((attribute) => attribute.startsWith(PAGEFIND_ATTRIBUTE))) {
      this.taggedOpen.push({ element, text: '', at: this.tagged.length });
      this.tagged.push([name, Object.entries(attributes), '']);
    }
    if (this.excludedDepth === 0) for (const body of this.openBodies) body.push([name, attributes]);
  }

  ontext(text: string): void {
    for (const collector of this.taggedOpen) collector.text += text;
    if (this.title) this.title.text += text;
    if (this.h1) this.h1.text += text;
    if (this.excludedDepth === 0) for (const body of this.openBodies) body.push([text]);
  }

  onclosetag(): void {
    const element = this.open.pop();
    if (!element) return;
    if (this.excludedDepth === 0) for (const body of this.openBodies) body.push([]);
    if (this.excludedDepth > 0) this.excludedDepth -= 1;
    if (Object.hasOwn(element.attributes, BODY_ATTRIBUTE)) {
      this.bodyDepth -= 1;
      this.openBodies.pop();
    }
    const tagged = this.taggedOpen.at(-1);
    if (tagged?.element === element) {
      this.taggedOpen.pop();
      this.tagged[tagged.at]![2] = tagged.text;
    }
    if (this.title?.element === element) {
      this.titleText = this.title.text;
      this.title = null;
    }
    if (this.h1?.element === element) {
      this.h1Text = this.h1.text;
      this.h1 = null;
    }
  }

  result() {
    // A page cut short leaves elements open: what they hold so far is what they have.
    while (this.open.length > 0) this.onclosetag();
    return {
      lang: this.lang,
      title: this.titleText,
      bodies: this.bodies,
      tagged: this.tagged,
      defaults: { title: this.h1Text, image: this.image?.src ?? null, imageAlt: this.image?.alt ?? null },
    };
  }
}
