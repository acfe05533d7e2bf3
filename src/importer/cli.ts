import { statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { contentDir } from '../lib/content-dir.ts';
import { ContentDataError, loadContentData } from './content-data.ts';
import { createReporter } from './report.ts';
import { runImport } from './run-import.ts';

const USAGE = `Usage: npm run import -- [options] FILE|DIR...

Imports news clippings (.txt, saved .html pages, or .md articles with frontmatter) into the archive.

Options:
  --out DIR          where articles go (default: content/articles; originals go beside it)
  --source ID        the paper (a content/sources/ID.yaml); needed when no masthead is recognised
  --year YYYY        the year of a date printed without one ("Friday, March 8")
  --date YYYY-MM-DD[THH:MM]  the date of this clipping, when it prints none or no year
  --update           replace an archived article with a new version of its clipping
  --strict           stop at the first failure
  --dry-run          read and check everything, write nothing
  --json             print one JSON object per input (JSON Lines)
  --help             show this help

Exit status: 0 only if every input imported (or was already in the archive unchanged).`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'content/articles' },
        source: { type: 'string' },
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
  if (positionals.length === 0) fail('No FILE or DIR given.');
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) fail(`--year ${values.year}: give a four-digit year such as 2019.`);
  if (values.date !== undefined && !/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/.test(values.date)) fail(`--date ${values.date}: give a date as YYYY-MM-DD or YYYY-MM-DDTHH:MM.`);
  if (values.date !== undefined && (positionals.length !== 1 || statSync(positionals[0]!, { throwIfNoEntry: false })?.isDirectory())) {
    fail("--date is for one file at a time: it is that clipping's date.");
  }

  let data;
  try {
    data = loadContentData(contentDir());
  } catch (error) {
    if (error instanceof ContentDataError) {
      process.stderr.write(`The archive's own data is broken, so nothing was imported:\n${error.message}\n`);
      return 2;
    }
    throw error;
  }
  if (values.source !== undefined && !data.sources.has(values.source)) {
    fail(`--source ${values.source}: no content/sources/${values.source}.yaml; known sources: ${[...data.sources.keys()].join(', ')}.`);
  }
  const results = await runImport(positionals, data, {
    out: values.out,
    sourceId: values.source,
    year: values.year === undefined ? undefined : Number(values.year),
    date: values.date,
    update: values.update,
    strict: values.strict,
    dryRun: values['dry-run'],
  }, (total) => createReporter({ json: values.json, total, stdout: process.stdout, stderr: process.stderr }));
  return results.every((result) => result.status !== 'failed') ? 0 : 1;
}

// `npm run import -- DIR | head` closes stdout early; that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = await main();
