import { statSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/project-folders.ts';
import { sourceSchema } from '../lib/source-schema.ts';
import { ContentDataError, loadContentData } from './content-data.ts';
import { checkLanguageTag, newSource, NewSourceError, type NewSource } from './new-source.ts';
import { escapeUnprintable } from './errors.ts';
import { createReporter } from './report.ts';
import { runImport } from './run-import.ts';
import { setSourceZone, SourceZoneError } from './set-source-zone.ts';
import { checkArticlesDir } from './write-article.ts';

const USAGE = `Usage: npm run import -- [options] FILE|DIR...
       npm run import -- --source ID --set-time-zone ZONE

Imports news clippings (.txt, saved .html pages, or .md articles with frontmatter) into the archive.

Options:
  --out DIR          where articles go (default: the archive's content/articles, wherever one runs
                     this; originals go beside it)
  --source ID        the paper (a content/sources/ID.yaml); needed when no masthead is recognised
  --new-source NAME  add a paper the archive does not know yet, as content/sources/ID.yaml (ID is
                     the name's slug, transliterated if it is not in Latin letters), and import
                     these clippings as that paper; needs --time-zone
    --id ID            the new paper's id, instead of the slug of its name
    --time-zone ZONE   the new paper's IANA time zone, e.g. Asia/Tbilisi (also for a saved page
                       from a paper new to the archive whose date has no whole-hour UTC offset,
                       and for a printed zone abbreviation, e.g. MSK, that is not the paper's)
    --homepage URL     the new paper's web site (optional)
    --language TAG     the new paper's language, e.g. ka (also for a saved page from a paper new
                       to the archive); without it, the page's own declaration (<html lang>) or,
                       when the text makes it sure, the clipping's language; else it is asked for
    --masthead TEXT    the paper's name as its clippings print it, when not as NAME (another
                       script: --new-source Izvestia --masthead Известия); may be repeated
  --set-time-zone ZONE  record the IANA zone of the paper --source names, for good (a paper added
                     from a saved page has none: a page's UTC offset does not tell it); no FILE
  --reader-time-zone ZONE  the IANA zone of the browser a feed reader (Inoreader) showed the entry in:
                     the time it prints under the title is on the reader's clock, not the paper's
  --year YYYY        the year of a date printed without one ("Friday, March 8")
  --date YYYY-MM-DD[THH:MM]  the date of this clipping, when it prints none or no year
  --update           replace an archived article with a new version of its clipping
  --strict           stop at the first failure
  --dry-run          read and check everything, write nothing
  --json             print one JSON object per article (JSON Lines): file, status, target, and
                     article (the frontmatter fields and body), or error
  --help             show this help

Exit status: 0 only if every input imported (or was already in the archive unchanged).`;

function fail(message: string): never {
  process.stderr.write(`${escapeUnprintable(message)}\n\n${USAGE}\n`);
  process.exit(2);
}

/** `--source ID --set-time-zone ZONE`: writes the paper's zone, imports nothing. */
function setZone(zone: string, sourceId: string | undefined, positionals: readonly string[]): number {
  if (sourceId === undefined) fail('--set-time-zone ZONE needs --source ID, the paper whose zone it is.');
  if (positionals.length > 0) fail('--set-time-zone sets a paper\'s zone and imports nothing: give no FILE (import them afterwards).');
  let data;
  try {
    data = loadContentData(contentDir());
  } catch (error) {
    if (error instanceof ContentDataError) fail(error.message);
    throw error;
  }
  if (!data.sources.has(sourceId)) fail(`--source ${sourceId}: no content/sources/${sourceId}.yaml; known sources: ${[...data.sources.keys()].join(', ')}.`);
  try {
    process.stdout.write(`${escapeUnprintable(setSourceZone(sourceId, zone, contentDir()))}\n`);
  } catch (error) {
    if (error instanceof SourceZoneError) fail(error.message);
    throw error;
  }
  return 0;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        source: { type: 'string' },
        'new-source': { type: 'string' },
        id: { type: 'string' },
        'time-zone': { type: 'string' },
        'reader-time-zone': { type: 'string' },
        'set-time-zone': { type: 'string' },
        homepage: { type: 'string' },
        language: { type: 'string' },
        masthead: { type: 'string', multiple: true },
        year: { type: 'string' },
        date: { type: 'string' },
        update: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values['set-time-zone'] !== undefined) return setZone(values['set-time-zone'], values.source, positionals);
  if (positionals.length === 0) fail('No FILE or DIR given.');
  // A folder typed by the user is where they are; the default is the archive's own.
  const out = values.out ?? path.join(contentDir(), 'articles');
  const outProblem = checkArticlesDir(out);
  if (outProblem) fail(`${outProblem}.`);
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) fail(`--year ${values.year}: give a four-digit year such as 2019.`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/.test(values.date)) fail(`--date ${values.date}: give a date as YYYY-MM-DD or YYYY-MM-DDTHH:MM.`);
  if (values.date !== undefined && (positionals.length !== 1 || statSync(positionals[0]!, { throwIfNoEntry: false })?.isDirectory())) {
    fail("--date is for one file at a time: it is that clipping's date.");
  }

  for (const option of ['time-zone', 'reader-time-zone'] as const) {
    const zone = values[option];
    if (zone !== undefined && !sourceSchema.shape.timeZone.safeParse(zone).success) fail(`--${option} ${zone}: must be an IANA time zone such as Asia/Tbilisi.`);
  }

  let data;
  try {
    data = loadContentData(contentDir());
  } catch (error) {
    if (error instanceof ContentDataError) {
      process.stderr.write(`The archive's own data is broken, so nothing was imported:\n${error.message.split('\n').map(escapeUnprintable).join('\n')}\n`);
      return 2;
    }
    throw error;
  }
  if (values.source !== undefined && !data.sources.has(values.source)) {
    fail(`--source ${values.source}: no content/sources/${values.source}.yaml; known sources: ${[...data.sources.keys()].join(', ')}. A paper the archive does not know is added with --new-source "NAME" --time-zone ZONE.`);
  }
  let created: NewSource | undefined;
  try {
    if (values['new-source'] !== undefined) {
      if (values.source !== undefined) fail('--source and --new-source name the paper twice: give one of them.');
      created = newSource({ name: values['new-source'], id: values.id, timeZone: values['time-zone'], homepage: values.homepage, language: values.language, mastheads: values.masthead }, data, contentDir());
    } else {
      // --time-zone without --new-source is the zone of a paper a saved page creates, or the zone a
      // printed abbreviation (`MSK`) stands for; --language is that paper's language. These only describe --new-source.
      const stray = (['homepage', 'id', 'masthead'] as const).find((flag) => values[flag] !== undefined);
      if (stray) fail(`--${stray} describes a paper being added with --new-source "NAME"; a known paper's is in its content/sources file.`);
      if (values.language !== undefined) checkLanguageTag(values.language);
    }
  } catch (error) {
    if (error instanceof NewSourceError) fail(error.message);
    throw error;
  }
  const results = await runImport(positionals, data, {
    out,
    sourceId: values.source,
    newSource: created,
    year: values.year === undefined ? undefined : Number(values.year),
    date: values.date,
    timeZone: values['time-zone'],
    readerTimeZone: values['reader-time-zone'],
    language: values.language,
    update: values.update,
    strict: values.strict,
    dryRun: values['dry-run'],
    keepArticles: false,
  }, (total) => createReporter({ json: values.json, total, stdout: process.stdout, stderr: process.stderr }));
  return results.every((result) => result.status !== 'failed') ? 0 : 1;
}

// `npm run import -- DIR | head` closes stdout early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main();
