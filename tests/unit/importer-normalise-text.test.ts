import { describe, expect, it } from 'vitest';
import { normaliseText } from '../../src/importer/read-input.ts';

// The clipping's identity (original.textSha256) is the hash of this text: it must not depend on
// blanks at line ends or blank lines at the end, and must keep everything else.
describe('normaliseText', () => {
  it.each([
    ['one line', 'A line', 'A line\n'],
    ['trailing spaces, tabs and no-break spaces', 'Title \t\u00a0\nBody  \n', 'Title\nBody\n'],
    ['blank lines at the end', 'Title\n\nBody\n\n \n\t\n', 'Title\n\nBody\n'],
    ['blank lines at the start, kept', '\n\nTitle\n', '\n\nTitle\n'],
    ['blanks inside a line, kept', 'a \t\u00a0 b', 'a \t\u00a0 b\n'],
    ['only blanks', ' \n\t\n', '\n'],
  ])('%s', (_name, text, expected) => {
    expect(normaliseText(text)).toBe(expected);
  });

  // A run of blanks that does not end its line is scanned once, not once from each blank.
  it('keeps a long run of blanks inside a line and drops one at its end', () => {
    const run = '\t'.repeat(90_000);
    expect(normaliseText(`x${run}y${run}\n${' \n'.repeat(90_000)}`)).toBe(`x${run}y\n`);
  });
});
