import { describe, expect, it } from 'vitest';
import { siteNameInTitle } from '../../src/importer/title-site-name.ts';

describe('the site name a page title prints beside its headline', () => {
  const headline = 'Dilijan school opens its doors';
  it.each([
    [`${headline} - Tavush Post`, 'Tavush Post'],
    [`Tavush Post | ${headline}`, 'Tavush Post'],
    [`${headline.toUpperCase()} — Tavush Post`, 'Tavush Post'],
  ])('%s names %s', (title, name) => expect(siteNameInTitle(title, headline)).toBe(name));

  it.each([
    // Not the headline beside it; more than one other part; a date in it; a sentence, not a name.
    ['Tavush Post - Home', headline],
    [`${headline} – DW – 05/28/2024`, headline],
    [`${headline} - 28 May 2024`, headline],
    [`${headline} - read what the governor of the province said`, headline],
    [headline, headline],
  ])('%s names none', (title, printed) => expect(siteNameInTitle(title, printed)).toBeUndefined());
});
