import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { articleSchema, type Article } from '../lib/article-schema.ts';
import { ENTITY_KINDS } from '../lib/gazetteer-schema.ts';
import { normaliseMarkdown } from './body-markdown.ts';
import type { ContentData } from './content-data.ts';
import { ImportError } from './errors.ts';
import { parseArticleFile } from './frontmatter.ts';
import { sha256 } from './original-hash.ts';
import { decodeInput, normaliseText, readInputFile } from './read-input.ts';

/**
 * An article that is already Markdown with frontmatter (exported from another archive, or edited
 * by hand) is checked against the one article schema and the archive's sources and gazetteer, then
 * rewritten in the importer's own form.
 */

export function looksLikeMarkdownArticle(file: string, text: string): boolean {
  return /\.(?:md|markdown)$/i.test(file) && /^---[ \t]*\n/.test(text);
}

/** 1-based line of a top-level frontmatter key, so the message points at it. */
function lineOfKey(text: string, key: string | number | undefined): number | undefined {
  if (typeof key !== 'string') return undefined;
  const index = text.split('\n').findIndex((line) => line.startsWith(`${key}:`));
  return index === -1 ? undefined : index + 1;
}

export function readMarkdownArticle(text: string, data: ContentData): { article: Article; body: string } {
  let parsed: ReturnType<typeof parseArticleFile>;
  try {
    parsed = parseArticleFile(text);
  } catch (error) {
    // js-yaml counts from 0 in a text that starts with the rest of the opening --- line.
    const mark = (error as { mark?: { line?: number } }).mark;
    throw new ImportError(`the frontmatter is not valid YAML (${(error as Error).message.split('\n')[0]})`, 'fix the YAML between the --- lines', mark?.line === undefined ? undefined : mark.line + 1);
  }
  const result = articleSchema.safeParse(parsed.data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.') || 'frontmatter';
    throw new ImportError(`frontmatter field ${field} ${issue.message}`, `correct ${field} (see src/lib/article-schema.ts for what an article holds)`, lineOfKey(text, issue.path[0] as string | undefined));
  }
  const article = result.data;
  if (!data.sources.has(article.source)) {
    throw new ImportError(`source ${article.source} is not in content/sources/`, `use one of ${[...data.sources.keys()].join(', ')}, or add content/sources/${article.source}.yaml`, lineOfKey(text, 'source'));
  }
  for (const kind of ENTITY_KINDS) {
    const unknown = article[kind].find((id) => !(id in data.gazetteer[kind]));
    if (unknown) {
      throw new ImportError(`${kind} lists ${unknown}, which is not in content/gazetteer/${kind}.yaml`, `add ${unknown} to the gazetteer or remove it from ${kind}`, lineOfKey(text, kind));
    }
  }
  const body = normaliseMarkdown(parsed.body);
  if (body.trim() === '') throw new ImportError('the article has no body text', 'put the article text below the frontmatter');
  return { article, body };
}

/**
 * The original clipping an exported article brings along: the file its `original.file` names, in
 * the same folder (a plain file, not a link), whose bytes must have the hash the article records.
 * None when there is no such file; the archive's own original must then have that hash.
 */
export async function originalBeside(file: string, original: Article['original']): Promise<Uint8Array | undefined> {
  const name = original.file;
  if (name !== path.basename(name) || name.startsWith('.')) return undefined;
  const beside = path.join(path.dirname(file), name);
  const info = await lstat(beside).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  const bytes = await readInputFile(beside);
  const mismatch = (field: string) =>
    new ImportError(`original.${field} is not the hash of ${name} beside the article`, `check that ${name} is the article's original clipping, or correct original.${field}`);
  if (sha256(bytes) !== original.sha256) throw mismatch('sha256');
  if (original.textSha256 !== undefined && sha256(normaliseText(decodeInput(bytes).text)) !== original.textSha256) throw mismatch('textSha256');
  return bytes;
}
