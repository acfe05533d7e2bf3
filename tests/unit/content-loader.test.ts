import type { LoaderContext } from 'astro/loaders';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { frontmatterOnly } from '../../src/lib/frontmatter-loader.ts';

/**
 * The articles' loader against a stand-in for Astro's loader context: a Map as the data store,
 * parseData as identity (the schema itself is tested elsewhere) and a digest of the text.
 */
interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  filePath?: string;
  digest?: string;
  body?: string;
  rendered?: unknown;
}

let root: string;
let base: string;
let entries: Map<string, StoredEntry>;
let parsed: string[];

function context(): LoaderContext {
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: StoredEntry) => (entries.set(entry.id, entry), true),
    keys: () => [...entries.keys()],
    delete: (id: string) => entries.delete(id),
  };
  return {
    store,
    config: { root: pathToFileURL(`${root}${path.sep}`) },
    generateDigest: (text: string) => String(text.length) + text.slice(-20),
    parseData: async ({ id, data }: { id: string; data: Record<string, unknown> }) => (parsed.push(id), data),
    logger: { error: () => {} },
  } as unknown as LoaderContext;
}

async function article(relative: string, frontmatter: string, body = 'The body paragraph.\n'): Promise<void> {
  const file = path.join(base, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `---\n${frontmatter}\n---\n\n${body}`);
}

const load = () => frontmatterOnly({ base }).load(context());

beforeEach(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'dateline-loader-'));
  base = path.join(root, 'content', 'articles');
  entries = new Map();
  parsed = [];
});
afterEach(() => rm(root, { recursive: true, force: true }));

describe('the frontmatter-only articles loader', () => {
  it('stores each file under its YYYY/MM/DD/slug id with its frontmatter, path and digest, and no body', async () => {
    await article('2017/11/15/putin-meets.md', 'title: "Putin meets"\nslug: putin-meets', 'Moscow talks took place.\n');
    await load();
    const entry = entries.get('2017/11/15/putin-meets')!;
    expect(entry.data).toEqual({ title: 'Putin meets', slug: 'putin-meets' });
    expect(entry.filePath).toBe(path.join('content', 'articles', '2017', '11', '15', 'putin-meets.md'));
    expect(entry.digest).toBeTruthy();
    expect(entry.body).toBeUndefined();
    expect(entry.rendered).toBeUndefined();
    expect(JSON.stringify(entry)).not.toContain('Moscow talks');
    // The stored path reads back the body, from the project root the build runs in.
    expect(await readFile(path.join(root, entry.filePath!), 'utf8')).toContain('Moscow talks took place.');
  });

  it('validates only changed files on a second sync, and forgets removed ones', async () => {
    await article('2017/11/15/a.md', 'title: A');
    await article('2017/11/16/b.md', 'title: B');
    await load();
    expect(parsed.sort()).toEqual(['2017/11/15/a', '2017/11/16/b']);

    parsed = [];
    await article('2017/11/16/b.md', 'title: B, corrected');
    await rm(path.join(base, '2017/11/15/a.md'));
    await load();
    expect(parsed).toEqual(['2017/11/16/b']);
    expect([...entries.keys()]).toEqual(['2017/11/16/b']);
    expect(entries.get('2017/11/16/b')!.data).toEqual({ title: 'B, corrected' });
  });

  it('ignores files that are not Markdown and loads nothing from a missing folder', async () => {
    await load();
    expect(entries.size).toBe(0);
    await article('2017/11/15/notes.txt', 'title: not an article');
    await load();
    expect(entries.size).toBe(0);
  });

  it('names the file, line and column of broken YAML, and what to do', async () => {
    await article('2017/11/15/broken.md', 'title: A\npublished: [unclosed');
    const file = path.join(base, '2017/11/15/broken.md');
    await expect(load()).rejects.toThrow(new RegExp(`^${file.replaceAll('.', '\\.')}:\\d+:\\d+: the frontmatter is not valid YAML: .+Fix it in the file`));
  });
});
