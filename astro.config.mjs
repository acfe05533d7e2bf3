// @ts-check
import { defineConfig } from 'astro/config';
import { datelinePublish } from './src/publish/integration.ts';
import { cacheDir, siteDir } from './src/lib/project-folders.ts';
import { contentConsistency } from './src/publish/content-consistency.ts';
import { previewWithoutSlash } from './src/publish/preview-without-slash.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  output: 'static',
  // Stylesheets stay files, never inlined: a reader going from article to article fetches the
  // article page's CSS once, not again inside every page.
  // Sixteen pages in flight: while some wait for their body and references from the render
  // worker (src/publish/off-thread.ts) or for file I/O, Astro's thread renders others. 10,000
  // synthetic articles, `astro build`: 66.0 s wall at 4 pages in flight, 56.7 s at 16, 57.0 s
  // at 32 (BENCHMARKS.md).
  build: { inlineStylesheets: 'never', concurrency: 16 },
  // Separate output folders let tests build a base-path or empty-archive variant beside dist/.
  outDir: siteDir(),
  cacheDir: cacheDir(),
  // datelinePublish owns the publish pipeline: render workers, the articles' files, the build
  // manifest that the search index step reads after `astro build` exits, the sitemap (src/publish/integration.ts).
  // contentConsistency last: it checks content/ is unchanged after every other step of the build.
  integrations: [
    datelinePublish({ searchShardPages: process.env.DATELINE_SEARCH_SHARD_PAGES }),
    previewWithoutSlash(),
    contentConsistency(),
  ],
  // Article bodies are clippings, never code: no syntax highlighter (Shiki's inline styles would
  // also break the Content Security Policy below, which Astro warned about on every build).
  markdown: { syntaxHighlight: false },
  // One line per built page (src/publish/build-log.ts); the benchmark reads Astro's log as it is.
  ...(process.env.DATELINE_ASTRO_LOG === 'raw' ? {} : { logger: { entrypoint: './src/publish/build-log.ts' } }),
  // Astro names a component's client script after its virtual module
  // (`SearchEnhancements.astro_astro_type_script_index_0_lang.<hash>.js`); the component's name
  // alone says as much, and is 38 bytes shorter in the <script src> of every page.
  // Incremental builds (src/publish/page-keys.ts): a page whose getStaticPaths entry brings the
  // cache key of the last build, with unchanged templates, is kept, not rendered again. The site
  // folder is not emptied first, so kept pages stay where they are; what no longer belongs to the
  // site is removed by the publish integration (src/publish/prune-site.ts).
  experimental: { incrementalBuild: true },
  vite: {
    // Nothing is inlined (the site imports no asset but its scripts and stylesheets): every script
    // stays a file from the site, so no page holds an inline script its Content-Security-Policy
    // would have to hash (src/views/content-security-policy.ts).
    build: { emptyOutDir: false, assetsInlineLimit: 0 },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              entryFileNames: (chunk) => `_astro/${chunk.name.replace(/\.astro_astro_type_script_index_\d+_lang$/, '')}.[hash].js`,
            },
          },
        },
      },
    },
  },
});
