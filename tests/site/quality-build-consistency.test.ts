import { execFile, spawn } from 'node:child_process';
import { appendFile, cp, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { childEnv, projectRoot } from '../helpers/build.ts';

/**
 * A build sees one state of content/: an import that writes while a build runs must not leave a
 * site whose pages mix the old and the new content behind a success. Each build here runs on a
 * copy of the seed archive, and the test changes the copy while Astro is generating pages (it
 * says "generating static routes" when it starts).
 */
const ARTICLE = 'articles/2019/03/08/georgia-denounces-putins-meeting-with-the-de-facto-leader-of-s-ossetia.md';
const made: string[] = [];

async function tempDir(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `dateline-${name}-`));
  made.push(dir);
  return dir;
}

interface Variant {
  contentDir: string;
  env: NodeJS.ProcessEnv;
}

async function variant(name: string): Promise<Variant> {
  const contentDir = await tempDir(`${name}-content`);
  await cp(path.join(projectRoot, 'content'), contentDir, { recursive: true });
  const outDir = path.join(projectRoot, `dist-quality-${name}`);
  const env = { ...childEnv(), DATELINE_CONTENT_DIR: contentDir, DATELINE_OUT_DIR: outDir, DATELINE_CACHE_DIR: await tempDir(`${name}-cache`) };
  return { contentDir, env };
}

/** `npm run build`, with `duringPages` run as soon as Astro starts generating pages. */
function buildWhile({ env }: Variant, duringPages: () => Promise<void>): Promise<{ exitCode: number | null; output: string; acted: boolean }> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', 'build'], { cwd: projectRoot, env });
    let output = '';
    let acting: Promise<void> | undefined;
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (!acting && output.includes('generating static routes')) acting = duringPages();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('error', reject);
    child.on('close', async (exitCode) => {
      await acting;
      resolve({ exitCode, output: stripVTControlCharacters(output), acted: acting !== undefined });
    });
  });
}

afterAll(async () => {
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('content/ changing under a build', () => {
  it('fails the build, naming what changed, when an article is rewritten while pages are generated', async () => {
    const site = await variant('consistency-changed');
    const build = await buildWhile(site, () => appendFile(path.join(site.contentDir, ARTICLE), '\nA paragraph an import added.\n'));
    expect(build.acted).toBe(true);
    expect(build.exitCode, build.output).not.toBe(0);
    // What a reader sees first: everything up to Astro's stack trace.
    const message = build.output.split(/\n\s*(Stack trace:|at )/)[0]!;
    expect(message).toContain(`${site.contentDir} changed during the build: 1 file(s), e.g. ${ARTICLE} (changed).`);
    expect(message).toContain('Run the build again');
  });

  describe('an unchanged build', () => {
    let site: Variant;

    it('passes, though importer temporary files appear and vanish beside the articles while it runs', async () => {
      site = await variant('consistency-unchanged');
      const temp = path.join(site.contentDir, `${path.dirname(ARTICLE)}/.${path.basename(ARTICLE)}.1b4e28ba-2fa1-11d2-883f-0016d3cca427.tmp`);
      const build = await buildWhile(site, async () => {
        await writeFile(temp, 'half an article');
        await writeFile(path.join(site.contentDir, 'originals/.note.txt.tmp-42'), 'half an original');
        await unlink(temp);
      });
      expect(build.acted).toBe(true);
      expect(build.exitCode, build.output).toBe(0);
    });

    it('then fails at the index step if content/ changes after the pages were written', async () => {
      await appendFile(path.join(site.contentDir, ARTICLE), '\nA late paragraph.\n');
      const indexStep = await promisify(execFile)('npx', ['tsx', 'src/search/build-index.ts'], { cwd: projectRoot, env: site.env }).then(
        () => ({ code: 0, stderr: '' }),
        (failure: { code: number; stderr: string }) => failure,
      );
      expect(indexStep.code).not.toBe(0);
      expect(stripVTControlCharacters(indexStep.stderr)).toContain(`${site.contentDir} changed during the build: 1 file(s), e.g. ${ARTICLE} (changed).`);
    });
  });
});
