/**
 * `npm run bench -- --warc N`: writes a .warc.gz of N article pages (one gzip member per record,
 * as crawlers write them) with warcio's writer, imports it with the real `npm run import`, and
 * reports wall time, CPU time and the importer's peak RSS. Run it at two sizes to see that the
 * peak does not grow with the archive (the importer streams one record at a time). With `--wacz`
 * the WARC is imported inside a WACZ (a zip, stored as WACZ writers store their WARCs), streamed
 * from the zip the same way.
 */
import { cpSync, createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../harness/project.ts';
import { intBetween, seededRandom, type Random } from './random.ts';
import { timedCommand } from './timed-command.ts';
import { buildVocabulary, capitalize } from './vocabulary.ts';
import { responseRecord, warcinfoRecord } from './warc-records.ts';

const HOST = 'https://bench-gazette.example';

function sentence(random: Random, words: readonly string[]): string {
  const length = intBetween(random, 8, 22);
  const picked = Array.from({ length }, () => words[intBetween(random, 0, words.length - 1)]!);
  return `${capitalize(picked.join(' '))}.`;
}

/** An article page as a news site serves it: metadata for machines, chrome around the article. */
function articlePage(index: number, random: Random, words: readonly string[]): { url: string; html: string } {
  const url = `${HOST}/news/${index}`;
  const title = `${capitalize(sentence(random, words).slice(0, -1))} ${index}`;
  const published = `20${intBetween(random, 15, 24)}-${String(intBetween(random, 1, 12)).padStart(2, '0')}-${String(intBetween(random, 1, 28)).padStart(2, '0')}T${String(intBetween(random, 0, 23)).padStart(2, '0')}:${String(intBetween(random, 0, 59)).padStart(2, '0')}:00+04:00`;
  const paragraphs = Array.from({ length: intBetween(random, 5, 12) }, () => `<p>${Array.from({ length: intBetween(random, 2, 5) }, () => sentence(random, words)).join(' ')}</p>`);
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: published,
    author: { '@type': 'Person', name: 'Bench Reporter' },
    publisher: { '@type': 'Organization', name: 'Bench Gazette' },
  });
  const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title} - Bench Gazette</title>
