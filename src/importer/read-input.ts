import { ImportError } from './errors.ts';

/**
 * Bytes to text. Clippings arrive as the browser or editor saved them: UTF-8 with or without a BOM,
 * UTF-16 with a BOM, or Windows-1252 from older Windows tools. Line ends become LF, one for one, so
 * line numbers in messages match what the archivist sees in an editor.
 */

/** Far beyond any article (the seeds are 2 KB); a bigger file is a mistake, not a clipping. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export interface DecodedInput {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/** Bytes that Windows-1252 leaves undefined; text containing them is not Windows-1252 either. */
const CP1252_UNDEFINED = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0x7f;
}

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

export function decodeInput(bytes: Uint8Array): DecodedInput {
  if (bytes.length === 0) throw new ImportError('the file is empty', 'copy the clipping into the file again, or leave it out');
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new ImportError(
      `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; one clipping is never more than ${MAX_INPUT_BYTES / 1024 / 1024} MB`,
      'split it into one file per article, or check that it is the clipping and not something else',
    );
  }
  let decoded: DecodedInput;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) decoded = { text: decodeUtf16(bytes, 'utf-16le'), encoding: 'utf-16le' };
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) decoded = { text: decodeUtf16(bytes, 'utf-16be'), encoding: 'utf-16be' };
  else {
    if (bytes.includes(0)) refuseBinary();
    try {
      // TextDecoder drops a UTF-8 BOM by default.
      decoded = { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
    } catch {
      if (bytes.some((byte) => CP1252_UNDEFINED.has(byte))) {
        throw new ImportError(
          'the file is neither UTF-8 nor Windows-1252 text',
          'open it in an editor and save it as UTF-8',
        );
      }
      decoded = { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
    }
  }
  if ([...decoded.text].some((char) => isControl(char.codePointAt(0)!))) refuseBinary();
  return { ...decoded, text: decoded.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') };
}

/** Lines without trailing blanks and without trailing blank lines: the clipping's identity is this text. */
export function normaliseText(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+$/u, ''))
    .join('\n')
    .replace(/\n+$/, '')
    .concat('\n');
}
