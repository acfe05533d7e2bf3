import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { printableName } from '../../src/importer/errors.ts';
import { useWorkspace } from './importer-harness.ts';

// Issue 19 items 4, 9, 11 and 15: what the importer reads, and how it says what it will not read.
const GOOD = readFileSync(path.resolve('tests/fixtures/seeds/004_c563c99bc929bd38.txt'));
const HEADER = "A Title\nCivil Georgia, Tbilisi / 15 Nov.'17 / 12:31\n\n";
const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));

describe('encodings: one encoding per file, or a refusal with the byte offset', () => {
  const workspace = useWorkspace();
  const refusal = async (content: Uint8Array) => {
    const [result] = await workspace.run([workspace.input('clip.txt', content)]);
    expect(result!.status).toBe('failed');
    expect(workspace.files()).toEqual([]);
    return result!.error!;
  };

  it('refuses UTF-8 "Café" beside a Windows-1252 quote, naming both places', async () => {
    const error = await refusal(bytes(HEADER, 'Café owners ', [0x93], 'protest', [0x94], '.\n'));
    expect(error.reason).toBe('the file mixes encodings: it has UTF-8 characters (the first at byte offset 56 (0x38; bytes C3 A9)) but is not valid UTF-8 at byte offset 66 (0x42; bytes 93 70)');
    expect(error.line).toBe(4);
    expect(error.fix).toMatch(/save it as UTF-8/);
  });

  it('refuses invalid UTF-8 (C3 28) rather than reading it as Windows-1252', async () => {
    const error = await refusal(bytes(HEADER, 'A broken ', [0xc3, 0x28], ' letter.\n'));
    expect(error.reason).toMatch(/^the file is not valid UTF-8 at byte offset 62 \(0x3e; bytes C3 28\), and it is not clearly Windows-1252/);
    expect(error.line).toBe(4);
  });

  it('refuses C3 28 in a file that is otherwise UTF-8', async () => {
    const error = await refusal(bytes(HEADER, 'Tbilisi’s ', [0xc3, 0x28], '\n'));
    expect(error.reason).toMatch(/mixes encodings: .* not valid UTF-8 at byte offset 65 \(0x41; bytes C3 28\)/);
  });

  it('still reads a file that is Windows-1252 throughout', async () => {
    const [result] = await workspace.run([workspace.input('cp.txt', bytes(HEADER, 'Caf', [0xe9], ' owners ', [0x93], 'protest', [0x94], '.\n'))]);
    expect(result!.status).toBe('imported');
    expect(result!.article!.body).toBe('Café owners “protest”.\n');
  });

  it.each([
    ['UTF-16LE', Buffer.from(`${HEADER}Text.\n`, 'utf16le')],
    ['UTF-16BE', Buffer.from(`${HEADER}Text.\n`, 'utf16le').swap16()],
  ])('says that %s without a byte-order mark is UTF-16', async (name, content) => {
    const error = await refusal(content);
    expect(error.reason).toBe(`the file is ${name} text without a byte-order mark, so its byte order cannot be known for sure`);
    expect(error.fix).toMatch(/save it again as UTF-8/);
  });

  it('calls an even-length text with one stray NUL binary, not UTF-16', async () => {
    const content = bytes(HEADER, 'Text', [0], '.\n');
    expect(content.length % 2).toBe(0);
    expect((await refusal(content)).reason).toBe('this is not a text file (it contains NUL or other control bytes)');
  });

  it('says a file of only spaces and line ends is empty', async () => {
    expect((await refusal(bytes(' \r\n\t\n\u00a0\n'))).reason).toBe('the file is empty: it holds only blank lines and spaces');
  });

  // Word and Google Docs copy a line break inside a paragraph as U+2028: it was refused, naming an
  // edit of the clipping; it is the line break it names, and the original keeps it.
  it('reads a line separator (U+2028) as the line break it is: the title over the masthead line', async () => {
    const [result] = await workspace.run([workspace.input('clip.txt', bytes('A Title\u2028', HEADER.slice('A Title\n'.length), 'Text.\n'))], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ title: 'A Title', dateline: 'Tbilisi', published: '2017-11-15T12:31:00+04:00', body: 'Text.\n' });
  });
});

