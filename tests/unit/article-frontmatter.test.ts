import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readArticles } from '../../src/data/article-frontmatter.ts';
import { fingerprintContent } from '../../src/lib/content-files.ts';

/** The articles as the build reads them, without Astro's data store: files in a temporary folder. */
let root: string;
let base: string;
let cache: string;

function frontmatter(fields: Record<string, string>): string {
  const all: Record<string, string> = {
    title: '"Parliament passes the budget"',
    slug: 'parliament-passes-the-budget',
    source: 'plain-paper',
    authors: '[]',
    published: '"2017-11-15T12:31:00+04:00"',
    printedDate: '"15 Nov.\'17"',
    dateCertainty: 'day',
    original: '{file: "2017/11/15/parliament-passes-the-budget.txt", sha256: "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}',
    ...fields,
  };
  return Object.entries(all)
    .filter(([, value]) => value !== '')
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
}

async function article(relative: string, fields: Record<string, string> = {}, body = 'The budget passed by 80 votes to 41.\n'): Promise<string> {
  const file = path.join(base, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `---\n${frontmatter(fields)}\n---\n\n${body}`);
  return file;
}

const read = (sources = ['plain-paper']) => readArticles(base, sources, cache);
/** As a build reads them: with the state of the files that it took when it started. */
const readInBuild = (started = fingerprintContent(base)) => readArticles(base, ['plain-paper'], cache, started);

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-frontmatter-'));
  base = path.join(root, 'content', 'articles');
  cache = path.join(root, 'cache');
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe("the articles' frontmatter, read by the build", () => {
  it('gives each file its YYYY/MM/DD/slug id, absolute path, digest and validated frontmatter, without its body', async () => {
    const file = await article('2017/11/15/parliament-passes-the-budget.md');
    const [only, ...rest] = await read();
    expect(rest).toEqual([]);
    expect(only!.entry).toEqual({ collection: 'articles', id: '2017/11/15/parliament-passes-the-budget', filePath: file, digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(only!.data.title).toBe('Parliament passes the budget');
    // The schema's defaults are filled in, as Astro's collection gave them.
    expect(only!.data.people).toEqual([]);
    expect(JSON.stringify(only)).not.toContain('80 votes');
  });

  it('validates again only a file whose bytes changed, and forgets a removed one', async () => {
    await article('2017/11/15/a.md', { slug: 'a' });
    await article('2017/11/16/b.md', { slug: 'b' });
    const [a, b] = await read();
    // The kept record says what the last build validated; a changed value there shows it is what is read.
    const recordFile = path.join(cache, 'dateline-article-frontmatter.json');
    const record = (await readFile(recordFile, 'utf8')).replaceAll('Parliament passes the budget', 'As validated last build');
    await writeFile(recordFile, record);
    await article('2017/11/16/b.md', { slug: 'b', title: '"Budget passes"' });
    const again = await read();
    expect(again.map(({ data }) => data.title)).toEqual(['As validated last build', 'Budget passes']);
    expect(again[0]!.entry.digest).toBe(a!.entry.digest);
    expect(again[1]!.entry.digest).not.toBe(b!.entry.digest);

    await rm(path.join(base, '2017/11/15/a.md'));
    expect((await read()).map(({ entry }) => entry.id)).toEqual(['2017/11/16/b']);
    expect(Object.keys(JSON.parse(await readFile(recordFile, 'utf8')).value.articles)).toEqual([again[1]!.entry.digest]);
  });

  it("refuses an article whose paper's file has gone since it was validated", async () => {
    const file = await article('2017/11/15/a.md', { slug: 'a' });
    await read();
    await expect(read(['other-paper'])).rejects.toThrow(`${file}: the article's frontmatter does not match the article schema:\n  **source**: "plain-paper" is not a source`);
  });

  it('refuses a file that does not match the schema, naming the file, the field and what is wrong', async () => {
    const file = await article('2017/11/15/a.md', { slug: 'a', title: '' });
    await expect(read()).rejects.toThrow(`${file}: the article's frontmatter does not match the article schema:\n  **title**: Required`);
    const bad = await article('2017/11/15/a.md', { slug: 'a', published: '"2017-02-30T10:00:00+04:00"' });
    await expect(read()).rejects.toThrow(/\*\*published\*\*: .*not a real calendar date/);
    await writeFile(bad, '---\ntitle: [unclosed\n---\n');
    await expect(read()).rejects.toThrow(`${bad}:3:1: the frontmatter is not valid YAML: unexpected end of the stream within a flow collection`);
  });

  it('reads no hidden or temporary file of the importer', async () => {
    await article('2017/11/15/a.md', { slug: 'a' });
    await article('2017/11/15/.a.md.0b9e.tmp', { slug: 'a' });
    expect((await read()).map(({ entry }) => entry.id)).toEqual(['2017/11/15/a']);
  });
});

describe("in a build, the articles as the build's starting state of content/ lists them", () => {
  it('does not read again a file whose state is the one it had when last read', async () => {
    const file = await article('2017/11/15/a.md', { slug: 'a' });
    const started = fingerprintContent(base);
    const [first] = await readInBuild(started);
    // Bytes that would fail the build if read, under the state the file had: the record's digest and data are taken.
    await writeFile(file, '---\ntitle: [unclosed\n---\n');
    const [again] = await readInBuild(started);
    expect(again).toEqual(first);
    // The state the file has now is not the recorded one: it is read.
    await expect(readInBuild()).rejects.toThrow(`${file}:3:1: the frontmatter is not valid YAML`);
  });

  it('lists the files of the starting state, not those written since', async () => {
    await article('2017/11/15/a.md', { slug: 'a' });
    const started = fingerprintContent(base);
    await article('2017/11/16/b.md', { slug: 'b' });
    expect((await readInBuild(started)).map(({ entry }) => entry.id)).toEqual(['2017/11/15/a']);
    expect((await readInBuild()).map(({ entry }) => entry.id)).toEqual(['2017/11/15/a', '2017/11/16/b']);
  });

  it('reads a file again when its record is gone, and a linked article on every build', async () => {
    const target = path.join(root, 'elsewhere', 'a.md');
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, `---\n${frontmatter({ slug: 'a' })}\n---\n`);
    await mkdir(path.join(base, '2017/11/15'), { recursive: true });
    await symlink(target, path.join(base, '2017/11/15/a.md'));
    const started = fingerprintContent(base);
    expect((await readInBuild(started)).map(({ data }) => data.title)).toEqual(['Parliament passes the budget']);
    // An edit of the linked file leaves the link's own state as it was.
    await writeFile(target, `---\n${frontmatter({ slug: 'a', title: '"Budget passes"' })}\n---\n`);
    expect(fingerprintContent(base)).toEqual(started);
    expect((await readInBuild(started)).map(({ data }) => data.title)).toEqual(['Budget passes']);

    const plain = await article('2017/11/16/b.md', { slug: 'b' });
    const withB = fingerprintContent(base);
    await readInBuild(withB);
    await rm(path.join(cache, 'dateline-article-frontmatter.json'));
    await writeFile(plain, '---\ntitle: [unclosed\n---\n');
    await expect(readInBuild(withB)).rejects.toThrow(`${plain}:3:1: the frontmatter is not valid YAML`);
  });
});
