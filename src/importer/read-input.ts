import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import { getSystemErrorMessage } from 'node:util';
import { ImportError } from './errors.ts';

/**
 * Bytes to text. Clippings arrive as the browser or editor saved them: UTF-8 with or without a BOM,
 * UTF-16 with a BOM, or Windows-1252 from older Windows tools. Line ends become LF, one for one, so
 * line numbers in messages match what the archivist sees in an editor. A file that is not
 * consistently one encoding is refused with the byte offset where it stops being so: the importer
 * never guesses, because a wrong guess is written into the archive as mojibake.
 */

/** Far beyond any article (the seeds are 2 KB); a bigger file is a mistake, not a clipping. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export interface DecodedInput {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

const MEGABYTE = 1024 * 1024;

function tooLarge(size: string, maxBytes: number): ImportError {
  return new ImportError(
    `the file is ${size}; one clipping is never more than ${maxBytes / MEGABYTE} MB`,
    'split it into one file per article, or check that it is the clipping and not something else',
  );
}

function whatItIs(info: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a named pipe (FIFO)';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/** `ENOENT: no such file or directory`, without the path Node puts in its message (the caller names the file). */
export function systemError(error: unknown): string {
  const { code, errno } = error as NodeJS.ErrnoException;
  if (code && typeof errno === 'number') return `${code}: ${getSystemErrorMessage(errno)}`;
  return code ?? (error as Error).message;
}

/**
 * The bytes of one input file. Only a regular file is read: a device such as /dev/zero or a named
 * pipe is refused before a byte is read (opened non-blocking, so a pipe without a writer cannot hang
 * the import, then checked with fstat on the open file, so what is checked is what is read). The
 * size limit holds while reading: at most one byte beyond it is ever read.
 */
export async function readInputFile(file: string, maxBytes = MAX_INPUT_BYTES): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    throw new ImportError(`the file cannot be read (${systemError(error)})`, 'check that the file exists and that you may read it');
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) {
      throw new ImportError(`this is ${whatItIs(info)}, not a regular file`, 'import clippings saved as ordinary files (.txt, .html or .md)');
    }
    if (info.size > maxBytes) throw tooLarge(`${(info.size / MEGABYTE).toFixed(1)} MB`, maxBytes);
    // The file may grow after fstat: read in chunks up to one byte past the limit, never more.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(info.size + 1, maxBytes + 1 - length, 1024 * 1024));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > maxBytes) throw tooLarge(`more than ${maxBytes / MEGABYTE} MB`, maxBytes);
    }
    return Buffer.concat(chunks, length);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(`the file cannot be read (${systemError(error)})`, 'check that the file can be read, then import it again');
  } finally {
    await handle.close();
  }
}

/** Bytes that Windows-1252 leaves undefined; text containing them is not Windows-1252 either. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** C0 controls and DEL except tab, line feed, form feed and carriage return. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;

function refuseBinary(): never {
  throw new ImportError(
    'this is not a text file (it contains NUL or other control bytes)',
    'import the clipping as plain text (.txt), HTML (.html) or Markdown (.md); save a PDF or word-processor file as text first',
  );
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(2));
  } catch {
    throw new ImportError(`the file starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`, 'save the clipping again as UTF-8');
  }
}

/**
 * UTF-16 saved without a byte-order mark: every Latin letter, digit, space and line end has a NUL
 * byte beside it, all on one side (odd offsets for little-endian, even for big-endian), and the
 * whole decodes as UTF-16. Without a mark the byte order is a guess, so it is named, not read.
 */
function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | undefined {
  if (bytes.length % 2 !== 0) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  bytes.forEach((byte, index) => {
    if (byte === 0) index % 2 === 0 ? (evenNuls += 1) : (oddNuls += 1);
  });
  // Spaces and line ends alone are more than a tenth of any prose; a stray NUL is binary, not UTF-16.
  const enough = bytes.length / 2 / 10;
  const encoding = oddNuls >= enough && evenNuls === 0 ? 'utf-16le' : evenNuls >= enough && oddNuls === 0 ? 'utf-16be' : undefined;
  if (!encoding) return undefined;
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE';
  } catch {
    return undefined;
  }
}

