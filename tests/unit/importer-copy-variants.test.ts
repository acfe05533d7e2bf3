import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/lib/source-schema.ts';
import { COPY_VARIANTS } from '../helpers/copy-variants.ts';
import { expectedFacts, printedFacts } from '../helpers/printed-facts.ts';
import { useWorkspace } from './importer-harness.ts';
import { OUTLET_GOLDENS, useOutletSources } from './outlet-goldens.ts';

// Metamorphic check of the outlet goldens: another user's copy of the same page (other line
// separation, line ends, blanks, invisible characters, the whole page selected) must import with
// the same printed facts. The oracle is each golden's expected file, checked by hand; nothing here
// states an expected value of its own. Every variant of every golden that it changes: 3,405 dry-run
// imports, about 19 s of CPU (BENCHMARKS.md, "Copy variants of the outlet goldens").
const CLIPPINGS = path.resolve('tests/fixtures/clippings');
const expected = (name: string) => expectedFacts(readFileSync(path.join(CLIPPINGS, `${name}.expected.md`), 'utf8'));

/** The language of the golden's paper, from its profile (the outlets' fixtures, else content/sources). */
function paperLanguage(name: string): string {
  const { source } = expected(name);
  const file = [path.resolve('tests/fixtures/outlets/sources'), path.resolve('content/sources')].map((folder) => path.join(folder, `${source}.yaml`)).find(existsSync);
  return sourceSchema.parse(yaml.load(readFileSync(file!, 'utf8'))).language;
}

const cases = OUTLET_GOLDENS.flatMap(([name, options]) => {
  const golden = readFileSync(path.join(CLIPPINGS, `${name}.txt`), 'utf8');
  const language = paperLanguage(name);
  return COPY_VARIANTS.flatMap((variant) => {
    const text = variant.change(golden, language);
    return text === undefined ? [] : [{ variant: variant.name, name, options, text }];
  });
});

describe('another copy of a golden page imports with the same printed facts', () => {
  const workspace = useWorkspace();
  useOutletSources(workspace);

  it.each(cases)('$variant: $name', async ({ name, options, text }) => {
    const [result] = await workspace.run([workspace.input(`${name}.txt`, text)], { ...options, dryRun: true });
    expect(result!.error).toBeUndefined();
    const { body, ...article } = result!.article!;
    expect(printedFacts(article, body)).toEqual(expected(name));
  });
});
