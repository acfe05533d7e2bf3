import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The files an import covers: each FILE argument as given, and every clipping below each DIR, in a
 * stable order. A directory entry that cannot be read is reported, not skipped in silence.
 */

/** What a clipping can be saved as (or a web archive of pages); other files in a folder (images, .DS_Store) are not clippings. */
const CLIPPING_EXTENSIONS = /\.(?:txt|text|html?|xhtml|md|markdown|warc|warc\.gz)$/i;

export interface Inputs {
  files: string[];
  /** Paths that could not be listed or read, with why. */
  unreadable: { file: string; reason: string }[];
}

async function walk(dir: string, inputs: Inputs): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    inputs.unreadable.push({ file: dir, reason: (error as Error).message });
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, inputs);
    // A symlink or other entry is taken as a file if its name says clipping; reading it reports any fault.
    else if (CLIPPING_EXTENSIONS.test(entry.name)) inputs.files.push(full);
  }
}

export async function collectInputs(args: readonly string[]): Promise<Inputs> {
  const inputs: Inputs = { files: [], unreadable: [] };
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) await walk(arg, inputs);
    else inputs.files.push(arg);
  }
  return inputs;
}
