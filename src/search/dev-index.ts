import type { AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BUNDLE_FOLDER } from './index-site.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

export interface DevIndexOptions {
  /** The Pagefind bundle of the last `npm run build`. */
  bundleDir: string;
  base: string;
  logger: AstroIntegrationLogger;
}

/**
 * `astro dev` renders pages on demand, so there is nothing to index. It serves the last build's
 * bundle at the same URL the built site uses; pages added since that build are not in it.
 */
export function serveLastBuildIndex(server: ViteDevServer, { bundleDir, base, logger }: DevIndexOptions): void {
  const prefix = `${base.replace(/\/?$/, '/')}${BUNDLE_FOLDER}/`;
  if (existsSync(bundleDir)) logger.info(`search uses the index of the last build (${bundleDir})`);
  else logger.warn('no search index yet: run `npm run build` once, then search works in `npm run dev` too');

  server.middlewares.use(async (request, response, next) => {
    const url = new URL(request.url ?? '/', 'http://dev.invalid');
    if (!url.pathname.startsWith(prefix)) return next();
    const file = path.resolve(bundleDir, decodeURIComponent(url.pathname.slice(prefix.length)));
    // Nothing outside the bundle folder, whatever the request path says.
    if (!file.startsWith(bundleDir + path.sep) || !existsSync(file)) return next();
    try {
      const body = await readFile(file);
      response.setHeader('Content-Type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
      response.setHeader('Cache-Control', 'no-store');
      response.end(body);
    } catch (error) {
      next(error);
    }
  });
}
