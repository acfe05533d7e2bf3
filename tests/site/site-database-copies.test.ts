import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildVariant, projectRoot } from '../helpers/build.ts';
import { nuErrors } from '../helpers/nu-checker.ts';
import { fileFor, jsonLdOf, readPage, squash } from './site-pages.ts';

/**
 * Articles whose copy came from a news database (tests/fixtures/database-copies: the first document
 * of tests/fixtures/databases' Factiva export and of its Nexis Uni batch, as the importer wrote them):
 * the page, its JSON-LD and its references name the database and the document's number there, which a
 * researcher citing the copy must give ("Retrieved from Factiva", RIS DB and AN).
 */
const CONTENT = path.join(projectRoot, 'tests/fixtures/database-copies/content');
const FACTIVA = { path: '2024/05/28/georgias-parliament-overrides-veto-on-foreign-agents-law/', accession: 'GRDN000020240528ek5s0004p' };
const NEXIS = { path: '2024/05/15/georgias-parliament-defies-protests-to-pass-foreign-agents-bill/' };
const slugOf = (articlePath: string) => articlePath.split('/').at(-2)!;
const referenceFile = (articlePath: string, extension: 'ris' | 'bib') => readFile(fileFor(outDir, `${articlePath}${slugOf(articlePath)}.${extension}`), 'utf8');
let outDir: string;

beforeAll(async () => {
  const build = await buildVariant({ outDir: 'dist-database-copies', contentDir: CONTENT });
  if (build.exitCode !== 0) throw new Error(`database copies build failed:\n${build.stdout}\n${build.stderr}`);
  outDir = build.outDir;
}, 300_000);

describe('an article copied from Factiva', () => {
  it('says on its page which database it came from and its accession number', async () => {
    const page = await readPage(outDir, FACTIVA.path);
    const line = page.querySelectorAll('.article-header p').find((p) => p.textContent.includes('news database'));
    expect(squash(line!.textContent)).toBe(`From the news database Factiva, document ${FACTIVA.accession}.`);
    expect(line!.querySelector('code')!.textContent).toBe(FACTIVA.accession);
  });

  it('names the database and the document in its JSON-LD', async () => {
    const newsArticle = jsonLdOf(await readPage(outDir, FACTIVA.path)).find((node) => node['@type'] === 'NewsArticle');
    expect(newsArticle!.isBasedOn).toEqual({ '@type': 'CreativeWork', provider: { '@type': 'Organization', name: 'Factiva' }, identifier: FACTIVA.accession });
  });

  it('gives RIS DB and AN, a BibTeX note, and APA and Chicago text naming Factiva and the document', async () => {
    const ris = await referenceFile(FACTIVA.path, 'ris');
    expect(ris).toContain('\nDB  - Factiva\n');
    expect(ris).toContain(`\nAN  - ${FACTIVA.accession}\n`);
    const bib = await referenceFile(FACTIVA.path, 'bib');
    expect(bib).toContain(`  note = {Retrieved from Factiva, document ${FACTIVA.accession}},\n`);
    const [read] = (await Cite.async(bib)).data as Record<string, any>[];
    expect(read!.note).toBe(`Retrieved from Factiva, document ${FACTIVA.accession}`);
    const page = await readPage(outDir, FACTIVA.path);
    // The page shows the files' text as it downloads them.
    expect(page.querySelector('#cite-ris')!.textContent).toBe(ris);
    const styles = page.querySelectorAll('#cite dd').map((dd) => squash(dd.textContent));
    expect(styles[0]).toContain(`The Guardian. Retrieved from Factiva (${FACTIVA.accession}). http`);
    expect(styles[2]).toContain(`May 28, 2024. Factiva (${FACTIVA.accession}). http`);
  });
});

describe('an article copied from Nexis Uni', () => {
  it('says the database and the day it loaded the document; its references name the database', async () => {
    const page = await readPage(outDir, NEXIS.path);
    const line = page.querySelectorAll('.article-header p').find((p) => p.textContent.includes('news database'));
    expect(squash(line!.textContent)).toBe('From the news database Nexis Uni, which loaded it on 15 May 2024.');
    expect(line!.querySelector('time')!.getAttribute('datetime')).toBe('2024-05-15');
    const ris = await referenceFile(NEXIS.path, 'ris');
    expect(ris).toContain('\nDB  - Nexis Uni\n');
    expect(ris).not.toContain('AN  -');
    expect(await referenceFile(NEXIS.path, 'bib')).toContain('  note = {Retrieved from Nexis Uni},\n');
  });
});

it('both pages pass the W3C Nu HTML checker', async () => {
  const files = [FACTIVA.path, NEXIS.path].map((articlePath) => path.relative(outDir, fileFor(outDir, articlePath)));
  expect(await nuErrors(outDir, files)).toEqual([]);
}, 120_000);
