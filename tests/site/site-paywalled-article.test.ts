import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildVariant, projectRoot } from '../helpers/build.ts';
import { readPage, squash } from './site-pages.ts';

/**
 * An article imported from a page cut short by its paper's paywall (tests/fixtures/paywalled: Le
 * Monde's page as the importer wrote it, `paywalled: true`): its page says that the saved page held
 * only the start of the article, so no reader takes the text for the whole of it.
 */
const CONTENT = path.join(projectRoot, 'tests/fixtures/paywalled/content');
const ARTICLE = '2024/06/11/en-georgie-le-port-de-poti-mise-sur-la-route-de-la-soie/';
let outDir: string;

beforeAll(async () => {
  const build = await buildVariant({ outDir: 'dist-paywalled-article', contentDir: CONTENT });
  if (build.exitCode !== 0) throw new Error(`paywalled build failed:\n${build.stdout}\n${build.stderr}`);
  outDir = build.outDir;
}, 300_000);

describe('an article whose saved page was cut by a paywall', () => {
  it('says on its page that the saved page held only its start, and shows the text it holds', async () => {
    const page = await readPage(outDir, ARTICLE);
    expect(squash(page.querySelector('.article__paywalled')!.textContent)).toBe('The saved page held only the start of this article: its text stopped at the paper’s paywall. The text below is all the page held.');
    expect(squash(page.querySelector('.article__body')!.textContent)).toContain('sans passer par la Russie.');
  });
});
