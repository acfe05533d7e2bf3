import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildVariant, type BuildResult } from '../helpers/build.ts';
import { listHtmlFiles, readAllPages, type BuiltPage } from '../helpers/html-files.ts';
import { nuErrors } from '../helpers/nu-checker.ts';
import { activeContent, brokenLinks, cspProblems, externalLinksWithoutRel, jsonLdProblems, type SiteAddress } from '../helpers/page-checks.ts';

/**
 * Hand-edited articles full of markup that would run script (tests/fixtures/hostile/content),
 * built under a base path. The Markdown pipeline and the page templates must turn all of it into
 * visible, inert text: the words stay, nothing runs.
 */
const BASE = '/archive/';
const site: SiteAddress = { origin: 'http://localhost:4321', base: BASE };
let build: BuildResult;
let pages: BuiltPage[];

function article(slugPath: string): BuiltPage {
  const page = pages.find((candidate) => candidate.file === `${slugPath}/index.html`);
  if (!page) throw new Error(`no page built for ${slugPath}: ${pages.map((p) => p.file).join(', ')}`);
  return page;
}
/** The text a reader sees in the article's main content. */
const mainText = (page: BuiltPage) => (page.document.querySelector('main') ?? page.document.body).textContent ?? '';

beforeAll(async () => {
  build = await buildVariant({
    outDir: 'dist-quality-hostile',
    contentDir: 'tests/fixtures/hostile/content',
    env: { BASE_PATH: BASE, SITE_URL: site.origin },
  });
  if (build.exitCode !== 0) throw new Error(`hostile build failed:\n${build.stdout}\n${build.stderr}`);
  pages = await readAllPages(build.outDir);
});

describe('a build of hostile articles', () => {
  it('has no script-capable markup on any page: on* attributes, script URLs, frames, plugins, <base>', () => {
    expect(pages.flatMap((page) => activeContent(page, site))).toEqual([]);
  });

  it('carries no article text inside a <script>, <style> or style attribute, JSON data blocks aside', () => {
    const leaks = pages.flatMap((page) =>
      [...page.document.querySelectorAll('script:not([type$="json"]), style, [style]')]
        .filter((element) => /HOSTILE/.test(element.textContent + (element.getAttribute('style') ?? '')))
        .map((element) => `${page.file}: ${element.outerHTML.slice(0, 120)}`),
    );
    expect(leaks).toEqual([]);
  });

  it('passes the static CSP checks: hashed inline scripts only, and no style attributes from code highlighting', () => {
    expect(pages.flatMap(cspProblems)).toEqual([]);
  });

  it('keeps hostile text inside the strings of JSON-LD and JSON data blocks, which still parse', () => {
    expect(pages.flatMap(jsonLdProblems)).toEqual([]);
    const unparsable = pages.flatMap((page) =>
      [...page.document.querySelectorAll('script[type="application/json"]')].flatMap((script) => {
        try {
          JSON.parse(script.textContent ?? '');
          return [];
        } catch {
          return [`${page.file}: ${script.outerHTML.slice(0, 120)}`];
        }
      }),
    );
    expect(unparsable).toEqual([]);
  });

  it('still resolves every internal link under the base path, and external links carry rel', () => {
    expect(brokenLinks(build.outDir, pages, site)).toEqual([]);
    expect(pages.flatMap((page) => externalLinksWithoutRel(page, site))).toEqual([]);
  });

  it('is valid HTML', async () => {
    expect(await nuErrors(build.outDir, await listHtmlFiles(build.outDir))).toEqual([]);
  });

  it('ships no NUL byte in any page', async () => {
    const withNul: string[] = [];
    for (const file of await listHtmlFiles(build.outDir)) {
      if ((await readFile(path.join(build.outDir, file), 'utf8')).includes('\u0000')) withNul.push(file);
    }
    expect(withNul).toEqual([]);
  });
});

describe('fidelity: the hostile words stay on the page as text', () => {
  it('shows raw HTML in the body as the characters it was written with', () => {
    const page = article('2017/11/15/raw-html-in-the-body');
    const text = mainText(page);
    expect(text).toContain("<script>alert('HOSTILE-script')</script>");
    expect(text).toContain(`Inline <img src="x" onerror="alert('HOSTILE-img')"> image`);
    expect(text).toContain('<!-- HOSTILE-comment: words a reader would never see -->');
    expect(text).toContain("<script>alert('HOSTILE-indented-code')</script>");
    expect(text).toContain("<script>alert('HOSTILE-fenced-code')</script>");
    // A code block is plain preformatted text: no highlighter markup, no inline styles.
    expect(page.document.querySelectorAll('main pre code span').length).toBe(0);
    expect(text).toContain('A paragraph after the raw HTML.');
  });

  it('shows a table\'s cells and caption as the characters they were written with, a `\\|` inside its cell', () => {
    const table = article('2017/11/15/raw-html-in-the-body').document.querySelector('main table')!;
    expect(table.querySelector('caption')?.textContent).toBe(`A caption with <b onclick="alert('HOSTILE-caption')">markup</b>`);
    expect([...table.querySelectorAll('tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))).toEqual([
      ["Party <script>alert('HOSTILE-table-head')</script>", 'Votes'],
      ['<img src=x onerror=alert(\'HOSTILE-table-cell\')>', '53|9'],
      ['a javascript link', '12'],
    ]);
  });

  it('shows a title with markup in it as text, in the heading and the document title', () => {
    const page = article('2017/11/15/raw-html-in-the-body');
    const title = "Raw HTML </script><script>alert('HOSTILE-title')</script> <!-- in the body";
    expect(page.document.querySelector('h1')?.textContent?.trim()).toBe(title);
    expect(page.document.title).toContain(title);
  });

  it('keeps the words of links with script URLs and drops the URLs', () => {
    const page = article('2017/11/16/markdown-links-with-script-urls');
    const text = mainText(page);
    for (const words of ['javascript link', 'upper-case one', 'entity-encoded one', 'data link', 'vbscript link', 'a scripted image']) {
      expect(text).toContain(words);
    }
    const hrefs = [...page.document.querySelectorAll('main a[href]')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(expect.arrayContaining(['https://civil.ge/archives/1', '../../15/raw-html-in-the-body/']));
    expect(hrefs.filter((href) => /HOSTILE/.test(href ?? ''))).toEqual([]);
  });

  it('renders frontmatter-looking lines in the body as body text, never as the article’s fields', () => {
    const page = article('2017/11/17/frontmatter-injection');
    expect(page.document.querySelector('h1')?.textContent?.trim()).toBe('Frontmatter injection and YAML anchors');
    expect(mainText(page)).toContain('Injected title HOSTILE-frontmatter');
    expect(mainText(page)).toContain('The body ends here.');
    expect(page.document.title).not.toContain('Injected');
  });
});

describe('bidirectional text', () => {
  it('keeps right-to-left controls of a body paragraph inside that paragraph, and never elsewhere', () => {
    const page = article('2017/11/18/bidi-and-nul');
    const withControls = [...page.document.querySelectorAll('main p')].filter((p) => /[\u202A-\u202E\u2066-\u2069]/.test(p.textContent ?? ''));
    expect(withControls.map((p) => p.textContent?.replace(/\s*¶$/, ''))).toEqual(['A right-to-left override \u202Ereversed words\u202C in the body.']);
  });
});
