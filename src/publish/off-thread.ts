import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { addWordCounts, noWordCounts, type WordCounts } from '../search/suggestion-words.ts';
import type { CslItem } from '../views/citation.ts';
import type { FileToWrite, FormattedCitations, RenderedBody, RenderJob, RenderReply, RenderRequest, RenderResult, WordsOf } from './render-messages.ts';

/**
 * Article bodies and references, rendered on worker threads. Astro renders every page on one
 * thread, which on a 2-core machine is the build's bottleneck while the other core idles. The
 * Markdown body (about 1 ms an article) and the three citeproc references (about 1 ms) are pure
 * functions of the article; with both stubbed out, a 10,000-article `astro build` took 45.7 s
 * instead of 72 s (36.5 s user CPU instead of 65.5 s). Here they run beside Astro's thread,
 * which meanwhile renders the rest of other pages; the worker also reads the article files and
 * their frontmatter, for bodies and for first sentences (BENCHMARKS.md).
 */

/** Found from the project root, the folder Astro builds from: in Astro's bundle this module has moved. */
const WORKER_FILE = path.resolve('src/publish/render-worker.ts');

/** One worker per core Astro's thread leaves free, at least one, at most four. */
const THREADS = Math.max(1, Math.min(4, os.availableParallelism() - 1));

interface RenderThread {
  worker: Worker;
  pending: Map<number, { resolve: (result: RenderResult) => void; reject: (error: Error) => void }>;
}

/**
 * The workers of one `astro dev` or build. Astro loads the publish integration and the pages it
 * builds as two copies of this module (the config through Vite's loader, the pages from their
 * bundle) in one process, so the workers live on globalThis: the ones the integration started
 * are the ones the pages ask.
 */
interface RenderWorkers {
  threads: RenderThread[];
  lastId: number;
}

const WORKERS = Symbol.for('dateline.render-workers');
type WithWorkers = typeof globalThis & { [WORKERS]?: RenderWorkers };

/** The running workers; started on first use outside Astro (the tests). */
function workers(): RenderWorkers {
  return ((globalThis as WithWorkers)[WORKERS] ??= { threads: [], lastId: 0 });
}

/** Starts the workers (src/publish/integration.ts, when a build or `astro dev` starts). */
export function startRenderWorkers(): void {
  const running = workers();
  while (running.threads.length < THREADS) running.threads.push(startThread(running));
}

/** Stops the workers once nothing more will be asked of them; a later request starts new ones. */
export async function stopRenderWorkers(): Promise<void> {
  const running = workers();
  const stopping = running.threads;
  running.threads = [];
  await Promise.all(stopping.map(({ worker }) => worker.terminate()));
}

function startThread(running: RenderWorkers): RenderThread {
  const worker = new Worker(WORKER_FILE);
  const thread: RenderThread = { worker, pending: new Map() };
  // An idle worker must not keep a finished build (or test run) alive; a busy one must.
  worker.unref();
  worker.on('message', (reply: RenderReply) => {
    const waiting = thread.pending.get(reply.id);
    thread.pending.delete(reply.id);
    if (thread.pending.size === 0) worker.unref();
    if ('error' in reply) waiting?.reject(new Error(`render worker: ${reply.error}`));
    else waiting?.resolve(reply.result);
  });
  const fail = (error: Error) => {
    // A dead worker fails what it held; the next request starts a new one.
    running.threads = running.threads.filter((other) => other !== thread);
    for (const waiting of thread.pending.values()) waiting.reject(error);
    thread.pending.clear();
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`render worker exited with code ${code}`)));
  return thread;
}

/** The least busy worker, starting workers up to THREADS as they are needed. */
function leastBusy(running: RenderWorkers): RenderThread {
  const idle = running.threads.find((thread) => thread.pending.size === 0);
  if (idle) return idle;
  if (running.threads.length < THREADS) {
    const started = startThread(running);
    running.threads.push(started);
    return started;
  }
  return running.threads.reduce((best, thread) => (thread.pending.size < best.pending.size ? thread : best));
}

function ask(job: RenderJob): Promise<RenderResult> {
  const running = workers();
  const thread = leastBusy(running);
  const id = ++running.lastId;
  return new Promise((resolve, reject) => {
    thread.pending.set(id, { resolve, reject });
    thread.worker.ref();
    const request: RenderRequest = { ...job, id };
    thread.worker.postMessage(request);
  });
}

/**
 * The body of the article file at `file` (an absolute path) as its page shows it
 * (src/markdown/article-markdown.ts), and its first sentence, read and rendered on a worker thread.
 */
export async function renderBodyOffThread(file: string): Promise<RenderedBody> {
  return (await ask({ kind: 'body', file })) as RenderedBody;
}

/** The body of the article file at `file` as a feed carries it (src/markdown/article-markdown.ts). */
export async function feedBodyOffThread(file: string, articleUrl: string): Promise<string> {
  return (await ask({ kind: 'feed-body', file, articleUrl })) as string;
}

/** The first sentence of the article file at `file`, read on a worker thread. */
export async function firstSentenceOffThread(file: string): Promise<string> {
  return (await ask({ kind: 'summary', file })) as string;
}

/** The article's reference in each citation style, as inline HTML, formatted on a worker thread. */
export async function formatCitationsOffThread(item: CslItem): Promise<FormattedCitations> {
  return (await ask({ kind: 'citations', item })) as FormattedCitations;
}

/**
 * Articles counted by one request: the worker renders the bodies pages wait for between two
 * requests, and the counts of one come back in one message (a few thousand words).
 */
const COUNTED_PER_REQUEST = 1_000;

/**
 * The word counts of these articles' titles and bodies (src/search/suggestion-words.ts), read and
 * counted on a worker thread, one request after the other.
 */
export async function countWordsOffThread(articles: WordsOf[]): Promise<WordCounts> {
  const counts = noWordCounts();
  for (let start = 0; start < articles.length; start += COUNTED_PER_REQUEST) {
    addWordCounts(counts, (await ask({ kind: 'count-words', articles: articles.slice(start, start + COUNTED_PER_REQUEST) })) as WordCounts);
  }
  return counts;
}

/** Writes these files on a worker thread, creating their folders. */
export async function writeFilesOffThread(files: FileToWrite[]): Promise<void> {
  await ask({ kind: 'write', files });
}
