import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { RunOptions } from '../../src/importer/run-import.ts';
import { sourceSchema } from '../../src/lib/source-schema.ts';
import { expectedFacts, printedFacts } from '../helpers/printed-facts.ts';
import { SAVED_PAGE_OPTIONS } from '../helpers/saved-page-options.ts';
import { SAVED_VARIANTS } from '../helpers/saved-page-variants.ts';
import { useWorkspace, type Workspace } from './importer-harness.ts';
import { useOutletSources } from './outlet-goldens.ts';

// Metamorphic check of the saved-page goldens: another save of the same page (minified or
// pretty-printed, CRLF, a BOM, another charset, in an .mhtml, a .webarchive or a WARC, the DOM
// after its scripts ran, a consent overlay or newsletter box added) must import with the same
// facts. The oracle is each golden's expected file, checked by hand, and the paper's language the
// golden page itself gives; a WARC's capture is checked against what the variant wrote. Nothing
// here states an expected value of its own. Every variant of every golden that it applies to: 836
// cases, 879 imports, about 16 s of CPU (BENCHMARKS.md, "Saved-page variants of the goldens").
// Not here: the .mhtml golden (already a container) and tests/fixtures/web-archives (archived copies).
const GOLDEN_FOLDERS = [path.resolve('tests/fixtures/pages'), path.resolve('tests/fixtures/html')];

/** Goldens whose paper is one of the outlets' fixture papers (importer-saved-cms.test.ts), found by the page's host. */
const OF_OUTLET_PAPERS = new Set(['hetq-og-only']);

const goldens = GOLDEN_FOLDERS.flatMap((folder) =>
  readdirSync(folder)
    .filter((file) => file.endsWith('.expected.md') && existsSync(path.join(folder, file.replace(/\.expected\.md$/u, '.html'))))
    .map((file) => {
      const name = file.replace(/\.expected\.md$/u, '');
      const markdown = readFileSync(path.join(folder, file), 'utf8');
      const { url } = yaml.load(markdown.split('\n---\n')[0]!.replace(/^---\n/u, '')) as { url?: string };
      return { name, page: path.join(folder, `${name}.html`), markdown, url, options: SAVED_PAGE_OPTIONS[name] ?? {} };
    }),
);

/** Where a container says a page without a canonical URL was saved from: a host no paper has. */
const UNKNOWN_ADDRESS = 'https://saved-page.example/';

const cases = (
  await Promise.all(
    goldens.flatMap((golden) =>
      SAVED_VARIANTS.map(async (variant) => {
        const saved = await variant.make({ bytes: readFileSync(golden.page), url: golden.url ?? `${UNKNOWN_ADDRESS}${golden.name}` });
        return saved && { variant: variant.name, golden, saved };
      }),
    ),
  )
).filter((entry) => entry !== undefined);

/** The language of the paper an import filed its article under: a paper the import added, else the archive's. */
function paperLanguage(workspace: Workspace, source: string): string | undefined {
  const file = [path.join(workspace.contentDir, 'sources'), path.resolve('content/sources')].map((folder) => path.join(folder, `${source}.yaml`)).find(existsSync);
  return file && sourceSchema.parse(yaml.load(readFileSync(file, 'utf8'))).language;
}

/** Every fact the saved page gives, with the paper's language: what another save of it must keep. */
async function importedFacts(workspace: Workspace, file: string, options: Partial<RunOptions>) {
  const results = await workspace.run([file], options);
  const imported = results.filter((result) => result.article !== undefined);
  expect(results.filter((result) => result.error !== undefined).map((result) => result.error)).toEqual([]);
  expect(imported).toHaveLength(1);
  const { body, ...article } = imported[0]!.article!;
  return { facts: { ...printedFacts(article, body), url: article.url, language: paperLanguage(workspace, article.source) }, capture: article.capture };
}

const goldenLanguages = new Map<string, string | undefined>();

describe('another save of a golden page imports with the same facts', () => {
  const archive = useWorkspace();
  const withOutletPapers = useWorkspace();
  useOutletSources(withOutletPapers);

  for (const { variant, golden, saved } of cases) it(`${variant}: ${golden.name}`, async () => {
    const workspace = OF_OUTLET_PAPERS.has(golden.name) ? withOutletPapers : archive;
    if (!goldenLanguages.has(golden.name)) {
      const { facts } = await importedFacts(workspace, golden.page, golden.options);
      goldenLanguages.set(golden.name, facts.language);
      rmSync(workspace.contentDir, { recursive: true, force: true });
    }
    const file = workspace.input(saved.file.replace(/^page/u, golden.name), saved.bytes);
    const { facts, capture } = await importedFacts(workspace, file, golden.options);
    // A page that names no address has the one its container records.
    expect(facts).toEqual({ ...expectedFacts(golden.markdown), url: golden.url ?? saved.address, language: goldenLanguages.get(golden.name) });
    if (saved.capture) {
      expect(capture).toMatchObject({ url: saved.capture.url, recordId: saved.capture.recordId });
      expect(new Date(capture!.date).toISOString()).toBe(new Date(saved.capture.date).toISOString());
    } else expect(capture).toBeUndefined();
  });
});
