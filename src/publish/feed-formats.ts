import { xmlDocument } from './xml-writer.ts';

/**
 * The three feed formats, written from plain data (src/publish/feeds.ts gathers it from the
 * archive). Every title, name and summary is text and stays text: plain-text elements and
 * attributes where the format has them (Atom's `type="text"`, RSS's title, JSON strings), and
 * escaped as HTML once more where the format says the value is HTML (RSS's description).
 */

export interface FeedChannelText {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows. */
  pageUrl: string;
  /** Absolute URLs of the channel's three feeds. */
  feedUrls: { rss: string; atom: string; json: string };
  /** Site-absolute path of the XSLT stylesheet that shows an XML feed as a page in a browser. */
  stylesheet: string;
}

export interface FeedEntry {
  title: string;
  url: string;
  /** RFC 3339 (src/lib/published-instant.ts publishedDateTime): never the day before a date-only article's. */
  published: string;
  /** RFC 3339 (src/lib/published-instant.ts modifiedDateTime), when the paper printed an update. */
  updated?: string;
  authors: string[];
  sourceName: string;
  /** The first sentence, plain text. */
  summary: string;
  /** The body as HTML, with absolute links and none of the page's own attributes. */
  html: string;
}

/** Atom and JSON Feed require an author; an article with no byline is credited to its paper, as in print. */
function credited(entry: FeedEntry): string[] {
  return entry.authors.length ? entry.authors : [entry.sourceName];
}

/** Text as HTML that shows exactly that text. */
function htmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * RSS 2.0. Its title is plain text (RSS Advisory Board: titles carry no HTML), escaped once by
 * the XML writer; its description is HTML by the spec, so the summary is escaped as HTML first.
 * pubDate can only be written in GMT; dc:date carries the same instant in the paper's own offset,
 * whose first ten characters are the paper's day (what the stylesheet shows).
 */
export function rssXml(channel: FeedChannelText, entries: FeedEntry[]): string {
  const xml = xmlDocument(
    'rss',
    {
      version: '2.0',
      'xmlns:content': 'http://purl.org/rss/1.0/modules/content/',
      'xmlns:dc': 'http://purl.org/dc/elements/1.1/',
      'xmlns:atom': 'http://www.w3.org/2005/Atom',
    },
    channel.stylesheet,
  );
  const rss = xml.add(xml.root, 'channel');
  xml.add(rss, 'title', channel.title);
  xml.add(rss, 'link', channel.pageUrl);
  xml.add(rss, 'description', htmlText(channel.description));
  xml.add(rss, 'language', 'en');
  xml.add(rss, 'atom:link', undefined, { href: channel.feedUrls.rss, rel: 'self', type: 'application/rss+xml' });
  for (const entry of entries) {
    const item = xml.add(rss, 'item');
    xml.add(item, 'title', entry.title);
    xml.add(item, 'link', entry.url);
    xml.add(item, 'guid', entry.url, { isPermaLink: 'true' });
    xml.add(item, 'description', htmlText(entry.summary));
    xml.add(item, 'pubDate', new Date(entry.published).toUTCString());
    xml.add(item, 'dc:date', entry.published);
    // RSS's <author> must be an e-mail address; bylines go in Dublin Core's creator instead.
    for (const name of entry.authors) xml.add(item, 'dc:creator', name);
    xml.add(item, 'category', entry.sourceName);
    xml.add(item, 'content:encoded', entry.html);
  }
  return xml.serialize();
}

/** Atom 1.0 (RFC 4287): titles, names and summaries as `type="text"`, the body as `type="html"`. */
export function atomXml(channel: FeedChannelText, entries: FeedEntry[]): string {
  const xml = xmlDocument('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'en' }, channel.stylesheet);
  const feed = xml.root;
  xml.add(feed, 'id', channel.pageUrl);
  xml.add(feed, 'title', channel.title, { type: 'text' });
  xml.add(feed, 'subtitle', channel.description, { type: 'text' });
  xml.add(feed, 'updated', entries[0]?.published ?? new Date(0).toISOString());
  xml.add(feed, 'link', undefined, { rel: 'alternate', type: 'text/html', href: channel.pageUrl });
  xml.add(feed, 'link', undefined, { rel: 'self', type: 'application/atom+xml', href: channel.feedUrls.atom });
  xml.add(feed, 'rights', 'Each article belongs to the publication that printed it.', { type: 'text' });
  for (const entry of entries) {
    const item = xml.add(feed, 'entry');
    xml.add(item, 'title', entry.title, { type: 'text' });
    xml.add(item, 'id', entry.url);
    xml.add(item, 'link', undefined, { rel: 'alternate', type: 'text/html', href: entry.url });
    xml.add(item, 'published', entry.published);
    xml.add(item, 'updated', entry.updated ?? entry.published);
    for (const name of credited(entry)) xml.add(xml.add(item, 'author'), 'name', name);
    xml.add(item, 'category', undefined, { term: entry.sourceName, label: entry.sourceName });
    xml.add(item, 'summary', entry.summary, { type: 'text' });
    xml.add(item, 'content', entry.html, { type: 'html' });
  }
  return xml.serialize();
}

/** JSON Feed 1.1 (jsonfeed.org/version/1.1): JSON strings are text already. */
export function jsonFeed(channel: FeedChannelText, entries: FeedEntry[]): string {
  return JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: channel.title,
      description: channel.description,
      home_page_url: channel.pageUrl,
      feed_url: channel.feedUrls.json,
      language: 'en',
      items: entries.map((entry) => ({
        id: entry.url,
        url: entry.url,
        title: entry.title,
        content_html: entry.html,
        summary: entry.summary,
        date_published: entry.published,
        ...(entry.updated === undefined ? {} : { date_modified: entry.updated }),
        authors: credited(entry).map((name) => ({ name })),
        tags: [entry.sourceName],
      })),
    },
    null,
    2,
  );
}
