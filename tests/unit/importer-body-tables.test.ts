import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseMarkdown, paragraphsToMarkdown } from '../../src/importer/body-markdown.ts';
import { parseHTML } from 'linkedom';
import { bodyParagraphs } from '../../src/importer/body-tables.ts';
import { dataTableParagraph } from '../../src/importer/page-tables.ts';
import { renderArticleMarkdown } from '../../src/markdown/article-markdown.ts';
import { useWorkspace } from './importer-harness.ts';

// Tables in articles (issue 13): a browser copies a <table> as a row a line, its cells parted by tabs; a saved page
// keeps its <table>. Either becomes a GFM table in the body and an accessible <table> on the page. The goldens of the
// outlets' tables are in outlet-goldens.ts (text clippings) and below (a saved page with a <caption>).

/** A body line as read-clipping.ts reads one: tabs and runs of blanks one space. */
const paragraphOf = (line: string) => line.replace(/[ \t]+/g, ' ').trim();
const paragraphs = (...lines: string[]) => bodyParagraphs(lines, paragraphOf);

/** The body's HTML as the article page shows it, without its paragraph marks. */
const page = async (body: string) => (await renderArticleMarkdown(body)).replace(/ <a href="#p\d+"[^>]*>¶<\/a>/g, '');

describe('a text clipping\'s tab-parted rows', () => {
  it('are one table when two or more lines in a row have as many tabs, its first row naming columns of figures', () => {
    expect(paragraphs('The results:', 'Party\tVotes\t%', 'Georgian Dream\t1,120,053\t53.93', 'Strong Georgia\t182,913\t8.81', 'Turnout was 58.94%.')).toEqual([
      'The results:',
      'Party\tVotes\t%\nGeorgian Dream\t1,120,053\t53.93\nStrong Georgia\t182,913\t8.81',
      'Turnout was 58.94%.',
    ]);
  });

  it('leave a lone line\'s tab one space, as a clipping\'s tabs always were', () => {
    expect(paragraphs('13:\tA tab-indented line\twith a tab inside.', 'The next line.')).toEqual(['13: A tab-indented line with a tab inside.', 'The next line.']);
  });

  it('are lines of text when the lines\' tabs differ in number', () => {
    expect(paragraphs('Votes\t41,233', 'Seats\t12\tof 150')).toEqual(['Votes 41,233', 'Seats 12 of 150']);
  });

  it('name no columns when nothing but figures is under a word (a factbox\'s two columns): the header row is left empty', () => {
    expect(paragraphs('Registered voters\t3.5 million', 'Seats in parliament\t150', 'Threshold\t5%')).toEqual(['\t\nRegistered voters\t3.5 million\nSeats in parliament\t150\nThreshold\t5%']);
  });

  it('are a list, each item a paragraph, when every line opens with a list\'s mark (Safari copies `•`, a tab, the item)', () => {
    expect(paragraphs('The rules:', '•\tNo cars on the beach.', '•\tMusic off after midnight.')).toEqual(['The rules:', '• No cars on the beach.', '• Music off after midnight.']);
    expect(paragraphs('1.\tThe port.', '2.\tThe bridge.')).toEqual(['1. The port.', '2. The bridge.']);
    // A table whose first column holds numbers with a point is no list: not every row is a mark alone.
    expect(paragraphs('Rank\tParty', '1.\tGeorgian Dream', 'Total\t4')).toHaveLength(1);
  });

  it('read the same indented, or with blanks at the ends of their lines, as a copy may give them', () => {
    expect(paragraphs('\t  Party\tVotes ', '  GD \t 1,120 \t')).toEqual(['Party\tVotes\nGD\t1,120']);
  });
});

describe('a table in the body\'s Markdown and on the page', () => {
  it('escapes a `|` in a cell, so the cell never splits', async () => {
    const body = paragraphsToMarkdown(['Bloc\tSeats\nUnity | National Movement\t16\nStrong Georgia\t14']);
    expect(body).toContain('Unity \\| National Movement');
    const html = await page(body);
    expect(html).toContain('<td>Unity | National Movement</td>');
    expect(html.match(/<td>/g)).toHaveLength(4);
  });

  it('shows the header row\'s cells as column headers, and a table that names no columns without a header row', async () => {
    const named = await page(paragraphsToMarkdown(['Party\tVotes\nGD\t1,120,053']));
    expect(named).toContain('<thead>\n<tr>\n<th scope="col">Party</th>\n<th scope="col">Votes</th>\n</tr>\n</thead>');
    const unnamed = await page(paragraphsToMarkdown(['\t\nRegistered voters\t3.5 million\nThreshold\t5%']));
    expect(unnamed).not.toMatch(/<thead|<th/);
    expect(unnamed).toContain('<td>Registered voters</td>');
  });

  it('shows a printed caption as the table\'s <caption>, and a paragraph of text that opens with `Table: ` as text', async () => {
    const body = paragraphsToMarkdown(['Main spending items, GEL million\nItem\t2025\nDefence\t1,650', 'Table: the words a paragraph opens with']);
    expect(body).toContain('Table: Main spending items, GEL million\n\n&#x54;able: the words');
    const html = await page(body);
    expect(html).toContain('<table><caption>Main spending items, GEL million</caption>');
    expect(html).toContain('<p id="p1" data-pagefind-title="Paragraph 1">Table: the words a paragraph opens with</p>');
    expect(normaliseMarkdown(body)).toBe(body);
  });
});

describe('a saved page\'s tables', () => {
  const workspace = useWorkspace();

  // OC Media (WordPress, Yoast's @graph, "HTML only"): the budget's main items in a <table> with a <caption>, its
  // <thead> naming the columns, a `|` in a cell. Read as blocks, its cells were paragraphs of their own, and those
  // holding only figures, and the caption, were left out of the text.
  it('oc-media-budget-table-caption: every printed fact, the table with its caption and header row', async () => {
    const [result] = await workspace.run([path.resolve('tests/fixtures/pages/oc-media-budget-table-caption.html')]);
    expect(result!.error).toBeUndefined();
    expect(readFileSync(result!.target!, 'utf8')).toBe(readFileSync(path.resolve('tests/fixtures/pages/oc-media-budget-table-caption.expected.md'), 'utf8'));
  });
});

describe('a table of a saved page', () => {
  const cells = (...texts: string[]) => `<tr>${texts.map((text) => `<td>${text}</td>`).join('')}</tr>`;
  const table = (rows: string) => parseHTML(`<!doctype html><html><body><table>${rows}</table></body></html>`).document.querySelector('table') as unknown as Element;
  const sentence = 'Trams last ran in Tbilisi in 2006, when the city closed its remaining lines and took up most of the rails.';

  // A page laid out in a table, as sites were until about 2010 (layout-table.ts): the article's paragraphs in its cells.
  it('is no table of figures when its cells hold the article\'s paragraphs, as a layout\'s do', () => {
    expect(dataTableParagraph(table(cells(`<p>${sentence}</p>`, '<p>Menu</p>') + cells(`<p>${sentence}</p>`, '<p>Archive</p>')))).toBeUndefined();
  });

  it('is one when its cells wrap their few words in paragraphs, as a table pasted from Word does', () => {
    expect(dataTableParagraph(table(cells('<p>Party</p>', '<p>Seats</p>') + cells('<p>Georgian Dream</p>', '<p>89</p>')))).toBe('\t\nParty\tSeats\nGeorgian Dream\t89');
  });
});
