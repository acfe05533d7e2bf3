import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RunOptions } from '../../src/importer/run-import.ts';
import { useWorkspace } from './importer-harness.ts';

// Golden files: each input, imported as an archivist would, must give exactly the Markdown beside
// it. The expected files were written by hand from the clippings (hashes by sha256sum), not copied
// from the importer's output; the two seed articles were checked line by line against the seeds.
const FIXTURES = path.resolve('tests/fixtures');

const cases: [input: string, expected: string, options: Partial<RunOptions>][] = [
  ['seeds/004_c563c99bc929bd38.txt', 'clippings/seed-civil-georgia.expected.md', {}],
  ['seeds/000_62f9dd80dc8d7e61.txt', 'clippings/seed-messenger-2019.expected.md', { year: 2019 }],
  ['clippings/messenger-full-date.txt', 'clippings/messenger-full-date.expected.md', {}],
  ['clippings/civil-georgia-bom-crlf.txt', 'clippings/civil-georgia-bom-crlf.expected.md', {}],
  ['clippings/generic-two-authors.txt', 'clippings/generic-two-authors.expected.md', { sourceId: 'civil-georgia' }],
  ['clippings/windows-1252.txt', 'clippings/windows-1252.expected.md', {}],
  ['html/civil-georgia-putin-bibilov.html', 'html/civil-georgia-putin-bibilov.expected.md', {}],
];

describe('golden clippings', () => {
  const workspace = useWorkspace();
  it.each(cases)('%s -> %s', async (input, expected, options) => {
    const [result] = await workspace.run([path.join(FIXTURES, input)], options);
    expect(result!.error).toBeUndefined();
    expect(result!.status).toBe('imported');
    expect(readFileSync(result!.target!, 'utf8')).toBe(readFileSync(path.join(FIXTURES, expected), 'utf8'));
  });
});
