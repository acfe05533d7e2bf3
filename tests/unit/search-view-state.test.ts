import { describe, expect, it } from 'vitest';
import { readViewState, writeViewState } from '../../src/search/client/view-state.ts';

describe('the results view in the URL', () => {
  it('reads the lines view and its order, and ignores values it does not know', () => {
    expect(readViewState(new URLSearchParams('q=x&view=lines&lines=left'))).toEqual({ view: 'lines', lines: 'left' });
    expect(readViewState(new URLSearchParams('view=table&lines=middle'))).toEqual({ view: 'articles', lines: 'results' });
  });

  it('writes only what differs from the articles view in the results’ order, after the search’s keys', () => {
    const write = (view: 'articles' | 'lines', lines: 'results' | 'left' | 'right') => writeViewState({ view, lines }, new URLSearchParams('q=x')).toString();
    expect(write('articles', 'results')).toBe('q=x');
    expect(write('articles', 'left')).toBe('q=x');
    expect(write('lines', 'results')).toBe('q=x&view=lines');
    expect(write('lines', 'right')).toBe('q=x&view=lines&lines=right');
  });
});
