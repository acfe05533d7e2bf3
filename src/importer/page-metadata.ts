import { headlineHeadings } from './home-link-heading.ts';
import { siteNameInTitle, withoutSiteName } from './title-site-name.ts';

/**
 * What a saved web page says about itself, read from the metadata outlets publish for search
 * engines and reference managers: JSON-LD (schema.org article types, also inside `@graph`) and
 * schema.org microdata, Open Graph and `article:*` tags, `<meta name="author">`, Highwire `citation_*`, Dublin Core,
 * `<time datetime>` and the canonical link. Each fact comes from the first of these that gives it.
 */

export interface PageMetadata {
  /** The page calls itself an article (a JSON-LD article type, or og:type article). */
  declaresArticle: boolean;
  title?: string;
  /** The publication date and time exactly as the metadata gives it, e.g. 2019-08-22T12:55:00+04:00. */
  published?: string;
  /** The last update's date and time as the metadata gives it (JSON-LD dateModified, article:modified_time). */
  modified?: string;
  authors: string[];
  publisher?: string;
  /** JSON-LD `dateline`: where the story was filed from, as the outlet wrote it for machines. */
  dateline?: string;
  /** The page's canonical address (absolute http or https). */
  url?: string;
  /** Primary language subtag: fr, de, en. */
  language?: string;
  /** What the archivist should know about the metadata (a JSON-LD block that could not be read). */
  notes: string[];
  /** JSON-LD `articleBody`, line breaks kept: the article's text as plain text. */
  articleBody?: string;
  /** How many different articles the JSON-LD describes when none of them is the page's own: a home or section page's. */
  articlesListed?: number;
  /** The article node says `isAccessibleForFree: false` (or `"False"`): the outlet keeps it for subscribers. */
  forSubscribers: boolean;
  /** The CSS selectors of its `hasPart` elements marked not free: where a subscriber's page holds the gated text. */
  gatedSelectors: string[];
  /** How many words the article has, as the page's JSON-LD declares it (`wordCount`): a page holding far fewer lacks part of it (declared-length.ts). */
  wordCount?: number;
}

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'Report', 'ScholarlyArticle',
]);

/** Nodes that name the outlet when the article node does not name its publisher. */
const PUBLISHER_TYPES = new Set(['NewsMediaOrganization', 'Organization', 'WebSite']);

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const asList = (value: unknown): unknown[] => (value === undefined || value === null ? [] : Array.isArray(value) ? value : [value]);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : undefined);

