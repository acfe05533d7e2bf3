import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/importer/frontmatter.ts';
import { useWorkspace } from './importer-harness.ts';

const SEEDS = path.resolve('tests/fixtures/seeds');
const CIVIL = readFileSync(path.join(SEEDS, '004_c563c99bc929bd38.txt'));
const CIVIL_TEXT = CIVIL.toString('utf8');
const CIVIL_ARTICLE = 'articles/2017/11/15/putin-meets-south-ossetian-leader-in-moscow.md';
const CIVIL_ORIGINAL = 'originals/2017/11/15/putin-meets-south-ossetian-leader-in-moscow.txt';
const MESSENGER = readFileSync(path.resolve('tests/fixtures/clippings/messenger-full-date.txt'));

describe('a batch with one bad file', () => {
  const workspace = useWorkspace();

  it('writes the good ones, reports the bad one, and leaves no temp files', async () => {
    workspace.input('batch/1-civil.txt', CIVIL);
    workspace.input('batch/2-bad.txt', 'A Title\nno date here\n\nText.\n');
    workspace.input('batch/nested/3-messenger.txt', MESSENGER);
    workspace.input('batch/.hidden.txt', 'ignored: hidden files are no clippings');
    const results = await workspace.run([path.join(workspace.root, 'in/batch')]);
    expect(results.map((result) => [path.relative(workspace.root, result.file), result.status])).toEqual([
      ['in/batch/1-civil.txt', 'imported'],
      ['in/batch/2-bad.txt', 'failed'],
      ['in/batch/nested/3-messenger.txt', 'imported'],
    ]);
    expect(results[1]!.error!.line).toBe(1);
    expect(workspace.files()).toEqual([
      CIVIL_ARTICLE,
      'articles/2019/03/11/parliament-debates-the-budget.md',
      CIVIL_ORIGINAL,
      'originals/2019/03/11/parliament-debates-the-budget.txt',
    ]);
  });

  it('stops at the first failure with --strict', async () => {
    const bad = workspace.input('a-bad.txt', '');
    const good = workspace.input('b-good.txt', CIVIL);
    const results = await workspace.run([bad, good], { strict: true });
    expect(results.map((result) => result.status)).toEqual(['failed']);
    expect(workspace.files()).toEqual([]);
  });

  it('rolls back the original when the article cannot be written, leaving nothing half-done', async () => {
    // A file where the article's day folder should be makes the article write fail after the original's.
    mkdirSync(path.join(workspace.articlesDir, '2017/11'), { recursive: true });
    writeFileSync(path.join(workspace.articlesDir, '2017/11/15'), 'in the way');
    const [result] = await workspace.run([workspace.input('civil.txt', CIVIL)]);
    expect(result!.status).toBe('failed');
    expect(result!.error!.reason).toMatch(/could not write/);
    expect(result!.error!.internal).toBeUndefined();
    expect(workspace.files()).toEqual(['articles/2017/11/15']);
  });
});

