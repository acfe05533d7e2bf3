import { loadArchive, sourceOf, type SiteRecord } from '../data/archive.ts';
import { bibtex, cslItem, ris, type CslItem } from '../views/citation.ts';
import { absoluteUrl } from '../views/site.ts';

/** An archived article's citation record: its paper as container, its archive URL (no access date: see CitationInput). */
async function articleCslItem(record: SiteRecord): Promise<CslItem> {
  const source = sourceOf(await loadArchive(), record);
  return cslItem({
    article: record.article,
    sourceName: source.name,
    language: source.language,
    url: absoluteUrl(record.path),
  });
}

/** An article's citation record, and its BibTeX and RIS, which both the page and the downloads show. */
export interface ArticleReference {
  item: CslItem;
  bibtex: string;
  ris: string;
}

export async function articleReference(record: SiteRecord): Promise<ArticleReference> {
  const item = await articleCslItem(record);
  return { item, bibtex: bibtex(item), ris: ris(item) };
}