/** How many continuation bytes a UTF-8 sequence starting at `index` has, or undefined if none is valid there. */
function utf8SequenceAt(bytes: Uint8Array, index: number): number | undefined {
  const lead = bytes[index]!;
  const [count, low, high] =
    lead >= 0xc2 && lead <= 0xdf ? [1, 0x80, 0xbf]
    : lead === 0xe0 ? [2, 0xa0, 0xbf]
    : lead === 0xed ? [2, 0x80, 0x9f]
    : lead >= 0xe1 && lead <= 0xef ? [2, 0x80, 0xbf]
    : lead === 0xf0 ? [3, 0x90, 0xbf]
    : lead >= 0xf1 && lead <= 0xf3 ? [3, 0x80, 0xbf]
    : lead === 0xf4 ? [3, 0x80, 0x8f]
    : [undefined, 0, 0];
  if (count === undefined) return undefined;
  const second = bytes[index + 1];
  if (second === undefined || second < low || second > high) return undefined;
  for (let k = 2; k <= count; k += 1) {
    const next = bytes[index + k];
    if (next === undefined || next < 0x80 || next > 0xbf) return undefined;
  }
  return count;
}

/** Where the bytes stop being UTF-8 (if they do) and where the first UTF-8 character beyond ASCII is (if any). */
export function scanUtf8(bytes: Uint8Array): { firstInvalid?: number; firstMultibyte?: number } {
  let firstInvalid: number | undefined;
  let firstMultibyte: number | undefined;
  for (let index = 0; index < bytes.length; index += 1) {
    if (bytes[index]! < 0x80) continue;
    const count = utf8SequenceAt(bytes, index);
    if (count === undefined) {
      firstInvalid ??= index;
    } else {
      firstMultibyte ??= index;
      index += count;
    }
    if (firstInvalid !== undefined && firstMultibyte !== undefined) break;
  }
  return { firstInvalid, firstMultibyte };
}

/** `byte offset 1234 (0x4d2), line 7`: where a hex editor and a text editor each find the byte. */
function where(bytes: Uint8Array, offset: number): { text: string; line: number } {
  const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
  const shown = [...bytes.subarray(offset, offset + 2)].map((byte) => byte.toString(16).toUpperCase().padStart(2, '0')).join(' ');
  return { text: `at byte offset ${offset} (0x${offset.toString(16)}; bytes ${shown})`, line };
}

/**
 * When a file is not UTF-8, it is read as Windows-1252 only if nothing in it is UTF-8 beyond ASCII
 * and it holds no byte 0xC2 or 0xC3. A valid UTF-8 character next to the invalid bytes means two
 * encodings in one file ("Café" in UTF-8 and a cp1252 quote). 0xC2 and 0xC3 lead every UTF-8
 * encoding of a Latin-1 letter (é is C3 A9); in Windows-1252 they are the rare capitals Â and Ã,
 * so such a byte not followed by its continuation is a damaged UTF-8 letter far more often than
 * text, and refusing costs the archivist one re-save where guessing would store mojibake.
 */
