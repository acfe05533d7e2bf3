import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArticleFile } from '../../src/importer/frontmatter.ts';

/**
 * What the reliability tests share: clippings that all want one URL, the importer run as the real
 * command in its own process, and an audit of an archive that counts every article and original.
 */

export const projectRoot = path.resolve(import.meta.dirname, '../..');

const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Titles that differ (so each is its own article) but all slugify to officials-meet-in-gori. */
export function sameSlugTitle(index: number): string {
  return `Officials Meet in Gori ${index.toString(3).replace(/[012]/g, (digit) => '!?.'[Number(digit)]!)}`;
}

export function clipping(title: string, body: string): string {
  return `${title}\nCivil Georgia, Tbilisi / 15 Nov.'17 / 12:31\n\n${body}\n`;
}

/** Writes `count` same-slug clippings numbered from `first` into `dir`; returns their paths. */
export function writeSameSlugClippings(dir: string, first: number, count: number, tag: string): string[] {
  mkdirSync(dir, { recursive: true });
  return Array.from({ length: count }, (_, offset) => {
    const index = first + offset;
    const file = path.join(dir, `${String(index).padStart(4, '0')}.txt`);
    writeFileSync(file, clipping(sameSlugTitle(index), `Report ${tag}-${index}: the officials met in Gori and spoke about the bridge.`));
    return file;
  });
}

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  lines: string[];
  stderr: string;
}

/**
 * `npm run import -- ARGS` as one process (node with tsx's loader, no npm or tsx wrapper between,
 * so a signal reaches the importer itself). `onLine` sees each stdout line as it arrives.
 */
export function importCli(args: string[], options: { onLine?: (line: string, child: ReturnType<typeof spawn>) => void; timeoutMs?: number; wrap?: string[] } = {}): Promise<CliRun> {
  const { DATELINE_CONTENT_DIR: _ignored, ...env } = process.env;
  const command = [...(options.wrap ?? []), path.join(projectRoot, 'node_modules/.bin/node'), '--import', 'tsx', 'src/importer/cli.ts', ...args];
  const child = spawn(command[0]!, command.slice(1), { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let pending = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    const parts = (pending + chunk).split('\n');
    pending = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      options.onLine?.(line, child);
    }
  });
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = options.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), options.timeoutMs) : undefined;
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (pending) lines.push(pending);
      resolve({ code, signal, lines, stderr });
    });
  });
}

export interface Audit {
  articles: number;
  originals: number;
  /** Everything that breaks an archive's promise; empty when the archive is consistent. */
  problems: string[];
  /** The sha256 of every kept current original, for comparing with the inputs. */
  originalHashes: string[];
}

const filesBelow = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)) : [];

/**
 * Every article's original exists and has the hash the article records; every revision it lists is
 * kept under its hash; no original belongs to no article; nothing half-written is left behind.
 */
export function auditArchive(contentDir: string): Audit {
  const problems: string[] = [];
  const articlesDir = path.join(contentDir, 'articles');
  const originalsDir = path.join(contentDir, 'originals');
  const expectedOriginals = new Set<string>();
  const originalHashes: string[] = [];
  const leftovers = [...filesBelow(contentDir)].filter((file) => path.basename(file).startsWith('.'));
  for (const file of leftovers) problems.push(`left behind: ${path.relative(contentDir, file)}`);
  const articles = filesBelow(articlesDir).filter((file) => file.endsWith('.md'));
  for (const file of articles) {
    const { data } = parseArticleFile(readFileSync(file, 'utf8'));
    const relative = path.relative(articlesDir, file).replace(/\.md$/, '');
    const original = path.join(originalsDir, `${relative}.txt`);
    expectedOriginals.add(original);
    const recorded = (data.original as { sha256: string }).sha256;
    if (!existsSync(original)) problems.push(`${relative}: no original`);
    else {
      const actual = sha256(readFileSync(original));
      originalHashes.push(actual);
      if (actual !== recorded) problems.push(`${relative}: original has ${actual.slice(0, 12)}, article records ${recorded.slice(0, 12)}`);
    }
    for (const revision of (data.revisions as { sha256: string }[]) ?? []) {
      const kept = path.join(originalsDir, `${relative}.${revision.sha256.slice(0, 12)}.txt`);
      expectedOriginals.add(kept);
      if (!existsSync(kept)) problems.push(`${relative}: revision ${revision.sha256.slice(0, 12)} not kept`);
      else if (sha256(readFileSync(kept)) !== revision.sha256) problems.push(`${relative}: revision ${revision.sha256.slice(0, 12)} has other bytes`);
    }
  }
  const originals = filesBelow(originalsDir).filter((file) => !path.basename(file).startsWith('.'));
  for (const file of originals) if (!expectedOriginals.has(file)) problems.push(`${path.relative(contentDir, file)}: an original of no article`);
  return { articles: articles.length, originals: originals.length, problems, originalHashes };
}

/** Every file below `dir` with its bytes, hidden ones included: two snapshots equal means nothing changed. */
export function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(filesBelow(dir).sort().map((file) => [path.relative(dir, file), sha256(readFileSync(file))]));
}
