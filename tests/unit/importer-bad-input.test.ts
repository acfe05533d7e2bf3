import { readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunOptions } from '../../src/importer/run-import.ts';
import { useWorkspace } from './importer-harness.ts';

// Every kind of bad input issue 3 names: each is refused with its file, line (where there is one)
// and a fix, nothing is written for it, and a good clipping in the same batch is imported as usual.
const GOOD = readFileSync(path.resolve('tests/fixtures/seeds/004_c563c99bc929bd38.txt'));
const GOOD_FILES = [
  'articles/2017/11/15/putin-meets-south-ossetian-leader-in-moscow.md',
  'originals/2017/11/15/putin-meets-south-ossetian-leader-in-moscow.txt',
];

const messenger = (dateLine: string) => `The messenger logo\n\nA Title\n\nBy Tea Mariamidze\n${dateLine}\nThe text.\n`;
const markdown = (frontmatter: string) => `---\n${frontmatter}\n---\nThe text.\n`;
const VALID_FRONTMATTER = [
  'title: A Title',
  'slug: a-title',
  'source: the-messenger',
  "published: '2019-03-08T00:00:00+04:00'",
  'printedDate: March 8, 2019',
  'dateCertainty: day',
  'original:',
  '  file: a.txt',
  `  sha256: ${'a'.repeat(64)}`,
].join('\n');

interface BadCase {
  name: string;
  file: string;
  content: string | Uint8Array;
  options?: Partial<RunOptions>;
  line: number | undefined;
  reason: RegExp;
  fix: RegExp;
}

const cases: BadCase[] = [
  { name: 'empty file', file: 'empty.txt', content: '', line: undefined, reason: /the file is empty/, fix: /copy the clipping/ },
  { name: 'only blank lines', file: 'blank.txt', content: '  \n\n\t\n', options: { sourceId: 'civil-georgia' }, line: undefined, reason: /the file is empty: it holds only blank lines/, fix: /copy the clipping/ },
  { name: 'binary file', file: 'photo.txt', content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), line: undefined, reason: /not a text file/, fix: /plain text/ },
  // A word processor's or printer's document that is ASCII at its start: its markup is no clipping.
  { name: 'RTF document', file: 'clipping.txt', content: '{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}}\nA Title\\par\nCivil Georgia, Tbilisi / 15 Nov.\'17 / 12:31\\par\n}', options: { sourceId: 'civil-georgia' }, line: undefined, reason: /^this is an RTF document, not a clipping$/, fix: /save it as plain text/ },
  { name: 'PDF document', file: 'clipping.pdf', content: '%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', options: { sourceId: 'civil-georgia' }, line: undefined, reason: /^this is a PDF document, not a clipping$/, fix: /copy the article's text out of the PDF/ },
  { name: 'control characters', file: 'ctrl.txt', content: 'Title\u0007\nMarch 8, 2019\n\nText\n', line: undefined, reason: /not a text file/, fix: /plain text/ },
  { name: '50 MB file', file: 'huge.txt', content: new Uint8Array(50 * 1024 * 1024).fill(0x61), line: undefined, reason: /the file is 50\.0 MB/, fix: /one file per article/ },
  { name: 'neither UTF-8 nor Windows-1252', file: 'latin.txt', content: new Uint8Array([0x54, 0x81, 0xe9, 0x0a]), line: 1, reason: /neither UTF-8 nor Windows-1252 text \(byte offset 1 \(0x1; bytes 81 E9\)\)/, fix: /save it as UTF-8/ },
  // A clipping that prints no date is told so, and told of --date, rather than blamed for a line that is no date.
  { name: 'no date line', file: 'nodate.txt', content: 'A Title\n', options: { sourceId: 'civil-georgia' }, line: 1, reason: /^no date is printed in the clipping/, fix: /--date YYYY-MM-DD/ },
  // The message names the title's line: the short line over it is its kicker, as where a date is printed.
  { name: 'no recognisable date', file: 'baddate.txt', content: 'A Title\nSome words that are no date\n\nThe text.\n', options: { sourceId: 'civil-georgia' }, line: 2, reason: /^no date is printed in the clipping/, fix: /--date YYYY-MM-DD/ },
  { name: 'a date line in no form the importer reads', file: 'baddate.txt', content: messenger('the day before yesterday'), line: 6, reason: /"the day before yesterday" is not a date form/, fix: /March 8, 2019/ },
  { name: 'impossible date', file: 'feb31.txt', content: messenger('31 February 2019'), line: 6, reason: /impossible date: February 2019 has no day 31/, fix: /correct the date line/ },
  { name: 'weekday mismatch', file: 'weekday.txt', content: messenger('Saturday, March 8, 2019'), line: 6, reason: /says Saturday, but March 8, 2019 was a Friday/, fix: /correct the weekday/ },
  { name: 'year-less date without --year', file: 'noyear.txt', content: messenger('Friday, March 8'), line: 6, reason: /1991, 1996, 2002, 2013, 2019, 2024/, fix: /--year/ },
  { name: 'no body', file: 'nobody.txt', content: messenger('March 8, 2019').replace('The text.\n', ''), line: 6, reason: /no article text/, fix: /copy the article text/ },
  { name: 'unknown masthead without --source', file: 'unknown.txt', content: 'A Title\nMarch 8, 2019\n\nThe text.\n', line: 1, reason: /^no source profile recognises this clipping \(no known masthead in its first 10 printed lines\)$/, fix: /--source ID/ },
  { name: 'frontmatter date that YAML reads as a date', file: 'unquoted.md', content: markdown(VALID_FRONTMATTER.replace("'2019-03-08T00:00:00+04:00'", '2019-03-08T00:00:00+04:00')), line: 5, reason: /frontmatter field published/, fix: /correct published/ },
  { name: 'frontmatter date with an impossible UTC offset', file: 'offset.md', content: markdown(VALID_FRONTMATTER.replace("'2019-03-08T00:00:00+04:00'", "'2019-03-08T00:00:00+99:99'")), line: 5, reason: /frontmatter field published has an impossible UTC offset \+99:99/, fix: /correct published/ },
  { name: 'frontmatter without a title', file: 'notitle.md', content: markdown(VALID_FRONTMATTER.replace('title: A Title\n', '')), line: undefined, reason: /frontmatter field title/, fix: /correct title/ },
  { name: 'frontmatter with a bad slug', file: 'slug.md', content: markdown(VALID_FRONTMATTER.replace('slug: a-title', 'slug: ../../etc/passwd')), line: 3, reason: /frontmatter field slug must be lower-case ASCII/, fix: /correct slug/ },
  { name: 'frontmatter with an unknown source', file: 'src.md', content: markdown(VALID_FRONTMATTER.replace('source: the-messenger', 'source: daily-planet')), line: 4, reason: /source daily-planet is not in content\/sources/, fix: /add content\/sources\/daily-planet.yaml/ },
  { name: 'frontmatter naming a person not in the gazetteer', file: 'people.md', content: markdown(`${VALID_FRONTMATTER}\npeople: [john-doe]`), line: 11, reason: /people lists john-doe/, fix: /add john-doe to the gazetteer/ },
  { name: 'frontmatter that is not YAML', file: 'yaml.md', content: markdown('title: A Title\nslug: a: b'), line: 3, reason: /frontmatter is not valid YAML/, fix: /fix the YAML/ },
  { name: 'HTML page without an article', file: 'empty.html', content: '<!doctype html><html><head><title>x</title></head><body></body></html>', line: undefined, reason: /no article text found/, fix: /save the article page itself/ },
];