function decodeSingleByte(bytes: Uint8Array, firstInvalid: number, firstMultibyte: number | undefined): DecodedInput {
  const invalid = where(bytes, firstInvalid);
  if (firstMultibyte !== undefined) {
    throw new ImportError(
      `the file mixes encodings: it has UTF-8 characters (the first ${where(bytes, firstMultibyte).text}) but is not valid UTF-8 ${invalid.text}`,
      'open it in an editor, correct the characters around that byte and save it as UTF-8',
      invalid.line,
    );
  }
  const damaged = bytes.findIndex((byte) => byte === 0xc2 || byte === 0xc3);
  if (damaged !== -1) {
    const at = where(bytes, damaged);
    throw new ImportError(
      `the file is not valid UTF-8 ${at.text}, and it is not clearly Windows-1252 either (0xC2 and 0xC3 begin UTF-8 letters such as é)`,
      'open it in an editor, check the characters there and save it as UTF-8',
      at.line,
    );
  }
  const undefinedByte = bytes.findIndex((byte) => CP1252_UNDEFINED.has(byte));
  if (undefinedByte !== -1) {
    const at = where(bytes, undefinedByte);
    throw new ImportError(`the file is neither UTF-8 nor Windows-1252 text (${at.text.replace(/^at /, '')})`, 'open it in an editor and save it as UTF-8', at.line);
  }
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

/**
 * Documents whose first bytes are plain ASCII, so nothing binary gives them away, but whose markup
 * would be read as the article (`{\\rtf1\\ansi` as its title): recognised by their signature.
 */
const TEXT_LIKE_DOCUMENTS: { signature: string; kind: string; fix: string }[] = [
  { signature: '{\\rtf', kind: 'an RTF document', fix: 'open it in a word processor and save it as plain text (.txt), or copy its text into a .txt file' },
  { signature: '%PDF-', kind: 'a PDF document', fix: "copy the article's text out of the PDF into a .txt file, or import the page it was printed from" },
];

function refuseTextLikeDocument(bytes: Uint8Array): void {
  const start = new TextDecoder('latin1').decode(bytes.subarray(0, 8));
  const document = TEXT_LIKE_DOCUMENTS.find(({ signature }) => start.startsWith(signature));
  if (document) throw new ImportError(`this is ${document.kind}, not a clipping`, document.fix);
}

export function decodeInput(bytes: Uint8Array): DecodedInput {
  if (bytes.length === 0) throw new ImportError('the file is empty', 'copy the clipping into the file again, or leave it out');
  refuseTextLikeDocument(bytes);
  let decoded: DecodedInput;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = { text: decodeUtf16(bytes, 'utf-16le'), encoding: 'utf-16le' };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = { text: decodeUtf16(bytes, 'utf-16be'), encoding: 'utf-16be' };
  else {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) {
      throw new ImportError(
        `the file is ${utf16} text without a byte-order mark, so its byte order cannot be known for sure`,
        'save it again as UTF-8 (or as UTF-16 with a byte-order mark, which Notepad calls "Unicode")',
      );
    }
    if (bytes.includes(0)) refuseBinary();
    const { firstInvalid, firstMultibyte } = scanUtf8(bytes);
    // TextDecoder drops a UTF-8 BOM by default.
    decoded = firstInvalid === undefined ? { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' } : decodeSingleByte(bytes, firstInvalid, firstMultibyte);
  }
  if (CONTROL.test(decoded.text)) refuseBinary();
  // Composed (NFC), as the web and date-fns' month names are: text saved decomposed (`é` as e and
  // an accent) reads the same, and is the same clipping. Characters that print nothing and join
  // nothing (a BOM, a zero-width space or word joiner a page's markup left in the copy, a soft
  // hyphen, which prints only where a browser breaks the word: `Präsidenten\u00adwahl` is one word)
  // go, so a line holding only them is blank. A line or paragraph separator (U+2028, U+2029: what
  // Word and Google Docs make of a line break inside a paragraph when their text is copied) is the
  // break it names. The original keeps them all.
  const text = decoded.text
    .replace(/[\uFEFF\u200B\u2060\u00AD]/g, '')
    .replace(/\r\n?|\u2028/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .normalize('NFC');
  if (text.trim() === '') throw new ImportError('the file is empty: it holds only blank lines and spaces', 'copy the clipping into the file again, or leave it out');
  return { ...decoded, text };
}

/**
 * A line's trailing blanks. The lookbehind lets only the first blank of a run start a match:
 * `/[ \t\u00a0]+$/` retries from every blank of a run that does not end the line, which took 20 s
 * on a clipping holding 90,000 tabs.
 */
const TRAILING_BLANKS = /(?<![ \t\u00a0])[ \t\u00a0]+$/u;

/** Lines without trailing blanks and without trailing blank lines: the clipping's identity is this text. */
export function normaliseText(text: string): string {
  const lines = text.split('\n').map((line) => line.replace(TRAILING_BLANKS, ''));
  while (lines.at(-1) === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
