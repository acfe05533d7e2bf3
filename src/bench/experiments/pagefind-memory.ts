/**
 * Experiment behind the index design (BENCHMARKS.md): what drives Pagefind's memory and time on
 * Dateline's built article pages. Each way of feeding Pagefind runs in its own child process over
 * the first N article pages of a built site; the child reports Pagefind's own peak (VmHWM of the
 * binary) after adding the pages and after writing the index, the parent the whole tree's peak
 * and CPU.
 *
 *   tsx src/bench/experiments/pagefind-memory.ts --site /tmp/dateline-bench-10000-X/dateline-out \
 *     --pages 2000,10000 --ways directory,trimmed [--shard-size 2500]
 *
 * Ways: directory (addDirectory, as the build did), html (addHTMLFile with the whole page read by
 * Node), trimmed (addHTMLFile with only the data-pagefind-body element), trimmed-noanchors (and no
 * paragraph ids, so no sub-results), trimmed-nofilters (and no filter/meta/sort elements), custom
 * (addCustomRecord with the body's text: no anchors, no weights), count (no Pagefind: reading and
 * testing every HTML file of the site for the marker, as the build's count did).
 * Environment variables (e.g. _RJEM_MALLOC_CONF, RAYON_NUM_THREADS, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE)
 * reach the Pagefind binary unchanged.
 */
import { link, mkdir, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { bytes, seconds } from '../report.ts';
import { timedCommand } from '../timed-command.ts';

const WAYS = ['directory', 'html', 'trimmed', 'trimmed-noanchors', 'trimmed-nofilters', 'custom', 'count'] as const;
type Way = (typeof WAYS)[number];

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    pages: { type: 'string', default: '2000' },
    ways: { type: 'string', default: 'directory,trimmed' },
    'shard-size': { type: 'string' },
    /** Internal: the measured child runs one way over this many pages. */
    child: { type: 'string' },
    way: { type: 'string' },
  },
});
if (!values.site) throw new Error('--site <built site folder> is required');
const siteDir = path.resolve(values.site);

const ARTICLE_PAGE = /^\d{4}\/\d{2}\/\d{2}\/[^/]+\/index\.html$/;

/** Article pages in path order, i.e. by local publication date. */
async function articlePages(): Promise<string[]> {
  const files = await readdir(siteDir, { recursive: true });
  return files.filter((file) => ARTICLE_PAGE.test(file)).sort();
}

/** The data-pagefind-body element, found by counting <div> tags (article text escapes `<`). */
function markedElement(html: string): string {
  const start = html.indexOf('<div data-pagefind-body');
  if (start < 0) throw new Error('no data-pagefind-body element');
  const tag = /<(\/?)div\b/g;
  tag.lastIndex = start + 1;
  let depth = 1;
  for (let match = tag.exec(html); match; match = tag.exec(html)) {
    depth += match[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, html.indexOf('>', match.index) + 1);
  }
  throw new Error('unclosed data-pagefind-body element');
}

const wrap = (body: string) => `<html lang="en"><body>${body}</body></html>`;

