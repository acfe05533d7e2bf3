import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { toString } from 'mdast-util-to-string';
import { loadContentData } from '../../src/importer/content-data.ts';
import { runImport, type RunOptions } from '../../src/importer/run-import.ts';
import { parseArticleFile } from '../../src/importer/frontmatter.ts';

// The two real clippings, copied byte for byte from the seeds; the importer must keep every fact.
const SEEDS = path.resolve('tests/fixtures/seeds');
const CIVIL = path.join(SEEDS, '004_c563c99bc929bd38.txt');
const MESSENGER = path.join(SEEDS, '000_62f9dd80dc8d7e61.txt');
const data = loadContentData(path.resolve('content'));

let out: string;
beforeEach(() => {
  out = path.join(mkdtempSync(path.join(tmpdir(), 'importer-seeds-')), 'articles');
});
afterEach(() => rmSync(path.dirname(out), { recursive: true, force: true }));

const options = (extra: Partial<RunOptions> = {}): RunOptions => ({ out, strict: false, update: false, dryRun: false, ...extra });

/** The clipping's body paragraphs as the eye reads them: the lines after `skip` header lines, blank lines dropped. */
function clippingParagraphs(file: string, bodyFromLine: number): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(bodyFromLine - 1)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Paragraph texts of a Markdown body, as a Markdown reader (the site's remark) sees them. */
function renderedParagraphs(markdown: string): string[] {
  const tree = unified().use(remarkParse).parse(markdown);
  return tree.children.map((node) => {
    expect(node.type).toBe('paragraph');
    return toString(node);
  });
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}

describe('importing the Civil Georgia seed', () => {
  it('writes every field of the article, the body word for word and the original byte for byte', async () => {
    const [result] = await runImport([CIVIL], data, options());
    expect(result!.status).toBe('imported');
    const file = path.join(out, '2017/11/15/putin-meets-south-ossetian-leader-in-moscow.md');
    expect(result!.target).toBe(file);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^published: '2017-11-15T12:31:00\+04:00'$/m);
    const { data: frontmatter, body } = parseArticleFile(text);
    expect(frontmatter).toEqual({
      title: 'Putin Meets South Ossetian Leader in Moscow',
      slug: 'putin-meets-south-ossetian-leader-in-moscow',
      source: 'civil-georgia',
      authors: [],
      dateline: 'Tbilisi',
      published: '2017-11-15T12:31:00+04:00',
      printedDate: "15 Nov.'17 / 12:31",
      dateCertainty: 'exact',
      photo: { caption: 'Anatoly Bibilov and Vladimir Putin in Moscow, November 14, 2017.', credit: 'kremlin.ru' },
      original: {
        file: '004_c563c99bc929bd38.txt',
        sha256: '1018849daeb34fa10fd2fd5dfafc903fb12a207f74db879322b8681c4ab9fd28',
        textSha256: '1018849daeb34fa10fd2fd5dfafc903fb12a207f74db879322b8681c4ab9fd28',
      },
      people: ['anatoly-bibilov', 'giorgi-totchiev', 'veronika-skvortsova', 'vladimir-putin'],
      places: ['abkhazia', 'moscow', 'russia', 'sokhumi', 'south-caucasus', 'south-ossetia', 'tbilisi'],
      organizations: ['kremlin', 'russian-ministry-of-health'],
      aliases: [],
      revisions: [],
    });
    // Lines 1-5 are the header: title, masthead/date line, two blanks, caption.
    const expected = clippingParagraphs(CIVIL, 6);
    expect(expected).toHaveLength(7);
    expect(renderedParagraphs(body)).toEqual(expected);
    // The clipping's own characters survive: curly quotes, brackets and the two NBSPs.
    expect(body).toContain('to discuss\u00a0“the current state');
    expect(body).toContain('the\u00a0political component');
    expect(readFileSync(path.join(path.dirname(out), 'originals/2017/11/15/putin-meets-south-ossetian-leader-in-moscow.txt'))).toEqual(readFileSync(CIVIL));
  });
});

describe('importing the Messenger seed', () => {
  it('refuses a year-less date without --year, naming the file, line 6 and the candidate years, and writes nothing', async () => {
    const [result] = await runImport([MESSENGER], data, options({ now: new Date('2026-01-01T00:00:00Z') }));
    expect(result!.status).toBe('failed');
    expect(result!.file).toBe(MESSENGER);
    expect(result!.error!.line).toBe(6);
    expect(result!.error!.reason).toContain('"Friday, March 8" prints no year');
    const years = result!.error!.reason.match(/\b(?:19|20)\d\d\b/g)!.map(Number);
    // Every year since 1990 in which March 8 was a Friday, and no other.
    expect(years).toEqual([1991, 1996, 2002, 2013, 2019, 2024]);
    expect(result!.error!.fix).toContain('--year');
    expect(() => readdirSync(path.dirname(out))).not.toThrow();
    expect(filesBelow(path.dirname(out))).toEqual([]);
  });

  it('with --year 2019 writes every field, the body word for word and the original byte for byte', async () => {
    const [result] = await runImport([MESSENGER], data, options({ year: 2019 }));
    expect(result!.status).toBe('imported');
    const slug = 'georgia-denounces-putins-meeting-with-the-de-facto-leader-of-s-ossetia';
    const text = readFileSync(path.join(out, `2019/03/08/${slug}.md`), 'utf8');
    expect(text).toMatch(/^published: '2019-03-08T00:00:00\+04:00'$/m);
    const { data: frontmatter, body } = parseArticleFile(text);
    expect(frontmatter).toEqual({
      title: 'Georgia denounces Putin’s meeting with the de facto leader of S. Ossetia',
      slug,
      source: 'the-messenger',
      authors: ['Tea Mariamidze'],
      published: '2019-03-08T00:00:00+04:00',
      printedDate: 'Friday, March 8',
      dateCertainty: 'supplied',
      original: {
        file: '000_62f9dd80dc8d7e61.txt',
        sha256: 'a8c06a3821a605eacc6e8f3d65f17892a52b2d95e33fcabf2b728ef19f18a93c',
        // The seed has no final newline; its normalised text has one, so the hashes differ.
        textSha256: '021eea93a6773ea14d81e4255795a161f83a025730b9e402eb0ddc29981509db',
      },
      people: ['anatoly-bibilov', 'ketevan-tsikhelashvili', 'raul-khajimba', 'vladimir-putin'],
      places: ['abkhazia', 'georgia', 'moscow', 'russia', 'south-ossetia', 'tbilisi'],
      organizations: ['kremlin', 'office-of-the-state-minister-for-reconciliation'],
      aliases: [],
      revisions: [],
    });
    expect(frontmatter).not.toHaveProperty('dateline');
    expect(frontmatter).not.toHaveProperty('photo');
    // Lines 1-6: logo alt text, blank, title, blank, byline, date line.
    const expected = clippingParagraphs(MESSENGER, 7);
    expect(expected).toHaveLength(12);
    expect(renderedParagraphs(body)).toEqual(expected);
    expect(body).toContain('peace policy, "said Tsikhelashvili.');
    expect(body).toContain('This \\[occupational policy]');
    expect(readFileSync(path.join(path.dirname(out), `originals/2019/03/08/${slug}.txt`))).toEqual(readFileSync(MESSENGER));
  });

  it('reimporting the same seed is unchanged and rewrites nothing', async () => {
    await runImport([MESSENGER], data, options({ year: 2019 }));
    const [again] = await runImport([MESSENGER], data, options({ year: 2019 }));
    expect(again!.status).toBe('unchanged');
    expect(filesBelow(path.dirname(out))).toHaveLength(2);
  });
});
