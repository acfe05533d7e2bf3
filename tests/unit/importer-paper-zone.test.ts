import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/lib/source-schema.ts';
import { setSourceZone, SourceZoneError } from '../../src/importer/set-source-zone.ts';
import { useWorkspace, type Workspace } from './importer-harness.ts';

// A paper the importer creates from a saved page knows only that page's UTC offset (-04:00 for New
// York in May), which is not its zone: written as the zone, it read a January clipping of the
// paper at -04:00 instead of -05:00 without a word. Its zone is left unknown instead, and a later
// clipping that needs it is refused, naming --time-zone and the command that sets it for good.
const NYT_PAGE = path.resolve('tests/fixtures/pages/nyt-jsonld-credit.html');
const SOURCE = 'the-new-york-times';

const clipping = (date: string) =>
  ['The New York Times', 'Winter Session Opens in Tbilisi', 'By Nora Weiss', date, '', 'TBILISI, Georgia — Lawmakers returned to the capital for a session expected to last into spring.', ''].join('\n');

/** The archive's data with the paper as its file in the workspace now says. */
function withPaper(workspace: Workspace) {
  const file = path.join(workspace.contentDir, 'sources', `${SOURCE}.yaml`);
  const source = sourceSchema.parse(yaml.load(readFileSync(file, 'utf8')));
  return { file, data: { ...workspace.data, sources: new Map([...workspace.data.sources, [SOURCE, source]]) } };
}

describe('a paper created from a saved page', () => {
  const workspace = useWorkspace();
  const runWith = (data: ReturnType<typeof withPaper>['data'], input: string, options: { timeZone?: string } = {}) => {
    const saved = workspace.data;
    workspace.data = data;
    try {
      return workspace.run([input], { dryRun: true, ...options });
    } finally {
      workspace.data = saved;
    }
  };

  it('records no zone, and its later clipping that prints none is refused, naming --time-zone and --set-time-zone', async () => {
    const [page] = await workspace.run([NYT_PAGE]);
    expect(page!.article).toMatchObject({ source: SOURCE, published: '2024-05-28T12:05:12-04:00' });
    const { file, data } = withPaper(workspace);
    const text = readFileSync(file, 'utf8');
    expect(text).not.toMatch(/timeZone/);
    expect(text).toContain(`set it with npm run import -- --source ${SOURCE} --set-time-zone ZONE`);

    const january = workspace.input('january.txt', clipping('Jan. 15, 2025'));
    const [refused] = await runWith(data, january);
    expect(refused!.status).toBe('failed');
    expect(refused!.error).toMatchObject({
      line: 4,
      reason: `the time zone of The New York Times is not known (content/sources/${SOURCE}.yaml names none), and this clipping's date prints no zone of its own, so its time cannot be read`,
      fix: `pass --time-zone ZONE with the paper's IANA zone (e.g. --time-zone America/New_York), or set it for good with npm run import -- --source ${SOURCE} --set-time-zone ZONE`,
    });
    const [read] = await runWith(data, january, { timeZone: 'America/New_York' });
    expect(read!.article).toMatchObject({ source: SOURCE, published: '2025-01-15T00:00:00-05:00', dateCertainty: 'day' });
  });

  it('takes a clipping that prints its own offset without --time-zone', async () => {
    await workspace.run([NYT_PAGE]);
    const [read] = await runWith(withPaper(workspace).data, workspace.input('offset.txt', clipping('4:12 PM GMT-5, January 15, 2025')));
    expect(read!.error).toBeUndefined();
    expect(read!.article).toMatchObject({ published: '2025-01-15T16:12:00-05:00', dateCertainty: 'exact' });
  });

  it('treats a fixed-offset zone an earlier importer wrote as unknown', async () => {
    await workspace.run([NYT_PAGE]);
    const { file } = withPaper(workspace);
    writeFileSync(file, `${readFileSync(file, 'utf8')}timeZone: Etc/GMT+4\n`);
    const [refused] = await runWith(withPaper(workspace).data, workspace.input('january.txt', clipping('Jan. 15, 2025')));
    expect(refused!.error!.reason).toContain(`(content/sources/${SOURCE}.yaml gives only the UTC offset Etc/GMT+4, which is its clocks in one season only)`);
  });

  it('is given its zone for good by setSourceZone, which changes only that line and refuses an offset', async () => {
    await workspace.run([NYT_PAGE]);
    const { file } = withPaper(workspace);
    const before = readFileSync(file, 'utf8');
    expect(() => setSourceZone(SOURCE, 'Etc/GMT+5', workspace.contentDir)).toThrow(SourceZoneError);
    expect(() => setSourceZone(SOURCE, '-05:00', workspace.contentDir)).toThrow(/a UTC offset is not a paper's zone/);
    expect(() => setSourceZone(SOURCE, 'America/New_Yrok', workspace.contentDir)).toThrow(/must be an IANA time zone/);
    expect(readFileSync(file, 'utf8')).toBe(before);

    expect(setSourceZone(SOURCE, 'America/New_York', workspace.contentDir)).toContain('the time zone of The New York Times is now America/New_York (it had none)');
    const after = readFileSync(file, 'utf8');
    expect(after).toBe(`${before.split('\n').filter((line) => !line.startsWith('# Its time zone is not known')).join('\n')}timeZone: America/New_York\n`);
    const [read] = await runWith(withPaper(workspace).data, workspace.input('january.txt', clipping('Jan. 15, 2025')));
    expect(read!.article).toMatchObject({ published: '2025-01-15T00:00:00-05:00' });
    // A zone already written is replaced in place.
    writeFileSync(file, after.replace('America/New_York', 'Etc/GMT+4'));
    expect(setSourceZone(SOURCE, 'America/New_York', workspace.contentDir)).toContain('(it was Etc/GMT+4)');
    expect(readFileSync(file, 'utf8')).toBe(after);
  });
});

describe('npm run import -- --source ID --set-time-zone ZONE', { timeout: 120_000 }, () => {
  it('writes the zone and imports nothing; refuses without --source or with files', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'importer-zone-'));
    try {
      const content = path.join(root, 'content');
      for (const folder of ['sources', 'gazetteer']) cpSync(path.resolve('content', folder), path.join(content, folder), { recursive: true });
      writeFileSync(path.join(content, 'sources', 'harbour-news.yaml'), '# Created by the importer\nname: Harbour News\nhomepage: https://harbour.example/\nlanguage: en\nmastheads:\n  - Harbour News\n');
      const cli = (...args: string[]) =>
        spawnSync(path.resolve('node_modules/.bin/node'), [path.resolve('node_modules/tsx/dist/cli.mjs'), 'src/importer/cli.ts', ...args], { encoding: 'utf8', env: { ...process.env, DATELINE_CONTENT_DIR: content } });
      const noSource = cli('--set-time-zone', 'Europe/Lisbon');
      expect(noSource.status).toBe(2);
      expect(noSource.stderr).toContain('--set-time-zone ZONE needs --source ID');
      const set = cli('--source', 'harbour-news', '--set-time-zone', 'Europe/Lisbon');
      expect(set.stderr).toBe('');
      expect(set.status).toBe(0);
      expect(set.stdout).toContain('the time zone of Harbour News is now Europe/Lisbon (it had none)');
      expect(readFileSync(path.join(content, 'sources', 'harbour-news.yaml'), 'utf8')).toMatch(/\ntimeZone: Europe\/Lisbon\n$/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
