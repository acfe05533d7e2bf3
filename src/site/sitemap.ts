import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { closeSync, openSync, readSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

/**
 * @astrojs/sitemap, minus the pages that ask not to be indexed: an alias's redirect page has the
 * shape of an article URL but is an old address, and search engines should list the article
 * itself. Only article-shaped URLs are opened, and only their first few kilobytes (the head).
 */
export function archiveSitemap(): AstroIntegration {
  let outDir = '';
  let base = '/';
  const inner = sitemap({ filter: (page) => !asksNotToBeIndexed(outDir, base, page) });
  return {
    name: 'dateline-sitemap',
    hooks: {
      ...inner.hooks,
      'astro:config:done': async (options) => {
        outDir = fileURLToPath(options.config.outDir);
        base = options.config.base;
        await inner.hooks['astro:config:done']?.(options);
      },
    },
  };
}

const ARTICLE_SHAPED = /\/\d{4}\/\d{2}\/\d{2}\/[^/]+\/$/;
const NOINDEX = /<meta name="robots" content="noindex"/;

function asksNotToBeIndexed(outDir: string, base: string, page: string): boolean {
  const pathname = decodeURI(new URL(page).pathname);
  if (!ARTICLE_SHAPED.test(pathname)) return false;
  const file = path.join(outDir, pathname.slice(base.replace(/\/?$/, '/').length), 'index.html');
  return NOINDEX.test(head(file));
}

/** The first 4 KiB of a file: enough for a page's <head>, cheap for 100,000 pages. */
function head(file: string): string {
  const buffer = Buffer.alloc(4096);
  const fd = openSync(file, 'r');
  try {
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
  } finally {
    closeSync(fd);
  }
}
