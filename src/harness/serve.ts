import { preview } from 'astro';
import path from 'node:path';
import { builtDir, projectRoot } from './project.ts';

export interface Served {
  /** Absolute URL of the site's root, base path included, with a trailing slash. */
  url: string;
  stop(): Promise<void>;
}

/**
 * Serves a built folder with Astro's own preview server: the same server `npm start` uses.
 * The base path comes from BASE_PATH, as it does for the build. By default it serves the folder
 * the site tests read (DATELINE_OUT_DIR, else dist/).
 */
export async function serveBuilt(outDir = builtDir(), base = '/'): Promise<Served> {
  const previousBase = process.env.BASE_PATH;
  process.env.BASE_PATH = base;
  try {
    const server = await preview({
      root: projectRoot,
      outDir: path.resolve(projectRoot, outDir),
      logLevel: 'error',
      server: { host: '127.0.0.1', port: 0 },
    });
    return {
      url: `http://127.0.0.1:${server.port}${base}`,
      stop: () => server.stop(),
    };
  } finally {
    if (previousBase === undefined) delete process.env.BASE_PATH;
    else process.env.BASE_PATH = previousBase;
  }
}
