import { parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import type { Article } from '../lib/article-schema.ts';
import { ENTITY_KINDS } from '../lib/entity-kinds.ts';

/**
 * Article files: YAML frontmatter over a Markdown body, read with the parser the site's content
 * loader uses (src/lib/frontmatter-loader.ts). Keys are written in one fixed order so that
 * re-imports produce byte-identical files and diffs stay readable.
 */

const KEY_ORDER: (keyof Article)[] = [
  'title', 'slug', 'source', 'authors', 'dateline', 'published', 'dateModified', 'printedDate', 'dateCertainty', 'photo',
  'original', 'url', 'capture', 'paywalled', ...ENTITY_KINDS, 'aliases', 'revisions',
];

/**
 * js-yaml quotes any string that YAML would otherwise read as another type, so `published` stays a
 * string rather than becoming a Date; long titles are not folded. The layout (`---`, the YAML,
 * `---`, the body ending in a newline) is the one every article in an archive already has.
 */
export function serialiseArticle(article: Article, body: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (article[key] !== undefined) ordered[key] = article[key];
  const frontmatter = yaml.dump(ordered, { lineWidth: -1, noRefs: true }).trim();
  return `---\n${frontmatter}\n---\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

/** Frontmatter and body of an article file; the body starts on the line after the closing `---`. */
export function parseArticleFile(text: string): { data: Record<string, unknown>; body: string } {
  const parsed = parseFrontmatter(text);
  return { data: parsed.frontmatter, body: parsed.content.replace(/^\r?\n/, '') };
}
