import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bylineNames } from '../../src/importer/byline-names.ts';
import { parsePage } from '../../src/importer/html-input.ts';
import { readPageMetadata } from '../../src/importer/page-metadata.ts';

const metadataOf = (head: string, body = '', pageUrl?: string) =>
  readPageMetadata(parseHTML(`<!DOCTYPE html><html lang="ka-GE"><head>${head}</head><body>${body}</body></html>`).document as unknown as Document, pageUrl);

describe('page metadata', () => {
  it('reads a ReportageNewsArticle with a type array, a string author and a publisher object', () => {
    const jsonLd = { '@context': 'https://schema.org', '@type': ['ReportageNewsArticle', 'NewsArticle'], headline: 'Flood in Kutaisi', datePublished: '2021-07-02T06:10:00+04:00', dateModified: '2021-07-02T09:00:00+04:00', author: 'Nika Gvaramia', publisher: { '@type': 'NewsMediaOrganization', name: 'Georgia Today' } };
    expect(metadataOf(`<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`)).toEqual({
      declaresArticle: true,
      title: 'Flood in Kutaisi',
      published: '2021-07-02T06:10:00+04:00',
      modified: '2021-07-02T09:00:00+04:00',
      authors: ['Nika Gvaramia'],
      publisher: 'Georgia Today',
      url: undefined,
      language: 'ka',
      notes: [],
      forSubscribers: false,
      gatedSelectors: [],
    });
  });

  it('reads an article kept for subscribers, `false` or `"False"`, and the selectors of its gated parts', () => {
    const jsonLd = {
      '@type': 'NewsArticle',
      headline: 'H',
      isAccessibleForFree: 'False',
      hasPart: [
        { '@type': 'WebPageElement', isAccessibleForFree: false, cssSelector: '.article__content' },
        { '@type': 'WebPageElement', isAccessibleForFree: true, cssSelector: '.free-lead' },
      ],
    };
    expect(metadataOf(`<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`)).toMatchObject({ forSubscribers: true, gatedSelectors: ['.article__content'] });
    expect(metadataOf(`<script type="application/ld+json">${JSON.stringify({ ...jsonLd, isAccessibleForFree: true })}</script>`)).toMatchObject({ forSubscribers: false });
  });

  it('takes an array of authors, as strings or objects', () => {
    const jsonLd = { '@type': 'Article', headline: 'H', author: ['Ana Beridze', { '@type': 'Person', name: 'Dato Kiknadze' }] };
    expect(metadataOf(`<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`).authors).toEqual(['Ana Beridze', 'Dato Kiknadze']);
  });

  it('falls back to Highwire citation_* tags, <time datetime> and a relative og:url resolved against the captured address', () => {
    const head = '<meta name="citation_title" content="Wine Exports Grow"><meta name="citation_author" content="Levan Tsiklauri"><meta name="citation_author" content="Mzia Kapanadze"><meta property="og:url" content="/news/77">';
    const metadata = metadataOf(head, '<article><time datetime="2018-02-03T10:00:00+04:00">3 February 2018</time></article>', 'https://agenda.ge/en/news/77?ref=home');
    expect(metadata).toMatchObject({ declaresArticle: false, title: 'Wine Exports Grow', authors: ['Levan Tsiklauri', 'Mzia Kapanadze'], published: '2018-02-03T10:00:00+04:00', url: 'https://agenda.ge/news/77' });
  });

  it('does not take a profile link for a name, nor a javascript: address for the page', () => {
    const head = '<meta property="article:author" content="https://www.facebook.com/someone"><meta name="author" content="Eka Tsereteli"><link rel="canonical" href="javascript:alert(1)">';
    expect(metadataOf(head)).toMatchObject({ authors: [], url: undefined });
  });

  it('reads JSON-LD in a //<![CDATA[ or /*<![CDATA[*/ wrapper, with HTML entities in its strings', () => {
    const jsonLd = '{"@type":"NewsArticle","headline":"Georgia&#x27;s bank &amp; the lari &lt;b&gt;","datePublished":"2024-05-15T09:31:22Z"}';
    for (const wrapped of [`//<![CDATA[\n${jsonLd}\n//]]>`, `/*<![CDATA[*/${jsonLd}/*]]>*/`]) {
      expect(metadataOf(`<script type="application/ld+json">${wrapped}</script>`)).toMatchObject({ title: "Georgia's bank & the lari <b>", published: '2024-05-15T09:31:22Z', notes: [] });
    }
  });

  it("finds the article that is a WebPage's mainEntity, among other JSON-LD blocks", () => {
    const blocks = [
      { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Home' }] },
      { '@type': 'Organization', name: 'Georgia Today' },
      { '@type': 'WebPage', name: 'Page', mainEntity: { '@type': 'NewsArticle', headline: 'Theatre reopens', datePublished: '2024-05-14T18:20:00', author: { '@type': 'Person', name: 'Mariam Gelashvili' } } },
    ];
    const head = blocks.map((block) => `<script type="application/ld+json">${JSON.stringify(block)}</script>`).join('');
    expect(metadataOf(head)).toMatchObject({ declaresArticle: true, title: 'Theatre reopens', published: '2024-05-14T18:20:00', authors: ['Mariam Gelashvili'], publisher: 'Georgia Today' });
  });

  it("takes the page's printed <h1> for the title, and og:title without the site name appended", () => {
    const jsonLd = '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Georgia: Thousands march in Tbilisi"}</script>';
    expect(metadataOf(jsonLd, '<header><h1>Site</h1></header><article><h1>Thousands march in Tbilisi</h1></article>').title).toBe('Thousands march in Tbilisi');
    expect(metadataOf('<meta property="og:title" content="Ski season ends | DW"><meta property="og:site_name" content="DW">').title).toBe('Ski season ends');
    expect(metadataOf('<meta property="og:title" content="Rate held - Reuters"><meta property="og:site_name" content="Reuters">').title).toBe('Rate held');
    expect(metadataOf('<meta property="og:title" content="Reuters">  <meta property="og:site_name" content="Reuters">').title).toBe('Reuters');
  });

  it('takes the address of a page from the "saved from" comment a browser writes, when the page names none', () => {
    const saved = '<!DOCTYPE html>\n<!-- saved from url=(0041)https://www.agenda.ge/en/news/2024/1873/ -->\n<html><head><title>T</title></head><body><p>Text.</p></body></html>';
    expect(parsePage(saved).metadata.url).toBe('https://www.agenda.ge/en/news/2024/1873/');
    const named = saved.replace('<title>', '<link rel="canonical" href="https://agenda.ge/en/news/1873"><title>');
    expect(parsePage(named).metadata.url).toBe('https://agenda.ge/en/news/1873');
  });

  it("lends a date without offset the offset of any <time> for the same wall time, but never takes a <time> outside the article for the date", () => {
    const sidebar = '<aside><time datetime="2023-09-14T16:45:00+04:00">14 September</time></aside>';
    expect(metadataOf('<meta property="article:published_time" content="2023-09-14T16:45:00">', sidebar).published).toBe('2023-09-14T16:45:00+04:00');
    expect(metadataOf('', sidebar).published).toBeUndefined();
  });
});

describe('byline names', () => {
  it.each([
    [['Par Marie Dupont et Jean Martin'], ['Marie Dupont', 'Jean Martin']],
    [['Von Anna Schmidt und Paul Weber'], ['Anna Schmidt', 'Paul Weber']],
    [['Por Ana García y Luis Pérez'], ['Ana García', 'Luis Pérez']],
    [['Di Marco Rossi'], ['Marco Rossi']],
    [['Автор: Иван Петров'], ['Иван Петров']],
    [['By Tea Mariamidze'], ['Tea Mariamidze']],
    [['Di Maio'], ['Di Maio']],
    [['Anna Schmidt', 'Anna Schmidt'], ['Anna Schmidt']],
  ])('%j -> %j', (bylines, names) => {
    expect(bylineNames(bylines)).toEqual(names);
  });


});
