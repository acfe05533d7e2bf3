import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { ImportError } from './errors.ts';
import { fileHead, LEADING_BYTES, readWarc, readWarcStream, type WarcItem } from './warc-input.ts';

/**
 * A WACZ (what ArchiveWeb.page, Browsertrix and Webrecorder export by default): a zip holding a
 * crawl's WARC files under archive/, with pages/pages.jsonl and datapackage.json beside them. Every
 * WARC in it is read as a WARC file is, one record at a time from the zip entry's stream (yauzl
 * reads the zip's directory and then each entry as a stream, never the whole zip), so a WACZ of any
 * size imports in bounded memory. The page list is not needed: each page's facts are in its record.
 */

/** `PK\x03\x04`, the first bytes of a zip file, a WACZ's among them. */
const isZip = (head: Uint8Array) => head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;

export function looksLikeWarc(file: string): boolean {
  return /\.warc(?:\.gz)?$/i.test(file);
}

export function looksLikeWacz(file: string): boolean {
  return /\.wacz$/i.test(file);
}

/** The WARC files of a WACZ: under archive/, as the format puts them. */
const WARC_ENTRY = /^archive\/[^/]+\.warc(?:\.gz)?$/i;

const copyFix = 'the WACZ is damaged or cut short: copy or download it again, or export it again from ArchiveWeb.page or Browsertrix';

/** An entry's first bytes, read from a stream of its own that is then closed. */
async function entryHead(zip: ZipFile, entry: Entry): Promise<Uint8Array> {
  const stream = await zip.openReadStreamPromise(entry);
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    length += chunk.length;
    if (length >= LEADING_BYTES) break;
  }
  stream.destroy();
  return Buffer.concat(chunks, length).subarray(0, LEADING_BYTES);
}

/** yauzl's own words (`invalid central directory file header signature`), as the reason a zip cannot be read. */
const zipError = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function openZip(file: string): Promise<ZipFile> {
  try {
    return await yauzl.openPromise(file, { autoClose: false, strictFileNames: true });
  } catch (error) {
    throw new ImportError(`the WACZ cannot be read as a zip archive (${zipError(error)})`, copyFix);
  }
}

/** Names the WARC inside the WACZ in a refusal about its records (`in archive/data.warc.gz: …`). */
function inEntry(name: string, error: unknown): ImportError {
  if (error instanceof ImportError) return new ImportError(`in ${name}: ${error.reason}`, error.fix);
  return new ImportError(`${name} in the WACZ cannot be read (${zipError(error)})`, copyFix);
}

/** Every record of every WARC in the WACZ, in the zip's order. */
async function* readWacz(file: string): AsyncGenerator<WarcItem> {
  const zip = await openZip(file);
  try {
    const warcs: Entry[] = [];
    try {
      for await (const entry of zip.eachEntry()) if (WARC_ENTRY.test(entry.fileName)) warcs.push(entry);
    } catch (error) {
      throw new ImportError(`the WACZ's list of files cannot be read (${zipError(error)})`, copyFix);
    }
    if (warcs.length === 0) {
      throw new ImportError('the zip holds no WARC file under archive/, so it is no WACZ web archive', 'import the WACZ as ArchiveWeb.page or Browsertrix exported it, or the WARC files themselves');
    }
    for (const entry of warcs) {
      try {
        const head = await entryHead(zip, entry);
        yield* readWarcStream(head, () => zip.openReadStreamPromise(entry) as Promise<Readable & AsyncIterable<Uint8Array>>);
      } catch (error) {
        throw inEntry(entry.fileName, error);
      }
    }
  } finally {
    zip.close();
  }
}

/**
 * The records of a web archive file: a WARC, or a WACZ of them (by its zip signature, also when
 * it is named .warc.gz). A file named .wacz that is no zip is refused as such.
 */
export async function* readWebArchive(file: string): AsyncGenerator<WarcItem> {
  const head = await fileHead(file);
  if (isZip(head)) yield* readWacz(file);
  else if (looksLikeWacz(file)) {
    throw new ImportError('the file is not a WACZ: a WACZ is a zip archive, and this file does not begin as one', 'check that the file was copied completely and is the .wacz that ArchiveWeb.page or Browsertrix exported', 1);
  } else yield* readWarc(file, head);
}
