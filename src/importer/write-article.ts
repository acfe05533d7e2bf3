import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { disambiguate } from '../lib/slug.ts';
import { originalFileName } from '../lib/content-files.ts';
import { articlePath } from '../lib/urls.ts';
import type { Article } from '../lib/article-schema.ts';
import { applyChange, recoverInterruptedChange, type ArchiveChange } from './archive-change.ts';
import { lockArchive } from './archive-lock.ts';
import { DayFolderIndex, keysOf, type FiledArticle } from './day-folder-index.ts';
import { ImportError, printableName } from './errors.ts';
import { parseArticleFile } from './frontmatter.ts';
import { sha256 } from './original-hash.ts';
import { systemError } from './read-input.ts';

/**
 * Where an article goes and how it gets there. The permalink decides the file; an existing file
 * there is the same clipping (unchanged), a new version of the same article (refused unless
 * --update), or a different article (another slug). Deciding and writing happen under the archive
 * lock, and all files of one article (or of a batch of articles) change together or not at all
 * (archive-change.ts).
 */

export type WriteStatus = 'imported' | 'unchanged' | 'updated';

export interface Placement {
  status: WriteStatus;
  slug: string;
  articleFile: string;
  originalFile: string;
  /** The article being replaced, when status is updated. */
  previous?: Article;
}

export interface Destination {
  /** content/articles (or --out). */
  articlesDir: string;
  /** content/originals, beside the articles directory. */
  originalsDir: string;
  /** Files claimed earlier in this run, written or not (dry run): path -> file text (claimArticle). */
  claimed: Map<string, string>;
  /** Old permalinks (`YYYY/MM/DD/slug/`) that archived articles keep as aliases; read once per run. */
  aliases?: Set<string>;
  /** The day folders this run has looked in: folder -> which file holds which article; each read once per run. */
  dayFolders?: Map<string, DayFolderIndex>;
  /** How long to wait for another import's lock on the archive (default: a minute). */
  lockWaitMs?: number;
}

/** What makes two imports the same article, and the same version of it. */
export interface Identity {
  source: string;
  title: string;
  /**
   * What makes an archived file this very version: for a clipping or saved page, the hash of its
   * normalised text, which its article records as `original.textSha256`; for a Markdown article
   * (never renamed, so never looked for under another slug), its text as the importer writes it.
   */
  version: { textSha256: string } | { text: string };
}

/** A folder of the archive that belongs with an articles folder (`originals`, `sources`): its sibling. */
export function archiveFolderFor(articlesDir: string, folder: 'originals' | 'sources'): string {
  return path.join(path.dirname(path.resolve(articlesDir)), folder);
}

/**
 * The articles folder `--out` names, or why it cannot be one. Originals go to its sibling
 * `originals/` and the lock beside both, so `--out` must name a folder called `articles` below
 * some archive folder: `--out ''` (the current folder), `/` or `/articles` would scatter year
 * folders and originals where no archive is.
 */
export function checkArticlesDir(out: string): string | undefined {
  const resolved = path.resolve(out);
  if (out.trim() === '') return '--out is empty; give the articles folder of an archive, such as content/articles';
  if (path.basename(resolved) !== 'articles' || path.dirname(resolved) === path.parse(resolved).root) {
    return `--out ${printableName(out)}: give a folder named articles inside the archive's folder, such as content/articles (originals go beside it, in content/originals)`;
  }
  return undefined;
}

/** Throws unless `file` lies inside `root`: slugs and dates can never write outside content/. */
function assertInside(root: string, file: string): void {
  const relative = path.relative(path.resolve(root), path.resolve(file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new ImportError(`the article path ${printableName(file)} would lie outside ${printableName(root)}`, 'report this: slugs are checked and this should not happen');
  }
}

function readExisting(file: string, destination: Destination): string | undefined {
  const claimed = destination.claimed.get(file);
  if (claimed !== undefined) return claimed;
  if (!existsSync(file)) return undefined;
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // Something unreadable occupies the path; it is not this article, so another slug is taken.
    return '';
  }
}

/** Every alias of the archived articles: such a URL still redirects, so no new article may take it. */
function archivedAliases(destination: Destination): Set<string> {
  if (destination.aliases) return destination.aliases;
  const aliases = new Set<string>();
  const files = existsSync(destination.articlesDir) ? readdirSync(destination.articlesDir, { recursive: true, encoding: 'utf8' }) : [];
  for (const file of files.filter((name) => name.endsWith('.md'))) {
    const text = readExisting(path.join(destination.articlesDir, file), destination) ?? '';
    try {
      const listed = parseArticleFile(text).data.aliases;
      if (Array.isArray(listed)) for (const alias of listed) aliases.add(String(alias));
    } catch {
      // A broken article file is the site build's to report; it holds no alias the importer can trust.
    }
  }
  destination.aliases = aliases;
  return aliases;
}

/** What an article file says its article is; nothing when it cannot be read as one. */
function filedArticle(text: string): FiledArticle {
  try {
    const { data } = parseArticleFile(text);
    return { source: data.source, title: data.title, textSha256: (data.original as { textSha256?: unknown } | undefined)?.textSha256 };
  } catch {
    return {};
  }
}

