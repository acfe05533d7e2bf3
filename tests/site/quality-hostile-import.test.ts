import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildVariant, projectRoot } from '../helpers/build.ts';
import { readAllPages, type BuiltPage } from '../helpers/html-files.ts';
import { activeContent, siteAddress } from '../helpers/page-checks.ts';

/**
 * Hostile clippings through the real importer and the real build: each one either becomes an
 * article whose every word shows as text, or is refused with a message that says what to fix.
 */
const run = promisify(execFile);
const CLIPPINGS = path.join(projectRoot, 'tests/fixtures/hostile/clippings');

interface ImportLine {
  file: string;
  status: string;
  article?: { title: string };
  error?: { reason: string; fix?: string };
}

let contentDir: string;
let results: Map<string, ImportLine>;
let pages: BuiltPage[];

beforeAll(async () => {
  contentDir = await mkdtemp(path.join(os.tmpdir(), 'dateline-hostile-import-'));
  // The archive's own papers and gazetteer, so the clippings are recognised as they would be.
  for (const part of ['sources', 'gazetteer']) {
    await cp(path.join(projectRoot, 'content', part), path.join(contentDir, part), { recursive: true });
  }
  const files = (await readdir(CLIPPINGS)).map((name) => path.join(CLIPPINGS, name));
  const output = await run('npm', ['run', '--silent', 'import', '--', '--out', path.join(contentDir, 'articles'), '--json', ...files], {
    cwd: projectRoot,
  }).catch((failure: { stdout: string }) => failure);
  results = new Map(
    output.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as ImportLine)
      .map((line) => [path.basename(line.file), line]),
  );
  const build = await buildVariant({ outDir: 'dist-quality-hostile-import', contentDir });
  if (build.exitCode !== 0) throw new Error(`build of the imported clippings failed:\n${build.stdout}\n${build.stderr}`);
  pages = await readAllPages(build.outDir);
});

afterAll(async () => {
  if (contentDir) await rm(contentDir, { recursive: true, force: true });
});

function pageTitled(title: string): BuiltPage {
  const page = pages.find((candidate) => candidate.kind === 'article' && candidate.document.querySelector('h1')?.textContent?.trim() === title);
  if (!page) throw new Error(`no article page with the title ${JSON.stringify(title)}`);
  return page;
}
const mainText = (page: BuiltPage) => page.document.querySelector('main')?.textContent ?? '';

describe('the importer', () => {
  it('reports on every hostile clipping', async () => {
    expect([...results.keys()].sort()).toEqual((await readdir(CLIPPINGS)).sort());
  });

  it.each([
    ['five-thousand-character-title.txt', /title.*1,000 characters/],
    ['nul-byte.txt', /not a text file.*NUL/],
    ['right-to-left-override.txt', /title must not contain bidirectional control characters/],
  ])('refuses %s with a reason and a fix', (file, reason) => {
    const line = results.get(file)!;
    expect(line.status).toBe('failed');
    expect(line.error?.reason).toMatch(reason);
    expect(line.error?.fix).toBeTruthy();
  });

  it.each(['markup-and-script-urls.txt', 'frontmatter-injection.txt', 'right-to-left-override-in-body.txt'])('imports %s', (file) => {
    expect(results.get(file)?.status).toBe('imported');
  });
});

describe('the imported clippings, built', () => {
  it('contain nothing that runs script on any page', () => {
    expect(pages.flatMap((page) => activeContent(page, siteAddress({})))).toEqual([]);
  });

  it('show markup, script URLs and comments as the words the clipping printed', () => {
    const page = pageTitled("Officials <script>alert('HOSTILE-clip-title')</script> meet in Gori");
    const text = mainText(page);
    expect(text).toContain(`carries <script>alert('HOSTILE-clip-script')</script> and <iframe src="javascript:alert('HOSTILE-clip-iframe')"></iframe> inline.`);
    expect(text).toContain("A [markdown link](javascript:alert('HOSTILE-clip-md')) and ![an image](javascript:alert('HOSTILE-clip-img'))");
    expect(text).toContain('<!-- HOSTILE-clip-comment: words a reader would never see -->');
    expect(text).toContain("A caption with <img src=x onerror=alert('HOSTILE-clip-caption')> in it.");
    expect(page.document.querySelectorAll('main a[href*="HOSTILE"], main img, main iframe, main style').length).toBe(0);
  });

  it('keeps a frontmatter block inside a clipping as body text, not as the article’s fields', () => {
    const page = pageTitled('Frontmatter injection in a clipping');
    expect(mainText(page)).toContain('title: Injected title HOSTILE-clip-frontmatter');
    expect(page.file).toMatch(/^2017\/11\/16\//);
  });

  it('keeps right-to-left controls in a body paragraph, where they cannot reach past it', () => {
    const page = pageTitled('Right-to-left controls in a body');
    expect(mainText(page)).toContain('A right-to-left override \u202Ereversed words\u202C in the body, and an isolate \u2067inside\u2069 it.');
  });
});
