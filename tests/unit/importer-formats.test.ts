import { createHash } from 'node:crypto';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadContentData } from '../../src/importer/content-data.ts';
import { parseArticleFile } from '../../src/importer/frontmatter.ts';
import { runImport } from '../../src/importer/run-import.ts';
import { sourceSchema } from '../../src/lib/source-schema.ts';
import { useWorkspace } from './importer-harness.ts';

const SEEDS = path.resolve('tests/fixtures/seeds');
const MESSENGER_LINES = readFileSync(path.join(SEEDS, '000_62f9dd80dc8d7e61.txt'), 'utf8').split('\n');
const CIVIL_ARTICLE = readFileSync(path.resolve('tests/fixtures/clippings/seed-civil-georgia.expected.md'), 'utf8');
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('saved HTML pages', () => {
  const workspace = useWorkspace();

  it('imports a Messenger page built from the seed: logo alt text, byline and year-less date as in the clipping', async () => {
    const body = MESSENGER_LINES.slice(6).filter((line) => line.trim());
    const page = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(MESSENGER_LINES[2]!)}</title></head>
<body><header><a href="/"><img src="/logo.png" alt="The messenger logo"></a><nav><a href="/politics">Politics</a> <a href="/business">Business</a></nav></header>
<main><article><h1>${escapeHtml(MESSENGER_LINES[2]!)}</h1><p>By Tea Mariamidze</p><p>Friday, March 8</p>
${body.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n')}
</article></main><footer><p>© The Messenger</p></footer></body></html>`;
    const [refused] = await workspace.run([workspace.input('messenger.html', page)]);
    expect(refused!.error!.reason).toMatch(/1991, 1996, 2002, 2013, 2019, 2024/);

    const [result] = await workspace.run([workspace.input('messenger.html', page)], { year: 2019 });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({
      title: 'Georgia denounces Putin’s meeting with the de facto leader of S. Ossetia',
      source: 'the-messenger',
      authors: ['Tea Mariamidze'],
      published: '2019-03-08T00:00:00+04:00',
      printedDate: 'Friday, March 8',
      dateCertainty: 'supplied',
      original: { file: 'messenger.html' },
    });
    const { body: markdown } = parseArticleFile(readFileSync(result!.target!, 'utf8'));
    expect(markdown.split('\n\n').map((paragraph) => paragraph.trim().replace(/\\\[/g, '['))).toEqual(body);
    // The saved page is kept verbatim, as .txt so that it is never served as a live page.
    expect(readFileSync(path.join(workspace.contentDir, 'originals/2019/03/08/georgia-denounces-putins-meeting-with-the-de-facto-leader-of-s-ossetia.txt'), 'utf8')).toBe(page);
  });
});

describe('Markdown articles with frontmatter', () => {
  const workspace = useWorkspace();

  it('are validated and written at their permalink with the original they bring; a second import is unchanged', async () => {
    const input = workspace.input('article.md', CIVIL_ARTICLE);
    // An exported article travels with its original, named as its original.file says (issue 19 item 3).
    workspace.input('004_c563c99bc929bd38.txt', readFileSync(path.join(SEEDS, '004_c563c99bc929bd38.txt')));
    const [result] = await workspace.run([input]);
    expect(result!.status).toBe('imported');
    expect(path.relative(workspace.articlesDir, result!.target!)).toBe('2017/11/15/putin-meets-south-ossetian-leader-in-moscow.md');
    expect(readFileSync(result!.target!, 'utf8')).toBe(CIVIL_ARTICLE);
    expect(workspace.files()).toEqual([
      'articles/2017/11/15/putin-meets-south-ossetian-leader-in-moscow.md',
      'originals/2017/11/15/putin-meets-south-ossetian-leader-in-moscow.txt',
    ]);
    const [again] = await workspace.run([input]);
    expect(again!.status).toBe('unchanged');
  });

  it('are normalised: key order, quoting, escaping and blank lines as the importer writes them', async () => {
    const original = 'A Hand Edited Article\nMarch 8, 2019\n\nFirst paragraph.\n';
    const originalSha = createHash('sha256').update(original).digest('hex');
    workspace.input('a.txt', original);
    const messy = [
      '---',
      'places: [tbilisi]',
      "published: '2019-03-08T00:00:00+04:00'",
      'title: A *Hand* Edited Article',
      'source: the-messenger',
      'slug: a-hand-edited-article',
      'printedDate: March 8, 2019',
      'dateCertainty: day',
      `original: {file: a.txt, sha256: ${originalSha}}`,
      '---',
      '',
      '',
      'First   paragraph with *emphasis*',
      'continued on a second line.',
      '',
      '',
      '',
      'Second paragraph.',
      '',
    ].join('\n');
    const [result] = await workspace.run([workspace.input('messy.md', messy)]);
    expect(result!.status).toBe('imported');
    expect(readFileSync(result!.target!, 'utf8')).toBe(
      [
        '---',
        'title: A *Hand* Edited Article',
        'slug: a-hand-edited-article',
        'source: the-messenger',
        'authors: []',
        "published: '2019-03-08T00:00:00+04:00'",
        'printedDate: March 8, 2019',
        'dateCertainty: day',
        'original:',
        '  file: a.txt',
        `  sha256: ${originalSha}`,
        'people: []',
        'places:',
        '  - tbilisi',
        'organizations: []',
        'aliases: []',
        'revisions: []',
        '---',
        'First   paragraph with *emphasis*',
        'continued on a second line.',
        '',
        'Second paragraph.',
        '',
      ].join('\n'),
    );
  });

  it('refuse to take the permalink of a different article', async () => {
    await workspace.run([workspace.input('civil.txt', readFileSync(path.join(SEEDS, '004_c563c99bc929bd38.txt')))]);
    const other = CIVIL_ARTICLE.replace('title: Putin Meets South Ossetian Leader in Moscow', 'title: Another Story');
    const [result] = await workspace.run([workspace.input('other.md', other)]);
    expect(result!.status).toBe('failed');
    expect(result!.error!.reason).toMatch(/already holds a different article/);
    expect(result!.error!.fix).toMatch(/another slug/);
  });
});

describe('encodings and per-file dates', () => {
  const workspace = useWorkspace();
  const clipping = "A Title\nCivil Georgia, Tbilisi / 15 Nov.'17 / 12:31\n\nCafé “quoted” text.\n";

  it.each([
    ['UTF-16 LE with BOM', new Uint8Array([0xff, 0xfe, ...Buffer.from(clipping, 'utf16le')]), ['read as utf-16le and converted to UTF-8; the original keeps the bytes as received']],
    ['UTF-16 BE with BOM', new Uint8Array([0xfe, 0xff, ...Buffer.from(clipping, 'utf16le').swap16()]), ['read as utf-16be and converted to UTF-8; the original keeps the bytes as received']],
    ['UTF-8 with BOM and lone CR line ends', new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(clipping.replace(/\n/g, '\r'))]), undefined],
  ])('reads %s', async (_name, bytes, expectedNotes) => {
    const [result] = await workspace.run([workspace.input('clip.txt', bytes)]);
    expect(result!.error).toBeUndefined();
    expect(result!.article!.title).toBe('A Title');
    expect(result!.article!.body).toBe('Café “quoted” text.\n');
    expect(result!.notes).toEqual(expectedNotes);
  });

  it('takes --date for a year-less clipping and checks it against the printed day', async () => {
    const input = workspace.input('messenger.txt', readFileSync(path.join(SEEDS, '000_62f9dd80dc8d7e61.txt')));
    const [wrong] = await workspace.run([input], { date: '2019-03-09', dryRun: true });
    expect(wrong!.error!.reason).toMatch(/--date 2019-03-09 disagrees with the printed date "Friday, March 8"/);
    expect(wrong!.error!.line).toBe(6);
    const [right] = await workspace.run([input], { date: '2013-03-08', dryRun: true });
    expect(right!.article).toMatchObject({ published: '2013-03-08T00:00:00+04:00', dateCertainty: 'supplied' });
  });

  it('writes the original as received even when the text needed converting', async () => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(clipping, 'utf16le')]);
    const [result] = await workspace.run([workspace.input('clip.txt', bytes)]);
    const original = path.join(workspace.contentDir, 'originals/2017/11/15/a-title.txt');
    expect(new Uint8Array(readFileSync(original))).toEqual(bytes);
    expect(result!.article!.original.file).toBe('clip.txt');
  });
});

// Copies as browsers and editors make them: the same clipping, whatever blank lines, spaces and
// Unicode form it was saved with, reads the same. Outlets' profiles are fixtures here.
describe('copy artefacts', () => {
  const workspace = useWorkspace();
  const outletSources = path.resolve('tests/fixtures/outlets/sources');
  for (const id of ['ap', 'bianet', 'le-monde']) workspace.data.sources.set(id, sourceSchema.parse(yaml.load(readFileSync(path.join(outletSources, `${id}.yaml`), 'utf8'))));
  const clippingText = (name: string) => readFileSync(path.resolve('tests/fixtures/clippings', `${name}.txt`), 'utf8');
  const read = async (name: string, text: string, options: { sourceId?: string; date?: string } = {}) => {
    const [result] = await workspace.run([workspace.input(name, text)], { ...options, dryRun: true });
    expect(result!.error).toBeUndefined();
    const { original, ...article } = result!.article!;
    return { article, textSha256: original.textSha256 };
  };

  it('find the masthead on its printed line, however many blank lines the copy begins with', async () => {
    // AP prints no masthead of its own: `(AP) —` in the dateline is on the ninth line, the eighth printed.
    // Only the update's time is printed, so --date gives the day, as in the golden.
    const text = clippingText('ap-updated-gmt-offset');
    const date = '2024-04-30';
    expect((await read('ap-blank-lines.txt', `\n\n\n${text}`, { date })).article).toEqual((await read('ap.txt', text, { date })).article);
  });

  it('find a masthead printed alone on its line in another letter case, as a logo copies', async () => {
    // Bianet's logo copies as `bianet`; its paper's name is `Bianet`.
    const text = clippingText('bianet-gazetecilere-saldiri');
    expect(text.startsWith('bianet\n')).toBe(true);
    expect((await read('bianet.txt', text)).article).toMatchObject({ source: 'bianet', title: "Tiflis'te gazetecilere saldırı protesto edildi" });
  });

  it('find a masthead copied with a no-break space', async () => {
    const text = clippingText('civil-georgia-electoral-code');
    const nbsp = text.replace('Civil Georgia\n', 'Civil\u00a0Georgia\n');
    expect(nbsp).not.toBe(text);
    // Another text (its identity differs), the same article.
    expect((await read('civil-nbsp.txt', nbsp)).article).toEqual((await read('civil.txt', text)).article);
  });

  it('read zero-width spaces and word joiners a page left in the copy as nothing: a line of them is blank', async () => {
    const text = clippingText('civil-georgia-electoral-code');
    const invisible = text.replace(/\n\n/g, '\n\u200b\n').replace(/\n(?=\S)/g, '\n\u2060');
    expect(invisible).not.toBe(text);
    expect(await read('civil-invisible.txt', invisible)).toEqual(await read('civil.txt', text));
  });

  it('read a clipping saved decomposed (NFD) as the composed text it is: month names, body and identity', async () => {
    const text = clippingText('le-monde-reforme-electorale');
    const decomposed = text.normalize('NFD');
    expect(decomposed).not.toBe(text);
    expect(await read('le-monde-nfd.txt', decomposed, { sourceId: 'le-monde' })).toEqual(await read('le-monde.txt', text, { sourceId: 'le-monde' }));
  });
});

// Firefox's reader view, copied whole: the page's host, the title, the byline (or the site's name),
// a range of minutes, then the text. It prints no date, so --date gives it.
describe("a copy of Firefox's reader view", () => {
  const workspace = useWorkspace();
  const copy = (byline: string) =>
    `civil.ge\nParliament Overrides Presidential Veto\n${byline}\n3–4 minutes\n\nThe Parliament voted on Tuesday to override the veto.\n\nOpposition lawmakers walked out.\n`;

  it("names its paper by the host over the title, whose home page it is", async () => {
    const [result] = await workspace.run([workspace.input('reader.txt', copy('Nino Beridze'))], { date: '2024-10-01', dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({
      title: 'Parliament Overrides Presidential Veto',
      source: 'civil-georgia',
      authors: ['Nino Beridze'],
      published: '2024-10-01T00:00:00+04:00',
      dateCertainty: 'supplied',
      body: 'The Parliament voted on Tuesday to override the veto.\n\nOpposition lawmakers walked out.\n',
    });
  });

  it('refuses a host no paper of the archive has, asking which paper it is', async () => {
    const [result] = await workspace.run([workspace.input('reader.txt', copy('Nino Beridze').replace('civil.ge', 'example.org'))], { date: '2024-10-01', dryRun: true });
    expect(result!.error!.reason).toMatch(/^no source profile recognises this clipping/);
  });
});

describe('a new paper is one YAML file', () => {
  const workspace = useWorkspace();

  it('is recognised by its masthead and read with the generic reader, its zone and its date order', async () => {
    const content = path.join(workspace.root, 'archive');
    for (const dir of ['sources', 'gazetteer']) cpSync(path.resolve('content', dir), path.join(content, dir), { recursive: true });
    writeFileSync(
      path.join(content, 'sources', 'daily-planet.yaml'),
      'name: Daily Planet\nhomepage: https://planet.example/\ntimeZone: America/New_York\nmastheads: [Daily Planet]\ndateOrder: MDY\n',
    );
    const data = loadContentData(content);
    const clipping = workspace.input('planet.txt', 'Heat Wave Hits Metropolis\nBy Lois Lane\n03.08.2019 4:30 pm\n\nThe Daily Planet has learned that Moscow was cooler.\n');
    const [result] = await runImport([clipping], data, { out: path.join(content, 'articles'), strict: false, update: false, dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({
      source: 'daily-planet',
      title: 'Heat Wave Hits Metropolis',
      authors: ['Lois Lane'],
      // 8 March 2019 was before New York's switch to summer time on 10 March: UTC-5.
      published: '2019-03-08T16:30:00-05:00',
      dateCertainty: 'exact',
      places: ['moscow'],
    });
  });
});
