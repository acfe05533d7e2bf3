import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFactivaText } from '../../src/importer/factiva-export.ts';
import { factivaHtmlDocuments } from '../../src/importer/factiva-html.ts';
import { readNexisDocuments } from '../../src/importer/nexis-export.ts';
import { docxOf } from './docx-builder.ts';
import { useWorkspace } from './importer-harness.ts';
import { useOutletSources } from './outlet-goldens.ts';

// News databases' exports: one file, many articles. Factiva's "Full Article/Report plus Indexing"
// display (field codes) as text and as the HTML Factiva saves, its plain "Article" display (no
// codes) as text, and a Nexis Uni batch download as Word (.docx, built here from its paragraphs:
// docx-builder.ts). Each holds three articles, in English and French or German, of papers the
// fixtures' profiles know. The expected files were checked field by field against the exports:
// title, byline names and place, the date (and ET) in the paper's zone, the dateline, the photo's
// caption and credit, the body word for word (LP then TD; Nexis Uni's Highlight first), and the
// accession number and load date under original.database.
const FIXTURES = path.resolve('tests/fixtures/databases');
const nexisDocx = () => docxOf(readFileSync(path.join(FIXTURES, 'nexis-uni-batch.paragraphs.txt'), 'utf8'));

const EXPORTS: [file: string, bytes: () => Uint8Array][] = [
  ['factiva-indexing.txt', () => readFileSync(path.join(FIXTURES, 'factiva-indexing.txt'))],
  ['factiva-article.txt', () => readFileSync(path.join(FIXTURES, 'factiva-article.txt'))],
  ['factiva-indexing.html', () => readFileSync(path.join(FIXTURES, 'factiva-indexing.html'))],
  ['nexis-uni-batch.docx', nexisDocx],
];

