import type { PagefindFragment, PagefindResult } from './pagefind-api.ts';

/** Fragments fetched at once: enough to keep the connection busy, few enough not to queue hundreds. */
const AT_ONCE = 16;

/**
 * What `read` takes from each result's fragment, in the results' order. `read` runs as soon as
 * its fragment arrives: Pagefind rewrites a fragment's matched locations on every data() call
 * (true-matches.ts), so nothing holds a fragment past the call that fetched it.
 */
export async function readFragments<T>(
  results: readonly PagefindResult[],
  read: (fragment: PagefindFragment) => T,
  onProgress: (done: number) => void = () => undefined,
): Promise<T[]> {
  const taken: T[] = new Array<T>(results.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < results.length) {
      const i = next++;
      taken[i] = read(await results[i]!.data());
      onProgress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, results.length) }, worker));
  return taken;
}
