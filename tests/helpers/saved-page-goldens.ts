import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/** The saved pages with their expected articles (tests/fixtures/pages/NAME.html and NAME.expected.md). */
export const PAGES = path.resolve('tests/fixtures/pages');

/** The note a page's new paper gets when the page gives only its UTC offset. */
export const offsetOnly = (id: string, offset: string) => new RegExp(`^new paper ${id} \\(content/sources/${id}\\.yaml\\) without a time zone: the page gives only its UTC offset \\${offset}`);

/** The article imported from the page NAME is its expected file, byte for byte. */
export const expectGolden = (target: string | undefined, name: string) =>
  expect(readFileSync(target!, 'utf8')).toBe(readFileSync(path.join(PAGES, `${name}.expected.md`), 'utf8'));
