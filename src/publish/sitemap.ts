import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The route that renders an alias's redirect page (src/pages/[...alias].astro). */
const ALIAS_ROUTE = '/[...alias]';

/**
 * @astrojs/sitemap, minus the alias redirect pages: an alias has the shape of an article URL but is
 * an old address, and search engines should list the article itself. Astro tells the build-done
 * hook which files each route produced, so the alias pages are known without reading any page.
 */
export function archiveSitemap(): AstroIntegration {
  const aliasPaths = new Set<string>();
  let base = '/';
  const inner = sitemap({
    filter: (page) => !aliasPaths.has(decodeURI(new URL(page).pathname).slice(base.length - 1)),
  });
  return {
    name: 'dateline-sitemap',
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (options) => {
        base = options.config.base.replace(/\/?$/, '/');
        await inner.hooks['astro:config:done']?.(options);
      },
      'astro:build:done': async (options) => {
        const outDir = fileURLToPath(options.dir);
        for (const file of options.assets.get(ALIAS_ROUTE) ?? []) {
          const relative = path.relative(outDir, path.dirname(fileURLToPath(file))).split(path.sep).join('/');
          aliasPaths.add(`/${relative}/`);
        }
        await inner.hooks['astro:build:done']?.(options);
      },
    },
  };
}
