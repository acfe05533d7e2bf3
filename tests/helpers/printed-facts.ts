import yaml from 'js-yaml';
import type { Article } from '../../src/lib/article-schema.ts';

/**
 * The facts an article prints, as a golden's expected file or an import's result holds them: what
 * must not change when the same page is copied another way. Not the original's hashes (the copy's
 * own bytes), nor the slug and entities, which follow from these. The body is its paragraphs, each
 * with its whitespace aside (the copy's blanks inside a line are the clipping's text).
 */
export interface PrintedFacts {
  title: string;
  source: string;
  authors: string[];
  dateline?: string;
  published: string;
  printedDate?: string;
  dateCertainty: string;
  dateModified?: string;
  caption?: string;
  credit?: string;
  paywalled?: boolean;
  paragraphs: string[];
}

export function printedFacts(article: Article, body: string): PrintedFacts {
  return {
    title: article.title,
    source: article.source,
    authors: article.authors,
    dateline: article.dateline,
    published: article.published,
    printedDate: article.printedDate,
    dateCertainty: article.dateCertainty,
    dateModified: article.dateModified,
    caption: article.photo?.caption,
    credit: article.photo?.credit,
    paywalled: article.paywalled,
    paragraphs: body.split(/\n\s*\n/u).map((paragraph) => paragraph.replace(/\s+/gu, ' ').trim()).filter(Boolean),
  };
}

/** The facts of a golden's expected Markdown file (frontmatter between `---` lines, then the body). */
export function expectedFacts(markdown: string): PrintedFacts {
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(markdown) ?? [];
  if (frontmatter === undefined) throw new Error('an expected file starts with its frontmatter between --- lines');
  return printedFacts(yaml.load(frontmatter) as Article, body!);
}