describe('identity: unchanged, refused, updated', () => {
  const workspace = useWorkspace();

  it('imports the same clipping twice as unchanged, even saved with CRLF and a BOM, and rewrites nothing', async () => {
    await workspace.run([workspace.input('civil.txt', CIVIL)]);
    const article = path.join(workspace.contentDir, CIVIL_ARTICLE);
    const before = statSync(article).mtimeMs;
    const crlf = workspace.input('civil-crlf.txt', `\ufeff${CIVIL_TEXT.replace(/\n/g, '  \r\n')}\r\n\r\n`);
    const results = await workspace.run([workspace.input('civil.txt', CIVIL), crlf]);
    expect(results.map((result) => result.status)).toEqual(['unchanged', 'unchanged']);
    expect(statSync(article).mtimeMs).toBe(before);
    expect(workspace.files()).toEqual([CIVIL_ARTICLE, CIVIL_ORIGINAL]);
  });

  it('refuses a different clipping of the same article unless --update, and then keeps the old hash', async () => {
    await workspace.run([workspace.input('civil.txt', CIVIL)]);
    const articleFile = path.join(workspace.contentDir, CIVIL_ARTICLE);
    const first = readFileSync(articleFile, 'utf8');
    const corrected = workspace.input('civil-corrected.txt', CIVIL_TEXT.replace('about a hundred agreements', 'about 100 agreements'));

    const [refused] = await workspace.run([corrected]);
    expect(refused!.status).toBe('failed');
    expect(refused!.error!.reason).toMatch(/already holds another version of this article/);
    expect(refused!.error!.fix).toMatch(/--update/);
    expect(readFileSync(articleFile, 'utf8')).toBe(first);

    const [updated] = await workspace.run([corrected], { update: true });
    expect(updated!.status).toBe('updated');
    const { data, body } = parseArticleFile(readFileSync(articleFile, 'utf8'));
    expect(body).toContain('about 100 agreements');
    expect(data.revisions).toEqual([
      { sha256: '1018849daeb34fa10fd2fd5dfafc903fb12a207f74db879322b8681c4ab9fd28', replaced: '2026-01-01T00:00:00Z' },
    ]);
    const keptOriginal = 'originals/2017/11/15/putin-meets-south-ossetian-leader-in-moscow.1018849daeb3.txt';
    expect(workspace.files()).toEqual([CIVIL_ARTICLE, keptOriginal, CIVIL_ORIGINAL]);
    // The replaced original is kept byte for byte; the new one is the corrected clipping.
    expect(readFileSync(path.join(workspace.contentDir, keptOriginal))).toEqual(CIVIL);
    expect(readFileSync(path.join(workspace.contentDir, CIVIL_ORIGINAL), 'utf8')).toContain('about 100 agreements');
  });

  it('--update of an unchanged clipping is still unchanged', async () => {
    await workspace.run([workspace.input('civil.txt', CIVIL)]);
    const [again] = await workspace.run([workspace.input('civil.txt', CIVIL)], { update: true });
    expect(again!.status).toBe('unchanged');
  });
});

