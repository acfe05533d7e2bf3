import { describe, expect, it } from 'vitest';
import { readCsv } from '../helpers/csv.ts';
import { exportRecord, toBibtex, toCsv, toJson, toRis, type ExportRecord } from '../../src/search/client/export-formats.ts';
import { cutForIndex } from '../../src/search/unspaced-words.ts';

const SEARCH = 'https://archive.example/search/?q=Bibilov+-treaty&source=civil-georgia';
const context = { query: 'Bibilov -treaty', search: SEARCH, exported: new Date('2026-12-05T10:00:00Z'), language: 'en' };

const records: ExportRecord[] = [
  {
    title: 'Putin, “Bibilov” and\nthe =SUM(A1) talks',
    published: '2017-11-15T01:30:00+04:00',
    source: 'Civil Georgia',
    authors: ['Tea Mariamidze', 'Nino Kharshiladze'],
    url: 'https://archive.example/2017/11/15/putin-bibilov/',
    hits: [
      { paragraph: 2, url: 'https://archive.example/2017/11/15/putin-bibilov/#p2', excerpt: 'Bibilov said, "no".' },
      { paragraph: 4, url: 'https://archive.example/2017/11/15/putin-bibilov/#p4', excerpt: 'Bibilov left.' },
    ],
  },
  { title: '=HYPERLINK("x")', published: '2018-02-01T12:00:00Z', source: 'The Messenger', authors: [], url: 'https://archive.example/2018/02/01/putin-bibilov/', hits: [] },
];

describe('export formats', () => {
  it('CSV: one quoted row per result, commas, quotes and line breaks kept, formulas defused, query and date on each row', () => {
    const csv = toCsv(records, context);
    expect(csv.startsWith('\uFEFF"title",')).toBe(true);
    expect(readCsv(csv.slice(1))).toEqual([
      ['title', 'date', 'source', 'authors', 'url', 'paragraph hits', 'query', 'search', 'exported'],
      [records[0]!.title, '2017-11-15', 'Civil Georgia', 'Tea Mariamidze; Nino Kharshiladze', records[0]!.url, '¶2: Bibilov said, "no".\n¶4: Bibilov left.', 'Bibilov -treaty', SEARCH, '2026-12-05T10:00:00.000Z'],
      ["'=HYPERLINK(\"x\")", '2018-02-01', 'The Messenger', '', records[1]!.url, '', 'Bibilov -treaty', SEARCH, '2026-12-05T10:00:00.000Z'],
    ]);
  });

  it('JSON: the query, the date, the count and every record', () => {
    expect(JSON.parse(toJson(records, context))).toEqual({ query: 'Bibilov -treaty', search: SEARCH, exported: '2026-12-05T10:00:00.000Z', count: 2, results: records });
  });

  it('RIS: the article pages’ fields, the paper’s own day, and a note of the search', () => {
    const text = toRis(records, context);
    expect(text.split('\n').slice(0, 14)).toEqual([
      'TY  - NEWS',
      'AU  - Mariamidze, Tea',
      'AU  - Kharshiladze, Nino',
      'TI  - Putin, “Bibilov” and the =SUM(A1) talks',
      'T2  - Civil Georgia',
      'PY  - 2017',
      'DA  - 2017/11/15/',
      'LA  - en',
      'UR  - https://archive.example/2017/11/15/putin-bibilov/',
      'Y2  - 2026/12/05/',
      'ID  - 2017-putin-bibilov',
      `N1  - Exported from a Dateline search for “Bibilov -treaty” (${SEARCH}) on 2026-12-05T10:00:00.000Z`,
      'ER  - ',
      '',
    ]);
    // Two articles of one year and slug get distinct keys.
    expect(text).toContain('ID  - 2018-putin-bibilov\n');
    expect(text.match(/^TY {2}- /gm)).toHaveLength(2);
  });

  it('BibTeX: a comment with the search, then @article entries with LaTeX specials escaped', () => {
    const text = toBibtex([records[0]!, { ...records[0]!, title: '50% of $ & #1_a {b} ~^\\' }], context);
    expect(text).toContain('@comment{Exported from a Dateline search for “Bibilov -treaty” (https://archive.example/search/?q=Bibilov+-treaty\\&source=civil-georgia) on 2026-12-05T10:00:00.000Z}');
    expect(text).toContain('@article{2017-putin-bibilov,\n  author = {Mariamidze, Tea and Kharshiladze, Nino},\n  title = {{Putin, “Bibilov” and the =SUM(A1) talks}},\n  journal = {Civil Georgia},\n  year = {2017},\n  month = nov,\n  date = {2017-11-15},\n');
    expect(text).toContain('@article{2017-putin-bibilova,');
    expect(text).toContain('title = {{50\\% of \\$ \\& \\#1\\_a \\{b\\} \\textasciitilde{}\\textasciicircum{}\\textbackslash{}}}');
    expect(text).toContain('  urldate = {2026-12-05},\n}');
  });

  it('reads a record from a Pagefind fragment: byline names, absolute links, every matched paragraph', () => {
    const sub = (id: string, excerpt: string, locations: number[]) => ({
      title: '', url: `/archive/a/#${id}`, excerpt: '', plain_excerpt: excerpt, locations, weighted_locations: locations.map(() => ({ weight: 1, balanced_score: 1, location: 0 })), anchor: { element: 'p', id, location: 0 },
    });
    const record = exportRecord(
      { url: '/archive/a/', meta: { title: 'T', published: '2017-01-02T00:00:00Z', source: 'Civil Georgia', byline: 'A One, B Two and C Three' }, sub_results: [sub('p5', 'five &lt;b&gt;', [9]), sub('p1', 'one', [1]), sub('p2', 'none', [])] },
      'https://example.org',
    );
    expect(record).toEqual({
      title: 'T', published: '2017-01-02T00:00:00Z', source: 'Civil Georgia', authors: ['A One', 'B Two', 'C Three'], url: 'https://example.org/archive/a/',
      hits: [
        { paragraph: 1, url: 'https://example.org/archive/a/#p1', excerpt: 'one' },
        { paragraph: 5, url: 'https://example.org/archive/a/#p5', excerpt: 'five <b>' },
      ],
    });
  });

  it('exports a matched paragraph as printed, not as the index cut and folded it (src/search/unspaced-words.ts)', () => {
    const thai = 'หน่วยงานที่เกี่ยวข้องเร่งซ่อมแซมถนนสายหลัก';
    const persian = 'وزیر کشور گفت';
    const sub = (id: string, excerpt: string) => ({
      title: '', url: `/a/#${id}`, excerpt: '', plain_excerpt: excerpt, locations: [1], weighted_locations: [{ weight: 1, balanced_score: 1, location: 1 }], anchor: { element: 'p', id, location: 0 },
    });
    const record = exportRecord({ url: '/a/', meta: { title: 'T' }, sub_results: [sub('p1', cutForIndex(thai)), sub('p2', cutForIndex(persian))] }, 'https://example.org');
    expect(record.hits.map((hit) => hit.excerpt)).toEqual([thai, persian]);
  });
});