describe('only regular files inside the folder given are read', { timeout: 20_000 }, () => {
  const workspace = useWorkspace();

  it('refuses a named pipe called fifo.txt without hanging, and imports the rest', async () => {
    const good = workspace.input('batch/a.txt', GOOD);
    execFileSync('mkfifo', [path.join(path.dirname(good), 'fifo.txt')]);
    const results = await workspace.run([path.dirname(good)]);
    expect(results.map((result) => [path.basename(result.file), result.status, result.error?.reason])).toEqual([
      ['a.txt', 'imported', undefined],
      ['fifo.txt', 'failed', 'this is a named pipe (FIFO), not a regular file'],
    ]);
  });

  it('refuses /dev/zero named as a file, and a link to it in a folder, without reading it', async () => {
    const dir = path.dirname(workspace.input('batch/a.txt', GOOD));
    symlinkSync('/dev/zero', path.join(dir, 'zero.txt'));
    const results = await workspace.run(['/dev/zero', dir]);
    expect(results.map((result) => [result.file, result.status, result.error?.reason])).toEqual([
      [path.join(dir, 'zero.txt'), 'failed', `it is a symbolic link to /dev/zero, outside the folder ${dir}; links out of the folder given are not followed`],
      ['/dev/zero', 'failed', 'this is a device, not a regular file'],
      [path.join(dir, 'a.txt'), 'imported', undefined],
    ]);
  });

  it('does not follow a link out of the folder, nor print what the file holds', async () => {
    const secret = workspace.input('private/secret.txt', 'root:SECRET-HASH:19000:0:99999:7:::\n');
    const dir = path.dirname(workspace.input('batch/inside.txt', GOOD));
    symlinkSync(secret, path.join(dir, 'shadow.txt'));
    symlinkSync(path.join(dir, 'inside.txt'), path.join(dir, 'same-folder.txt'));
    const results = await workspace.run([dir, path.join(dir, 'shadow.txt')]);
    expect(results.map((result) => [path.basename(result.file), result.status])).toEqual([
      ['shadow.txt', 'failed'],
      ['shadow.txt', 'failed'],
      ['inside.txt', 'imported'],
      ['same-folder.txt', 'unchanged'],
    ]);
    expect(results[0]!.error).toEqual({ reason: `it is a symbolic link to ${secret}, outside the folder ${dir}; links out of the folder given are not followed`, fix: 'copy the clipping into the folder instead of linking to it' });
    expect(JSON.stringify(results)).not.toContain('SECRET');
  });

  it('never prints a non-clipping file’s first line', async () => {
    const [result] = await workspace.run([workspace.input('passwd.txt', 'root:SECRET-HASH:0:0:root:/root:/bin/bash\nMarch 8, 2019\n\nText.\n')]);
    expect(result!.error!.reason).toMatch(/no source profile recognises/);
    expect(JSON.stringify(result)).not.toContain('SECRET');
  });

  it('reports a file name that is not UTF-8 as such, not as a missing file', async () => {
    const dir = path.dirname(workspace.input('batch/a.txt', GOOD));
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), GOOD);
    const results = await workspace.run([dir]);
    const failed = results.find((result) => result.status === 'failed')!;
    expect(failed.error!.reason).toBe('the file name is not valid UTF-8 (its bytes: caf\\xe9.txt), so the archive cannot record it');
    expect(failed.error!.fix).toMatch(/rename the file/);
  });

  it('says ENOENT once, and ELOOP once', async () => {
    const dir = path.join(workspace.root, 'in');
    mkdirSync(dir, { recursive: true });
    symlinkSync('loop.txt', path.join(dir, 'loop.txt'));
    const results = await workspace.run([path.join(dir, 'missing.txt'), path.join(dir, 'loop.txt')]);
    expect(results.map((result) => result.error!.reason)).toEqual([
      'it is a symbolic link that cannot be followed (ELOOP: too many symbolic links encountered)',
      'the file cannot be read (ENOENT: no such file or directory)',
    ]);
  });
});

