/**
 * The article's text a page carries in its data instead of its markup. A Next.js page served
 * before its scripts run shows little more than the headline; the article is in the page's
 * `__NEXT_DATA__` JSON, which the browser renders. JSON-LD `articleBody` carries it too. Either is
 * read only when the page's markup holds none of it.
 */

export interface EmbeddedArticle {
  /** The article's HTML, as the page's scripts would render it. */
  html: string;
  /** Where it was found, for the archivist's note. */
  where: string;
}

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null;
const spaced = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Objects this deep in the page's data are never the article's record (Next.js puts it at props.pageProps.X). */
const MAX_DEPTH = 12;

/** The objects of a JSON value, breadth first: the article's record is near the top. */
function* objectsOf(root: Json): Generator<Record<string, Json>> {
  let level: Json[] = [root];
  for (let depth = 0; depth < MAX_DEPTH && level.length > 0; depth += 1) {
    const next: Json[] = [];
    for (const value of level) {
      if (!isObject(value)) continue;
      if (!Array.isArray(value)) yield value;
      next.push(...Object.values(value));
    }
    level = next;
  }
}

/** The longest HTML string with paragraphs in an object or the objects it holds: its body. */
function longestHtml(record: Record<string, Json>): string | undefined {
  let longest: string | undefined;
  for (const object of objectsOf(record)) {
    for (const value of Object.values(object)) {
      if (typeof value === 'string' && /<p[\s>]/i.test(value) && value.length > (longest?.length ?? 0)) longest = value;
    }
  }
  return longest;
}

/** The text of the page's `__NEXT_DATA__` script, taken before Readability removes the page's scripts. */
export const nextDataOf = (document: Document) => document.querySelector('script#__NEXT_DATA__')?.textContent ?? undefined;

/** The body of the first record in `__NEXT_DATA__` whose title is the page's headline and that holds one. */
function nextDataArticle(nextData: string, title: string): string | undefined {
  let data: Json;
  try {
    data = JSON.parse(nextData);
  } catch {
    return undefined;
  }
  const headline = spaced(title);
  for (const object of objectsOf(data)) {
    if (!Object.values(object).some((value) => typeof value === 'string' && spaced(value) === headline)) continue;
    // The page's SEO record (`seo: {title, description}`) names the headline too, and holds no body.
    const html = longestHtml(object);
    if (html) return html;
  }
  return undefined;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** JSON-LD `articleBody` is plain text: its lines are the paragraphs. */
const articleBodyHtml = (text: string) =>
  text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('');

export function embeddedArticle(nextData: string | undefined, title: string | undefined, articleBody: string | undefined): EmbeddedArticle | undefined {
  const html = nextData === undefined || title === undefined ? undefined : nextDataArticle(nextData, title);
  if (html) return { html, where: "the page's __NEXT_DATA__ (the data its scripts render)" };
  if (articleBody) return { html: articleBodyHtml(articleBody), where: "the page's JSON-LD articleBody" };
  return undefined;
}
