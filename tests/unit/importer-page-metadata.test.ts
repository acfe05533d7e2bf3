import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { bylineNames } from '../../src/importer/byline-names.ts';
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
    });
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
