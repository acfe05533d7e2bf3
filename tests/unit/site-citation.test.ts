import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import { bibtex, cslItem, formatCitation, personName, ris } from '../../src/views/citation.ts';

// The expected strings below were written by hand from the style manuals' rules for an online
// newspaper article (APA 7 §10.1, MLA 9 core elements, Chicago 17 §14.191 bibliography form),
// not copied from the program's output.
const civilGeorgiaUrl = 'https://archive.example/2017/11/15/putin-meets-south-ossetian-leader-in-moscow/';
const civilGeorgia = cslItem({
  article: {
    title: 'Putin Meets South Ossetian Leader in Moscow',
    authors: [],
    published: '2017-11-15T12:31:00+04:00',
    dateline: 'Tbilisi',
    slug: 'putin-meets-south-ossetian-leader-in-moscow',
  },
  sourceName: 'Civil Georgia',
  language: 'en',
  url: civilGeorgiaUrl,
  accessed: new Date('2025-09-23T10:00:00Z'),
});

const messengerUrl = 'https://archive.example/2019/03/08/georgia-denounces/';
const messenger = cslItem({
  article: {
    title: 'Georgia denounces Putin’s meeting with the de facto leader of S. Ossetia',
    authors: ['Tea Mariamidze'],
    // 01:30 in Tbilisi is still 7 March in UTC: the cited day must be the paper's own, 8 March.
    published: '2019-03-08T01:30:00+04:00',
    slug: 'georgia-denounces',
  },
  sourceName: 'The Messenger',
  language: 'en',
  url: messengerUrl,
  accessed: new Date('2025-06-02T10:00:00Z'),
});

describe('an article page\'s reference (no access date)', () => {
  const pageItem = cslItem({
    article: { title: 'Putin Meets South Ossetian Leader in Moscow', authors: [], published: '2017-11-15T12:31:00+04:00', slug: 'putin-meets-south-ossetian-leader-in-moscow' },
    sourceName: 'Civil Georgia',
    language: 'en',
    url: civilGeorgiaUrl,
  });

  it('has no accessed date, and its RIS and BibTeX no Y2 and no urldate', () => {
    const { accessed, 'publisher-place': place, ...sameFields } = civilGeorgia;
    expect([accessed, place]).not.toContain(undefined);
    expect(pageItem).toEqual(sameFields);
    expect(ris(pageItem)).not.toMatch(/^Y2 /m);
    expect(ris(pageItem)).toMatch(/^UR  - /m);
    expect(bibtex(pageItem)).not.toContain('urldate');
    expect(bibtex(pageItem)).toContain('  date = {2017-11-15},\n');
  });

  it('prints no access date in MLA or Chicago', () => {
    for (const style of ['mla', 'chicago', 'apa'] as const) expect(formatCitation(pageItem, style, 'text')).not.toMatch(/Accessed|Retrieved/);
  });
});

