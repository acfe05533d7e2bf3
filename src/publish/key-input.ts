/**
 * How a page's input is written into its key: an article record or content entry as its file's
 * digest (the record's other fields are read from that file), the archive itself as a mark (its
 * sources and gazetteer are in the build-wide digest), Maps and Sets by their entries. A
 * function could print anything, so a page input holding one is refused.
 */
function keyReplacer(this: unknown, name: string, value: unknown): unknown {
  if (typeof value === 'function') throw new Error(`a page's cache key input holds a function (${name}): give the page plain data`);
  if (value instanceof Map || value instanceof Set) return [...value];
  if (value === null || typeof value !== 'object') return value;
  if ('collection' in value && 'digest' in value && 'id' in value) return `${String(value.collection)}:${String(value.id)}:${String(value.digest)}`;
  if ('article' in value && 'position' in value && typeof value.article === 'object' && value.article && 'entry' in value.article) {
    return keyReplacer.call(value, name, value.article.entry);
  }
  if ('chronological' in value && 'gazetteer' in value && 'sources' in value) return 'archive';
  return value;
}

/** A page's input as its key is taken over (keyReplacer). */
export function keyInput(input: unknown): string {
  return JSON.stringify(input, keyReplacer) ?? '';
}

/**
 * What every page's key holds of the archive (src/publish/page-keys.ts): every source record and
 * the whole gazetteer, whose names any page may print.
 */
export function archiveWideInput(site: { sources: Map<string, unknown>; gazetteer: Record<string, Map<string, unknown>> }): string {
  return keyInput([site.sources, site.gazetteer]);
}