function textOf(body: string): string {
  return body
    .replace(/<div hidden data-pagefind-ignore>[\s\S]*?<\/div>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

function dataAttributes(body: string, kind: 'filter' | 'meta' | 'sort'): [string, string][] {
  const found: [string, string][] = [];
  const pattern = new RegExp(`<data data-pagefind-${kind}="([^"\\[]+)\\[value\\]" value="([^"]*)">`, 'g');
  for (const match of body.matchAll(pattern)) found.push([match[1]!, match[2]!]);
  return found;
}

/** Peak resident memory (VmHWM) of this process's Pagefind binary, in bytes. */
function pagefindPeak(): number {
  for (const task of readdirSync(`/proc/${process.pid}/task`)) {
    for (const pid of readFileSync(`/proc/${process.pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean)) {
      if (!readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind')) continue;
      const kib = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      return Number(kib) * 1024;
    }
  }
  return 0;
}

function failOn(errors: string[]): void {
  if (errors.length > 0) throw new Error(errors.join('\n'));
}

async function addPages(index: pagefind.PagefindIndex, way: Way, pages: string[], scratch: string): Promise<void> {
  if (way === 'directory') {
    // addDirectory takes a folder and a glob: the N pages are hard-linked into a scratch folder.
    for (const page of pages) {
      await mkdir(path.dirname(path.join(scratch, page)), { recursive: true });
      await link(path.join(siteDir, page), path.join(scratch, page));
    }
    const added = await index.addDirectory({ path: scratch, glob: '????/??/??/*/index.html' });
    failOn(added.errors);
    if (added.page_count !== pages.length) throw new Error(`indexed ${added.page_count} of ${pages.length}`);
    return;
  }
  for (const page of pages) {
    const html = await readFile(path.join(siteDir, page), 'utf8');
    const url = `/${page.replace(/index\.html$/, '')}`;
    let added: pagefind.NewFileResponse;
    if (way === 'html') added = await index.addHTMLFile({ url, content: html });
    else if (way === 'custom') {
      const body = markedElement(html);
      added = await index.addCustomRecord({
        url,
        content: textOf(body),
        language: 'en',
        meta: Object.fromEntries(dataAttributes(body, 'meta')),
        filters: dataAttributes(body, 'filter').reduce<Record<string, string[]>>((all, [name, value]) => ({ ...all, [name]: [...(all[name] ?? []), value] }), {}),
        sort: Object.fromEntries(dataAttributes(body, 'sort')),
      });
    } else {
      let body = markedElement(html);
      if (way === 'trimmed-noanchors') body = body.replace(/ id="p\d+"/g, '');
      if (way === 'trimmed-nofilters') body = body.replace(/<div hidden data-pagefind-ignore>[\s\S]*?<\/div>/, '');
      added = await index.addHTMLFile({ url, content: wrap(body) });
    }
    failOn(added.errors);
  }
}

async function child(outDir: string, way: Way, pages: number): Promise<void> {
  const all = (await articlePages()).slice(0, pages);
  if (all.length < pages) throw new Error(`the site has only ${all.length} article pages`);
  const report: Record<string, number> = { pages };
  if (way === 'count') {
    const started = performance.now();
    const files = await readdir(siteDir, { recursive: true });
    let marked = 0;
    for (const file of files) {
      if (!file.endsWith('.html') || file.startsWith('pagefind/')) continue;
      if (/<[a-z][^>]*\sdata-pagefind-body(?=[\s=>/])/i.test(await readFile(path.join(siteDir, file), 'utf8'))) marked += 1;
    }
    Object.assign(report, { countMs: performance.now() - started, marked, htmlFiles: files.filter((file) => file.endsWith('.html')).length });
    console.log(JSON.stringify(report));
    return;
  }
  const shardSize = Number(values['shard-size'] ?? pages);
  const scratch = path.join(outDir, 'scratch');
  let addMs = 0;
  let writeMs = 0;
  let peakAfterAdd = 0;
  let peak = 0;
  for (let first = 0, shard = 0; first < all.length; first += shardSize, shard += 1) {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
    failOn(errors);
    let started = performance.now();
    await addPages(index!, way, all.slice(first, first + shardSize), path.join(scratch, String(shard)));
    addMs += performance.now() - started;
    peakAfterAdd = Math.max(peakAfterAdd, pagefindPeak());
    started = performance.now();
    failOn((await index!.writeFiles({ outputPath: path.join(outDir, 'bundle', String(shard)) })).errors);
    writeMs += performance.now() - started;
    peak = Math.max(peak, pagefindPeak());
    // A fresh binary per shard: memory the last one's allocator kept is not carried over.
    await pagefind.close();
  }
  Object.assign(report, { addMs, writeMs, peakAfterAdd, peak, nodePeak: process.resourceUsage().maxRSS * 1024 });
  console.log(JSON.stringify(report));
}

/** What a browser fetches per shard: metadata, index chunks, fragments. */
async function bundleSizes(bundleDir: string) {
  const sizes = { metaBytes: 0, chunks: 0, chunkBytes: 0, fragments: 0, fragmentBytes: 0 };
  for (const file of await readdir(bundleDir, { recursive: true })) {
    const size = () => stat(path.join(bundleDir, file)).then((info) => info.size);
    if (file.endsWith('.pf_meta')) sizes.metaBytes += await size();
    if (file.endsWith('.pf_index')) {
      sizes.chunks += 1;
      sizes.chunkBytes += await size();
    }
    if (file.endsWith('.pf_fragment')) {
      sizes.fragments += 1;
      sizes.fragmentBytes += await size();
    }
  }
  return sizes;
}

if (values.child) {
  await child(values.child, values.way as Way, Number(values.pages));
} else {
  for (const pages of values.pages.split(',').map(Number)) {
    for (const way of values.ways.split(',') as Way[]) {
      if (!WAYS.includes(way)) throw new Error(`unknown way ${way}; one of ${WAYS.join(', ')}`);
      const outDir = await mkdtemp(path.join(os.tmpdir(), 'dateline-pagefind-memory-'));
      try {
        const args = [...process.execArgv, import.meta.filename, '--site', siteDir, '--pages', String(pages), '--way', way, '--child', outDir];
        if (values['shard-size']) args.push('--shard-size', values['shard-size']);
        const run = await timedCommand({ command: process.execPath, args, cwd: process.cwd(), env: process.env });
        const output = run.lines.map((line) => line.text);
        if (run.exitCode !== 0) throw new Error(output.join('\n'));
        const report = JSON.parse(output.findLast((line) => line.startsWith('{'))!) as Record<string, number>;
        let line = `${pages} pages, ${way}${values['shard-size'] ? ` in shards of ${values['shard-size']}` : ''}: tree peak ${bytes(run.peakRssBytes)}, wall ${seconds(run.wallMs)}, CPU ${seconds(run.cpuMs)}`;
        if (way === 'count') line += `; read ${report.htmlFiles} HTML files in ${seconds(report.countMs)}, ${report.marked} marked`;
        else {
          const sizes = await bundleSizes(path.join(outDir, 'bundle'));
          line +=
            `; Pagefind peak ${bytes(report.peakAfterAdd!)} after adding, ${bytes(report.peak!)} after writing; add ${seconds(report.addMs)}, write ${seconds(report.writeMs)}; ` +
            `Node ${bytes(report.nodePeak!)}; pf_meta ${bytes(sizes.metaBytes)}, ${sizes.chunks} chunks of ${bytes(sizes.chunkBytes / Math.max(1, sizes.chunks))}, ` +
            `${sizes.fragments} fragments of ${bytes(sizes.fragmentBytes / Math.max(1, sizes.fragments))}`;
        }
        console.log(line);
      } finally {
        await rm(outDir, { recursive: true, force: true });
      }
    }
  }
}
