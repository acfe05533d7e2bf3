import type { PagefindFragment, PagefindResult } from './pagefind-api.ts';

/**
 * Fragments fetched at once. Chromium opens six connections to a host over HTTP/1.1 and queues
 * the rest, so past a few more than six the number changes little; measured in BENCHMARKS.md
 * ("Keystroke and export in the client"): 6 at once was slower, 64 no faster.
 */
const AT_ONCE = 16;

export interface ReadOptions {
  /** Called after each fragment is read, with how many are. */
  onProgress?: (done: number) => void;
  /** Stops asking for fragments: the promise rejects with the signal's reason (those on their way still arrive). */
  signal?: AbortSignal;
}

/**
 * What `read` takes from each result's fragment, in the results' order. `read` runs as soon as
 * its fragment arrives: Pagefind rewrites a fragment's matched locations on every data() call
 * (true-matches.ts), so nothing holds a fragment past the call that fetched it.
 */
export async function readFragments<T>(results: readonly PagefindResult[], read: (fragment: PagefindFragment) => T, { onProgress, signal }: ReadOptions = {}): Promise<T[]> {
  const taken: T[] = new Array<T>(results.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < results.length) {
      signal?.throwIfAborted();
      const i = next++;
      taken[i] = read(await results[i]!.data());
      onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, results.length) }, worker));
  signal?.throwIfAborted();
  return taken;
}
