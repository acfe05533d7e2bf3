import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { siteDir } from '../lib/site-dir.ts';
import { writeFilesOffThread } from './off-thread.ts';
import type { FileToWrite } from './render-messages.ts';
import type { SiteRecord } from '../site/archive.ts';
import { articleReference, type ArticleReference } from './article-citation.ts';
import { articleStaticPaths, earlierOriginals, originalFile } from './article-routes.ts';
import { bibPath, originalPath, risPath } from '../site/paths.ts';

/**
 * The files beside an article's page: its original clipping and any earlier ones, byte for byte,
 * and its reference as RIS and BibTeX. A build writes them straight into the article's folder
 * (writeArticleFiles): as Astro routes, these three small files an article took a quarter of the
 * summed page times of a 10,000-article render (BENCHMARKS.md), though formatting them costs
 * 0.02 ms; `astro dev` serves them from their routes, which answer with the same bytes.
 */
export interface ArticleFile {
  /** Site path, like the article's own: `YYYY/MM/DD/slug/slug.bib`. */
  path: string;
  /** Text to write, or the content file to copy byte for byte. */
  content: FileToWrite['content'];
}

/** An article's files; `reference` is its citation (articleReference), when the caller has it already. */
export async function articleFiles(record: SiteRecord, reference?: ArticleReference): Promise<ArticleFile[]> {
  const { bibtex, ris } = reference ?? (await articleReference(record));
  const original = originalFile(record);
  return [
    ...(original ? [{ path: originalPath(record.path), content: { copyOf: original } }] : []),
    ...earlierOriginals(record).map((earlier) => ({ path: earlier.path, content: { copyOf: earlier.file } })),
    { path: risPath(record.path), content: { text: ris } },
    { path: bibPath(record.path), content: { text: bibtex } },
  ];
}

/**
 * getStaticPaths for the routes of an article's files: the articles `keep` accepts in `astro
 * dev`, none in a build, which writes the files itself.
 */
export async function articleFileStaticPaths(keep: (record: SiteRecord) => boolean = () => true) {
  if (!import.meta.env.DEV) return [];
  return (await articleStaticPaths()).filter(({ props }) => keep(props.record));
}

/** One of an article's files as its route serves it in `astro dev`; a path it has none at is a 404. */
export async function articleFileResponse(record: SiteRecord, sitePath: string, contentType: string): Promise<Response> {
  const file = (await articleFiles(record)).find((candidate) => candidate.path === sitePath);
  if (!file) return new Response(null, { status: 404 });
  const body = 'text' in file.content ? file.content.text : await readFile(file.content.copyOf);
  return new Response(body, { headers: { 'Content-Type': contentType } });
}

/** Writes an article's files below the site a build is writing, on the render worker. */
export async function writeArticleFiles(record: SiteRecord, reference: ArticleReference): Promise<void> {
  const files = await articleFiles(record, reference);
  await writeFilesOffThread(files.map(({ path: sitePath, content }) => ({ file: path.join(siteDir(), sitePath), content })));
}
