import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { isPageNumber, slugify, SLUG_PATTERN } from '../lib/slug.ts';
import { sourceSchema, type Source } from '../lib/source-schema.ts';
import type { ContentData } from './content-data.ts';
import { ImportError } from './errors.ts';
import { printableName } from './errors.ts';

/**
 * `--new-source "NAME" --time-zone ZONE`: a paper added by the import that brings its first
 * clipping. The profile lives in memory while the clippings are read (a dry run previews with it
 * and writes nothing); its YAML file is created only when the first article is about to be written,
 * so an import that fails leaves no paper behind, and no article ever names a paper the archive lacks.
 */

export interface NewSourceFlags {
  name: string;
  /** --id: the paper's id, when the slug of its name is not the one wanted. */
  id?: string;
  timeZone?: string;
  homepage?: string;
  language?: string;
  /** --masthead: the paper's name as its clippings print it, when not as NAME is typed (`Известия` for `Izvestia`). */
  mastheads?: readonly string[];
}

export interface NewSource {
  id: string;
  source: Source;
  /** content/sources/ID.yaml, not yet written. */
  file: string;
  /**
   * Where `source.language` was learnt: `--language`, or the name of the first clipping that told
   * it (paper-language.ts); unset until then, when `source.language` means nothing yet.
   */
  languageFrom?: string;
}

/** A flag the archivist got wrong: the CLI prints it with the usage text. */
export class NewSourceError extends Error {
  override name = 'NewSourceError';
}

/** Which option supplies each field of the profile, for messages. */
const FLAG_OF: Record<string, string> = { name: '--new-source', id: '--id', timeZone: '--time-zone', homepage: '--homepage', language: '--language' };

/** Is `tag` a well-formed BCP 47 language tag? `Intl` canonicalises valid tags and throws for others. */
function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

/** --language TAG, for a paper --new-source adds or a saved page's publisher the import adds. */
export function checkLanguageTag(tag: string): void {
  if (!isLanguageTag(tag)) throw new NewSourceError(`--language ${tag}: give a BCP 47 language tag such as en, ka or pt-BR.`);
}

export function newSource(flags: NewSourceFlags, data: ContentData, contentRoot: string): NewSource {
  const name = flags.name.trim();
  if (flags.timeZone === undefined) {
    throw new NewSourceError(`--new-source "${name}" needs --time-zone ZONE, the paper's IANA time zone (e.g. Asia/Tbilisi): the times it prints are read in it.`);
  }
  const id = flags.id ?? slugify(name);
  if (flags.id !== undefined && (!SLUG_PATTERN.test(flags.id) || isPageNumber(flags.id))) {
    throw new NewSourceError(`--id ${flags.id}: give lower-case Latin letters and digits joined by hyphens, with a letter in it, e.g. georgia-today.`);
  }
  if (!id) throw new NewSourceError(`--new-source "${name}": nothing in the name gives Latin letters or digits to make the paper's id from; choose one with --id ID (e.g. --id georgia-today).`);
  const file = path.join(contentRoot, 'sources', `${id}.yaml`);
  if (data.sources.has(id) || existsSync(file)) {
    throw new NewSourceError(`--new-source "${name}": ${printableName(file)} already exists; import with --source ${id}, or choose another id with --id ID.`);
  }
  // Later clippings that print the paper's name near the top are recognised without --source.
  const mastheads = [...new Set([name, ...(flags.mastheads ?? []).map((masthead) => masthead.trim()).filter(Boolean)])];
  // Mastheads are found as plain substrings: a name inside another paper's masthead would make
  // every clipping of that paper fit both, and its imports would stop.
  for (const masthead of mastheads) {
    const shadowed = [...data.sources.values()].find((source) => source.mastheads.some((other) => other.includes(masthead)));
    if (!shadowed) continue;
    const flag = masthead === name ? `--new-source "${name}"` : `--masthead "${masthead}"`;
    throw new NewSourceError(`${flag}: ${shadowed.name}'s masthead contains this name, so its clippings would be taken for both papers; give the new paper's name in full as it prints it.`);
  }
  if (flags.language !== undefined) checkLanguageTag(flags.language);
  const parsed = sourceSchema.safeParse({
    name,
    ...(flags.homepage === undefined ? {} : { homepage: flags.homepage }),
    timeZone: flags.timeZone,
    ...(flags.language === undefined ? {} : { language: flags.language }),
    mastheads,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0]);
    const flag = FLAG_OF[field] ?? field;
    throw new NewSourceError(`${flag} ${flags[field as keyof NewSourceFlags] ?? ''}: ${issue.message}.`);
  }
  return { id, source: parsed.data, file, ...(flags.language === undefined ? {} : { languageFrom: '--language' }) };
}

