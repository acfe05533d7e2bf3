import type { ExportContext } from './export-formats.ts';
import type { PagefindResult } from './pagefind-api.ts';
import { readFragments, type ReadOptions } from './read-fragments.ts';

/**
 * Export: every result of the search, not only those on screen, written in the browser
 * (src/search/client/export-formats.ts) and handed to the reader as a file download. The
 * writers and the citation record they share with the article pages are fetched on the first
 * export (a chunk of their own, about 2 KB compressed), not with every first search.
 */

export const EXPORT_FORMATS = ['csv', 'json', 'ris', 'bib'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** As the buttons name them. */
export const EXPORT_NAMES: Record<ExportFormat, string> = { csv: 'CSV', json: 'JSON', ris: 'RIS', bib: 'BibTeX' };

/** `dateline-search-bibilov-kremlin-2026-12-05.csv`: the query's words and the day. */
export function exportFileName(query: string, exported: Date, format: ExportFormat): string {
  const words = query.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
  const name = words.join('-').slice(0, 60).replace(/-+$/, '') || 'all';
  return `dateline-search-${name}-${exported.toISOString().slice(0, 10)}.${format}`;
}

/** The writers' chunk, fetched once: when the reader opens the export panel, before choosing a format. */
let writers: Promise<typeof import('./export-formats.ts')> | undefined;
export function loadWriters(): Promise<typeof import('./export-formats.ts')> {
  writers ??= import('./export-formats.ts');
  // A chunk that failed to load is fetched again on the next export.
  writers.catch(() => (writers = undefined));
  return writers;
}

/** Reads every result's fragment, writes the file and starts its download; rejects when `signal` stops it. */
export async function downloadExport(format: ExportFormat, results: readonly PagefindResult[], context: ExportContext, reading: ReadOptions): Promise<void> {
  const { EXPORT_TYPES, exportFile, exportRecord } = await loadWriters();
  const records = await readFragments(results, (fragment) => exportRecord(fragment, location.origin), reading);
  const blob = new Blob([exportFile(format, records, context)], { type: EXPORT_TYPES[format] });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = exportFileName(context.query, context.exported, format);
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy once the click's task is over.
  setTimeout(() => URL.revokeObjectURL(link.href), 0);
}
