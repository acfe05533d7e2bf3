import type { RunOptions } from '../../src/importer/run-import.ts';

/**
 * The facts a saved-page golden's import needs and its page does not print (a new paper's zone, a year), by golden:
 * importer-pages.test.ts imports the goldens with them, importer-saved-variants.test.ts other saves of the same pages.
 */
export const SAVED_PAGE_OPTIONS: Readonly<Record<string, Partial<RunOptions>>> = {
  'messenger-html-only': { year: 2019 },
  'webpage-mainentity-local-time': { timeZone: 'Asia/Tbilisi' },
  'interfax-windows-1251': { timeZone: 'Europe/Moscow' },
  'kyiv-independent-singlefile': { timeZone: 'Europe/Kyiv' },
  'interfax-com-no-date-metadata': { timeZone: 'Europe/Moscow' },
  'bbc-2014-story-body': { timeZone: 'Europe/London' },
};
