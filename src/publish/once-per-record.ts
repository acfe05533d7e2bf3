import { REREADS_CONTENT } from '../lib/build-mode.ts';

/**
 * `make` as a function that makes its value once per article record in a build and keeps it as
 * long as the record (a build reads each record once, src/data/archive.ts). `astro dev` reads the
 * archive afresh and its routes may hold a record from before an edit, so there the value is made
 * each time it is asked for.
 */
export function oncePerRecord<R extends object, T>(make: (record: R) => T): (record: R) => T {
  const made = new WeakMap<R, T>();
  return (record) => {
    if (REREADS_CONTENT) return make(record);
    if (!made.has(record)) made.set(record, make(record));
    return made.get(record) as T;
  };
}