describe('Civil Georgia article (no byline)', () => {
  it('APA: the title takes the author position, then date, paper in italics, URL', () => {
    expect(formatCitation(civilGeorgia, 'apa', 'text')).toBe(
      `Putin Meets South Ossetian Leader in Moscow. (2017, November 15). Civil Georgia. ${civilGeorgiaUrl}`,
    );
    // The page shows one reference: its inline HTML, without citeproc's bibliography divs.
    expect(formatCitation(civilGeorgia, 'apa', 'html')).toBe(
      `Putin Meets South Ossetian Leader in Moscow. (2017, November 15). <i>Civil Georgia</i>. ${civilGeorgiaUrl}`,
    );
  });

  it('MLA: quoted title, container, day month-abbreviation year, URL, access date', () => {
    expect(formatCitation(civilGeorgia, 'mla', 'text')).toBe(
      `“Putin Meets South Ossetian Leader in Moscow.” Civil Georgia, 15 Nov. 2017, ${civilGeorgiaUrl}. Accessed 23 Sept. 2025.`,
    );
  });

  it('Chicago: quoted title, paper, Month Day, Year, access date before the URL', () => {
    expect(formatCitation(civilGeorgia, 'chicago', 'text')).toBe(
      `“Putin Meets South Ossetian Leader in Moscow.” Civil Georgia, November 15, 2017. Accessed September 23, 2025. ${civilGeorgiaUrl}.`,
    );
    expect(formatCitation(civilGeorgia, 'chicago', 'html')).toContain('<i>Civil Georgia</i>');
  });

  it('RIS: a NEWS record with the full date, the paper as T2 and the archive URL', () => {
    expect(ris(civilGeorgia)).toBe(
      [
        'TY  - NEWS',
        'TI  - Putin Meets South Ossetian Leader in Moscow',
        'T2  - Civil Georgia',
        'PY  - 2017',
        'DA  - 2017/11/15/',
        'CY  - Tbilisi',
        'LA  - en',
        `UR  - ${civilGeorgiaUrl}`,
        'Y2  - 2025/09/23/',
        'ID  - 2017-putin-meets-south-ossetian-leader-in-moscow',
        'ER  - ',
        '',
      ].join('\n'),
    );
  });

  it('BibTeX: an @article whose journal is the paper, with the month macro, the full date and urldate, no noise', () => {
    const entry = bibtex(civilGeorgia);
    expect(entry).toMatch(/^@article\{[^,\s]+,\n/);
    expect(entry).toContain('  journal = {Civil Georgia},\n');
    expect(entry).toContain('  year = {2017},\n');
    // BibTeX's month macro, unbraced: `{nov 15}` is a string no style reads as a month.
    expect(entry).toContain('  month = nov,\n');
    expect(entry).toContain('  date = {2017-11-15},\n');
    expect(entry).toContain('  urldate = {2025-09-23},\n');
    expect(entry).toContain(`  url = {${civilGeorgiaUrl}},\n`);
    expect(entry).not.toMatch(/\bnote\b|howpublished|\t/);
    // Braces protect the capitals from BibTeX styles that lower-case titles.
    expect(entry).toContain('title = {Putin {Meets} {South} {Ossetian} {Leader} in {Moscow}}');
    expect(entry.endsWith('}\n')).toBe(true);
  });

  it('BibTeX: read back by citation-js (as reference managers read it), every field lands where it belongs', async () => {
    const [read] = (await Cite.async(bibtex(civilGeorgia))).data as Record<string, any>[];
    expect(read!.title).toBe('Putin Meets South Ossetian Leader in Moscow');
    expect(read!['container-title']).toBe('Civil Georgia');
    expect(read!.issued['date-parts']).toEqual([[2017, 11, 15]]);
    expect(read!.accessed['date-parts']).toEqual([[2025, 9, 23]]);
    expect(read!.URL).toBe(civilGeorgiaUrl);
    expect(read!.note).toBeUndefined();
    // The same entry read as classic BibTeX, where `date` is unknown: year and the month macro give the month.
    const [classic] = (await Cite.async(bibtex(civilGeorgia).replace(/^ {2}date = .*\n/m, ''))).data as Record<string, any>[];
    expect(classic!.issued['date-parts']).toEqual([[2017, 11]]);
  });
});

describe('Messenger article (with byline)', () => {
  it('APA: surname and initial, sentence-case title left as printed', () => {
    expect(formatCitation(messenger, 'apa', 'text')).toBe(
      `Mariamidze, T. (2019, March 8). Georgia denounces Putin’s meeting with the de facto leader of S. Ossetia. The Messenger. ${messengerUrl}`,
    );
  });

  it('MLA and Chicago: surname, full given name; MLA writes June in full', () => {
    expect(formatCitation(messenger, 'mla', 'text')).toBe(
      `Mariamidze, Tea. “Georgia denounces Putin’s meeting with the de facto leader of S. Ossetia.” The Messenger, 8 Mar. 2019, ${messengerUrl}. Accessed 2 June 2025.`,
    );
    expect(formatCitation(messenger, 'chicago', 'text')).toBe(
      `Mariamidze, Tea. “Georgia denounces Putin’s meeting with the de facto leader of S. Ossetia.” The Messenger, March 8, 2019. Accessed June 2, 2025. ${messengerUrl}.`,
    );
  });

  it('RIS carries the author as "Family, Given"', () => {
    expect(ris(messenger)).toContain('\nAU  - Mariamidze, Tea\n');
    expect(ris(messenger)).toContain('\nDA  - 2019/03/08/\n');
    expect(ris(messenger)).not.toContain('CY  -');
  });
});

describe('two bylines', () => {
  const both = cslItem({
    article: { title: 'Talks resume', authors: ['Tea Mariamidze', 'Giorgi Lomsadze'], published: '2019-07-01T10:00:00+04:00', slug: 'talks-resume' },
    sourceName: 'The Messenger',
    language: 'en',
    url: 'https://archive.example/2019/07/01/talks-resume/',
    accessed: new Date('2025-06-02T10:00:00Z'),
  });

  it('APA joins them with a comma and an ampersand; MLA and Chicago invert only the first', () => {
    expect(formatCitation(both, 'apa', 'text')).toBe(
      'Mariamidze, T., & Lomsadze, G. (2019, July 1). Talks resume. The Messenger. https://archive.example/2019/07/01/talks-resume/',
    );
    expect(formatCitation(both, 'mla', 'text')).toBe(
      'Mariamidze, Tea, and Giorgi Lomsadze. “Talks resume.” The Messenger, 1 July 2019, https://archive.example/2019/07/01/talks-resume/. Accessed 2 June 2025.',
    );
    expect(formatCitation(both, 'chicago', 'text')).toBe(
      'Mariamidze, Tea, and Giorgi Lomsadze. “Talks resume.” The Messenger, July 1, 2019. Accessed June 2, 2025. https://archive.example/2019/07/01/talks-resume/.',
    );
  });
});

describe('an article copied from a news database (Factiva)', () => {
  // The reference names the database and the document's accession number, which find the copy there again.
  const url = 'https://archive.example/2024/05/28/georgias-parliament-overrides-veto/';
  const factiva = cslItem({
    article: { title: 'Georgia’s parliament overrides veto', authors: ['Andrew Roth'], published: '2024-05-28T18:42:00+01:00', dateline: 'Tbilisi', slug: 'georgias-parliament-overrides-veto' },
    sourceName: 'The Guardian',
    language: 'en',
    url,
    database: { name: 'Factiva', accession: 'GRDN000020240528ek5s0004p' },
  });

  it('APA says where it was retrieved, Chicago and MLA name the database with the document number', () => {
    expect(formatCitation(factiva, 'apa', 'text')).toBe(`Roth, A. (2024, May 28). Georgia’s parliament overrides veto. The Guardian. Retrieved from Factiva (GRDN000020240528ek5s0004p). ${url}`);
    expect(formatCitation(factiva, 'chicago', 'text')).toBe(`Roth, Andrew. “Georgia’s parliament overrides veto.” The Guardian, May 28, 2024. Factiva (GRDN000020240528ek5s0004p). ${url}.`);
    expect(formatCitation(factiva, 'mla', 'text')).toBe(`Roth, Andrew. “Georgia’s parliament overrides veto.” The Guardian, 28 May 2024, ${url}. Factiva, GRDN000020240528ek5s0004p.`);
    expect(formatCitation(factiva, 'mla', 'html')).toContain('<i>Factiva</i>');
  });

  it('RIS: DB the database, AN the accession number, as Zotero and EndNote read them', () => {
    expect(ris(factiva)).toContain(`\nUR  - ${url}\nDB  - Factiva\nAN  - GRDN000020240528ek5s0004p\n`);
  });

  it('BibTeX: a note saying where it was retrieved, which citation-js reads back', async () => {
    expect(bibtex(factiva)).toContain('  note = {Retrieved from Factiva, document GRDN000020240528ek5s0004p},\n');
    const [read] = (await Cite.async(bibtex(factiva))).data as Record<string, any>[];
    expect(read!.note).toBe('Retrieved from Factiva, document GRDN000020240528ek5s0004p');
  });

  it('without an accession number (Nexis Uni), the database alone', () => {
    const nexis = { ...factiva, archive: 'Nexis Uni', archive_location: undefined };
    expect(formatCitation(nexis, 'apa', 'text')).toContain('The Guardian. Retrieved from Nexis Uni. https://');
    expect(ris(nexis)).toContain('\nDB  - Nexis Uni\n');
    expect(ris(nexis)).not.toContain('AN  -');
    expect(bibtex(nexis)).toContain('  note = {Retrieved from Nexis Uni},\n');
  });
});

describe('personName', () => {
  it('splits the last word off as the family name', () => {
    expect(personName('Tea Mariamidze')).toEqual({ given: 'Tea', family: 'Mariamidze' });
    expect(personName('Anna Maria de Souza')).toEqual({ given: 'Anna Maria de', family: 'Souza' });
    expect(personName('Reuters')).toEqual({ family: 'Reuters' });
  });
});
