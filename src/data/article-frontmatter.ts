import { parseFrontmatter } from '@astrojs/markdown-remark';
import { hash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { articleSchema, type Article } from '../lib/article-schema.ts';
import { codeDigest } from '../lib/code-digest.ts';
import { contentFiles, isArticleFile } from '../lib/content-files.ts';
import { readCacheRecord, writeCacheRecord, isObject } from '../lib/cache-record.ts';
import { projectRoot } from '../lib/project-root.ts';

/**
 * The articles of content/articles/, read by the build itself rather than by an Astro content
 * collection: Astro's data store is written whole (devalue) on every build, loaded twice and
 * bundled as a module, so with the articles in it every update paid for the whole archive, about
 * 1 s of CPU per 10,000 articles each time (BENCHMARKS.md). Only the frontmatter is read here;
 * pages read bodies from the files (src/publish/article-body.ts).
 *
 * The schema stays the truth about an article: each file is validated with articleSchema, and the
 * validated data is kept in the cache folder by the digest of the file's bytes, so the next build
 * validates only the files whose bytes changed. The record is thrown away when the code the schema
 * is made of (src/lib/, this module, the locked dependencies) changes.
 *
 * In a build the files are not even read when they have not changed: they are listed from the
 * state of content/ the build started from (src/lib/build-content-state.ts), and a file whose
 * state (size, times, inode: src/lib/file-state.ts) is the one recorded when it was last read is
 * taken to have the digest read then. Reading every file was most of what this reader cost an
 * update, about 0.1 s of CPU per 1,000 articles (BENCHMARKS.md).
 */

/** What a page needs to read an article's file, and what its keys write for it (src/publish/key-input.ts). */
export interface ArticleFile {
  collection: 'articles';
  /** The file's path below articles/ without `.md` (YYYY/MM/DD/slug). */
  id: string;
  /** Absolute. */
  filePath: string;
  /** Of the file's bytes, in hex as the build manifest's contentHash is: changes whenever the file does. */
  digest: string;
}

export interface ArticleEntry {
  entry: ArticleFile;
  data: Article;
}

const RECORD = 'dateline-article-frontmatter.json';
const RECORD_VERSION = 1;

/** The files the validated data depends on besides the article's own bytes. */
function schemaCodeDigest(): string {
  const lib = readdirSync(path.join(projectRoot, 'src/lib'))
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => `src/lib/${name}`);
  // A project copied without its lockfile (a test's, from the repository's files) has none to digest.
  const lockfile = existsSync(path.join(projectRoot, 'package-lock.json')) ? ['package-lock.json'] : [];
  return codeDigest([...lib, 'src/data/article-frontmatter.ts', ...lockfile]);
}

/**
 * What the last build left: file digest -> validated frontmatter, and file -> `<state> <digest>`,
 * the state it had when it was read with the digest of what was read (none if its code differs).
 */
interface LastRead {
  articles: Map<string, Article>;
  files: Map<string, string>;
}

async function readRecord(cacheDir: string, code: string): Promise<LastRead> {
  const record = await readCacheRecord(cacheDir, RECORD, RECORD_VERSION, (value) =>
    isObject(value) && value.code === code && isObject(value.articles) && isObject(value.files)
      ? { articles: value.articles as Record<string, Article>, files: value.files as Record<string, string> }
      : undefined,
  );
  return { articles: new Map(Object.entries(record?.articles ?? {})), files: new Map(Object.entries(record?.files ?? {})) };
}

/** The digest `file` had when last read, if its state now is the state it had then and its frontmatter is kept. */
function unchangedDigest(last: LastRead, file: string, state: string | undefined): string | undefined {
  const [stateThen, digest] = last.files.get(file)?.split(' ') ?? [];
  return state !== undefined && stateThen === state && digest !== undefined && last.articles.has(digest) ? digest : undefined;
}

const sameEntries = <T>(a: Map<string, T>, b: Map<string, T>) => a.size === b.size && [...a].every(([key, value]) => b.get(key) === value);

