import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateModifiedSchema, publishedSchema, type Article } from '../../src/lib/article-schema.ts';
import { articlePath, localDay } from '../../src/lib/urls.ts';
import { buildArchiveIndex } from '../../src/archive/archive-index.ts';
import { highwire, jsonLd, openGraph } from '../../src/views/article-meta.ts';
import { scriptJson } from '../../src/views/script-json.ts';
import { bibtex, CITATION_STYLES, cslItem, formatCitation, ris } from '../../src/views/citation.ts';
import { longDate, publishedLabel } from '../../src/views/format.ts';
import { atomXml, jsonFeed, rssXml, type FeedChannelText } from '../../src/publish/feed-formats.ts';
import { modifiedDated, modifiedDateTime, publishedDateOrTime, publishedDateTime, publishedInstant } from '../../src/lib/published-instant.ts';
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

// An update printed with its day and no time (`Last Updated: May 28, 2024`) is `dateModified: '2024-05-28'`:
// every output gives the day where it takes a date, and an instant on that day where it needs one.
describe('dateModified at the precision printed', () => {
  const article = (published: string, dateCertainty: Article['dateCertainty'], dateModified?: string) =>
    ({ title: 'A title', slug: 'a-title', authors: [], published, dateCertainty, dateline: undefined, dateModified });
  const meta = (dated: ReturnType<typeof article>) => ({ article: dated, source, url: 'https://archive.example/a/', entities: [], breadcrumbs: [], siteName: 'Dateline', siteUrl: 'https://archive.example/' });
  const newsArticle = (dated: ReturnType<typeof article>) => (jsonLd(meta(dated)) as { '@graph': Record<string, unknown>[] })['@graph'][0]!;

  it('accepts an instant with its offset or a real day alone, and nothing else', () => {
    for (const value of ['2024-05-28', '2024-05-28T18:05:00+04:00', '2024-02-29']) expect(dateModifiedSchema.safeParse(value).success, value).toBe(true);
    for (const value of ['2023-02-29', '2024-05-28T18:05', '2024-05-28T18:05:00+99:00', '28 May 2024', '2024-5-28']) expect(dateModifiedSchema.safeParse(value).success, value).toBe(false);
  });

  it('shows the day alone on the page and in JSON-LD, and an instant with its offset as printed', () => {
    expect(publishedLabel(modifiedDated('2024-05-28'))).toBe(longDate('2024-05-28'));
    expect(publishedLabel(modifiedDated('2024-05-28T18:05:00+04:00'))).toBe(`${longDate('2024-05-28')}, 18:05`);
    expect(newsArticle(article('2024-05-28T10:17:00-04:00', 'exact', '2024-05-29')).dateModified).toBe('2024-05-29');
    expect(newsArticle(article('2024-05-28T10:17:00-04:00', 'exact', '2024-05-28T18:05:00-04:00')).dateModified).toBe('2024-05-28T18:05:00-04:00');
    expect(newsArticle(article('2024-05-28T10:17:00-04:00', 'exact'))).not.toHaveProperty('dateModified');
  });

  it('gives feeds an instant on the printed day, never before the publication', () => {
    expect(modifiedDateTime(article('2024-05-28T10:17:00-04:00', 'exact', '2024-05-30'))).toBe('2024-05-30T12:00:00Z');
    // Noon UTC of the 28th is before 10:17 EDT that day: the update is no earlier than the publication.
    expect(modifiedDateTime(article('2024-05-28T10:17:00-04:00', 'exact', '2024-05-28'))).toBe('2024-05-28T10:17:00-04:00');
    expect(modifiedDateTime(article('2024-05-28T00:00:00+04:00', 'day', '2024-05-28T18:05:00+04:00'))).toBe('2024-05-28T18:05:00+04:00');
    expect(modifiedDateTime(article('2024-05-28T00:00:00+04:00', 'day'))).toBeUndefined();
    const entry = { title: 't', url: 'https://archive.example/a/', published: '2024-05-28T10:17:00-04:00', updated: '2024-05-30T12:00:00Z', authors: [], sourceName: 'The Gazette', summary: 's', html: '<p>s</p>' };
    expect(atomXml(channel, [entry])).toMatch(/<published>2024-05-28T10:17:00-04:00<\/published>\s*<updated>2024-05-30T12:00:00Z<\/updated>/);
    expect(JSON.parse(jsonFeed(channel, [entry])).items[0].date_modified).toBe('2024-05-30T12:00:00Z');
    expect(JSON.parse(jsonFeed(channel, [{ ...entry, updated: undefined }])).items[0]).not.toHaveProperty('date_modified');
  });
});