describe('bad input is refused clearly and loses nothing', () => {
  const workspace = useWorkspace();

  it.each(cases)('$name', async ({ file, content, options, line, reason, fix }) => {
    const bad = workspace.input(file, content);
    const good = workspace.input('good.txt', GOOD);
    const results = await workspace.run([bad, good], options);
    const [badResult, goodResult] = results;
    expect(badResult!.file).toBe(bad);
    expect(badResult!.status).toBe('failed');
    expect(badResult!.error!.internal).toBeUndefined();
    expect(badResult!.error!.reason).toMatch(reason);
    expect(badResult!.error!.fix).toMatch(fix);
    expect(badResult!.error!.line).toBe(line);
    // With --source the good Civil Georgia clipping still fits its own layout.
    expect(goodResult!.status).toBe('imported');
    expect(workspace.files()).toEqual(GOOD_FILES);
  });

  it('reports a file in a directory that cannot be read, and imports the rest', async () => {
    workspace.input('batch/a-good.txt', GOOD);
    const dir = path.dirname(workspace.input('batch/placeholder.md.bak', 'not a clipping'));
    symlinkSync(path.join(dir, 'missing-target.txt'), path.join(dir, 'b-dangling.txt'));
    const results = await workspace.run([dir]);
    expect(results.map((result) => [path.basename(result.file), result.status])).toEqual([
      ['a-good.txt', 'imported'],
      ['b-dangling.txt', 'failed'],
    ]);
    expect(results[1]!.error!.reason).toBe('the file cannot be read (ENOENT: no such file or directory)');
    expect(results[1]!.error!.fix).toMatch(/check that the file exists/);
    expect(workspace.files()).toEqual(GOOD_FILES);
  });

  it('refuses an unknown --source for every file, naming the known ones', async () => {
    const results = await workspace.run([workspace.input('a.txt', GOOD)], { sourceId: 'daily-planet' });
    expect(results[0]!.error).toMatchObject({ reason: '--source daily-planet is not a known source', fix: expect.stringMatching(/civil-georgia, the-messenger/) });
    expect(workspace.files()).toEqual([]);
  });

  it('reports a FILE argument that does not exist', async () => {
    const [result] = await workspace.run([path.join(workspace.root, 'nowhere.txt')]);
    expect(result!.status).toBe('failed');
    expect(result!.error!.reason).toBe('the file cannot be read (ENOENT: no such file or directory)');
  });
});