const sameArticle = (filed: FiledArticle, identity: Identity) => filed.source === identity.source && filed.title === identity.title;

function sameVersion(text: string, filed: FiledArticle, identity: Identity): boolean {
  return 'text' in identity.version ? text === identity.version.text : filed.textSha256 === identity.version.textSha256;
}

/** The article files in a day's folder; none when it is missing or unreadable (writing there says why). */
function articleFilesIn(folder: string): string[] {
  try {
    return readdirSync(folder).filter((name) => name.endsWith('.md')).map((name) => path.join(folder, name));
  } catch {
    return [];
  }
}

/**
 * Which file of a day's folder holds which article, read the first time this run looks there (the
 * files it claimed there included); claimArticle and releaseClaim keep it right from then on.
 * Another import may write there between two batches of this one: a new article where the slug rule
 * puts it, which placing tries and reads anyway, or over a file already indexed, keeping its paper
 * and title (an update), by which it is still found.
 */
function dayFolderIndex(dayFolder: string, destination: Destination): DayFolderIndex {
  destination.dayFolders ??= new Map();
  const known = destination.dayFolders.get(dayFolder);
  if (known) return known;
  const index = new DayFolderIndex();
  const files = new Set(articleFilesIn(dayFolder));
  for (const file of destination.claimed.keys()) if (path.dirname(file) === dayFolder) files.add(file);
  for (const file of files) recordText(index, file, readExisting(file, destination));
  destination.dayFolders.set(dayFolder, index);
  return index;
}

/** Records in its day's index that `file` holds the article `text` is, or none (undefined: no file there). */
function recordText(index: DayFolderIndex, file: string, text: string | undefined): void {
  index.record(path.basename(file), text === undefined ? [] : keysOf(filedArticle(text)));
}

/** Claims `file` for an article's text: later placements in this run see the file holding it, written or not (dry run). */
export function claimArticle(destination: Destination, file: string, text: string): void {
  destination.claimed.set(file, text);
  const index = destination.dayFolders?.get(path.dirname(file));
  if (index) recordText(index, file, text);
}

/**
 * Forgets a claim once its batch is written, or could not be: from then on the file on disk answers
 * for it, and the day's index says what the disk holds (the claimed text, unless writing failed).
 */
export function releaseClaim(destination: Destination, file: string): void {
  const claimedText = destination.claimed.get(file);
  destination.claimed.delete(file);
  const index = destination.dayFolders?.get(path.dirname(file));
  if (!index) return;
  const onDisk = readExisting(file, destination);
  if (onDisk !== claimedText) recordText(index, file, onDisk);
}

/**
 * The slug under which the archive already holds this article on its day, found by what the article
 * is (its paper and title, or this very clipping), not by the slug the rule gives its title today:
 * an archivist may have changed it, and an older importer may have made it by an older rule
 * (`beschlie-t` before `ß` was spelled `ss`). Permalinks never change, so a re-import or --update
 * goes there instead of filing a second copy under the new slug. Undefined when it is not archived.
 */
function archivedSlug(dayFolder: string, identity: Identity, destination: Destination): string | undefined {
  const textSha256 = 'textSha256' in identity.version ? identity.version.textSha256 : undefined;
  const file = dayFolderIndex(dayFolder, destination).first(keysOf({ source: identity.source, title: identity.title, textSha256 }));
  return file && path.basename(file, '.md');
}

/**
 * The file an article goes to. `renameable` is false for Markdown input, whose slug is already
 * published: a different article at that path is then an error rather than a reason for a suffix.
 */
export function placeArticle(
  published: string,
  baseSlug: string,
  identity: Identity,
  destination: Destination,
  options: { update: boolean; renameable: boolean },
): Placement {
  // Set by the disambiguate callback for the candidate it settles on.
  let verdict = 'free' as 'free' | 'same-version' | 'same-article' | 'other';
  let existingText: string | undefined;
  const relativeFile = (slug: string) => articlePath({ published, slug }).replace(/\/$/, '');
  const isTaken = (candidate: string) => {
    existingText = readExisting(path.join(destination.articlesDir, `${relativeFile(candidate)}.md`), destination);
    const filed = existingText === undefined ? {} : filedArticle(existingText);
    if (archivedAliases(destination).has(`${relativeFile(candidate)}/`)) verdict = 'other';
    else if (existingText === undefined) verdict = 'free';
    else if (sameVersion(existingText, filed, identity)) verdict = 'same-version';
    else if (sameArticle(filed, identity)) verdict = 'same-article';
    else verdict = 'other';
    return verdict === 'other' && options.renameable;
  };
  // Where the title's slug holds this article, it is found without reading its day's folder.
  const elsewhere = options.renameable && (isTaken(baseSlug) || verdict === 'free') ? archivedSlug(path.join(destination.articlesDir, path.dirname(relativeFile(baseSlug))), identity, destination) : undefined;
  const slug = disambiguate(elsewhere ?? baseSlug, isTaken);
  const articleFile = path.join(destination.articlesDir, `${relativeFile(slug)}.md`);
  const originalFile = path.join(destination.originalsDir, originalFileName(relativeFile(slug)));
  assertInside(destination.articlesDir, articleFile);
  assertInside(destination.originalsDir, originalFile);

  switch (verdict) {
    case 'free':
      return { status: 'imported', slug, articleFile, originalFile };
    case 'same-version':
      return { status: 'unchanged', slug, articleFile, originalFile };
    case 'other':
      throw new ImportError(
        `${printableName(articleFile)} already holds a different article`,
        'give this article another slug in its frontmatter (the old URL can go in aliases)',
      );
    case 'same-article':
      if (!options.update) {
        throw new ImportError(
          `${printableName(articleFile)} already holds another version of this article`,
          "pass --update to replace it (the old version's hash is kept in revisions), or leave the archived version as it is",
        );
      }
      return { status: 'updated', slug, articleFile, originalFile, previous: parseArticleFile(existingText!).data as Article };
  }
}

