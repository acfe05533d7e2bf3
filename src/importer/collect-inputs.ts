import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { printableName } from './errors.ts';
import { systemError } from './read-input.ts';

/**
 * The files an import covers: each FILE argument as given, and every clipping below each DIR, in a
 * stable order. A directory entry that cannot be read is reported, not skipped in silence.
 *
 * Symbolic links are followed only to files inside the folder given (for a FILE argument, the
 * folder it is in): a link out of it could publish a private file such as /etc/shadow.
 */

/**
 * What a clipping can be saved as (text, a saved page, a single-file save, a web clipper's note, or a web archive
 * of pages: WARC, WACZ); other files in a folder (images, .DS_Store) are not clippings.
 */
const CLIPPING_EXTENSIONS = /\.(?:txt|text|html?|xhtml|mht|mhtml|webarchive|md|markdown|warc|warc\.gz|wacz)$/i;

export interface Inputs {
  files: string[];
  /** Paths that cannot be imported at all (unlistable folders, links out of the folder, unreadable names), with why. */
  unreadable: { file: string; reason: string; fix: string }[];
}

const isInside = (root: string, file: string) => {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
};

/** Why a link may not be followed, or undefined when it stays inside `root` (or leads nowhere: reading reports that). */
async function linkOutside(file: string, root: string): Promise<string | undefined> {
  let target;
  try {
    target = await realpath(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' ? undefined : `it is a symbolic link that cannot be followed (${systemError(error)})`;
  }
  if (isInside(root, target)) return undefined;
  return `it is a symbolic link to ${printableName(target)}, outside the folder ${printableName(root)}; links out of the folder given are not followed`;
}

const LINK_FIX = 'copy the clipping into the folder instead of linking to it';

async function walk(dir: string, root: string, inputs: Inputs): Promise<void> {
  let entries;
  try {
    // Names as bytes: a name that is not UTF-8 must not turn into another name (and a false ENOENT).
    entries = await readdir(dir, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    inputs.unreadable.push({ file: dir, reason: `the directory cannot be read (${systemError(error)})`, fix: 'check that it exists and that you may read it' });
    return;
  }
  const named = entries.map((entry) => ({ entry, name: entry.name.toString('utf8') }));
  for (const { entry, name } of named.sort((a, b) => a.name.localeCompare(b.name))) {
    if (name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (!Buffer.from(name, 'utf8').equals(entry.name)) {
      if (!CLIPPING_EXTENSIONS.test(name)) continue;
      const bytes = [...entry.name].map((byte) => (byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16)}`)).join('');
      inputs.unreadable.push({
        file: full,
        reason: `the file name is not valid UTF-8 (its bytes: ${printableName(bytes)}), so the archive cannot record it`,
        fix: 'rename the file with a UTF-8 name, then import it again',
      });
    } else if (entry.isDirectory()) {
      await walk(full, root, inputs);
    } else if (CLIPPING_EXTENSIONS.test(name)) {
      const outside = entry.isSymbolicLink() ? await linkOutside(full, root) : undefined;
      if (outside) inputs.unreadable.push({ file: full, reason: outside, fix: LINK_FIX });
      // Any other entry with a clipping's name is a file to read; reading refuses devices and pipes.
      else inputs.files.push(full);
    }
  }
}

export async function collectInputs(args: readonly string[]): Promise<Inputs> {
  const inputs: Inputs = { files: [], unreadable: [] };
  for (const arg of args) {
    const info = await stat(arg).catch(() => undefined);
    if (info?.isDirectory()) {
      await walk(arg, await realpath(arg), inputs);
      continue;
    }
    const link = await lstat(arg).catch(() => undefined);
    const outside = link?.isSymbolicLink() ? await linkOutside(arg, await realpath(path.dirname(arg)).catch(() => path.dirname(arg))) : undefined;
    if (outside) inputs.unreadable.push({ file: arg, reason: outside, fix: LINK_FIX });
    else if (!link && arg.includes('\uFFFD')) {
      inputs.unreadable.push({ file: arg, reason: 'the file name is not valid UTF-8 as given on the command line, so it cannot be found', fix: 'rename the file with a UTF-8 name, or import the folder it is in' });
    } else inputs.files.push(arg);
  }
  return inputs;
}