describe('slugs and URLs', () => {
  const workspace = useWorkspace();
  const clipping = (title: string, body = 'Text.') => `${title}\nCivil Georgia, Tbilisi / 15 Nov.'17 / 12:31\n\n${body}\n`;

  it('gives a different article with the same slug on the same day a suffix', async () => {
    const results = await workspace.run([
      workspace.input('a.txt', CIVIL),
      workspace.input('b.txt', clipping('Putin meets South Ossetian leader in Moscow!')),
      workspace.input('c.txt', clipping('Putin meets South-Ossetian leader, in Moscow')),
    ]);
    expect(results.map((result) => path.basename(result.target!))).toEqual([
      'putin-meets-south-ossetian-leader-in-moscow.md',
      'putin-meets-south-ossetian-leader-in-moscow-2.md',
      'putin-meets-south-ossetian-leader-in-moscow-3.md',
    ]);
    // Re-importing the second finds its own file, not a fourth slug.
    const [again] = await workspace.run([workspace.input('b.txt', clipping('Putin meets South Ossetian leader in Moscow!'))]);
    expect(again!.status).toBe('unchanged');
    expect(path.basename(again!.target!)).toBe('putin-meets-south-ossetian-leader-in-moscow-2.md');
  });

  it('never takes a URL that an archived article keeps as an alias', async () => {
    const renamed = readFileSync(path.resolve('tests/fixtures/clippings/seed-civil-georgia.expected.md'), 'utf8')
      .replace('slug: putin-meets-south-ossetian-leader-in-moscow', 'slug: putin-and-bibilov-meet')
      .replace('aliases: []', 'aliases:\n  - 2017/11/15/putin-meets-south-ossetian-leader-in-moscow/');
    mkdirSync(path.join(workspace.articlesDir, '2017/11/15'), { recursive: true });
    writeFileSync(path.join(workspace.articlesDir, '2017/11/15/putin-and-bibilov-meet.md'), renamed);
    const [result] = await workspace.run([workspace.input('b.txt', clipping('Putin meets South Ossetian leader in Moscow!', 'Other text.'))]);
    expect(result!.status).toBe('imported');
    expect(path.basename(result!.target!)).toBe('putin-meets-south-ossetian-leader-in-moscow-2.md');
  });

  // An archivist gave the article another slug and kept the old URL as an alias, or an older slug
  // rule made it: a re-import finds the article by its paper and title on its day, not by the slug
  // its title gives today, and its permalink stays.
  it('finds an archived article under another slug on re-import and --update, and keeps that slug', async () => {
    await workspace.run([workspace.input('civil.txt', CIVIL)]);
    const renamed = 'articles/2017/11/15/putin-and-bibilov-meet.md';
    const renamedOriginal = 'originals/2017/11/15/putin-and-bibilov-meet.txt';
    const text = readFileSync(path.join(workspace.contentDir, CIVIL_ARTICLE), 'utf8')
      .replace('slug: putin-meets-south-ossetian-leader-in-moscow', 'slug: putin-and-bibilov-meet')
      .replace('aliases: []', 'aliases:\n  - 2017/11/15/putin-meets-south-ossetian-leader-in-moscow/');
    writeFileSync(path.join(workspace.contentDir, renamed), text);
    rmSync(path.join(workspace.contentDir, CIVIL_ARTICLE));
    renameSync(path.join(workspace.contentDir, CIVIL_ORIGINAL), path.join(workspace.contentDir, renamedOriginal));

    const [again] = await workspace.run([workspace.input('civil.txt', CIVIL)]);
    expect(again!.status).toBe('unchanged');
    expect(again!.target).toBe(path.join(workspace.contentDir, renamed));
    const corrected = workspace.input('civil-corrected.txt', CIVIL_TEXT.replace('about a hundred agreements', 'about 100 agreements'));
    const [refused] = await workspace.run([corrected]);
    expect(refused!.error!.reason).toMatch(/putin-and-bibilov-meet\.md already holds another version of this article/);
    const [updated] = await workspace.run([corrected], { update: true });
    expect(updated!.status).toBe('updated');
    const { data, body } = parseArticleFile(readFileSync(path.join(workspace.contentDir, renamed), 'utf8'));
    expect(body).toContain('about 100 agreements');
    expect(data).toMatchObject({ slug: 'putin-and-bibilov-meet', aliases: ['2017/11/15/putin-meets-south-ossetian-leader-in-moscow/'] });
    expect(workspace.files()).toEqual([renamed, 'originals/2017/11/15/putin-and-bibilov-meet.1018849daeb3.txt', renamedOriginal]);
  });

  // An older importer took `ß` for a word break (`beschlie-t`); the article it filed keeps that slug.
  it('finds an article filed under the slug of the rule before ß was spelled ss, and keeps it', async () => {
    const title = 'Parlament beschließt Wahlrecht';
    const [first] = await workspace.run([workspace.input('de.txt', clipping(title))]);
    expect(first!.article!.slug).toBe('parlament-beschliesst-wahlrecht');
    const day = '2017/11/15';
    const [before, beforeOriginal] = [`articles/${day}/parlament-beschlie-t-wahlrecht.md`, `originals/${day}/parlament-beschlie-t-wahlrecht.txt`];
    writeFileSync(path.join(workspace.contentDir, before), readFileSync(first!.target!, 'utf8').replace('slug: parlament-beschliesst-wahlrecht', 'slug: parlament-beschlie-t-wahlrecht'));
    rmSync(first!.target!);
    renameSync(path.join(workspace.contentDir, `originals/${day}/parlament-beschliesst-wahlrecht.txt`), path.join(workspace.contentDir, beforeOriginal));

    const [again] = await workspace.run([workspace.input('de.txt', clipping(title))]);
    expect([again!.status, again!.target]).toEqual(['unchanged', path.join(workspace.contentDir, before)]);
    const [updated] = await workspace.run([workspace.input('de-2.txt', clipping(title, 'Corrected text.'))], { update: true });
    expect([updated!.status, updated!.article!.slug]).toEqual(['updated', 'parlament-beschlie-t-wahlrecht']);
    expect(workspace.files().filter((file) => file.startsWith('articles/'))).toEqual([before]);
  });

  // The day's folder is read once a run; what the run files there later must be found in it too.
  describe('an article filed earlier in the same run under another slug', () => {
    const renamedSlug = 'putin-and-bibilov-meet';
    // Another article of that day first, so that the day's folder is read before the others are filed.
    const inputs = () => [
      workspace.input('1-other.txt', clipping('Another story of the day')),
      workspace.input(`2-${renamedSlug}.md`, readFileSync(path.resolve('tests/fixtures/clippings/seed-civil-georgia.expected.md'), 'utf8').replace('slug: putin-meets-south-ossetian-leader-in-moscow', `slug: ${renamedSlug}`)),
      workspace.input('3-civil.txt', CIVIL),
    ];

    it('is where a clipping of that article goes', async () => {
      workspace.input('004_c563c99bc929bd38.txt', CIVIL);
      const results = await workspace.run(inputs());
      expect(results.map((result) => [result.status, path.basename(result.target!)])).toEqual([
        ['imported', 'another-story-of-the-day.md'],
        ['imported', `${renamedSlug}.md`],
        ['unchanged', `${renamedSlug}.md`],
      ]);
    });

    it('is not, when writing it failed', async () => {
      workspace.input('004_c563c99bc929bd38.txt', CIVIL);
      let batches = 0;
      // One article a batch; the second batch, the Markdown article's, cannot be written.
      const beforeWrite = async () => {
        batches += 1;
        if (batches === 2) throw new Error('disk full');
      };
      const results = await workspace.run(inputs(), { batchLimits: { articles: 1, waitMs: 0 }, beforeWrite });
      expect(results.map((result) => [result.status, result.target ? path.basename(result.target) : result.error!.reason])).toEqual([
        ['imported', 'another-story-of-the-day.md'],
        ['failed', expect.stringMatching(/could not write .*putin-and-bibilov-meet\.md \(disk full\)/)],
        ['imported', 'putin-meets-south-ossetian-leader-in-moscow.md'],
      ]);
    });
  });

  it('keeps two colliding articles apart in a dry run too, and writes nothing', async () => {
    const results = await workspace.run([workspace.input('a.txt', clipping('Same Title', 'One.')), workspace.input('b.txt', clipping('Same title', 'Two.'))], { dryRun: true });
    expect(results.map((result) => [result.status, path.basename(result.target!)])).toEqual([
      ['imported', 'same-title.md'],
      ['imported', 'same-title-2.md'],
    ]);
    expect(workspace.files()).toEqual([]);
  });

  it('never lets a title lead outside content/', async () => {
    const [result] = await workspace.run([workspace.input('evil.txt', clipping('../../../../etc/passwd'))]);
    expect(result!.article!.slug).toBe('etc-passwd');
    expect(workspace.files()).toEqual(['articles/2017/11/15/etc-passwd.md', 'originals/2017/11/15/etc-passwd.txt']);
  });

  it('gives a title without Latin letters a transliterated slug, and one with nothing to transliterate the source and clipping hash', async () => {
    const [result] = await workspace.run([workspace.input('ka.txt', clipping('პუტინი მოსკოვში'))]);
    expect(result!.article!.slug).toBe('putini-moskovshi');
    expect(result!.article!.title).toBe('პუტინი მოსკოვში');
    const [symbols] = await workspace.run([workspace.input('symbols.txt', clipping('★ ★ ★'))]);
    expect(symbols!.article!.slug).toMatch(/^civil-georgia-[0-9a-f]{8}$/);
  });
});
