import { describe, expect, it } from 'vitest';
import { firstSentence } from '../../src/views/summary.ts';

describe('firstSentence', () => {
  it('stops at the first full stop that ends a sentence, quotes included', () => {
    expect(firstSentence('Official Tbilisi condemned the meeting. Georgia says more.')).toBe('Official Tbilisi condemned the meeting.');
    expect(firstSentence('“We are aware,” Putin said. “The situation has stabilized.”')).toBe('“We are aware,” Putin said.');
    expect(firstSentence('He said “it is over.” Then he left.')).toBe('He said “it is over.”');
  });

  it('does not stop at an initial', () => {
    expect(firstSentence('The leader of S. Ossetia met V. Putin on Monday. More followed.')).toBe(
      'The leader of S. Ossetia met V. Putin on Monday.',
    );
  });

  it('uses only the first paragraph and unescapes Markdown', () => {
    expect(firstSentence('Prices rose 20\\% in \\*some\\* regions\n\nSecond paragraph.')).toBe('Prices rose 20% in *some* regions');
    expect(firstSentence('A [bracketed] word \\[sic\\] here.')).toBe('A [bracketed] word [sic] here.');
  });

  it('shortens a very long sentence at a word boundary with an ellipsis', () => {
    const long = `${'word '.repeat(100)}end.`;
    const result = firstSentence(long, 50);
    expect(result.length).toBeLessThanOrEqual(50);
    expect(result.endsWith('word…')).toBe(true);
  });

  it('returns an empty string for an empty body', () => {
    expect(firstSentence('')).toBe('');
  });
});
