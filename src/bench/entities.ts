/**
 * `npm run bench -- --entities [--entities-mb N]`: how long entity matching takes on a body made of
 * nothing but the archive's gazetteer names (every name, alias and inflected form, in turn, between filler words),
 * the worst case a clipping can be. Issue 19 measured the old matcher at 14 s for 1 MB.
 */
import path from 'node:path';
import { loadContentData, type Gazetteer } from '../importer/content-data.ts';
import { findEntities } from '../importer/entities.ts';
import { ENTITY_KINDS, printedNames } from '../lib/gazetteer-schema.ts';
import { projectRoot } from '../harness/project.ts';

/** About `bytes` UTF-8 bytes of text naming every gazetteer entry over and over. */
export function gazetteerBody(gazetteer: Gazetteer, bytes: number): string {
  const names = ENTITY_KINDS.flatMap((kind) => Object.values(gazetteer[kind]).flatMap(printedNames));
  const fillers = ['said', 'and', 'met', 'in', 'with', 'the'];
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i += 1) {
    const part = `${names[i % names.length]} ${fillers[i % fillers.length]}`;
    parts.push(part);
    size += Buffer.byteLength(part) + 1;
  }
  return parts.join(' ');
}

export function benchEntities(megabytes: number): void {
  const { gazetteer } = loadContentData(path.join(projectRoot, 'content'));
  const body = gazetteerBody(gazetteer, megabytes * 1024 * 1024);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const found = findEntities(body, gazetteer);
  const cpu = process.cpuUsage(cpuStart);
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const count = ENTITY_KINDS.reduce((sum, kind) => sum + found[kind].length, 0);
  // CPU time is the steadier figure on a shared machine (see "How to read the figures").
  process.stdout.write(`entity matching: ${megabytes} MB body of gazetteer names, ${count} entities found, ${seconds.toFixed(2)} s wall, ${cpuSeconds.toFixed(2)} s CPU\n`);
}