describe('news database exports', () => {
  const workspace = useWorkspace();
  useOutletSources(workspace);

  it.each(EXPORTS)('%s gives one article per document', async (file, bytes) => {
    const results = await workspace.run([workspace.input(file, bytes())]);
    const expected = path.join(FIXTURES, 'expected', file.replace(/\./g, '-'));
    expect(results.map((result) => result.error)).toEqual([undefined, undefined, undefined]);
    for (const [index, result] of results.entries()) {
      expect(readFileSync(result.target!, 'utf8')).toBe(readFileSync(path.join(expected, `${index + 1}.md`), 'utf8'));
    }
    expect(existsSync(path.join(expected, `${results.length + 1}.md`))).toBe(false);
  });

  it("keeps each document's own lines of a text export as its original, byte for byte", async () => {
    const bytes = readFileSync(path.join(FIXTURES, 'factiva-indexing.txt'));
    const results = await workspace.run([workspace.input('factiva-indexing.txt', bytes)]);
    const text = bytes.toString('utf8');
    const second = text.slice(text.indexOf('HD\tLe Parlement'), text.indexOf('HD\tGeorgia Passes'));
    const kept = readFileSync(path.join(workspace.contentDir, 'originals', '2024/05/29/le-parlement-georgien-passe-outre-le-veto-presidentiel.txt'), 'utf8');
    expect(`${kept}\n`).toBe(second);
    expect(results[1]!.article!.original).toMatchObject({ file: 'factiva-indexing.txt', database: { name: 'Factiva', accession: 'LEMOND0020240529ek5t0000b' } });
  });

  it('refuses a document without PD and one cut short by their lines, and imports the others', async () => {
    const text = readFileSync(path.join(FIXTURES, 'factiva-indexing.txt'), 'utf8');
    const withoutDate = text.replace('PD\t29 May 2024\n', '');
    const cut = withoutDate.slice(0, withoutDate.indexOf('TD\t\nThe governing party'));
    const results = await workspace.run([workspace.input('cut.txt', cut)]);
    expect(results.map((result) => result.status)).toEqual(['imported', 'failed', 'failed']);
    expect(results[1]!.file).toMatch(/cut\.txt \[Document LEMOND0020240529ek5t0000b\]$/);
    expect(results[1]!.error).toMatchObject({ line: 34, reason: expect.stringContaining('no publication date (PD)') });
    expect(results[2]!.error).toMatchObject({ line: 58, reason: expect.stringContaining('cut short') });
    expect(workspace.files().filter((file) => file.startsWith('articles/'))).toHaveLength(1);
  });

  it('asks for the time zone of a publication new to the archive, by name, and adds it with --time-zone', async () => {
    const text = readFileSync(path.join(FIXTURES, 'factiva-indexing.txt'), 'utf8').replace('SN\tThe New York Times\n', 'SN\tNew York Times International Edition\n');
    const refused = await workspace.run([workspace.input('new-paper.txt', text)]);
    expect(refused[2]!.error).toMatchObject({ reason: expect.stringContaining('"New York Times International Edition" is a paper new to the archive'), fix: expect.stringContaining('--time-zone ZONE') });
    const added = await workspace.run([workspace.input('new-paper.txt', text)], { timeZone: 'Europe/Paris' });
    expect(added[2]!.article).toMatchObject({ source: 'new-york-times-international-edition', published: '2024-05-28T21:05:00+02:00' });
    expect(readFileSync(path.join(workspace.contentDir, 'sources', 'new-york-times-international-edition.yaml'), 'utf8')).toContain('timeZone: Europe/Paris');
  });

  it("reads the date of an export from Factiva's French interface in French, whatever the article's language", async () => {
    // The Guardian's article as a French interface shows it: `LA Anglais`, `WC 412 mots`, `PD 28 mai 2024`.
    const text = readFileSync(path.join(FIXTURES, 'factiva-indexing.txt'), 'utf8');
    const french = text.slice(0, text.indexOf('HD\tLe Parlement')).replace('WC\t412 words', 'WC\t412 mots').replace('PD\t28 May 2024', 'PD\t28 mai 2024').replace('LA\tEnglish', 'LA\tAnglais');
    const [result] = await workspace.run([workspace.input('factiva-fr.txt', french)]);
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ source: 'the-guardian', published: '2024-05-28T18:42:00+01:00', printedDate: '28 mai 2024 18:42' });
  });

  it('refuses a Nexis Uni document whose Load-Date is no date, naming it, and imports the others', async () => {
    const paragraphs = readFileSync(path.join(FIXTURES, 'nexis-uni-batch.paragraphs.txt'), 'utf8').replace('Load-Date: May 16, 2024', 'Load-Date: pending');
    const results = await workspace.run([workspace.input('batch.docx', docxOf(paragraphs))]);
    expect(results.map((result) => result.status)).toEqual(['imported', 'failed', 'imported']);
    expect(results[1]!.error!.reason).toContain('Load-Date "pending" cannot be read');
    expect(results[1]!.error!.internal).toBeUndefined();
  });

  it('refuses a Nexis Uni document whose download was cut before its End of Document', async () => {
    const paragraphs = readFileSync(path.join(FIXTURES, 'nexis-uni-batch.paragraphs.txt'), 'utf8');
    const results = await workspace.run([workspace.input('cut.docx', docxOf(paragraphs.slice(0, paragraphs.lastIndexOf('Load-Date:'))))]);
    expect(results.map((result) => result.status)).toEqual(['imported', 'imported', 'failed']);
    expect(results[2]!.error!.reason).toContain('no `End of Document` closes it');
  });
});

