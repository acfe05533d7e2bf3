import { createHash } from 'node:crypto';
import path from 'node:path';
import { articleSchema, type Article } from '../lib/article-schema.ts';
import { slugify } from '../lib/slug.ts';
import { paragraphsToMarkdown } from './body-markdown.ts';
import type { ContentData } from './content-data.ts';
import { ImportError, printable } from './errors.ts';
import { parseArticleFile, serialiseArticle } from './frontmatter.ts';
import { htmlToClippingText, looksLikeHtml } from './html-input.ts';
import { looksLikeMarkdownArticle, originalBeside, readMarkdownArticle } from './markdown-input.ts';
import { readClipping, type ClippingOptions } from './read-clipping.ts';
import { decodeInput, normaliseText, readInputFile, refuseLineSeparators, systemError, type DecodedInput } from './read-input.ts';
import { commitArticle, placeArticle, planOriginal, underArchiveLock, type Destination, type Identity, type WriteStatus } from './write-article.ts';

/**
 * One input file in, one article file (and its original) out, or a refusal that writes nothing.
 */

export interface ImportOptions extends ClippingOptions {
  update: boolean;
  dryRun: boolean;
}

export type ImportStatus = WriteStatus | 'failed';

export interface ImportResult {
  file: string;
  status: ImportStatus;
  /** The article file written (or that would be, in a dry run). */
  target?: string;
  article?: Article & { body: string };
  /** What the archivist should know although nothing failed. */
  notes?: string[];
  error?: { line?: number; reason: string; fix: string; internal?: true };
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** A paper is not dated much beyond today: a day's grace covers every time zone. */
const FUTURE_GRACE_MS = 24 * 60 * 60 * 1000;

function validated(article: Article, now: Date): Article {
  const parsed = articleSchema.safeParse(article);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError(`the article's ${issue.path.join('.')} ${issue.message}`, 'correct that part of the clipping');
  }
  if (Date.parse(parsed.data.published) > now.getTime() + FUTURE_GRACE_MS) {
    throw new ImportError(
      `the publication date ${parsed.data.published.slice(0, 10)} is in the future`,
      'correct the date line (or published), or pass --date YYYY-MM-DD or --year YYYY with the real date',
    );
  }
  return parsed.data;
}

/** The timestamp for a revisions entry: now, to the second, in UTC. */
const replacedAt = (now: Date) => now.toISOString().replace(/\.\d{3}Z$/, 'Z');

interface Prepared {
  article: Article;
  body: string;
  identity: Identity;
  /** Raw bytes to keep in content/originals: the clipping, or the original a Markdown article brings beside it. */
  original?: Uint8Array;
  renameable: boolean;
  /** How the bytes were read; anything but UTF-8 is worth telling the archivist. */
  encoding: DecodedInput['encoding'];
}

async function prepare(file: string, bytes: Uint8Array, data: ContentData, options: ImportOptions): Promise<Prepared> {
  const { text, encoding } = decodeInput(bytes);
  if (looksLikeMarkdownArticle(file, text)) {
    const { article, body } = readMarkdownArticle(text, data);
    const normalised = serialiseArticle(article, body);
    return {
      article,
      body,
      identity: { source: article.source, title: article.title, sameVersion: (existing) => existing === normalised },
      original: await originalBeside(file, article.original),
      renameable: false,
      encoding,
    };
  }
  const html = looksLikeHtml(file, text);
  if (!html) refuseLineSeparators(text);
  const clippingText = html ? htmlToClippingText(text) : text;
  const textSha256 = sha256(normaliseText(text));
  const { facts, paragraphs } = readClipping(clippingText, data, options);
  const slug = slugify(facts.title) || `${facts.source}-${textSha256.slice(0, 8)}`;
  const article: Article = {
    ...facts,
    slug,
    original: { file: path.basename(file), sha256: sha256(bytes), textSha256 },
    aliases: [],
    revisions: [],
  };
  return {
    article,
    body: paragraphsToMarkdown(paragraphs),
    identity: {
      source: facts.source,
      title: facts.title,
      sameVersion: (existing) => {
        try {
          return (parseArticleFile(existing).data.original as { textSha256?: string } | undefined)?.textSha256 === textSha256;
        } catch {
          return false;
        }
      },
    },
    original: bytes,
    renameable: true,
    encoding,
  };
}

async function importOne(file: string, data: ContentData, destination: Destination, options: ImportOptions): Promise<ImportResult> {
  const bytes = await readInputFile(file);
  const prepared = await prepare(file, bytes, data, options);
  const { placement, article, markdown } = await underArchiveLock(destination, options.dryRun, async () => {
    const placement = placeArticle(prepared.article.published, prepared.article.slug, prepared.identity, destination, {
      update: options.update,
      renameable: prepared.renameable,
    });
    const unchanged = placement.status === 'unchanged';
    const original = unchanged ? {} : await planOriginal(placement, prepared.article.original.sha256, prepared.original);
    let article: Article = { ...prepared.article, slug: placement.slug };
    if (placement.previous) {
      const { previous } = placement;
      const revision = original.replaced && { sha256: original.replaced.sha256, replaced: replacedAt(options.now ?? new Date()) };
      article = { ...article, aliases: previous.aliases ?? [], revisions: [...(previous.revisions ?? []), ...(revision ? [revision] : [])] };
    }
    article = validated(article, options.now ?? new Date());
    const markdown = serialiseArticle(article, prepared.body);
    if (!unchanged && !options.dryRun) {
      try {
        await commitArticle(destination, placement, markdown, original);
      } catch (error) {
        throw new ImportError(`could not write ${printable(placement.articleFile)} (${systemError(error)})`, 'check that the content directory is writable and has free space, then import this file again');
      }
    }
    return { placement, article, markdown };
  });
  destination.claimed.set(placement.articleFile, markdown);
  for (const alias of article.aliases) destination.aliases?.add(alias);
  const notes = prepared.encoding === 'utf-8' ? undefined : [`read as ${prepared.encoding} and converted to UTF-8; the original keeps the bytes as received`];
  return { file, status: placement.status, target: placement.articleFile, article: { ...article, body: prepared.body }, notes };
}

/**
 * Never throws: a refusal becomes a failed result with its line and fix; anything else is an
 * importer bug, reported as a failed result marked internal so one bad file cannot stop a batch.
 */
export async function importFile(file: string, data: ContentData, destination: Destination, options: ImportOptions): Promise<ImportResult> {
  try {
    return await importOne(file, data, destination, options);
  } catch (error) {
    if (error instanceof ImportError) {
      return { file, status: 'failed', error: { line: error.line, reason: error.reason, fix: error.fix } };
    }
    const reason = `internal error: ${error instanceof Error ? error.message : String(error)}`;
    return { file, status: 'failed', error: { reason, fix: 'report this as an importer bug, with the file', internal: true } };
  }
}
