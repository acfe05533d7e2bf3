/**
 * Which file of one day's folder holds which article, found by what the article is (its paper and
 * title) or by the clipping it was read from (the hash of its normalised text, `original.textSha256`).
 * Placing an article looks it up there under whatever slug it was filed (write-article.ts), so a
 * day's batch of N clippings reads the folder once instead of about N²/2 files.
 */

/** What an article file says it holds, as far as finding it goes; a fact that is not a string (a broken file) finds nothing. */
export interface FiledArticle {
  source?: unknown;
  title?: unknown;
  textSha256?: unknown;
}

/** The keys an article is found by: two articles share a key when they are the same article or the same clipping. */
export function keysOf({ source, title, textSha256 }: FiledArticle): string[] {
  const keys: string[] = [];
  if (typeof source === 'string' && typeof title === 'string') keys.push(JSON.stringify(['article', source, title]));
  if (typeof textSha256 === 'string') keys.push(JSON.stringify(['clipping', textSha256]));
  return keys;
}

export class DayFolderIndex {
  /** File name -> the keys of the article it holds. */
  readonly #keysByFile = new Map<string, string[]>();
  /** Key -> the names of the files holding an article with that key. */
  readonly #filesByKey = new Map<string, Set<string>>();

  /** The file `name` now holds an article with these keys (none: no article), in place of what it held. */
  record(name: string, keys: string[]): void {
    for (const key of this.#keysByFile.get(name) ?? []) this.#filesByKey.get(key)!.delete(name);
    this.#keysByFile.set(name, keys);
    for (const key of keys) {
      const files = this.#filesByKey.get(key) ?? new Set<string>();
      files.add(name);
      this.#filesByKey.set(key, files);
    }
  }

  /** The first file, in name order, holding an article with any of these keys. */
  first(keys: string[]): string | undefined {
    return keys.flatMap((key) => [...(this.#filesByKey.get(key) ?? [])]).sort()[0];
  }
}
