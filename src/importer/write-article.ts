import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { disambiguate } from '../lib/slug.ts';
import { articlePath } from '../lib/urls.ts';
import type { Article } from '../lib/article-schema.ts';
import { ImportError } from './errors.ts';
import { parseArticleFile } from './frontmatter.ts';

/**
 * Where an article goes and how it gets there. The permalink decides the file; an existing file
 * there is the same clipping (unchanged), a new version of the same article (refused unless
 * --update), or a different article (another slug). Files are written to a temp name and renamed,
 * so nobody ever sees half an article.
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
  /** Files claimed earlier in this run, written or not (dry run): path -> file text. */
  claimed: Map<string, string>;
  /** Old permalinks (`YYYY/MM/DD/slug/`) that archived articles keep as aliases; read once per run. */
  aliases?: Set<string>;
}

/** What makes two imports the same article, and the same version of it. */
export interface Identity {
  source: string;
  title: string;
  /** Whether an existing article file's text is this very version. */
  sameVersion(existingText: string): boolean;
}

/** The originals folder that belongs with an articles folder: its sibling. */
export function originalsDirFor(articlesDir: string): string {
  return path.join(path.dirname(path.resolve(articlesDir)), 'originals');
}

/** Throws unless `file` lies inside `root`: slugs and dates can never write outside content/. */
function assertInside(root: string, file: string): void {
  const relative = path.relative(path.resolve(root), path.resolve(file));
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) {
    throw new ImportError(`the article path ${file} would lie outside ${root}`, 'report this: slugs are checked and this should not happen');
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

function sameArticle(existingText: string, identity: Identity): boolean {
  try {
    const { data } = parseArticleFile(existingText);
    return data.source === identity.source && data.title === identity.title;
  } catch {
    return false;
  }
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
  const slug = disambiguate(baseSlug, (candidate) => {
    existingText = readExisting(path.join(destination.articlesDir, `${relativeFile(candidate)}.md`), destination);
    if (archivedAliases(destination).has(`${relativeFile(candidate)}/`)) verdict = 'other';
    else if (existingText === undefined) verdict = 'free';
    else if (identity.sameVersion(existingText)) verdict = 'same-version';
    else if (sameArticle(existingText, identity)) verdict = 'same-article';
    else verdict = 'other';
    return verdict === 'other' && options.renameable;
  });
  const articleFile = path.join(destination.articlesDir, `${relativeFile(slug)}.md`);
  const originalFile = path.join(destination.originalsDir, `${relativeFile(slug)}.txt`);
  assertInside(destination.articlesDir, articleFile);
  assertInside(destination.originalsDir, originalFile);

  switch (verdict) {
    case 'free':
      return { status: 'imported', slug, articleFile, originalFile };
    case 'same-version':
      return { status: 'unchanged', slug, articleFile, originalFile };
    case 'other':
      throw new ImportError(
        `${articleFile} already holds a different article`,
        'give this article another slug in its frontmatter (the old URL can go in aliases)',
      );
    case 'same-article':
      if (!options.update) {
        throw new ImportError(
          `${articleFile} already holds another version of this article`,
          "pass --update to replace it (the old version's hash is kept in revisions), or leave the archived version as it is",
        );
      }
      return { status: 'updated', slug, articleFile, originalFile, previous: parseArticleFile(existingText!).data as Article };
  }
}

async function writeAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  // Hidden and not *.md, so a build running meanwhile never picks it up.
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Writes the original, then the article. When the article cannot be written, a newly written
 * original is removed again, so a refused or failed import leaves nothing behind.
 * On update the replaced original is kept beside the new one, named by its hash.
 */
export async function commitArticle(placement: Placement, markdown: string, original?: Uint8Array): Promise<void> {
  const { articleFile, originalFile, previous } = placement;
  if (!original) {
    await writeAtomic(articleFile, markdown);
    return;
  }
  if (previous && existsSync(originalFile)) {
    await rename(originalFile, originalFile.replace(/\.txt$/, `.${previous.original.sha256.slice(0, 12)}.txt`));
  }
  const hadOriginal = existsSync(originalFile);
  await writeAtomic(originalFile, original);
  try {
    await writeAtomic(articleFile, markdown);
  } catch (error) {
    if (!hadOriginal) await rm(originalFile, { force: true });
    throw error;
  }
}
