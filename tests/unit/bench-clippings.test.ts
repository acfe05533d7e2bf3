import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeClippings } from '../../src/bench/clippings.ts';
import { buildWorld, DEFAULT_SEED, syntheticArticles } from '../../src/bench/corpus.ts';
import { loadContentData } from '../../src/importer/content-data.ts';
import { runImport } from '../../src/importer/run-import.ts';

// The import benchmark measures nothing if its clippings are refused or read wrong: every one must
// import, with the title, paper, date and byline the corpus gave it.
describe('import benchmark clippings', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'bench-clippings-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('import, in every layout and date style, with the facts of the corpus article they print', { timeout: 60_000 }, async () => {
    const count = 80;
    const written = writeClippings(root, { clippings: count, gazetteer: false });
    expect(written.files).toBe(count);
    const data = loadContentData(written.contentDir);
    // Four layouts of five papers each; the papers of one of them have no rules and use the generic layout.
    expect([...data.sources.values()].filter((source) => !source.header)).toHaveLength(5);

    const results = await runImport([written.inputDir], data, { out: path.join(written.contentDir, 'articles'), strict: false, update: false, dryRun: true });
    expect(results.filter((result) => result.status !== 'imported').map((result) => result.error)).toEqual([]);
    const expected = [...syntheticArticles(buildWorld(DEFAULT_SEED), { articles: count })];
    // The paper's local date and time, and the instant (`Z` and `+00:00` are the same offset).
    const when = (published: string) => [published.slice(0, 16), Date.parse(published)];
    expect(results.map(({ article }) => ({ title: article!.title, source: article!.source, when: when(article!.published), authors: article!.authors }))).toEqual(
      expected.map(({ data: article }) => ({ title: article.title, source: article.source, when: when(article.published), authors: article.authors })),
    );
    const folders = readdirSync(written.inputDir);
    expect(folders).toEqual(['0000']);
    expect(readFileSync(path.join(written.inputDir, '0000', '000000.txt'), 'utf8')).toContain(expected[0]!.paragraphs[0]!);
  });

  it("with oneDay, import into the first clipping's day folder, each with its own title and paper", { timeout: 60_000 }, async () => {
    const count = 40;
    const written = writeClippings(root, { clippings: count, gazetteer: false, oneDay: true });
    const data = loadContentData(written.contentDir);
    const results = await runImport([written.inputDir], data, { out: path.join(written.contentDir, 'articles'), strict: false, update: false, dryRun: true });
    expect(results.filter((result) => result.status !== 'imported').map((result) => result.error)).toEqual([]);
    const expected = [...syntheticArticles(buildWorld(DEFAULT_SEED), { articles: count })];
    const firstDay = expected[0]!.data.published.slice(0, 10).replaceAll('-', '/');
    expect(new Set(results.map((result) => path.relative(path.join(written.contentDir, 'articles'), path.dirname(result.target!))))).toEqual(new Set([firstDay]));
    expect(results.map(({ article }) => [article!.title, article!.source])).toEqual(expected.map(({ data: article }) => [article.title, article.source]));
  });
});
