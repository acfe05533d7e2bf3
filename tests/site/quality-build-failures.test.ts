import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { buildVariant, projectRoot } from '../helpers/build.ts';
import { readPage } from '../helpers/html-files.ts';

/**
 * A content folder made of tests/fixtures/broken/base (a source and an empty gazetteer) with one
 * case folder laid over it, so each build has exactly one thing wrong.
 */
const made: string[] = [];

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

async function contentWith(caseName?: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `dateline-${caseName ?? 'empty'}-`));
  made.push(dir);
  await cp(path.join(projectRoot, 'tests/fixtures/broken/base'), dir, { recursive: true });
  if (caseName) await cp(path.join(projectRoot, 'tests/fixtures/broken', caseName), dir, { recursive: true });
  await mkdir(path.join(dir, 'articles'), { recursive: true });
  return dir;
}

/** buildVariant into a folder of the project that is removed after the tests. */
function buildInto(outDir: string, contentDir: string) {
  made.push(path.join(projectRoot, outDir));
  return buildVariant({ outDir, contentDir });
}

const article = (name: string) => `articles/2017/11/15/${name}.md`;

/** [case folder, file the message must name, field (YAML syntax errors give line and column instead), what is wrong] */
const CASES: [string, string, string | null, RegExp][] = [
  ['bad-date', article('bad-date'), 'published', /not a real calendar date/],
  ['bad-offset', article('bad-offset'), 'published', /impossible UTC offset \+99:99/],
  ['unquoted-date', article('unquoted-date'), 'published', /must be a quoted string in YAML/],
  ['unknown-source', article('unknown-source'), 'source', /"no-such-paper" is not a source/],
  ['missing-title', article('missing-title'), 'title', /Required/],
  ['long-title', article('long-title'), 'title', /at most 1,000 characters/],
  ['bidi-override-in-title', article('bidi-override-in-title'), 'title', /must not contain bidirectional control characters/],
  ['yaml-tag', article('yaml-tag'), null, /unknown tag .*js\/function/],
  ['nul-in-frontmatter', article('nul-in-frontmatter'), null, /null byte is not allowed/],
  ['unsafe-homepage', 'sources/unsafe-paper.yaml', 'homepage', /must be an http:\/\/ or https:\/\/ URL/],
];

describe('a broken archive fails `npm run build` with a message a person can act on', () => {
  it.each(CASES)('%s: names the file, the field and what is wrong, before any stack trace', async (name, file, field, problem) => {
    const contentDir = await contentWith(name);
    const build = await buildInto(`dist-quality-broken-${name}`, contentDir);
    expect(build.exitCode).not.toBe(0);
    // Colours are on in CI; the words are what a reader acts on.
    const output = stripVTControlCharacters(`${build.stdout}\n${build.stderr}`);
    // What a reader sees first: everything up to Astro's stack trace.
    const message = output.split(/\n\s*(Stack trace:|at )/)[0]!;
    expect(message).toContain(path.join(contentDir, file));
    expect(message).toMatch(problem);
    if (field) expect(message).toMatch(new RegExp(`\\b${field}\\b.*${problem.source}`));
    else expect(message).toMatch(new RegExp(`${file.replaceAll('.', '\\.')}:\\d+:\\d+`));
  });
});

it('fails a build where two articles would share one URL, naming both files', async () => {
  // Two hand-written files for one day with the same slug: Astro only warned, and one article vanished.
  const contentDir = await contentWith('permalink-collision');
  const build = await buildInto('dist-quality-broken-permalink-collision', contentDir);
  expect(build.exitCode).not.toBe(0);
  const message = stripVTControlCharacters(`${build.stdout}\n${build.stderr}`).split(/\n\s*(Stack trace:|at )/)[0]!;
  expect(message).toContain(
    `Two pages would have the URL /2017/11/15/same-story/: it is the permalink of ${path.join(contentDir, article('first'))} and the permalink of ${path.join(contentDir, article('second'))}`,
  );
});

it('builds an archive with no articles, and its home page says how to import one', async () => {
  const build = await buildInto('dist-quality-empty', await contentWith());
  expect(build.exitCode, build.stdout + build.stderr).toBe(0);
  const home = await readPage(build.outDir, 'index.html');
  expect(home.document.body.textContent).toMatch(/npm run import/);
});