/**
 * Runs `work` holding the archive lock, after putting right any change an import killed earlier
 * left half done. Nothing is locked in a dry run, which writes nothing.
 */
export async function underArchiveLock<T>(destination: Destination, dryRun: boolean, work: () => Promise<T>): Promise<T> {
  if (dryRun) return work();
  const contentDir = path.dirname(destination.articlesDir);
  const failed = (what: string) => (error: unknown): never => {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`could not ${what} (${systemError(error)})`, 'check that the content directory is writable and has free space, then import this file again');
  };
  const lock = await lockArchive(contentDir, destination.lockWaitMs ?? 60_000).catch(failed(`lock the archive ${printableName(contentDir)}`));
  try {
    await recoverInterruptedChange(contentDir).catch(failed('undo the change an interrupted import left half done'));
    return await work();
  } finally {
    // A lock left behind is taken over by the next import, which sees this process is gone.
    await lock.release().catch(() => undefined);
  }
}

/** What happens to the original of an article being written. */
export interface OriginalPlan {
  /** Bytes to write to the original's file; none when the file there already holds them. */
  write?: Uint8Array;
  /** The original being replaced, kept beside the new one under its hash, for `revisions`. */
  replaced?: { sha256: string; file: string };
}

/**
 * The original an article records must be the bytes kept for it. `bytes` is the clipping, or for a
 * Markdown article the file its `original.file` names beside it (already checked against `sha256`).
 * A Markdown article without such a file keeps the archived original only if that has its hash.
 */
export async function planOriginal(placement: Placement, sha: string, bytes: Uint8Array | undefined): Promise<OriginalPlan> {
  const kept = await readFile(placement.originalFile).catch((error: NodeJS.ErrnoException) => {
    // ENOTDIR: a folder on the way is a file, so no original is there either; writing will say why it cannot.
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
    throw new ImportError(`could not read the archived original ${printableName(placement.originalFile)} (${systemError(error)})`, 'check that the content directory is readable, then import this file again');
  });
  const keptSha = kept && sha256(kept);
  if (keptSha === sha) return {};
  if (!bytes) {
    throw new ImportError(
      `original.sha256 is ${sha.slice(0, 12)}…, but ${kept ? `the archived original has ${keptSha!.slice(0, 12)}…` : 'the archive holds no original for this article'} and no file beside the article has that hash`,
      'put the original clipping, named as original.file says, beside the .md file; or correct original.sha256',
    );
  }
  // An original without its article (an older importer was killed) belongs to no one: it is replaced.
  if (!keptSha || placement.status !== 'updated') return { write: bytes };
  const replacedFile = path.join(path.dirname(placement.originalFile), originalFileName(path.basename(placement.originalFile, '.txt'), keptSha));
  return { write: bytes, replaced: { sha256: keptSha, file: replacedFile } };
}

/** The files writing an article and its original as planned changes; the replaced original is kept under its hash. */
export function articleChange(placement: Placement, markdown: string, original: OriginalPlan): ArchiveChange {
  const change: ArchiveChange = { writes: [], moves: [] };
  if (original.replaced && !existsSync(original.replaced.file)) change.moves.push({ from: placement.originalFile, to: original.replaced.file });
  if (original.write) change.writes.push({ file: placement.originalFile, data: original.write });
  change.writes.push({ file: placement.articleFile, data: markdown });
  return change;
}

/** Every file an article change touches: two changes of one batch must touch none in common. */
export const changedFiles = (change: ArchiveChange): string[] => [...change.moves.flatMap(({ from, to }) => [from, to]), ...change.writes.map(({ file }) => file)];

/**
 * Applies the changes of several articles as one change: one journal and one round of syncs for
 * them all, and all of them or none on disk whatever happens (group commit).
 */
export async function commitChanges(destination: Destination, changes: readonly ArchiveChange[]): Promise<void> {
  await applyChange(path.dirname(destination.articlesDir), {
    writes: changes.flatMap((change) => change.writes),
    moves: changes.flatMap((change) => change.moves),
  });
}