/** The YAML as an archivist would write it: how the paper was added, then its fields in the schema's order. */
function sourceYaml({ source }: NewSource, origin: string): string {
  return `# ${origin}\n${yaml.dump(source, { lineWidth: -1, noRefs: true })}`;
}

/**
 * Creates the profile's file atomically and exclusively: written to a temp name, then hard-linked
 * to its own name, which fails if the file exists, so two imports adding the same paper at once
 * cannot both create it, and nobody ever reads half a file.
 */
export async function writeNewSource(
  created: NewSource,
  origin = `Added by \`npm run import -- --new-source\`; import later clippings with --source ${created.id}.`,
): Promise<void> {
  const folder = path.dirname(created.file);
  const temp = path.join(folder, `.${path.basename(created.file)}.${randomUUID()}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    await writeFile(temp, sourceYaml(created, origin), { flag: 'wx' });
    await link(temp, created.file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new ImportError(
        `${created.file} was created by another import meanwhile, so this paper was not added and nothing was written`,
        `check that file, then import with --source ${created.id}`,
      );
    }
    throw new ImportError(`could not write ${created.file} (${(error as Error).message})`, 'check that the content directory is writable and has free space, then import again');
  } finally {
    await rm(temp, { force: true });
  }
}

export interface NewSourceWriter {
  /** Creates the file once, before the first article of the paper is written (memoised: imports may overlap). */
  beforeWrite(): Promise<void>;
  /** Removes the file again when, after all, no article of the paper was written (the first write failed). */
  withdraw(): Promise<void>;
}

export function newSourceWriter(created: NewSource): NewSourceWriter {
  let writing: Promise<void> | undefined;
  return {
    beforeWrite: () => (writing ??= writeNewSource(created)),
    async withdraw() {
      const written = await writing?.then(() => true, () => false);
      if (written) await rm(created.file, { force: true });
    },
  };
}

/** What became of the paper, for the end of the run. */
export function newSourceNote(created: NewSource, results: readonly { status: string }[], dryRun: boolean): string {
  const imported = results.some((result) => result.status === 'imported' || result.status === 'updated');
  const name = `"${created.source.name}"`;
  // Its language marks every article page, so the archivist sees where it came from.
  const language = `in language ${created.source.language} (${created.languageFrom === '--language' ? 'from --language' : `learnt from ${created.languageFrom}`})`;
  if (dryRun) {
    return imported
      ? `Dry run: the paper ${name} would be added as ${printableName(created.file)} ${language}; later imports say --source ${created.id}.`
      : `Dry run: the paper ${name} would not be added, since none of its clippings would import.`;
  }
  return imported
    ? `Added the paper ${name} as ${printableName(created.file)} ${language}; import its later clippings with --source ${created.id}.`
    : `The paper ${name} was not added, since none of its clippings imported.`;
}

/** The archive's data with the new paper in it, for reading the clippings. */
export function withNewSource(data: ContentData, created: Pick<NewSource, 'id' | 'source'>): ContentData {
  return { ...data, sources: new Map([...data.sources, [created.id, created.source]]) };
}
