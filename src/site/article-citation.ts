import { loadArchive, sourceOf, type SiteRecord } from './archive.ts';
import { BUILD_DATE } from './build-date.ts';
import { cslItem, type CslItem } from './citation.ts';
import { absoluteUrl } from './links.ts';

/** An archived article's citation record: its paper as container, its archive URL, the build day. */
export async function articleCslItem(record: SiteRecord): Promise<CslItem> {
  const source = sourceOf(await loadArchive(), record);
  return cslItem({
    article: record.article,
    sourceName: source.name,
    language: source.language,
    url: absoluteUrl(record.path),
    accessed: BUILD_DATE,
  });
}
