import { appendFile, mkdir, mkdtemp, rm, symlink, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentChanges, fingerprintContent } from '../../src/lib/content-files.ts';

/**
 * The fingerprint of content/ a build takes at its start and compares at its end (issue 19: an
 * import during a build must fail it, not give a site of two states): every file a build may
 * read, none of the editors' and the importer's temporary files, and any change to one of them.
 */

let root: string;

async function put(file: string, text = file): Promise<void> {
  await mkdir(path.dirname(path.join(root, file)), { recursive: true });
  await writeFile(path.join(root, file), text);
}

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-fingerprint-'));
  await put('articles/2019/03/08/a.md');
  await put('articles/2019/03/09/b.md');
  await put('originals/2019/03/08/a.txt');
  await put('sources/civil-georgia.yaml');
  // Not content: an editor's swap file, the importer's temporary file, anything in a hidden folder.
  await put('articles/2019/03/08/.a.md.swp');
  await put('articles/2019/03/09/.b.md.1b4e28ba-2fa1-11d2-883f-0016d3cca427.tmp');
  await put('.git/objects/ab/cdef');
  await symlink('a.md', path.join(root, 'articles/2019/03/08/linked.md'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the content fingerprint', () => {
  it('holds every file below the root, folders and ignored files left out', () => {
    expect([...fingerprintContent(root).keys()].sort()).toEqual(
      ['articles/2019/03/08/a.md', 'articles/2019/03/08/linked.md', 'articles/2019/03/09/b.md', 'originals/2019/03/08/a.txt', 'sources/civil-georgia.yaml'].map((file) => path.join(...file.split('/'))),
    );
  });

  it('is empty for a content folder that does not exist', () => {
    expect(fingerprintContent(path.join(root, 'none')).size).toBe(0);
  });

  it('shows a file added, removed, written, touched or set back to its old time, and nothing for an ignored file', async () => {
    const before = fingerprintContent(root);
    const at = (file: string) => path.join(root, ...file.split('/'));
    await put('articles/2020/01/01/new.md');
    await rm(at('sources/civil-georgia.yaml'));
    await appendFile(at('articles/2019/03/09/b.md'), 'more');
    await utimes(at('originals/2019/03/08/a.txt'), new Date(), new Date('2030-01-01'));
    await put('articles/2019/03/08/.a.md.swp', 'saved again');
    const written = new Date('2001-01-01');
    await utimes(at('articles/2019/03/08/a.md'), written, written);
    const once = fingerprintContent(root);
    await writeFile(at('articles/2019/03/08/a.md'), 'A, edited');
    await utimes(at('articles/2019/03/08/a.md'), written, written);
    expect(contentChanges(before, once)).toEqual(
      ['articles/2019/03/08/a.md (changed)', 'articles/2019/03/09/b.md (changed)', 'articles/2020/01/01/new.md (added)', 'originals/2019/03/08/a.txt (changed)', 'sources/civil-georgia.yaml (removed)'].map((change) =>
        path.join(...change.split('/')),
      ),
    );
    // Rewritten with its modification time put back as it was: the change time still moved.
    expect(contentChanges(once, fingerprintContent(root))).toEqual([path.join('articles', '2019', '03', '08', 'a.md (changed)')]);
  });
});
