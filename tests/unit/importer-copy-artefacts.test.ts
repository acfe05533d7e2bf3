import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTLET_GOLDENS, useOutletSources } from './outlet-goldens.ts';
import { useWorkspace } from './importer-harness.ts';

// A clipping is text as a browser or an editor saved it: the same words may come with other line
// ends, blanks, blank lines, invisible characters or Unicode form. Each golden outlet clipping,
// changed only in those, must give the same article: every fact, and the body with its whitespace
// aside (the body keeps the copy's blanks inside a line, and that is the clipping's text).
const ARTEFACTS: Record<string, (text: string) => string> = {
  'Windows line ends and trailing blanks': (text) => text.replace(/\n/g, ' \t\r\n'),
  'old Mac line ends': (text) => text.replace(/\n/g, '\r'),
  'blank lines before and after, and doubled': (text) => `\n\n${text.replace(/\n\n/g, '\n\n\n')}\n\n`,
  'paragraphs on single lines': (text) => text.replace(/\n\s*\n/g, '\n'),
  'indented lines': (text) => text.replace(/\n(?=\S)/g, '\n\t  '),
  'blank lines holding a no-break space or a zero-width space': (text) => text.replace(/\n\n/g, (_, i: number) => (i % 2 ? '\n\u00a0\n' : '\n\u200b\n')),
  'decomposed (NFD)': (text) => text.normalize('NFD'),
};

const spacing = (text: string) => text.replace(/\s+/gu, ' ').trim();

describe('copy artefacts change nothing that is read', () => {
  const workspace = useWorkspace();
  useOutletSources(workspace);

  it.each(OUTLET_GOLDENS)('%s', async (name, options) => {
    const text = readFileSync(path.resolve('tests/fixtures/clippings', `${name}.txt`), 'utf8');
    const read = async (file: string, input: string) => {
      const [result] = await workspace.run([workspace.input(file, input)], { ...options, dryRun: true });
      expect(result!.error, file).toBeUndefined();
      const article = result!.article!;
      // The original is the copy's own bytes, so its hash differs; its identity text may too (leading blank lines).
      return { facts: { ...article, original: undefined, body: undefined }, body: spacing(article.body) };
    };
    const expected = await read(`${name}.txt`, text);
    for (const [artefact, change] of Object.entries(ARTEFACTS)) {
      expect(await read(`${name} (${artefact}).txt`, change(text)), artefact).toEqual(expected);
    }
  });
});
