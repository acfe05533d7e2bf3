import { REREADS_CONTENT } from '../lib/build-mode.ts';
import { loadArchive, sourceOf, type SiteArchive, type SiteRecord } from '../data/archive.ts';
import { articleFeedBody, articleSummary } from './article-body.ts';
import { atomXml, jsonFeed, rssXml, type FeedChannelText, type FeedEntry } from './feed-formats.ts';
import { absoluteUrl, href } from '../views/site.ts';
import { feedPaths, sourcePath } from '../lib/urls.ts';
import { modifiedDateTime, publishedDateTime } from '../lib/published-instant.ts';
import { SITE_NAME } from '../views/site.ts';

/**
 * The archive's feeds, RSS 2.0, Atom 1.0 and JSON Feed 1.1: one list of entries (the newest 50,
 * full text, absolute links) written three ways (src/publish/feed-formats.ts), for the whole
 * archive and for each source.
 */
export const FEED_SIZE = 50;

/** The XSLT stylesheet in public/ that shows an RSS or Atom feed as a readable page in a browser. */
const FEED_STYLESHEET = 'feed.xsl';

export interface FeedChannel {
  title: string;
  description: string;
  /** Site path of the page the feed follows (home page or a source's page). */
  pagePath: string;
  /** Site path prefix of the feed files (`''` or `sources/<id>/`). */
  feedPrefix: string;
  records: SiteRecord[];
}

export async function archiveChannel(): Promise<FeedChannel> {
  const site = await loadArchive();
  return {
    title: SITE_NAME,
    description: 'The newest articles in the Dateline news archive.',
    pagePath: '',
    feedPrefix: '',
    records: site.newestFirst.slice(0, FEED_SIZE),
  };
}

function sourceChannel(site: SiteArchive, sourceId: string): FeedChannel {
  const name = site.sources.get(sourceId)!.name;
  return {
    title: `${name} · ${SITE_NAME}`,
    description: `The newest articles from ${name} in the Dateline news archive.`,
    pagePath: sourcePath(sourceId),
    feedPrefix: sourcePath(sourceId),
    records: (site.bySource.get(sourceId) ?? []).slice(0, FEED_SIZE),
  };
}

/**
 * getStaticPaths for the per-source feed endpoints: every source, as every source has a page that
 * links them, with its channel as props, which the routes key (keyedPaths, src/publish/page-keys.ts):
 * a source's feeds are written again only when the articles they hold changed, not every build.
 */
export async function sourceFeedPaths() {
  const site = await loadArchive();
  return [...site.sources.keys()].map((source) => ({ params: { source }, props: sourceChannel(site, source) }));
}

/**
 * Each channel is written three ways (RSS, Atom, JSON Feed) and an article is in two channels
 * (the archive's and its paper's), so entries are made once per build; at most FEED_SIZE per channel.
 */
const feedEntries = new Map<string, Promise<FeedEntry>>();

function entry(site: SiteArchive, record: SiteRecord): Promise<FeedEntry> {
  let made = feedEntries.get(record.id);
  if (!made) {
    made = makeEntry(site, record);
    if (!REREADS_CONTENT) feedEntries.set(record.id, made);
  }
  return made;
}

async function makeEntry(site: SiteArchive, record: SiteRecord): Promise<FeedEntry> {
  const { article } = record;
  const url = absoluteUrl(record.path);
  const [summary, html] = await Promise.all([articleSummary(article.entry), articleFeedBody(article.entry, url)]);
  return {
    title: article.title,
    url,
    published: publishedDateTime(article),
    updated: modifiedDateTime(article),
    authors: article.authors,
    sourceName: sourceOf(site, record).name,
    summary,
    html,
  };
}

async function written(channel: FeedChannel, format: (text: FeedChannelText, entries: FeedEntry[]) => string, contentType: string): Promise<Response> {
  const site = await loadArchive();
  const entries = await Promise.all(channel.records.map((record) => entry(site, record)));
  const paths = feedPaths(channel.feedPrefix);
  const text: FeedChannelText = {
    title: channel.title,
    description: channel.description,
    pageUrl: absoluteUrl(channel.pagePath),
    feedUrls: { rss: absoluteUrl(paths.rss), atom: absoluteUrl(paths.atom), json: absoluteUrl(paths.json) },
    stylesheet: href(FEED_STYLESHEET),
  };
  return new Response(format(text, entries), { headers: { 'Content-Type': `${contentType}; charset=utf-8` } });
}

export const rssResponse = (channel: FeedChannel) => written(channel, rssXml, 'application/rss+xml');
export const atomResponse = (channel: FeedChannel) => written(channel, atomXml, 'application/atom+xml');
export const jsonFeedResponse = (channel: FeedChannel) => written(channel, jsonFeed, 'application/feed+json');
