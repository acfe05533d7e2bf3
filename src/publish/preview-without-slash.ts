import type { AstroIntegration } from 'astro';

/**
 * `npm start` serves the built site with `astro preview`, which answers an address without its
 * trailing slash (`/2017`) with a 404 of its own ("trailingSlash is set to always") instead of
 * the page. Under `preview` only, the slash becomes optional, and the preview server then serves
 * `/2017` from `2017/index.html`; the page's canonical link names the address with the slash.
 * Builds keep `trailingSlash: 'always'`, so every generated link and paginated URL has it. A
 * static host that does the same is told nothing: there the site's 404 page finds the page
 * (src/pages/404.astro).
 */
export function previewWithoutSlash(): AstroIntegration {
  return {
    name: 'dateline-preview-without-slash',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command === 'preview') updateConfig({ trailingSlash: 'ignore' });
      },
    },
  };
}
