import { describe, expect, it } from 'vitest';
import { dirOnPage } from '../../src/lib/text-direction.ts';

// An article in a right-to-left language is shown right to left (its title, caption, body and original);
// the others need no attribute on the site's left-to-right pages.
describe('the dir attribute of a paper\'s language', () => {
  it.each(['fa', 'ar', 'he', 'fa-IR'])('%s runs right to left', (language) => {
    expect(dirOnPage(language)).toBe('rtl');
  });
  // Thai and Hindi (Devanagari), which papers the import adds are now told in, run left to right as their own scripts do.
  it.each(['hy', 'ka', 'zh', 'en', 'th', 'hi', 'vi', 'not a tag'])('%s needs none', (language) => {
    expect(dirOnPage(language)).toBeUndefined();
  });
});
