import matter from 'gray-matter';
import yaml from 'js-yaml';
import type { Article } from '../lib/article-schema.ts';
import { ENTITY_KINDS } from '../lib/entity-kinds.ts';

/**
 * Article files: YAML frontmatter (gray-matter) over a Markdown body. Keys are written in one fixed
 * order so that re-imports produce byte-identical files and diffs stay readable.
 */

const KEY_ORDER: (keyof Article)[] = [
  'title', 'slug', 'source', 'authors', 'dateline', 'published', 'dateModified', 'printedDate', 'dateCertainty', 'photo',
  'original', 'url', 'capture', ...ENTITY_KINDS, 'aliases', 'revisions',
];

// js-yaml quotes any string that YAML would otherwise read as another type, so `published` stays a
// string rather than becoming a Date; long titles are not folded.
const engines = {
  yaml: {
    parse: (text: string) => yaml.load(text) as object,
    stringify: (data: object) => yaml.dump(data, { lineWidth: -1, noRefs: true }),
  },
};

export function serialiseArticle(article: Article, body: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (article[key] !== undefined) ordered[key] = article[key];
  return matter.stringify(body, ordered, { engines });
}

/** Frontmatter and body of an article file; passing options keeps gray-matter's shared cache out of it. */
export function parseArticleFile(text: string): { data: Record<string, unknown>; body: string } {
  const parsed = matter(text, { engines });
  return { data: parsed.data, body: parsed.content };
}
