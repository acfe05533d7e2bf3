import type { BigIntStats } from 'node:fs';

/**
 * What stat says of a file that any change to it changes, read without reading the file: its
 * size, its modification and change times (ns) and its inode. A write or a truncation moves
 * both times; setting the modification time back (`touch -d`, `cp -p`, rsync) still moves the
 * change time, which no program can set; a file replaced by a rename is another inode. Only a
 * rewrite of the same size within the same tick of the file system's clock as the state was
 * taken goes unseen, which takes two writers at once.
 */
export function fileState({ size, mtimeNs, ctimeNs, ino }: BigIntStats): string {
  return `${size}:${mtimeNs}:${ctimeNs}:${ino}`;
}
