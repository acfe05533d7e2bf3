import { describe, expect, it } from 'vitest';
import { pageCount, readPaging, resized, writePaging } from '../../src/search/result-pages.ts';

describe('numbered result pages (src/search/result-pages.ts)', () => {
  it('reads the page and its size from the URL, refusing what it cannot use', () => {
    expect(readPaging(new URLSearchParams('page=3&size=25'))).toEqual({ page: 3, size: 25 });
    expect(readPaging(new URLSearchParams('page=0&size=7'))).toEqual({ page: 1, size: 10 });
    expect(readPaging(new URLSearchParams('page=2.5&size=abc'))).toEqual({ page: 1, size: 10 });
    expect(readPaging(new URLSearchParams(''))).toEqual({ page: 1, size: 10 });
  });

  it('writes nothing for page 1 of ten', () => {
    expect(writePaging({ page: 1, size: 10 }, new URLSearchParams('q=x')).toString()).toBe('q=x');
    expect(writePaging({ page: 4, size: 50 }, new URLSearchParams('q=x')).toString()).toBe('q=x&page=4&size=50');
  });

  it('keeps the first result of the page in view when the size changes', () => {
    expect(resized({ page: 3, size: 10 }, 25)).toEqual({ page: 1, size: 25 });
    expect(resized({ page: 6, size: 10 }, 25)).toEqual({ page: 3, size: 25 });
    expect(resized({ page: 2, size: 50 }, 10)).toEqual({ page: 6, size: 10 });
  });

  it('counts pages (the numbers shown follow the list pages: tests/unit/site-timeline-pages.test.ts)', () => {
    expect(pageCount(0, 10)).toBe(1);
    expect(pageCount(459, 10)).toBe(46);
  });
});
