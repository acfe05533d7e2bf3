import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { loadContentData, type ContentData } from '../../src/importer/content-data.ts';
import { runImport, type RunOptions } from '../../src/importer/run-import.ts';

/**
 * A throwaway archive for importer tests: inputs go to `in/`, articles to `content/articles/`,
 * originals to `content/originals/`. The real content/ is read for sources and gazetteer only.
 */
export interface Workspace {
  root: string;
  contentDir: string;
  articlesDir: string;
  data: ContentData;
  /** Writes an input file below in/ and returns its path. */
  input(name: string, content: string | Uint8Array): string;
  run(args: string[], options?: Partial<RunOptions>): ReturnType<typeof runImport>;
  /** Every file below content/, relative to it, hidden temp files included. */
  files(): string[];
}

export const FIXED_NOW = new Date('2026-01-01T00:00:00Z');

export function useWorkspace(): Workspace {
  const workspace = { data: loadContentData(path.resolve('content')) } as Workspace;
  beforeEach(() => {
    workspace.root = mkdtempSync(path.join(tmpdir(), 'importer-'));
    workspace.contentDir = path.join(workspace.root, 'content');
    workspace.articlesDir = path.join(workspace.contentDir, 'articles');
  });
  afterEach(() => rmSync(workspace.root, { recursive: true, force: true }));
  workspace.input = (name, content) => {
    const file = path.join(workspace.root, 'in', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
    return file;
  };
  workspace.run = (args, options = {}) =>
    runImport(args, workspace.data, { out: workspace.articlesDir, strict: false, update: false, dryRun: false, now: FIXED_NOW, ...options });
  workspace.files = () => {
    try {
      return readdirSync(workspace.contentDir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => path.relative(workspace.contentDir, path.join(entry.parentPath, entry.name)))
        .sort();
    } catch {
      return [];
    }
  };
  return workspace;
}
