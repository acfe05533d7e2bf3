import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { publishedSchema, type Article } from '../../src/lib/article-schema.ts';
import { articlePath, localDay } from '../../src/lib/urls.ts';
import { buildArchiveIndex } from '../../src/archive/archive-index.ts';
import { highwire, jsonLd, openGraph } from '../../src/views/article-meta.ts';
import { scriptJson } from '../../src/views/script-json.ts';
import { bibtex, CITATION_STYLES, cslItem, formatCitation, ris } from '../../src/views/citation.ts';
import { longDate, publishedLabel } from '../../src/views/format.ts';
import { atomXml, jsonFeed, rssXml, type FeedChannelText } from '../../src/publish/feed-formats.ts';
import { publishedDateOrTime, publishedDateTime, publishedInstant } from '../../src/lib/published-instant.ts';
import type { Source } from '../../src/lib/source-schema.ts';

/**
 * Issue 19 item 13: `published: "…+99:99"` passed the schema and crashed the build in the Atom
 * feed ("RangeError: Invalid time value"). The property: any string the schema accepts goes
 * through every output that prints a date (pages, feeds, JSON-LD, meta tags, citations) without
 * throwing, and a date-only article's instant stays on its printed day.
 */
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Timestamps shaped like ISO_WITH_OFFSET, with every field allowed a little past its range. */
const timestamp = fc
  .record({
    year: fc.integer({ min: 0, max: 9999 }),
    month: fc.integer({ min: 0, max: 13 }),
    day: fc.integer({ min: 0, max: 32 }),
    hour: fc.integer({ min: 0, max: 24 }),
    minute: fc.integer({ min: 0, max: 60 }),
    second: fc.option(fc.integer({ min: 0, max: 60 }), { nil: undefined }),
    offset: fc.oneof(
      fc.constant('Z'),
      fc.tuple(fc.constantFrom('+', '-'), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([sign, h, m]) => `${sign}${pad(h)}:${pad(m)}`),
    ),
  })
  .map(({ year, month, day, hour, minute, second, offset }) =>
    `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}${second === undefined ? '' : `:${pad(second)}`}${offset}`,
  );

const source: Source = { name: 'The Gazette', homepage: 'https://gazette.example/', timeZone: 'Asia/Tbilisi', language: 'en', mastheads: ['The Gazette'] } as Source;
const channel: FeedChannelText = {
  title: 'Dateline',
  description: 'd',
  pageUrl: 'https://archive.example/',
  feedUrls: { rss: 'https://archive.example/rss.xml', atom: 'https://archive.example/atom.xml', json: 'https://archive.example/feed.json' },
  stylesheet: '/feed.xsl',
};

type Dated = Pick<Article, 'title' | 'slug' | 'authors' | 'published' | 'dateCertainty' | 'dateline'>;

/** Every output that prints `published`, as the build calls them. */
function everyOutput(article: Dated): void {
  const url = `https://archive.example/${articlePath(article)}`;
  longDate(article.published);
  publishedLabel(article);
  const entry = { title: article.title, url, published: publishedDateTime(article), authors: article.authors, sourceName: source.name, summary: 's', html: '<p>s</p>' };
  for (const format of [rssXml, atomXml, jsonFeed]) format(channel, [entry]);
  const meta = { article, source, url, entities: [], breadcrumbs: [], siteName: 'Dateline', siteUrl: 'https://archive.example/' };
  scriptJson(jsonLd(meta));
  openGraph(meta);
  highwire(meta);
  const item = cslItem({ article, sourceName: source.name, language: 'en', url, accessed: new Date('2026-12-01T00:00:00Z') });
  ris(item);
  bibtex(item);
  for (const { id } of CITATION_STYLES) formatCitation(item, id, 'html');
  buildArchiveIndex([{ id: articlePath(article), article: { ...article, source: 'gazette', people: [], places: [], organizations: [], aliases: [] } }]);
}

describe('publishedSchema and the outputs', () => {
  it('formats every timestamp the schema accepts, in every output, without throwing', () => {
    fc.assert(
      fc.property(timestamp, fc.constantFrom('exact', 'day', 'supplied') as fc.Arbitrary<Article['dateCertainty']>, (published, dateCertainty) => {
        fc.pre(publishedSchema.safeParse(published).success);
        const article: Dated = { title: 'A title', slug: 'a-title', authors: ['Tea Mariamidze'], published, dateCertainty, dateline: 'Tbilisi' };
        expect(Number.isNaN(publishedInstant(article).getTime())).toBe(false);
        everyOutput(article);
      }),
      { numRuns: 200 },
    );
    // citeproc formats three references a run.
  }, 120_000);

  it('gives a date-only article an instant on its printed day, and its day alone where a format takes a date', () => {
    fc.assert(
      fc.property(timestamp, fc.constantFrom('day', 'supplied') as fc.Arbitrary<Article['dateCertainty']>, (published, dateCertainty) => {
        fc.pre(publishedSchema.safeParse(published).success);
        const instant = publishedInstant({ published, dateCertainty });
        const printed = localDay(published).join('-');
        // 12:00 UTC of the printed day: the same day from UTC-11:59 to UTC+11:59.
        for (const hours of [-11, 0, 11]) expect(new Date(instant.getTime() + hours * 3_600_000).toISOString().slice(0, 10)).toBe(printed);
        expect(publishedDateOrTime({ published, dateCertainty })).toBe(printed);
      }),
      { numRuns: 300 },
    );
  });

  it('refuses the timestamps that crashed or misled the build', () => {
    for (const published of ['2019-03-08T00:00:00+99:99', '2019-03-08T00:00:00+14:30', '2019-03-08T00:00:60+04:00', '2019-02-29T00:00:00+04:00', '1900-02-29T00:00:00Z']) {
      expect(publishedSchema.safeParse(published).success, published).toBe(false);
    }
    expect(publishedSchema.safeParse('0000-02-29T00:00:00Z').success).toBe(true);
  });
});
