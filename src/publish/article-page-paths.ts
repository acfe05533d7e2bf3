import { loadArchive } from '../data/archive.ts';
import { articlePageView, type ArticlePageView } from '../views/article-page.ts';
import { articleFiles } from './article-files.ts';
import { articleStaticPaths } from './article-routes.ts';
import { pageKey } from './page-keys.ts';
import { buildPublication } from './publication.ts';

/** What the article page renders from: its view model, made here for its cache key and handed to the page as it is. */
export interface ArticlePageProps {
  view: ArticlePageView;
}

/**
 * getStaticPaths of the article page (src/pages/[year]/[month]/[day]/[slug]/index.astro). Each
 * article's cacheKey is over its page's view model, which the page then renders from (its
 * props, src/publish/page-keys.ts); the body is the article file's, whose digest the view
 * model's record brings, and so is the reference: it is made from that file and its paper's
 * record (build-wide in every key), and is made only for the pages and files that are. So what
 * the page shows is what its key is over, made once a build. In a build each article is noted
 * as published here, with its files and manifest entry, whether Astro then renders its page or
 * keeps last build's: what the integration writes never depends on which pages were rendered
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
      const props: ArticlePageProps = { view: articlePageView(site, record) };
      return { params, props, cacheKey: await pageKey([params, props]) };
    }),
  );
}
