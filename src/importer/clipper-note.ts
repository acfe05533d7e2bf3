import yaml from 'js-yaml';
import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { ImportError } from './errors.ts';

/**
 * A note a web clipper wrote as Markdown: Obsidian Web Clipper (frontmatter `title`, `source`,
 * `author` as a list of `[[links]]`, `published`, `created`, `description`, `tags`), MarkDownload
 * (`created`, `tags`, `source`, `author`, then `# Title`, an `> ## Excerpt` quote and a rule) and
 * Joplin's clipper exported with front matter (`title`, `updated`, `created`, `source`), and a page
 * Notion's web clipper saved, exported as Markdown (`# Title`, then its properties, one a line:
 * `Created: …`, `URL: …`). It is not
 * this archive's article: it is a clipping whose facts the clipper wrote down. It is read as the
 * copy it stands for: the title, the byline, the publication date as the clipper took it from the
 * page (never `created`, the day it was clipped), then the article's text as plain paragraphs,
 * without what the clipper added (its frontmatter, the excerpt, image embeds, link targets).
 */

export interface ClipperNote {
  tool: string;
  /** The address the note was clipped from, when its frontmatter gives it: it names the paper. */
  source?: string;
  /** Where the clipper wrote its facts: its frontmatter, or the properties under the title. */
  facts: 'frontmatter' | 'properties';
  /** The title as the clipper wrote it, which may be the browser's title for the page (`Headline | Section | Site`). */
  title: string;
  /** The byline and date lines the note's facts print, and its text's paragraphs. */
  header: string[];
  paragraphs: string[];
}

/** The note as the clipping it stands for, for the clipping reader: its title, facts and text. */
export const noteClipping = (note: ClipperNote, title: string) => `${[title, ...note.header, '', note.paragraphs.join('\n\n')].join('\n')}\n`;

/**
 * Notion's properties under an exported page's title, one a line (`Created: December 1, 2026 10:55
 * AM`, `Tags: …`, `URL: https://…`): they are the database's, never the article's text, and
 * `Created` is the day the page was clipped. The block is known by its `URL` property.
 */
function notionProperties(node: RootContent | undefined): Map<string, string> | undefined {
  if (node?.type !== 'paragraph') return undefined;
  const lines = printedLines(node);
  const properties = lines.map((line) => /^([\p{Lu}][\p{L} ]{0,30}?): (.+)$/u.exec(line));
  if (properties.some((match) => match === null)) return undefined;
  const map = new Map(properties.map((match) => [match![1]!, match![2]!.trim()]));
  return map.has('URL') ? map : undefined;
}

/** A paragraph's lines as printed (a link's words where Notion wrote a link). */
function printedLines(node: RootContent): string[] {
  return printed(node).split('\n').map((line) => line.trim()).filter(Boolean);
}

/** The archive's own article keys: a note holding them is an exported article, not a clipper's. */
const ARTICLE_KEYS = ['slug', 'original', 'dateCertainty'];

const FRONTMATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** Obsidian writes each author as a link to a note of that name: `[[Tamar Gelashvili]]`. */
const unlinked = (name: string) => name.replace(/^\[\[(?:[^\]|]*\|)?([^\]]*)\]\]$/, '$1').trim();

function authorsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s*,\s*/) : [];
  return list.filter((item): item is string => typeof item === 'string').map(unlinked).filter(Boolean);
}

function toolOf(data: Record<string, unknown>): string {
  if (typeof data.created === 'string' && /\(UTC [+-]\d{2}:\d{2}\)$/.test(data.created)) return 'MarkDownload';
  if ('updated' in data) return "Joplin's web clipper";
  return 'Obsidian Web Clipper';
}

/** A node's text as printed: images left out, links as their words. */
function printed(node: RootContent): string {
  if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html') return '';
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  if (node.type === 'break') return ' ';
  return 'children' in node ? node.children.map((child) => printed(child as RootContent)).join('') : '';
}

/** The paragraphs a Markdown text prints, one per block; list items and quoted paragraphs each their own. */
function paragraphsOf(nodes: RootContent[]): string[] {
  return nodes.flatMap((node) => {
    if (node.type === 'list' || node.type === 'blockquote' || node.type === 'listItem') return paragraphsOf(node.children as RootContent[]);
    if (node.type === 'thematicBreak') return [];
    const text = printed(node).replace(/\s+/g, ' ').trim();
    return text ? [text] : [];
  });
}

/** MarkDownload's addition under its title: the page's excerpt as a quote headed `Excerpt`. */
const isExcerpt = (node: RootContent | undefined) => node?.type === 'blockquote' && node.children[0]?.type === 'heading' && printed(node.children[0]).trim() === 'Excerpt';

/** The note's text without MarkDownload's excerpt and the rule under it. */
function withoutExcerpt(nodes: RootContent[]): RootContent[] {
  const [first, second, ...rest] = nodes;
  if (!isExcerpt(first)) return nodes;
  return second?.type === 'thematicBreak' ? rest : [second!, ...rest].filter(Boolean);
}

/** A note's frontmatter fields, {} for none; undefined when it has frontmatter that is not YAML or not a mapping. */
function frontmatterOf(match: RegExpExecArray | null): Record<string, unknown> | undefined {
  if (!match) return {};
  try {
    // The core schema: `published: 2017-11-14` stays the text the clipper wrote, not a Date at midnight UTC.
    const data = yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA });
    return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The clipper's note a Markdown file is, or undefined when it is none: this archive's own article,
 * or a file with neither frontmatter naming the page it was clipped from nor, without frontmatter,
 * a `# Title` heading opening it (MarkDownload with its front matter turned off).
 */
export function clipperNote(text: string): ClipperNote | undefined {
  const match = FRONTMATTER.exec(text);
  const fields = frontmatterOf(match);
  if (!fields || ARTICLE_KEYS.some((key) => key in fields)) return undefined;
  const tree = unified().use(remarkParse).parse(match ? text.slice(match[0].length) : text) as Root;
  let nodes = tree.children;
  const [head] = nodes;
  const opensWithTitle = head?.type === 'heading' && head.depth === 1;
  const properties = !match && opensWithTitle ? notionProperties(nodes[1]) : undefined;
  const address = properties?.get('URL') ?? fields.source;
  const source = typeof address === 'string' && /^https?:\/\//i.test(address.trim()) ? address.trim() : undefined;
  if (match ? source === undefined : !opensWithTitle) return undefined;

  let title = typeof fields.title === 'string' ? fields.title.trim() : undefined;
  // MarkDownload and Notion print the title as the note's first heading; their frontmatter has none.
  if (opensWithTitle && (title === undefined || printed(head).trim() === title)) {
    title = printed(head).trim();
    nodes = nodes.slice(properties ? 2 : 1);
  }
  const tool = match ? toolOf(fields) : properties ? 'Notion' : isExcerpt(nodes[0]) ? 'MarkDownload' : 'a Markdown clipper';
  nodes = withoutExcerpt(nodes);
  if (!title) {
    throw new ImportError(`the note clipped from ${source} has no title (no title in its frontmatter, no # heading over its text)`, 'add the title as printed on the page to its frontmatter (title: ...)');
  }
  const authors = authorsOf(properties ? properties.get('Author') : fields.author);
  const published = typeof fields.published === 'string' && fields.published.trim() !== '' ? fields.published.trim() : undefined;
  const header = [...(authors.length > 0 ? [`By ${authors.join(' and ')}`] : []), ...(published ? [published] : [])];
  return { tool, source, facts: properties ? 'properties' : 'frontmatter', title, header, paragraphs: paragraphsOf(nodes) };
}
