import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusFiles, type CorpusOptions } from './corpus.ts';

export interface WrittenCorpus {
  files: number;
  bytes: number;
}

/** Writes a synthetic corpus below `root` (a temporary content folder, never content/). */
export function writeCorpus(root: string, options: CorpusOptions): WrittenCorpus {
  const made = new Set<string>();
  let files = 0;
  let bytes = 0;
  for (const file of corpusFiles(options)) {
    const target = path.join(root, file.path);
    const folder = path.dirname(target);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    writeFileSync(target, file.content);
    files += 1;
    bytes += Buffer.byteLength(file.content);
  }
  return { files, bytes };
}
