import { existsSync } from 'node:fs';
import path from 'node:path';

/** A file only the project's root folder holds. */
const ROOT_MARKER = 'astro.config.mjs';

/**
 * The project's root folder: the nearest folder at or above `from` that holds astro.config.mjs.
 * Found from a module's own folder, not the working directory, so a build, a test or the
 * benchmark run from anywhere reads the same files. A module that Astro's build bundles runs from
 * a chunk inside the project (Astro writes them below the site folder, or below the folder it
 * runs in when the site folder is elsewhere), so the same search finds the root there too.
 */
export function findProjectRoot(from: string): string {
  for (let folder = path.resolve(from); ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, ROOT_MARKER))) return folder;
    if (path.dirname(folder) === folder) throw new Error(`no ${ROOT_MARKER} in ${from} or any folder above it: the project's root is not there`);
  }
}

export const projectRoot = findProjectRoot(import.meta.dirname);
