import { articleNeighbours, type ArticleNeighbours } from '../archive/article-neighbours.ts';
import { loadArchive, type SiteArticle, type SiteRecord } from '../data/archive.ts';
import { articleFiles } from './article-files.ts';
import { articleStaticPaths, earlierOriginals, originalFile, type EarlierOriginal } from './article-routes.ts';
import { pageKey } from './page-keys.ts';
import { buildPublication } from './publication.ts';

/**
 * What the article page renders from besides the sources and the gazetteer (in every page's key):
 * its record, what it shows of other articles, and which of its clippings are on disk (files, not
 * in its record). Records are referenced, not copied, and its cache key writes each as its
 * file's digest (src/publish/key-input.ts).
 */
export interface ArticlePageProps {
  record: SiteRecord;
  neighbours: ArticleNeighbours<SiteArticle>;
  hasOriginal: boolean;
  earlier: EarlierOriginal[];
}

/**
 * getStaticPaths of the article page (src/pages/[year]/[month]/[day]/[slug]/index.astro). Each
 * article's cacheKey is over its props, from which the page makes its view model
 * (src/views/article-page.ts) only when it renders: a build keys every article but makes the
 * view models of the few pages that changed. The body is the article file's, whose digest the
 * record brings, and so is the reference: it is made from that file and its paper's record, and
 * only for the pages and files that are made. In a build each article is noted as published
 * here, with its files and manifest entry, whether Astro then renders its page or keeps last
 * build's: what the integration writes never depends on which pages were rendered
 * (src/publish/integration.ts).
 */
export async function articlePagePaths() {
  const site = await loadArchive();
  const publication = buildPublication();
  return Promise.all(
    (await articleStaticPaths()).map(async ({ params, props: { record } }) => {
      publication?.add({
        path: record.path,
        published: record.article.published,
        contentHash: String(record.article.entry.digest),
        madeFrom: await pageKey(record),
        files: articleFiles({ record }),
      });
      const props: ArticlePageProps = { record, neighbours: articleNeighbours(site, record), hasOriginal: originalFile(record) !== undefined, earlier: earlierOriginals(record) };
      return { params, props, cacheKey: await pageKey([params, props]) };
    }),
  );
}
