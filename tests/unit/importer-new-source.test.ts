import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newSource, NewSourceError, type NewSourceFlags } from '../../src/importer/new-source.ts';
import { sourceSchema } from '../../src/lib/source-schema.ts';
import { useWorkspace } from './importer-harness.ts';

// A paper the archive does not know, in the generic layout; its name is printed as the photo credit,
// so a later clipping like it is recognised by that masthead string. Text written for this test.
const clipping = (title: string) =>
  `${title}\n\nBy Nino Beridze\n\n12 March 2020 14:05\n\nA night train at Station Square. Photo: Georgia Today\n\n` +
  'The metro will run night trains from Friday, the city hall said.\n\nTickets cost the same as by day, and the trains stop at all the stations of the line.\n';
const TITLE = 'Tbilisi Metro Adds Night Trains';
const ARTICLE = 'articles/2020/03/12/tbilisi-metro-adds-night-trains.md';

describe('newSource: the profile --new-source makes, checked before anything is read', () => {
  const workspace = useWorkspace();
  const make = (flags: Partial<NewSourceFlags>) => newSource({ name: 'Georgia Today', timeZone: 'Asia/Tbilisi', ...flags }, workspace.data, workspace.contentDir);

  it('takes the slug of the name as id and the name as a masthead; homepage and language are optional', () => {
    const created = make({});
    expect(created.id).toBe('georgia-today');
    expect(created.file).toBe(path.join(workspace.contentDir, 'sources', 'georgia-today.yaml'));
    expect(created.source).toMatchObject({ name: 'Georgia Today', timeZone: 'Asia/Tbilisi', mastheads: ['Georgia Today'] });
    // Without --language, the paper's language is not known until its first clipping tells it (paper-language.ts).
    expect(created.languageFrom).toBeUndefined();
    expect(make({ homepage: 'https://georgiatoday.ge/', language: 'ka' })).toMatchObject({ source: { homepage: 'https://georgiatoday.ge/', language: 'ka' }, languageFrom: '--language' });
  });

  it('transliterates a name with no Latin letters into the id, or takes --id', () => {
    expect(make({ name: 'Интерфакс-Украина', timeZone: 'Europe/Kyiv' })).toMatchObject({ id: 'interfaks-ukraina', source: { name: 'Интерфакс-Украина', mastheads: ['Интерфакс-Украина'] } });
    expect(make({ name: 'ინტერპრესნიუსი' }).id).toBe('interpresniusi');
    const chosen = make({ name: 'ინტერპრესნიუსი', id: 'interpressnews' });
    expect(chosen).toMatchObject({ id: 'interpressnews', file: path.join(workspace.contentDir, 'sources', 'interpressnews.yaml') });
  });

  it('takes the whole of a name in two scripts into the id, not only its Latin words', () => {
    expect(make({ name: 'Газета.Ru', timeZone: 'Europe/Moscow' }).id).toBe('gazeta-ru');
    expect(make({ name: 'Фонтанка.ру', timeZone: 'Europe/Moscow' }).id).toBe('fontanka-ru');
    expect(make({ name: 'РБК Daily', timeZone: 'Europe/Moscow' }).id).toBe('rbk-daily');
  });

  it('records the names --masthead gives beside the name, as the clippings print them', () => {
    expect(make({ name: 'Interpressnews', mastheads: ['ინტერპრესნიუსი', ' Interpressnews '] }).source.mastheads).toEqual(['Interpressnews', 'ინტერპრესნიუსი']);
  });

  it.each([
    [{ timeZone: undefined }, /--new-source "Georgia Today" needs --time-zone ZONE/],
    [{ mastheads: ['Civil'] }, /^--masthead "Civil": Civil Georgia's masthead contains this name/],
    [{ timeZone: 'Asia/Tbilsi' }, /^--time-zone Asia\/Tbilsi: must be an IANA time zone/],
    [{ homepage: 'javascript:alert(1)' }, /^--homepage javascript:alert\(1\): must be an http:\/\/ or https:\/\/ URL/],
    [{ language: 'not a tag' }, /^--language not a tag: give a BCP 47 language tag/],
    [{ name: '🎉' }, /nothing in the name gives Latin letters or digits .* choose one with --id ID/],
    [{ id: 'Georgia Today' }, /^--id Georgia Today: give lower-case Latin letters/],
    [{ id: '2024' }, /^--id 2024: give lower-case Latin letters/],
    [{ id: 'civil-georgia' }, /content\/sources\/civil-georgia\.yaml already exists; import with --source civil-georgia, or choose another id with --id ID/],
    [{ name: 'Civil Georgia' }, /content\/sources\/civil-georgia\.yaml already exists; import with --source civil-georgia/],
    [{ name: 'Civil' }, /Civil Georgia's masthead contains this name/],
  ])('refuses %j, naming the flag', (flags, message) => {
    expect(() => make(flags)).toThrow(NewSourceError);
    expect(() => make(flags)).toThrow(message);
  });
});

describe('runImport with a new paper', () => {
  const workspace = useWorkspace();
  const created = () => newSource({ name: 'Georgia Today', timeZone: 'Asia/Tbilisi' }, workspace.data, workspace.contentDir);

  it('reads the clippings as the new paper, then writes its YAML beside the article, valid for the schema', async () => {
    const source = created();
    const [result] = await workspace.run([workspace.input('gt.txt', clipping(TITLE))], { newSource: source });
    expect(result).toMatchObject({ status: 'imported', article: { source: 'georgia-today', published: '2020-03-12T14:05:00+04:00' } });
    expect(workspace.files()).toEqual([ARTICLE, 'originals/2020/03/12/tbilisi-metro-adds-night-trains.txt', 'sources/georgia-today.yaml']);
    expect(sourceSchema.parse(yaml.load(readFileSync(source.file, 'utf8')))).toEqual(source.source);
  });

  it('writes nothing in a dry run, and no paper when none of its clippings imports', async () => {
    const [dry] = await workspace.run([workspace.input('gt.txt', clipping(TITLE))], { newSource: created(), dryRun: true });
    expect(dry!.status).toBe('imported');
    const [refused] = await workspace.run([workspace.input('bad.txt', 'A Title\n\nno date here\n\nText.\n')], { newSource: created() });
    expect(refused!.status).toBe('failed');
    expect(workspace.files()).toEqual([]);
  });

  it('takes the paper back when its first article cannot be written after all', async () => {
    // The archive can be locked and the paper's file written, but `originals` is a file, not a folder.
    mkdirSync(workspace.contentDir, { recursive: true });
    writeFileSync(path.join(workspace.contentDir, 'originals'), '');
    const [result] = await workspace.run([workspace.input('gt.txt', clipping(TITLE))], { newSource: created() });
    expect(result).toMatchObject({ status: 'failed', error: { reason: expect.stringMatching(/^could not write/) } });
    expect(workspace.files()).toEqual(['originals']);
  });

  it('never overwrites a profile another import created meanwhile, and then writes no article', async () => {
    const source = created();
    mkdirSync(path.dirname(source.file), { recursive: true });
    writeFileSync(source.file, 'name: Georgia Today\ntimeZone: Europe/London\n');
    const [result] = await workspace.run([workspace.input('gt.txt', clipping(TITLE))], { newSource: source });
    expect(result).toMatchObject({ status: 'failed', error: { reason: expect.stringMatching(/georgia-today\.yaml was created by another import meanwhile/) } });
    expect(readFileSync(source.file, 'utf8')).toBe('name: Georgia Today\ntimeZone: Europe/London\n');
    expect(workspace.files()).toEqual(['sources/georgia-today.yaml']);
  });
});

describe('npm run import -- --new-source', { timeout: 300_000 }, () => {
  const NODE = path.resolve('node_modules/.bin/node');
  const TSX = path.resolve('node_modules/tsx/dist/cli.mjs');
  let root: string;
  let content: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(tmpdir(), 'importer-new-source-'));
    content = path.join(root, 'content');
    for (const folder of ['sources', 'gazetteer']) cpSync(path.resolve('content', folder), path.join(content, folder), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const importCli = (...args: string[]) => {
    const result = spawnSync(NODE, [TSX, 'src/importer/cli.ts', '--out', path.join(content, 'articles'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, DATELINE_CONTENT_DIR: content },
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };
  const input = (name: string, text: string) => {
    writeFileSync(path.join(root, name), text);
    return path.join(root, name);
  };
  const sources = () => readdirSync(path.join(content, 'sources')).sort();

  it('adds the paper and imports; later clippings are recognised by its name, or named with --source', () => {
    const first = input('first.txt', clipping(TITLE));
    const unknown = importCli(first);
    expect(unknown.code).toBe(1);
    expect(unknown.stdout).toContain('if it is from a paper the archive knows (civil-georgia, the-messenger), pass --source ID');
    expect(unknown.stdout).toContain('add the paper with --new-source "NAME" --time-zone ZONE');

    const dry = importCli('--dry-run', '--new-source', 'Georgia Today', '--time-zone', 'Asia/Tbilisi', first);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Dry run: the paper "Georgia Today" would be added as');
    expect(sources()).toEqual(['civil-georgia.yaml', 'the-messenger.yaml']);
    expect(existsSync(path.join(content, 'articles'))).toBe(false);

    const added = importCli('--new-source', 'Georgia Today', '--time-zone', 'Asia/Tbilisi', '--homepage', 'https://georgiatoday.ge/', first);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain(`Added the paper "Georgia Today" as ${path.join(content, 'sources', 'georgia-today.yaml')} in language en (learnt from first.txt); import its later clippings with --source georgia-today.`);
    expect(sources()).toEqual(['civil-georgia.yaml', 'georgia-today.yaml', 'the-messenger.yaml']);
    expect(existsSync(path.join(content, ARTICLE))).toBe(true);

    const later = importCli(input('later.txt', clipping('Tbilisi Metro Adds Day Trains')));
    expect(later.stdout).toContain('1 imported, 0 unchanged, 0 updated, 0 failed');
    const named = importCli('--source', 'georgia-today', input('named.txt', clipping('Tbilisi Metro Adds Morning Trains')));
    expect(named.stdout).toContain('1 imported, 0 unchanged, 0 updated, 0 failed');

    const georgian = importCli('--new-source', 'ჯორჯია თუდეი', '--id', 'georgia-today-ka', '--time-zone', 'Asia/Tbilisi', input('ka.txt', clipping('Tbilisi Metro Adds Evening Trains')));
    expect(georgian.stdout).toContain(`Added the paper "ჯორჯია თუდეი" as ${path.join(content, 'sources', 'georgia-today-ka.yaml')}`);

    const again = importCli('--new-source', 'Georgia Today', '--time-zone', 'Asia/Tbilisi', first);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain(`--new-source "Georgia Today": ${path.join(content, 'sources', 'georgia-today.yaml')} already exists; import with --source georgia-today`);
  });

  it('refuses a wrong zone or a stray paper option with exit 2, naming the flag, and writes nothing', () => {
    const file = input('gt.txt', clipping(TITLE));
    for (const [args, message] of [
      [['--new-source', 'Georgia Today', '--time-zone', 'Asia/Tbilsi'], '--time-zone Asia/Tbilsi: must be an IANA time zone'],
      [['--new-source', 'Georgia Today'], 'needs --time-zone ZONE'],
      [['--source', 'civil-georgia', '--id', 'civil'], '--id describes a paper being added with --new-source'],
      [['--source', 'civil-georgia', '--masthead', 'Civil'], '--masthead describes a paper being added with --new-source'],
      [['--language', 'not a tag'], '--language not a tag: give a BCP 47 language tag'],
      [['--new-source', 'Georgia Today', '--id', 'Georgia Today', '--time-zone', 'Asia/Tbilisi'], '--id Georgia Today: give lower-case Latin letters'],
      [['--source', 'civil-georgia', '--new-source', 'Georgia Today', '--time-zone', 'Asia/Tbilisi'], '--source and --new-source name the paper twice'],
    ] as const) {
      const { code, stderr } = importCli(...args, file);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).toContain(message);
    }
    expect(sources()).toEqual(['civil-georgia.yaml', 'the-messenger.yaml']);
    expect(existsSync(path.join(content, 'articles'))).toBe(false);
  });
});

// The paper's name printed in another script than the name the archivist typed: `Ведомости` on a
// clipping of the paper added as `--new-source Vedomosti`. Text written for this test.
describe('a masthead printed in another script', () => {
  const workspace = useWorkspace();
  const vedomosti = (masthead: string) =>
    `Парламент Грузии преодолел вето президента\nЗакон вступит в силу после подписания спикером\n${masthead}\n28 мая 2024, 15:42\nПарламент Грузии во вторник преодолел вето президента.\nЗа проголосовали 84 депутата.\n`;
  const added = (name: string, mastheads?: string[]) => newSource({ name, timeZone: 'Europe/Moscow', language: 'ru', mastheads }, workspace.data, workspace.contentDir);

  it('reads it as the masthead when it spells the paper\'s name in Latin letters (Ведомости, Vedomosti)', async () => {
    const [result] = await workspace.run([workspace.input('v.txt', vedomosti('Ведомости'))], { newSource: added('Vedomosti'), dryRun: true });
    expect(result!.article!.body).toBe('Закон вступит в силу после подписания спикером\n\nПарламент Грузии во вторник преодолел вето президента.\n\nЗа проголосовали 84 депутата.\n');
  });

  it('needs --masthead when the name is spelled otherwise (Известия, Izvestia), and keeps a line that only starts with the name', async () => {
    const [unsaid] = await workspace.run([workspace.input('i.txt', vedomosti('Известия'))], { newSource: added('Izvestia'), dryRun: true });
    expect(unsaid!.article!.body).toContain('Известия');
    const [said] = await workspace.run([workspace.input('i.txt', vedomosti('Известия'))], { newSource: added('Izvestia', ['Известия']), dryRun: true });
    expect(said!.article!.body).not.toContain('Известия');
    const [sentence] = await workspace.run([workspace.input('s.txt', vedomosti('Ведомости сообщили'))], { newSource: added('Vedomosti'), dryRun: true });
    expect(sentence!.article!.body).toContain('Ведомости сообщили');
  });

  it('recognises a later clipping by the name so printed, without --source', async () => {
    workspace.data.sources.set('vedomosti', added('Vedomosti').source);
    try {
      const [result] = await workspace.run([workspace.input('v.txt', `Ведомости\n${vedomosti('')}`)], { dryRun: true });
      expect(result!.error).toBeUndefined();
      expect(result!.article!.source).toBe('vedomosti');
    } finally {
      workspace.data.sources.delete('vedomosti');
    }
  });
});
