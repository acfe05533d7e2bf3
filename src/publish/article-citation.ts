import { loadArchive, sourceOf, type SiteRecord } from '../data/archive.ts';
import { bibtex, cslItem, ris, type CslItem } from '../views/citation.ts';
import { absoluteUrl } from '../views/site.ts';
import { oncePerRecord } from './once-per-record.ts';

/** An archived article's citation record: its paper as container, its archive URL (no access date: see CitationInput). */
async function articleCslItem(record: SiteRecord): Promise<CslItem> {
  const source = sourceOf(await loadArchive(), record);
  return cslItem({
    article: record.article,
    sourceName: source.name,
    language: source.language,
    url: absoluteUrl(record.path),
    ...(record.article.original.database ? { database: record.article.original.database } : {}),
  });
}

/** An article's citation record, and its BibTeX and RIS, which both the page and the downloads show. */
export interface ArticleReference {
  item: CslItem;
  bibtex: string;
  ris: string;
}

async function makeReference(record: SiteRecord): Promise<ArticleReference> {
  const item = await articleCslItem(record);
  return { item, bibtex: bibtex(item), ris: ris(item) };
}

/**
 * Each article's reference made once in a build, though two steps may ask for it: its files,
 * when they are written (src/publish/article-files.ts), and its page's render, which may come
 * from rendering ahead (src/publish/article-render.ts); an article that neither renders nor
 * changed asks for none. Held by the record, which a build reads once (src/data/archive.ts)
 * and which holds what the reference is made from but its paper's record, also read once a
 * build. `astro dev` reads the archive afresh and its routes
 * may hold a record from before an edit, so there each reference is made when asked for.
 */
export const articleReference: (record: SiteRecord) => Promise<ArticleReference> = oncePerRecord(makeReference);