describe('readFactivaText', () => {
  it('reads the field codes whether the value follows a tab or stands on the lines under its code', () => {
    const text = ['HD', 'Headline on its own line', 'PD\t3 June 2024', 'SN', 'The Irish Times', 'LP', 'First paragraph.', '', 'TD\tSecond paragraph.', 'AN', 'Document IRTI000020240603ek6300001'].join('\n');
    const [read] = readFactivaText(text);
    expect(read!.item).toMatchObject({ kind: 'document', document: { title: 'Headline on its own line', date: '3 June 2024', publication: 'The Irish Times', paragraphs: ['First paragraph.', 'Second paragraph.'], accession: 'IRTI000020240603ek6300001' } });
    expect([read!.from, read!.to]).toEqual([1, 11]);
  });

  it("reads the plain display by its lines' order: edition and page lines between the source code and the language", () => {
    const text = ['Headline', 'By A Reporter', '120 words', '3 June 2024', '07:45', 'The Irish Times', 'IRTI', 'Final Edition', 'Page 4', 'English', '(c) 2024 The Irish Times.', 'Only paragraph.', 'Document IRTI000020240603ek6300001'].join('\n');
    expect(readFactivaText(text)[0]!.item).toMatchObject({ document: { title: 'Headline', bylines: ['By A Reporter'], date: '3 June 2024', time: '07:45', publication: 'The Irish Times', language: 'en', paragraphs: ['Only paragraph.'] } });
  });

  // Factiva prints LA, the word count and the date in the language of its interface, not the article's:
  // a French interface says `Français` for a French article and `Anglais` for an English one.
  it("reads LA in the interface's language: Français, Anglais, Deutsch, Español, Русский", () => {
    const indexed = (language: string) => readFactivaText(['HD\tHeadline', 'PD\t3 June 2024', 'SN\tThe Irish Times', `LA\t${language}`, 'LP\tOnly paragraph.', 'AN\tDocument IRTI000020240603ek6300001'].join('\n'))[0]!.item;
    expect(['Français', 'Anglais', 'Deutsch', 'Englisch', 'Español', 'Русский', 'Английский'].map((name) => (indexed(name) as { document: { language?: string } }).document.language)).toEqual(['fr', 'en', 'de', 'en', 'es', 'ru', 'en']);
  });

  it("finds the plain display's language line in the interface's language", () => {
    const text = ['Le Parlement passe outre le veto', '298 mots', '29 mai 2024', 'Le Monde', 'LEMOND', 'Français', 'Copyright 2024 Le Monde.', 'Seul paragraphe.', 'Document LEMOND0020240529ek5t0000b'].join('\n');
    expect(readFactivaText(text)[0]!.item).toMatchObject({ kind: 'document', document: { title: 'Le Parlement passe outre le veto', publication: 'Le Monde', language: 'fr', paragraphs: ['Seul paragraphe.'] } });
  });

  it("takes the headline from above the byline and word count, past the lines of Factiva's page a copy brings above it", () => {
    const menu = ['Dow Jones Factiva', 'Search', 'Alerts', 'News Pages', 'Companies/Markets', 'Display Options', 'Article'];
    const document = ['120 words', '3 June 2024', 'The Irish Times', 'English', 'Only paragraph.', 'Document IRTI000020240603ek6300001'];
    expect(readFactivaText([...menu, 'Headline', 'Polina Ivanova in Tbilisi', ...document].join('\n'))[0]!.item).toMatchObject({ document: { title: 'Headline', bylines: ['Polina Ivanova in Tbilisi'] } });
    expect(readFactivaText([...menu, 'Headline', ...document].join('\n'))[0]!.item).toMatchObject({ document: { title: 'Headline', bylines: [] } });
  });

  it('passes over the Search Summary after the last document', () => {
    const text = readFileSync(path.join(FIXTURES, 'factiva-indexing.txt'), 'utf8');
    expect(readFactivaText(text).map(({ item }) => item.kind)).toEqual(['document', 'document', 'document']);
  });
});

describe('factivaHtmlDocuments', () => {
  it("gives the plain display's lines as Factiva's page shows them: a <div> or <p> a line", () => {
    const html = [
      '<html><body><div id="articleFrame">',
      '<div class="article enArticle"><div id="hd"><span class="enHeadline">EU warns Georgia</span></div>',
      '<div class="author">Naomi O&#39;Leary</div><div>512 words</div><div>16 May 2024</div><div>The Irish Times</div><div>IRTI</div><div>English</div>',
      '<p class="articleParagraph enarticleParagraph">The European Union has warned Georgia.</p><p>Document IRTI000020240516ek5g0000c</p></div>',
      '</div></body></html>',
    ].join('\n');
    const [document] = factivaHtmlDocuments(html);
    expect(document!.line).toBe(2);
    expect(readFactivaText(document!.text)[0]!.item).toMatchObject({ document: { title: 'EU warns Georgia', bylines: ["Naomi O'Leary"], publication: 'The Irish Times', paragraphs: ['The European Union has warned Georgia.'] } });
  });
});

describe('readNexisDocuments', () => {
  it('reads the first document past the cover page, and its Dateline, Byline and Load-Date fields', () => {
    const paragraphs = readFileSync(path.join(FIXTURES, 'nexis-uni-batch.paragraphs.txt'), 'utf8').split('\n').filter(Boolean);
    const [first] = readNexisDocuments(paragraphs);
    expect(first!.item).toMatchObject({ document: { title: "Georgia's Parliament Defies Protests to Pass 'Foreign Agents' Bill", publication: 'The New York Times', date: 'May 15, 2024 Wednesday', bylines: ['By Ivan Nechepurenko'], dateline: 'TBILISI, Georgia', loaded: 'May 15, 2024' } });
  });
});

describe('a Word file that is no Nexis Uni download', () => {
  const workspace = useWorkspace();

  it('is refused, saying what it is not and what to do', async () => {
    const [result] = await workspace.run([workspace.input('letter.docx', docxOf('Dear editor,\n\nThank you for your letter of 3 May 2024.\n'))]);
    expect(result).toMatchObject({ status: 'failed', error: { reason: expect.stringContaining('no Nexis Uni download'), fix: expect.stringContaining('plain text (.txt)') } });
  });
});
