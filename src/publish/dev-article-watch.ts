import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { isArticleFile } from '../lib/content-files.ts';
import { contentDir } from '../lib/project-folders.ts';

/**
 * `astro dev`: an article written, edited or removed shows up without a restart. The articles are
 * no content collection (src/data/article-frontmatter.ts), so Astro's content layer does not tell
 * its dev server they changed, and the server would keep the routes' getStaticPaths from before;
 * this sends the event Astro's content layer sends for a change of its store, which clears them,
 * and reloads the browser's page.
 */
export function watchArticles(server: ViteDevServer): void {
  const articles = path.join(contentDir(), 'articles');
  server.watcher.add(articles);
  const changed = (file: string) => {
    const relative = path.relative(articles, file);
    if (relative.startsWith('..') || !isArticleFile(relative)) return;
    for (const environment of Object.values(server.environments)) environment.hot.send('astro:content-changed', {});
    server.environments.client.hot.send({ type: 'full-reload', path: '*' });
  };
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, changed);
}