/** Astro's wording for a field the file does not have; zod's own message otherwise. */
const requiredField: z.core.$ZodErrorMap = (issue) => (issue.input === undefined ? 'Required' : undefined);

/**
 * Every article below `base`, its frontmatter validated with articleSchema, `source` checked
 * against `sourceIds` on every build (a paper's file may have gone since the article was validated).
 * `started` is the build's starting state of the files below `base` (none outside a build: every
 * file is listed and read). Throws on the first file that is not valid, naming it, the field and
 * what is wrong.
 */
export async function readArticles(base: string, sourceIds: readonly string[], cacheDir: string, started?: ReadonlyMap<string, string>): Promise<ArticleEntry[]> {
  const knownSource = z.string().refine((id) => sourceIds.includes(id), {
    error: (issue) => `"${String(issue.input)}" is not a source: there is no sources/${String(issue.input)}.yaml (known: ${sourceIds.join(', ') || 'none'})`,
  });
  const schema = articleSchema.extend({ source: knownSource });
  const code = schemaCodeDigest();
  const last = await readRecord(cacheDir, code);
  const kept = new Map<string, Article>();
  const files = new Map<string, string>();
  const entries: ArticleEntry[] = [];
  // Synchronous reads, one file after another: a read through a promise costs about five times
  // the CPU (BENCHMARKS.md). Sorted, so the archive's order of equal instants never depends on the disk.
  for (const file of [...(started?.keys() ?? contentFiles(base))].filter(isArticleFile).sort()) {
    const filePath = path.join(base, file);
    const state = started?.get(file);
    const unchanged = unchangedDigest(last, file, state);
    const contents = unchanged === undefined ? readFileSync(filePath, 'utf8') : '';
    const digest = unchanged ?? hash('sha256', contents, 'hex');
    const cached = last.articles.get(digest);
    const data = cached ?? validOrThrow(filePath, schema.safeParse(frontmatterOf(contents, filePath), { error: requiredField }));
    if (cached) validOrThrow(filePath, knownSource.safeParse(cached.source), 'source');
    kept.set(digest, data);
    // A symbolic link's state is the link's, which an edit of the file it points to leaves as it
    // was: a linked article is never recorded, so it is read on every build.
    if (state !== undefined && (unchanged !== undefined || !lstatSync(filePath).isSymbolicLink())) files.set(file, `${state} ${digest}`);
    entries.push({ entry: { collection: 'articles', id: file.slice(0, -'.md'.length).split(path.sep).join('/'), filePath, digest }, data });
  }
  if (!sameEntries(kept, last.articles) || !sameEntries(files, last.files)) {
    await writeCacheRecord(cacheDir, RECORD, RECORD_VERSION, { code, articles: Object.fromEntries(kept), files: Object.fromEntries(files) });
  }
  return entries;
}

/** The parsed value, or an error naming the file and each field's problem (`field`: the one field parsed). */
function validOrThrow<T>(filePath: string, result: z.ZodSafeParseResult<T>, field?: string): T {
  if (result.success) return result.data;
  throw new Error(
    [
      `${filePath}: the article's frontmatter does not match the article schema:`,
      ...result.error.issues.map((issue) => `  **${[...(field ? [field] : []), ...issue.path.map(String)].join('.')}**: ${issue.message}`),
      'Fix it in the file and build again.',
    ].join('\n'),
  );
}

function frontmatterOf(contents: string, filePath: string): Record<string, unknown> {
  try {
    return parseFrontmatter(contents).frontmatter;
  } catch (error) {
    // js-yaml's mark is 0-based; editors count lines and columns from 1.
    const { mark, reason } = error as { mark?: { line: number; column: number }; reason?: string };
    if (!mark) throw error;
    throw new Error(`${filePath}:${mark.line + 1}:${mark.column + 1}: the frontmatter is not valid YAML: ${reason}. Fix it in the file and build again.`);
  }
}