<link rel="canonical" href="${url}"><meta property="og:type" content="article"><meta property="og:title" content="${title}">
<script type="application/ld+json">${jsonLd}</script></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article><h1>${title}</h1><p class="byline">By Bench Reporter</p>
${paragraphs.join('\n')}
</article><section class="related-posts"><h2>Read more</h2><ul><li><a href="/news/${index + 1}">Next story</a></li></ul></section></main>
<footer><p>© Bench Gazette</p></footer></body></html>`;
  return { url, html };
}

export async function writeWarc(file: string, pages: number): Promise<void> {
  const random = seededRandom(pages);
  const words = buildVocabulary(random, 5_000);
  const out = createWriteStream(file);
  const write = async (bytes: Uint8Array) => {
    if (!out.write(bytes)) await once(out, 'drain');
  };
  await write(await warcinfoRecord(path.basename(file), true));
  for (let index = 0; index < pages; index += 1) {
    const { url, html } = articlePage(index, random, words);
    await write(await responseRecord({ url, date: '2025-01-01T00:00:00Z', body: html }, true));
  }
  out.end();
  await once(out, 'finish');
}

/** Zip header fields, little-endian, in order: [bytes, value]. */
const fields = (values: [2 | 4, number][]) => {
  const buffer = Buffer.alloc(values.reduce((sum, [size]) => sum + size, 0));
  let offset = 0;
  for (const [size, value] of values) offset = size === 2 ? buffer.writeUInt16LE(value, offset) : buffer.writeUInt32LE(value, offset);
  return buffer;
};

/** Wraps a WARC in a WACZ as its writers lay it out: archive/data.warc.gz stored, datapackage.json beside it. */
async function writeWacz(warc: string, file: string): Promise<void> {
  let crc = 0;
  for await (const chunk of createReadStream(warc)) crc = crc32(chunk as Buffer, crc);
  const { size } = await stat(warc);
  const out = createWriteStream(file);
  const write = async (bytes: Uint8Array) => {
    if (!out.write(bytes)) await once(out, 'drain');
  };
  const entries: { name: Buffer; crc: number; size: number; offset: number }[] = [];
  let offset = 0;
  const entry = async (name: string, entryCrc: number, entrySize: number, data: () => AsyncIterable<Uint8Array>) => {
    const nameBytes = Buffer.from(name);
    entries.push({ name: nameBytes, crc: entryCrc, size: entrySize, offset });
    const header = fields([[4, 0x04034b50], [2, 20], [2, 0], [2, 0], [2, 0], [2, 0], [4, entryCrc], [4, entrySize], [4, entrySize], [2, nameBytes.length], [2, 0]]);
    await write(header);
    await write(nameBytes);
    for await (const chunk of data()) await write(chunk);
    offset += header.length + nameBytes.length + entrySize;
  };
  await entry('archive/data.warc.gz', crc, size, () => createReadStream(warc));
  const datapackage = Buffer.from(JSON.stringify({ profile: 'data-package', wacz_version: '1.1.1', resources: [{ name: 'data.warc.gz', path: 'archive/data.warc.gz', bytes: size }] }));
  await entry('datapackage.json', crc32(datapackage), datapackage.length, async function* () {
    yield datapackage;
  });
  const directoryStart = offset;
  let directorySize = 0;
  for (const { name, crc: entryCrc, size: entrySize, offset: at } of entries) {
    const central = fields([[4, 0x02014b50], [2, 20], [2, 20], [2, 0], [2, 0], [2, 0], [2, 0], [4, entryCrc], [4, entrySize], [4, entrySize], [2, name.length], [2, 0], [2, 0], [2, 0], [2, 0], [4, 0], [4, at]]);
    await write(central);
    await write(name);
    directorySize += central.length + name.length;
  }
  await write(fields([[4, 0x06054b50], [2, 0], [2, 0], [2, entries.length], [2, entries.length], [4, directorySize], [4, directoryStart], [2, 0]]));
  out.end();
  await once(out, 'finish');
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;

export async function runWarcBench(pages: number, keep: boolean, wacz = false): Promise<void> {
  if (!Number.isInteger(pages) || pages < 1) throw new Error(`--warc must be a positive integer, got ${pages}`);
  const work = await mkdtemp(path.join(os.tmpdir(), `dateline-warc-bench-${pages}-`));
  try {
    const warc = path.join(work, `crawl-${pages}.warc.gz`);
    const generated = performance.now();
    await writeWarc(warc, pages);
    process.stderr.write(`[bench] wrote ${pages} pages (${mib((await stat(warc)).size)}) in ${((performance.now() - generated) / 1000).toFixed(1)} s\n`);
    const input = wacz ? path.join(work, `crawl-${pages}.wacz`) : warc;
    if (wacz) await writeWacz(warc, input);
    const content = path.join(work, 'content');
    for (const dir of ['sources', 'gazetteer']) cpSync(path.join(projectRoot, 'content', dir), path.join(content, dir), { recursive: true });

    const run = await timedCommand({
      command: path.join(projectRoot, 'node_modules', '.bin', 'tsx'),
      args: ['src/importer/cli.ts', '--out', path.join(content, 'articles'), input],
      cwd: projectRoot,
      env: { ...process.env, DATELINE_CONTENT_DIR: content },
    });
    const summary = run.lines.map((line) => line.text).find((text) => /\d+ imported, /.test(text)) ?? '(no summary)';
    process.stdout.write(
      `${wacz ? 'WACZ' : 'WARC'} import of ${pages} article pages: exit ${run.exitCode}, ${(run.wallMs / 1000).toFixed(1)} s wall, ${(run.cpuMs / 1000).toFixed(1)} s CPU, ` +
        `${(pages / (run.wallMs / 1000)).toFixed(0)} pages/s, peak RSS ${mib(run.peakRssBytes)}, load ${os.loadavg().map((load) => load.toFixed(2)).join(' ')}\n${summary}\n`,
    );
    if (run.exitCode !== 0) process.stdout.write(`${run.lines.slice(-20).map((line) => line.text).join('\n')}\n`);
    process.exitCode = run.exitCode;
  } finally {
    if (keep) process.stderr.write(`[bench] kept ${work}\n`);
    else await rm(work, { recursive: true, force: true });
  }
}
