import { expect, it } from 'vitest';
import { builtDir, listHtmlFiles } from '../helpers/html-files.ts';
import { nuErrors } from '../helpers/nu-checker.ts';

it('passes the W3C Nu HTML checker on every built page with zero errors', async () => {
  const outDir = builtDir();
  const files = await listHtmlFiles(outDir);
  expect(files.length).toBeGreaterThan(0);
  expect(await nuErrors(outDir, files)).toEqual([]);
});
