import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentChangedError } from '../../src/lib/content-files.ts';
import { CHECKED_BY_INDEX_STEP, contentConsistency } from '../../src/publish/content-consistency.ts';

/**
 * The check Astro's build makes when its pages are done (src/publish/content-consistency.ts): an
 * `astro build` of its own fails when content/ changed since it started; under `npm run build`
 * it leaves the comparison to the index step, which makes the same one later.
 */

let root: string;
const saved = { ...process.env };
const ARTICLE = 'articles/2019/03/08/a.md';

/** The integration's two hooks, as Astro calls them in a build. */
function build() {
  const hooks = contentConsistency().hooks as Record<string, (options: object) => void>;
  hooks['astro:config:setup']!({ command: 'build' });
  return { pagesDone: () => hooks['astro:build:done']!({}) };
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-consistency-'));
  process.env.DATELINE_CONTENT_DIR = path.join(root, 'content');
  process.env.DATELINE_CACHE_DIR = path.join(root, 'cache');
  delete process.env[CHECKED_BY_INDEX_STEP];
  await mkdir(path.dirname(path.join(root, 'content', ARTICLE)), { recursive: true });
  await writeFile(path.join(root, 'content', ARTICLE), 'title: A\n');
});
afterEach(async () => {
  process.env = { ...saved };
  await rm(root, { recursive: true, force: true });
});

describe('the content check when Astro\u2019s pages are done', () => {
  it('passes when content/ is as the build found it', () => {
    expect(() => build().pagesDone()).not.toThrow();
  });

  it('fails an `astro build` of its own when an article changed under it', async () => {
    const running = build();
    await appendFile(path.join(root, 'content', ARTICLE), 'A paragraph an import added.\n');
    expect(() => running.pagesDone()).toThrow(ContentChangedError);
  });

  it('leaves the comparison to the index step under `npm run build`', async () => {
    process.env[CHECKED_BY_INDEX_STEP] = '1';
    const running = build();
    await appendFile(path.join(root, 'content', ARTICLE), 'A paragraph an import added.\n');
    expect(() => running.pagesDone()).not.toThrow();
  });
});