describe('names in messages', () => {
  const workspace = useWorkspace();

  it('shows control characters, line breaks and bidirectional controls as escapes', () => {
    const hostile = 'a\u001b[31mred\nline\r\t\u0007\u009b\u2028\u202e.txt';
    expect(printableName(hostile)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u202e]/);
    expect(JSON.parse(printableName(hostile))).toBe(hostile);
    expect(printableName('Café ქართული.txt')).toBe('Café ქართული.txt');
  });

  it('escapes a hostile name in the importer’s own messages', async () => {
    const secret = workspace.input('elsewhere.txt', 'Text.\n');
    const dir = path.join(workspace.root, 'in', 'bad\u001b[31mname\nfailed: forged');
    mkdirSync(dir);
    symlinkSync(secret, path.join(dir, 'link.txt'));
    const [result] = await workspace.run([dir]);
    expect(result!.error!.reason).toContain('bad\\u001b[31mname\\nfailed: forged"; links out of the folder given are not followed');
    expect(result!.error!.reason).not.toMatch(/[\u001b\n]/);
  });
});

// An update's time printed alone (La Stampa: `aggiornato alle 18:05` under the date) is on the publication's day.
describe('an update\'s time alone', () => {
  const workspace = useWorkspace();
  const clipping = (update: string) => `Georgia, approvata la riforma\nCivil Georgia\n28 maggio 2024 alle 15:42\n${update}\nIl Parlamento ha votato.\n`;
  it('records it on the publication\'s day as dateModified, and leaves it out of the body', async () => {
    const [result] = await workspace.run([workspace.input('stampa.txt', clipping('aggiornato alle 18:05'))]);
    const text = readFileSync(result!.target!, 'utf8');
    expect(text).toContain("dateModified: '2024-05-28T18:05:00+04:00'");
    expect(text).not.toContain('aggiornato');
  });

  it('records none when that time is before the publication\'s, with a note', async () => {
    const [result] = await workspace.run([workspace.input('stampa.txt', clipping('aggiornato alle 09:05'))]);
    expect(readFileSync(result!.target!, 'utf8')).not.toContain('dateModified');
    expect(result!.notes).toEqual([expect.stringContaining('is before the publication\'s on its day')]);
  });
});

// An update printed with its day and no time (CBC's `Last Updated: May 28, 2024`, the FT's `Updated June 4
// 2024`, `Mis à jour le 4 juin 2024`, `Aktualisiert am 04.06.2024`): the day is printed, so it is kept, as
// the day alone; a time would be invented.
describe('an update printed with its day alone', () => {
  const workspace = useWorkspace();
  const clipping = (published: string, update: string) => `Georgia adopts the reform\nCivil Georgia\n${published}\n${update}\nThe Parliament voted.\n`;
  it.each([
    ['3 June 2024 10:15', 'Last Updated: June 4, 2024', '2024-06-04'],
    ['June 3 2024', 'Updated June 4 2024', '2024-06-04'],
    ['3 juin 2024 à 10h15', 'Mis à jour le 4 juin 2024', '2024-06-04'],
    ['03.06.2024, 10:15 Uhr', 'Aktualisiert am 04.06.2024', '2024-06-04'],
    ['June 3, 2024 10:15', 'Updated: June 3, 2024', '2024-06-03'],
  ])('%s, %s: dateModified %s', async (published, update, day) => {
    const [result] = await workspace.run([workspace.input('update.txt', clipping(published, update))]);
    const text = readFileSync(result!.target!, 'utf8');
    expect(text).toContain(`dateModified: '${day}'`);
    expect(text).not.toContain(update);
    expect(result!.notes ?? []).toEqual([]);
  });

  it.each([
    ['June 3 2024', 'Updated June 2 2024'],
    ['3 June 2024 10:15', 'Updated: 2 June 2024 18:00'],
  ])('records none when it is before the publication (%s, %s), with a note', async (published, update) => {
    const [result] = await workspace.run([workspace.input('update.txt', clipping(published, update))]);
    expect(readFileSync(result!.target!, 'utf8')).not.toContain('dateModified');
    expect(result!.notes).toEqual([expect.stringContaining('is before the publication\'s, so no dateModified is recorded')]);
  });
});