function typesOf(node: Node): string[] {
  return asList(node['@type']).filter((type): type is string => typeof type === 'string').map((type) => type.replace(/^https?:\/\/schema\.org\//, ''));
}

const ENTITY = /&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

/**
 * JSON-LD is script text, so the HTML parser leaves its entities alone, yet outlets write them
 * there (`Georgia&#x27;s`): a value that holds one is read as HTML text, `<` kept as printed.
 */
function decodeEntities(document: Document, value: string): string {
  const element = document.createElement('p');
  element.innerHTML = value.replace(/</g, '&lt;');
  return element.textContent ?? value;
}

/** Every node of every JSON-LD block, `@graph` members and nested arrays flattened, and the blocks that failed. */
function jsonLdNodes(document: Document): { nodes: Node[]; notes: string[] } {
  const nodes: Node[] = [];
  const notes: string[] = [];
  const collect = (value: unknown) => {
    for (const item of asList(value)) {
      if (!isNode(item)) continue;
      nodes.push(item);
      // A WebPage may carry its article as mainEntity, a NewsArticle inside the page's node.
      for (const key of ['@graph', 'mainEntity']) if (item[key]) collect(item[key]);
    }
  };
  const blocks = [...document.querySelectorAll('script[type="application/ld+json" i]')];
  blocks.forEach((script, index) => {
    // Some outlets wrap the JSON in a CDATA section (`//<![CDATA[`, `/*<![CDATA[*/`) or an HTML comment.
    const source = (script.textContent ?? '').trim().replace(/^(?:\/\/|\/\*)?\s*(?:<!\[CDATA\[|<!--)\s*(?:\*\/)?/, '').replace(/(?:\/\/|\/\*)?\s*(?:\]\]>|-->)\s*(?:\*\/)?$/, '');
    try {
      collect(JSON.parse(source, (_key, value: unknown) => (typeof value === 'string' && ENTITY.test(value) ? decodeEntities(document, value) : value)));
    } catch (error) {
      const which = blocks.length > 1 ? ` (block ${index + 1} of ${blocks.length})` : '';
      notes.push(`the page's JSON-LD${which} is not valid JSON (${(error as Error).message}); its other metadata was used instead`);
    }
  });
  return { nodes, notes };
}

/**
 * A microdata property's value: a nested item, or the attribute that carries it, or the element's text.
 * An <abbr>'s title is its machine value where the page prints a short form (Blogger's
 * `<abbr itemprop='datePublished' title='2013-05-28T15:42:00+04:00'>3:42 PM</abbr>`, hAtom's convention).
 */
function itempropValue(element: Element): unknown {
  if (element.hasAttribute('itemscope')) return microdataItem(element);
  const attribute = ['content', 'datetime', 'href', 'src', ...(element.tagName === 'ABBR' ? ['title'] : [])].find((name) => element.hasAttribute(name));
  return attribute ? element.getAttribute(attribute) : element.textContent;
}

/** An `itemscope` element as the node JSON-LD would give: `@type` from its itemtype, its own properties (not its nested items'). */
function microdataItem(item: Element): Node {
  const node: Node = { '@type': (item.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean) };
  for (const element of item.querySelectorAll('[itemprop]')) {
    if (element.parentElement?.closest('[itemscope]') !== item) continue;
    const value = itempropValue(element);
    for (const name of (element.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean)) {
      node[name] = node[name] === undefined ? value : [...asList(node[name]), value];
    }
  }
  return node;
}

/**
 * Schema.org microdata, which older CMSs write instead of JSON-LD: every top-level item, as nodes. An
 * item that names itself a property of no enclosing item is one too (Blogger's post: `itemprop='blogPost'`
 * with no Blog item around it).
 */
const microdataNodes = (document: Document): Node[] =>
  [...document.querySelectorAll('[itemscope][itemtype]')].filter((item) => !item.hasAttribute('itemprop') || !item.parentElement?.closest('[itemscope]')).map(microdataItem);

/** A person or organisation given as a name, an object with a name, or a reference to a node by `@id`. */
function namesOf(value: unknown, byId: Map<string, Node>): string[] {
  return asList(value).flatMap((item) => {
    if (typeof item === 'string') return text(item) ? [item] : [];
    if (!isNode(item)) return [];
    const node = typeof item['@id'] === 'string' && !item.name ? (byId.get(item['@id']) ?? item) : item;
    const name = text(node.name);
    return name ? [name] : [];
  });
}

/** `<meta>` contents by lower-case property, name or itemprop, in document order. */
function metaTags(document: Document): Map<string, string[]> {
  const tags = new Map<string, string[]>();
  for (const meta of document.querySelectorAll('meta[content]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop'))?.trim().toLowerCase();
    const content = text(meta.getAttribute('content'));
    if (key && content) tags.set(key, [...(tags.get(key) ?? []), content]);
  }
  return tags;
}

/** An absolute http(s) address, resolved against the page's own address when relative. */
function absoluteUrl(value: string | undefined, base: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The headline as the page prints it: the <h1> of its article (or main part), else its only <h1>.
 * Metadata headlines are often another wording, written for search engines.
 */
export function printedHeadline(document: Document): string | undefined {
  const headings = headlineHeadings(document);
  const main = document.querySelector('article h1, main h1, [role="main"] h1') ?? (headings.length === 1 ? headings[0] : undefined);
  return main ? text(withoutKickers(main)) : undefined;
}

/** How pages mark the kicker above a headline when it sits inside the <h1> (`<span class="seitenkopf__topline">Georgien</span>`). */
const KICKER = '[class*="topline" i], [class*="kicker" i], [class*="overline" i], [class*="eyebrow" i], [class*="dachzeile" i]';

/** A headline's text without the kicker printed inside its element: the kicker is a label, not the title. */
function withoutKickers(headline: Element): string {
  let printed = headline.textContent ?? '';
  for (const kicker of headline.querySelectorAll(KICKER)) printed = printed.replace(kicker.textContent ?? '', ' ');
  return printed;
}

/**
 * An address compared as the same page whatever way it is written: without scheme, `www.`,
 * query, fragment or trailing slash (`http://www.x.example/trees/#article` is `x.example/trees`).
 */
const addressKey = (value: unknown) =>
  typeof value === 'string'
    ? value.replace(/[?#].*$/, '').replace(/\/+$/, '').replace(/^(?:https?:)?\/\/(?:www\d*\.)?([^/]*)/i, (_match, host: string) => host.toLowerCase())
    : undefined;

/** The addresses an article node names as its own: url, @id, mainEntityOfPage. */
function addressesOf(node: Node): string[] {
  const page = isNode(node.mainEntityOfPage) ? node.mainEntityOfPage['@id'] : node.mainEntityOfPage;
  return [node.url, node['@id'], page].map(addressKey).filter((key): key is string => key !== undefined && key !== '');
}

/**
 * The article node that is the page's own. One article, or one told twice, is it; of several
 * different ones (a home page's, or an article's with its related stories), only the one at the
 * page's own address is, else the one that names no address and whose headline the page prints
 * as its own (a theme's NewsArticle without url beside a related story's with one), and none when
 * neither is found: then the page lists them.
 */
function ownArticle(articles: Node[], pageAddress: string | undefined, headline: string | undefined): { article?: Node; listed?: number } {
  // Told apart by headline: the same article told twice (as itself and as a WebPage's mainEntity) is one.
  const different = new Set(articles.map((node) => text(node.headline) ?? addressesOf(node)[0]));
  if (different.size <= 1) return { article: articles[0] };
  const key = addressKey(pageAddress);
  const own =
    (key === undefined ? undefined : articles.find((node) => addressesOf(node).includes(key))) ??
    (headline === undefined ? undefined : articles.find((node) => addressesOf(node).length === 0 && text(node.headline) === headline));
  return own ? { article: own } : { listed: different.size };
}

/**
 * A page saved from Firefox's reader view keeps none of the page's metadata: the article's address
 * is on its domain link, the byline on its credits line.
 */
function readerView(document: Document): { url?: string; credits: string[] } {
  const credits = text(document.querySelector('.reader-credits')?.textContent);
  return { url: document.querySelector('a.reader-domain[href]')?.getAttribute('href') ?? undefined, credits: credits ? [credits] : [] };
}

const OFFSET = /(?:Z|[+-]\d{2}:?\d{2})$/;
/** A date's wall time to the minute (`2023-09-14T16:45`), or undefined for one without a time. */
const wallMinute = (date: string) => /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/.exec(date)?.slice(1).join('T');

const UTC_OFFSET = /(?:Z|[+-]00:?00)$/;

/**
 * The first of a page's dates for one fact; when it gives no UTC offset (JSON-LD
 * `2023-09-14T16:45:00`), the same wall time with the offset another of its dates gives
 * (`article:published_time`, or any `<time>` of the page, at 2023-09-14T16:45:00+04:00): the
 * page's offset, printed. When it is in UTC (Zaobao's JSON-LD `2024-06-10T21:30:00.000Z`), the
 * same instant another gives in an offset of its own (`article:published_time` at
 * 2024-06-11T05:30:00+08:00): UTC is the server's clock, the other offset the paper's.
 * Only those dates are the fact itself; any <time> only lends its offset.
 */
function withOffsetFromOthers(dates: (string | undefined)[], moreLenders: (string | undefined)[] = []): string | undefined {
  const [first, ...others] = dates.filter((date): date is string => date !== undefined);
  if (first === undefined || wallMinute(first) === undefined) return first;
  const lenders = [...others, ...moreLenders].filter((date): date is string => date !== undefined);
  if (UTC_OFFSET.test(first)) return lenders.find((date) => OFFSET.test(date) && !UTC_OFFSET.test(date) && instantOf(date) === instantOf(first)) ?? first;
  if (OFFSET.test(first)) return first;
  return lenders.find((date) => OFFSET.test(date) && wallMinute(date) === wallMinute(first)) ?? first;
}

/** Profile links (article:author is often a URL) are not names. */
const notAddress = (name: string) => !/^(?:https?:)?\/\//i.test(name);

/** `false`, or the string `"False"` as some outlets write it. */
const isFalse = (value: unknown) => value === false || (typeof value === 'string' && value.trim().toLowerCase() === 'false');

/** JSON-LD `wordCount`, a number or digits in a string; undefined for anything else. */
function declaredWordCount(article: Node | undefined): number | undefined {
  const value = typeof article?.wordCount === 'string' ? Number(article.wordCount.trim()) : article?.wordCount;
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** The selectors of an article node's parts marked not free to read (`hasPart: {isAccessibleForFree: false, cssSelector: ".a_c"}`). */
function gatedSelectorsOf(article: Node | undefined): string[] {
  return asList(article?.hasPart)
    .filter((part): part is Node => isNode(part) && isFalse(part.isAccessibleForFree))
    .map((part) => text(part.cssSelector))
    .filter((selector): selector is string => selector !== undefined);
}

/** A date's instant, for dates written with an offset (`2024-06-11 10:45:09 +02:00` too); NaN for others. */
const instantOf = (date: string) => Date.parse(date.replace(/^(\S+)[T ](\S+?)\s*(Z|[+-]\d{2}:?\d{2})$/, '$1T$2$3'));

/**
 * JSON-LD `dateCreated` when it is earlier than `datePublished` and the page prints it in a <time>:
 * Euronews writes its last update as datePublished and prints `Published on 11/06/2024 - 10:45` at
 * dateCreated. A dateCreated the page does not print (a draft's) is never the publication.
 */
function printedCreation(article: Node | undefined, document: Document): string | undefined {
  const [created, published] = [text(article?.dateCreated), text(article?.datePublished)];
  if (!created || !published || !(instantOf(created) < instantOf(published))) return undefined;
  const printed = [...document.querySelectorAll('time[datetime]')].some((time) => instantOf(time.getAttribute('datetime') ?? '') === instantOf(created));
  return printed ? created : undefined;
}

export function readPageMetadata(document: Document, pageUrl?: string): PageMetadata {
  const { nodes: jsonLd, notes } = jsonLdNodes(document);
  // JSON-LD first: a page that has both tells its facts there.
  const nodes = [...jsonLd, ...microdataNodes(document)];
  const byId = new Map(nodes.filter((node) => typeof node['@id'] === 'string').map((node) => [node['@id'] as string, node]));
  const tags = metaTags(document);
  const tag = (...keys: string[]) => keys.map((key) => tags.get(key)?.[0]).find(Boolean);
  const tagList = (...keys: string[]) => keys.map((key) => tags.get(key) ?? []).find((list) => list.length > 0) ?? [];
  const ownUrl = [document.querySelector('link[rel~="canonical" i]')?.getAttribute('href') ?? undefined, tag('og:url'), readerView(document).url]
    .map((candidate) => absoluteUrl(candidate, pageUrl))
    .find(Boolean);
  const headline = printedHeadline(document);
  const { article, listed } = ownArticle(nodes.filter((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type))), ownUrl ?? pageUrl, headline);
  // A live blog is archived as the page stood when it was saved: one article, its entries in the page's order.
  if (article && typesOf(article).includes('LiveBlogPosting')) {
    notes.push("the page is a live blog: imported as one article, its entries (with their printed times) as the page showed them when it was saved, dated when the blog began");
  }

  const time = document.querySelector('time[itemprop="datePublished"], time[pubdate], article time[datetime], main time[datetime]');
  const mainEntity = article && (isNode(article.mainEntityOfPage) ? article.mainEntityOfPage['@id'] : article.mainEntityOfPage);
  // Else the article's own address, else the one it was captured or saved from.
  const url =
    ownUrl ??
    [text(article?.url), text(mainEntity), pageUrl].map((candidate) => absoluteUrl(candidate, pageUrl)).find(Boolean);

  const language = text(document.documentElement?.getAttribute('lang')) ?? tag('og:locale') ?? text(article?.inLanguage);
  const wordCount = declaredWordCount(article);
  const declaredAuthors = article ? namesOf(article.author, byId) : [];
  const publisher =
    (article && namesOf(article.publisher, byId)[0]) ??
    text(nodes.find((node) => typesOf(node).some((type) => PUBLISHER_TYPES.has(type)))?.name) ??
    tag('og:site_name', 'citation_journal_title', 'application-name') ??
    siteNameInTitle(text(document.title), headline);
  return {
    declaresArticle: article !== undefined || tag('og:type')?.toLowerCase() === 'article',
    title:
      headline ??
      text(article?.headline) ??
      withoutSiteName(tag('og:title', 'twitter:title', 'citation_title', 'dc.title'), [publisher, tag('og:site_name')]),
    published: withOffsetFromOthers(
      [
        printedCreation(article, document) ?? text(article?.datePublished),
        tag('article:published_time', 'citation_publication_date', 'citation_date', 'dc.date.issued', 'dc.date', 'date', 'parsely-pub-date'),
        text(time?.getAttribute('datetime')),
      ],
      [...document.querySelectorAll('time[datetime]')].map((element) => text(element.getAttribute('datetime'))),
    ),
    modified: withOffsetFromOthers([text(article?.dateModified), tag('article:modified_time', 'og:updated_time')]),
    authors: ([declaredAuthors, tagList('article:author', 'author', 'citation_author', 'dc.creator', 'parsely-author'), readerView(document).credits].find((names) => names.length > 0) ?? []).filter(notAddress),
    publisher,
    dateline: text(article?.dateline),
    url,
    language: language?.split(/[-_]/)[0]?.toLowerCase(),
    notes,
    ...(typeof article?.articleBody === 'string' ? { articleBody: article.articleBody } : {}),
    ...(listed === undefined ? {} : { articlesListed: listed }),
    forSubscribers: isFalse(article?.isAccessibleForFree),
    gatedSelectors: gatedSelectorsOf(article),
    ...(wordCount === undefined ? {} : { wordCount }),
  };
}
