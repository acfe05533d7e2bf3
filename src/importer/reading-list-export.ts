import { ImportError } from './errors.ts';

/**
 * A read-it-later service's export: Pocket's (`ril_export.html`, titled "Pocket Export", or its
 * CSV, `title,url,time_added,…`) and Instapaper's (`URL,Title,Selection,Folder,Timestamp`, or its
 * HTML, titled "Instapaper: Export"). It lists the pages a reader saved, by address and title, and
 * holds none of their text: read as a page or a clipping, its first link's title was taken for a
 * headline. It is refused, saying what it is and how the articles it lists get in.
 */

const EXPORTS: [name: string, test: RegExp][] = [
  ["Pocket's export", /<title>\s*Pocket Export\s*<\/title>|^title,url,time_added\b/i],
  ["Instapaper's export", /<title>\s*Instapaper: Export\s*<\/title>|^URL,Title,Selection,Folder,Timestamp\b/i],
];

export function refuseReadingListExport(text: string): void {
  const head = text.slice(0, 2000);
  const found = EXPORTS.find(([, test]) => test.test(head));
  if (!found) return;
  const links = text.match(/https?:\/\/[^\s",<>]+/g)?.length ?? 0;
  throw new ImportError(
    `this is ${found[0]}: a list of ${links} saved page${links === 1 ? '' : 's'} (their addresses and titles), which holds no article's text`,
    "open each article it lists and save its page (as .html) or copy its text into a .txt clipping, then import those",
    1,
  );
}
