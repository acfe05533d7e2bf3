import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeDigest } from '../../src/lib/code-digest.ts';
import { findProjectRoot, projectRoot } from '../../src/lib/project-root.ts';

/** The digest of our own code files that invalidates a cache (src/lib/code-digest.ts), from the project's root wherever it runs. */

const SUGGESTION_WORDS = 'src/search/suggestion-words.ts';
/** A tsx process takes seconds to start on a busy machine. */
const CHILD_TIMEOUT_MS = 60_000;

let elsewhere: string;
beforeAll(async () => {
  elsewhere = await mkdtemp(path.join(os.tmpdir(), 'dateline-code-digest-'));
});
afterAll(async () => {
  await rm(elsewhere, { recursive: true, force: true });
});

/** Runs `script` (an ES module) with tsx in a working directory outside the project, and returns what it prints. */
async function runElsewhere(script: string, env: Record<string, string> = {}): Promise<string> {
  const tsx = path.join(projectRoot, 'node_modules', '.bin', 'tsx');
  await writeFile(path.join(elsewhere, 'script.mts'), script);
  const { stdout } = await promisify(execFile)(tsx, ['script.mts'], { cwd: elsewhere, env: { ...process.env, ...env } });
  return stdout.trim();
}

describe('the project root', () => {
  it('is the folder holding astro.config.mjs, found from a module inside it at any depth', async () => {
    expect(await readFile(path.join(projectRoot, 'package.json'), 'utf8')).toContain('"name": "dateline"');
    // Where Astro's build runs a bundled module from (src/lib/project-root.ts).
    const chunks = path.join(projectRoot, 'node_modules', '.astro', '.prerender', 'chunks');
    expect(findProjectRoot(chunks)).toBe(projectRoot);
    expect(() => findProjectRoot(elsewhere)).toThrow(/no astro\.config\.mjs in .* or any folder above it/);
  });
});

describe('the digest of our own code files', () => {
  it("covers each named file's name and bytes, in the order named", async () => {
    const expected = createHash('sha256').update(`${SUGGESTION_WORDS}\0`).update(await readFile(path.join(projectRoot, SUGGESTION_WORDS))).digest('hex');
    expect(codeDigest([SUGGESTION_WORDS])).toBe(expected);
    expect(codeDigest(['src/lib/slug.ts', SUGGESTION_WORDS])).not.toBe(codeDigest([SUGGESTION_WORDS, 'src/lib/slug.ts']));
  });

  it('is the same from any working directory', { timeout: CHILD_TIMEOUT_MS }, async () => {
    const module = path.join(projectRoot, 'src/lib/code-digest.ts');
    const printed = await runElsewhere(`import { codeDigest } from ${JSON.stringify(module)}; console.log(codeDigest([${JSON.stringify(SUGGESTION_WORDS)}]));`);
    expect(printed).toBe(codeDigest([SUGGESTION_WORDS]));
  });

  it('lets the word counts be kept by a build run from another working directory', { timeout: CHILD_TIMEOUT_MS }, async () => {
    const cache = path.join(elsewhere, 'cache');
    await mkdir(cache);
    const module = path.join(projectRoot, 'src/search/word-counts-record.ts');
    const words = path.join(projectRoot, 'src/search/suggestion-words.ts');
    const script = `import { articleWordCounts } from ${JSON.stringify(module)};
      import { countWords, noWordCounts } from ${JSON.stringify(words)};
      const counts = await articleWordCounts([{ id: 'a', digest: 'd' }], async () => { const counts = noWordCounts(); countWords(counts, 'Talks in Moscow went on.'); return counts; });
      console.log(JSON.stringify([...counts.spellings]));`;
    const printed = await runElsewhere(script, { DATELINE_CACHE_DIR: cache });
    expect(JSON.parse(printed)).toEqual(expect.arrayContaining([['Moscow', 1]]));
  });
});
