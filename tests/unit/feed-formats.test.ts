import Parser from 'rss-parser';
import { describe, expect, it } from 'vitest';
import { atomXml, jsonFeed, rssXml, type FeedChannelText, type FeedEntry } from '../../src/publish/feed-formats.ts';
import { xmlChars } from '../../src/publish/xml-writer.ts';

/** The feed writers on their own: text that broke the libraries they replace comes back as written. */
const channel: FeedChannelText = {
  title: 'The Gazette & <Co> · Dateline',
  description: 'd',
  pageUrl: 'https://archive.example/sources/gazette/',
  feedUrls: { rss: 'https://archive.example/rss.xml', atom: 'https://archive.example/atom.xml', json: 'https://archive.example/feed.json' },
  stylesheet: '/feed.xsl',
};
const entry: FeedEntry = {
  title: 'AT&amp;T ]]> twice ]]> and <b>bold',
  url: 'https://archive.example/2019/03/08/a/',
  published: '2019-03-08T12:00:00Z',
  // @astrojs/rss re-parsed its custom elements and wrote these as 7, 100000 and 1.5.
  authors: ['007', '1e5', '1.50'],
  sourceName: 'The Gazette & <Co>',
  summary: 'A <i>summary</i> & more',
  html: '<p>A ]]> body</p>',
};
const parser = new Parser<Record<string, unknown>, { creators: string[]; author?: string }>({ customFields: { item: [['dc:creator', 'creators', { keepArray: true }]] } });

describe('feed writers', () => {
  it('RSS: title, bylines and category as written; the stylesheet named for browsers', async () => {
    const xml = rssXml(channel, [entry]);
    expect(xml.split('\n')[1]).toBe('<?xml-stylesheet href="/feed.xsl" type="text/xsl"?>');
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe(channel.title);
    expect(feed.items[0]!.title).toBe(entry.title);
    expect(feed.items[0]!.creators).toEqual(entry.authors);
    expect(feed.items[0]!.categories).toEqual([entry.sourceName]);
    // The description is HTML that shows the summary's characters.
    expect(feed.items[0]!.content).toBe('A &lt;i&gt;summary&lt;/i&gt; &amp; more');
  });

  it('Atom: plain-text title and summary, names as written, the body as HTML', async () => {
    const feed = await parser.parseString(atomXml(channel, [entry]));
    expect(feed.title).toBe(channel.title);
    expect(feed.items[0]!.title).toBe(entry.title);
    expect(feed.items[0]!.summary).toBe(entry.summary);
    expect(feed.items[0]!.content).toBe(entry.html);
    expect(feed.items[0]!.author).toBe('007');
  });

  it('JSON Feed: every string as written', () => {
    const feed = JSON.parse(jsonFeed(channel, [entry]));
    expect(feed.items[0]).toMatchObject({ title: entry.title, summary: entry.summary, content_html: entry.html, date_published: entry.published });
    expect(feed.items[0].authors).toEqual(entry.authors.map((name) => ({ name })));
  });

  it('replaces what XML cannot carry at all, and nothing else', async () => {
    expect(xmlChars('a\u0001b\u0000c\uD800d\uFFFEe\tf\ng\u2028h😀')).toBe('a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\tf\ng\u2028h😀');
    const feed = await parser.parseString(rssXml(channel, [{ ...entry, title: 'A \u0001 control' }]));
    expect(feed.items[0]!.title).toBe('A \uFFFD control');
  });
});
