import rss from '@astrojs/rss';
import { Feed } from 'feed';
import { loadArchive, sourceOf, type SiteArchive, type SiteRecord } from './archive.ts';
import { absoluteParagraphLinks } from './feed-html.ts';
import { absoluteUrl } from './links.ts';
import { feedPaths, sourcePath } from './paths.ts';
import { SITE_NAME } from './site-name.ts';
import { articleBody } from './article-body.ts';

/**
 * The archive's feeds, RSS 2.0, Atom 1.0 and JSON Feed 1.1: one list of entries (the newest 50,
 * full text, absolute links) written three ways, for the whole archive and for each source.
 */
export const FEED_SIZE = 50;

export interface FeedChannel {
  title: string;
  description: string;
  /** Site path of the page the feed follows (home page or a source's page). */
  pagePath: string;
  /** Site path prefix of the feed files (`''` or `sources/<id>/`). */
  feedPrefix: string;
  records: SiteRecord[];
}

export interface FeedEntry {
  title: string;
  url: string;
  published: string;
  authors: string[];
  sourceName: string;
  summary: string;
  html: string;
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

export async function sourceChannel(sourceId: string): Promise<FeedChannel> {
  const site = await loadArchive();
  const name = site.sources.get(sourceId)!.name;
  return {
    title: `${name} · ${SITE_NAME}`,
    description: `The newest articles from ${name} in the Dateline news archive.`,
    pagePath: sourcePath(sourceId),
    feedPrefix: sourcePath(sourceId),
    records: (site.bySource.get(sourceId) ?? []).slice(0, FEED_SIZE),
  };
}

/** getStaticPaths for the per-source feed endpoints: every source, as every source has a page that links them. */
export async function sourceFeedPaths() {
  const site = await loadArchive();
  return [...site.sources.keys()].map((source) => ({ params: { source } }));
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
    // `astro dev` reads the archive afresh for each request; so do its feeds.
    if (!import.meta.env.DEV) feedEntries.set(record.id, made);
  }
  return made;
}

async function makeEntry(site: SiteArchive, record: SiteRecord): Promise<FeedEntry> {
  const url = absoluteUrl(record.path);
  const body = await articleBody(record.article.entry);
  return {
    title: record.article.title,
    url,
    published: record.article.published,
    authors: record.article.authors,
    sourceName: sourceOf(site, record).name,
    summary: body.summary,
    html: absoluteParagraphLinks(body.html, url),
  };
}

async function entries(channel: FeedChannel): Promise<FeedEntry[]> {
  const site = await loadArchive();
  return Promise.all(channel.records.map((record) => entry(site, record)));
}

export async function rssResponse(channel: FeedChannel): Promise<Response> {
  const items = await entries(channel);
  return rss({
    title: channel.title,
    description: channel.description,
    site: absoluteUrl(channel.pagePath),
    trailingSlash: true,
    items: items.map((item) => ({
      title: item.title,
      link: item.url,
      pubDate: new Date(item.published),
      description: item.summary,
      content: item.html,
      categories: [item.sourceName],
      // RSS's <author> must be an e-mail address; bylines go in Dublin Core's creator instead.
      customData: item.authors.map((name) => `<dc:creator>${escapeXml(name)}</dc:creator>`).join(''),
    })),
    xmlns: { dc: 'http://purl.org/dc/elements/1.1/', atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en</language><atom:link href="${absoluteUrl(feedPaths(channel.feedPrefix).rss)}" rel="self" type="application/rss+xml"/>`,
  });
}

export async function atomResponse(channel: FeedChannel): Promise<Response> {
  const items = await entries(channel);
  const feed = new Feed({
    title: channel.title,
    description: channel.description,
    id: absoluteUrl(channel.pagePath),
    link: absoluteUrl(channel.pagePath),
    language: 'en',
    updated: items[0] ? new Date(items[0].published) : new Date(0),
    feedLinks: { atom: absoluteUrl(feedPaths(channel.feedPrefix).atom) },
    copyright: 'Each article belongs to the publication that printed it.',
    generator: SITE_NAME,
  });
  for (const item of items) {
    feed.addItem({
      title: item.title,
      id: item.url,
      link: item.url,
      date: new Date(item.published),
      published: new Date(item.published),
      description: item.summary,
      content: item.html,
      // Atom requires an author; an article with no byline is credited to its paper.
      author: (item.authors.length ? item.authors : [item.sourceName]).map((name) => ({ name })),
      category: [{ name: item.sourceName, term: item.sourceName }],
    });
  }
  return new Response(feed.atom1(), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

/** JSON Feed 1.1 (jsonfeed.org/version/1.1); the `feed` package writes only version 1. */
export async function jsonFeedResponse(channel: FeedChannel): Promise<Response> {
  const items = await entries(channel);
  const body = {
    version: 'https://jsonfeed.org/version/1.1',
    title: channel.title,
    description: channel.description,
    home_page_url: absoluteUrl(channel.pagePath),
    feed_url: absoluteUrl(feedPaths(channel.feedPrefix).json),
    language: 'en',
    items: items.map((item) => ({
      id: item.url,
      url: item.url,
      title: item.title,
      content_html: item.html,
      summary: item.summary,
      date_published: item.published,
      authors: (item.authors.length ? item.authors : [item.sourceName]).map((name) => ({ name })),
      tags: [item.sourceName],
    })),
  };
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
