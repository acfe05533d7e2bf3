import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import * as zlibModule from 'node:zlib';
import { brotliDecompressSync, gunzipSync, constants as zlib } from 'node:zlib';
import { AsyncIterReader, WARCParser, type WARCRecord } from 'warcio';
import { ImportError } from './errors.ts';
import { MAX_HTML_BYTES } from './html-bounds.ts';
import { hasByteOrderMark } from './html-input.ts';
import { EarlierCaptures } from './warc-revisits.ts';

/**
 * Web archives (WARC, plain or gzipped per record, as Webrecorder, Browsertrix, wget and Heritrix
 * write them), read with warcio one record at a time from a file stream: memory never holds more
 * than one record's payload, whatever the archive's size. Every HTML page captured with status
 * 200 is handed on; every other record is counted by why it was passed over.
 */

export interface CapturedPage {
  /** The HTTP payload: de-chunked and decoded from its Content-Encoding, as the browser saw it. */
  payload: Uint8Array;
  /** The charset the HTTP Content-Type names, if any. */
  charset?: string;
  url: string;
  /** WARC-Date, the capture instant (ISO 8601, UTC). */
  date: string;
  recordId: string;
  /** Byte offset of the record in the WARC file (in the compressed file for .warc.gz). */
  offset: number;
}

export type WarcItem =
  | { kind: 'page'; page: CapturedPage }
  | { kind: 'skipped'; reason: SkipReason }
  /** A captured HTML page whose payload cannot be decoded, or is not HTML: refused on its own, the WARC read on. */
  | { kind: 'refused'; url: string; error: ImportError };

export type SkipReason =
  | 'warcinfo'
  | 'request'
  | 'metadata'
  | 'not a response'
  | 'not an HTTP capture'
  | 'revisit of an identical earlier capture'
  | 'revisit of an unchanged page'
  | 'not status 200'
  | 'not HTML'
  | 'larger than an article page'
  | 'truncated by the crawler';

const fix = 'check that the file was copied completely and is a WARC file (WARC/1.0 or WARC/1.1)';

/** How many of a WARC's first bytes show what it is: its first record's version line, once inflated. */
export const LEADING_BYTES = 4096;

/** The first bytes of the archive's text: the file's own, or the first gzip member's. */
function leadingText(head: Uint8Array): string {
  if (head[0] !== 0x1f || head[1] !== 0x8b) return Buffer.from(head).toString('latin1');
  try {
    // A prefix of a gzip member: flush what inflates so far instead of failing at its cut end.
    return gunzipSync(head, { finishFlush: zlib.Z_SYNC_FLUSH }).toString('latin1');
  } catch (error) {
    throw new ImportError(`the file is gzip-compressed but cannot be decompressed (${(error as Error).message})`, fix);
  }
}

/** A file's first LEADING_BYTES bytes (all of it, when shorter). */
export async function fileHead(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const { bytesRead, buffer } = await handle.read(Buffer.alloc(LEADING_BYTES), 0, LEADING_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * A `resource` record holds a capture's bytes without HTTP headers (what ArchiveWeb.page and
 * Webrecorder keep of a page they fetched themselves, `wget --warc-file` of a local file); its WARC
 * Content-Type is the payload's.
 */
const isResource = (record: WARCRecord) => record.warcType === 'resource';

/** `text/html; charset=windows-1251` -> { html: true, charset: 'windows-1251' }. */
function contentType(record: WARCRecord): { html: boolean; charset?: string } {
  const value = (isResource(record) ? record.warcContentType : record.httpHeaders?.headers.get('Content-Type')) ?? '';
  const [mime = ''] = value.split(';');
  return { html: /^\s*(?:text\/html|application\/xhtml\+xml)\s*$/i.test(mime), charset: /charset="?([^";\s]+)/i.exec(value)?.[1] };
}

/**
 * A revisit records a capture whose payload the crawler did not store again: an identical one
 * (`identical-payload-digest`), already read from the earlier record it refers to, whose article it
 * is; or a `304 Not Modified` answer (`server-not-modified`), which holds no page at all.
 */
const revisitReason = (record: WARCRecord): SkipReason =>
  /server-not-modified/i.test(record.warcHeader('WARC-Profile') ?? '') ? 'revisit of an unchanged page' : 'revisit of an identical earlier capture';

/** Records of what the crawl was, asked and found (warcinfo, request, metadata), counted by their type. */
const OTHER_TYPES: Record<string, SkipReason> = { warcinfo: 'warcinfo', request: 'request', metadata: 'metadata' };

function skipReason(record: WARCRecord): SkipReason | undefined {
  const type = record.warcType ?? '';
  if (type === 'revisit') return revisitReason(record);
  if (type !== 'response' && type !== 'resource') return OTHER_TYPES[type] ?? 'not a response';
  // Heritrix keeps `dns:` lookups (and `whois:`, `ftp:`) as response records too; Browsertrix its
  // `urn:pageinfo:` and `urn:view:` (screenshots, text) as resource records.
  if (!/^https?:\/\//i.test(record.warcTargetURI ?? '')) return 'not an HTTP capture';
  if (!isResource(record) && record.httpHeaders?.statusCode !== 200) return 'not status 200';
  if (!contentType(record).html) return 'not HTML';
  if (record.warcContentLength > MAX_HTML_BYTES * 2) return 'larger than an article page';
  if (record.warcHeader('WARC-Truncated')) return 'truncated by the crawler';
  return undefined;
}

/** The bytes a record's block still lacked when the file ended; 0 for a whole record. */
function missingBytes(record: WARCRecord): number {
  // warcio reads a block through a LimitReader, whose `limit` counts down to 0 as its bytes arrive.
  return Math.max(0, (record.reader as unknown as { limit: number }).limit);
}

const truncatedFix = 'the articles before it were imported; copy or download the WARC again to import the rest';

/**
 * Where a record is, as an archivist can find it: its byte offset, or, in a WARC gzipped as one
 * whole (`gzip crawl.warc`), where every record shares the one gzip member's offset, its number.
 */
interface RecordPlace {
  offset: number;
  number: number;
  wholeGzip: boolean;
}

const describePlace = ({ offset, number, wholeGzip }: RecordPlace) =>
  wholeGzip ? `record ${number} (the WARC is gzipped as one whole, so its records have no byte offsets of their own)` : `the record that starts at byte ${offset}`;

function truncated(record: WARCRecord, place: RecordPlace): ImportError {
  return new ImportError(
    `the WARC ends inside ${describePlace(place)} (${record.warcTargetURI ?? record.warcType}): ${missingBytes(record)} of its ${record.warcContentLength} bytes are missing`,
    truncatedFix,
  );
}

/** The HTTP header's value, lower case, without spaces: `br`, `chunked`; '' when absent. */
const httpHeader = (record: WARCRecord, name: string) => (record.httpHeaders?.headers.get(name) ?? '').trim().toLowerCase();

/** Content codings warcio undoes (gzip, deflate) or none; brotli and zstd are undone with Node's zlib. */
const WARCIO_CODINGS = new Set(['', 'identity', 'gzip', 'x-gzip', 'deflate']);

const codingFix = 'capture the page again with a browser or crawler that asks for gzip or br, or save the page from a browser';

type Decompress = (body: Uint8Array, options: { maxOutputLength: number }) => Uint8Array;

/**
 * Brotli (`br`, what Chrome asks for first) and Zstandard (`zstd`, which Chrome asks for since
 * version 123): zstd only where this Node.js has it (22.15 and later; the engines allow 22.12).
 */
const ZLIB_CODINGS: Record<string, Decompress | undefined> = {
  br: brotliDecompressSync,
  zstd: (zlibModule as { zstdDecompressSync?: Decompress }).zstdDecompressSync,
};

/** A brotli or zstd payload, decompressed with Node's zlib after warcio undoes the chunking. */
async function zlibPayload(record: WARCRecord, raw: Uint8Array, coding: string, decompress: Decompress): Promise<Uint8Array | undefined> {
  const body = await new AsyncIterReader([raw], null, httpHeader(record, 'Transfer-Encoding') === 'chunked').readFully();
  try {
    return decompress(body, { maxOutputLength: MAX_HTML_BYTES });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    throw new ImportError(`the page is marked Content-Encoding: ${coding} but cannot be decompressed (${(error as Error).message})`, codingFix);
  }
}

/**
 * The decoded payload, or undefined when it inflates beyond what an article page can be. A coding
 * that cannot be undone is refused: warcio would hand on the coded bytes as they are.
 */
async function decodedPayload(record: WARCRecord, raw: Uint8Array): Promise<Uint8Array | undefined> {
  // A resource record's block is the payload itself.
  if (isResource(record)) return raw.length > MAX_HTML_BYTES ? undefined : raw;
  const coding = httpHeader(record, 'Content-Encoding');
  const decompress = ZLIB_CODINGS[coding];
  if (decompress) return zlibPayload(record, raw, coding, decompress);
  if (coding === 'zstd') {
    throw new ImportError(`the page is sent with Content-Encoding: zstd, which this Node.js (${process.version}) cannot decode`, 'import the WARC with Node.js 22.15 or later, which decodes zstd');
  }
  if (!WARCIO_CODINGS.has(coding)) {
    throw new ImportError(`the page is sent with Content-Encoding: ${coding}, which the importer cannot decode (gzip, deflate, br and zstd it can)`, codingFix);
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  // warcio's own decoder (chunked transfer, gzip, deflate), fed the raw payload read above.
  for await (const chunk of record._createDecodingReader([raw])) {
    size += chunk.length;
    if (size > MAX_HTML_BYTES) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}

/** C0 controls other than tab, line ends, form feed and escape (ISO-2022-JP uses it): never in markup. */
const BINARY = /[\u0000-\u0008\u000b\u000e-\u001a\u001c-\u001f]/;

/**
 * Why a payload served as HTML is not HTML (a PDF or an image behind a text/html header): its first
 * kilobyte holds binary bytes, or no tag at all. A page in UTF-16, led by its byte-order mark, is HTML.
 */
function notHtml(payload: Uint8Array): ImportError | undefined {
  if (hasByteOrderMark(payload)) return undefined;
  const head = Buffer.from(payload.subarray(0, 1024)).toString('latin1');
  if (!BINARY.test(head) && head.includes('<')) return undefined;
  const begins = /^[\x20-\x7e]{0,16}/.exec(head.trimStart())![0].trim();
  return new ImportError(
    `the record is served as text/html, but its payload is not HTML (${begins ? `it begins "${begins}"` : 'it begins with binary bytes'})`,
    'nothing of it can be imported (it is no article page); the rest of the WARC was read',
  );
}

/**
 * Every record of the WARC in order, as a captured HTML page or a reason it was passed over.
 * Throws an ImportError for a file that is not a WARC, or at the point where it is cut short.
 */
export function readWarc(file: string, head: Uint8Array): AsyncGenerator<WarcItem> {
  return readWarcStream(head, () => createReadStream(file, { highWaterMark: 256 * 1024 }));
}

/**
 * The records of a WARC read from a stream (a file's, or a zip entry's in a WACZ): `head` is its
 * first LEADING_BYTES bytes (or all of it, when shorter), `openStream` starts the stream that reads it
 * from the start, opened only once the head shows a WARC.
 */
export async function* readWarcStream(head: Uint8Array, openStream: () => AsyncIterable<Uint8Array> | Promise<AsyncIterable<Uint8Array>>): AsyncGenerator<WarcItem> {
  if (!leadingText(head).startsWith('WARC/')) {
    throw new ImportError('the file is not a WARC web archive (it does not begin with a WARC/1.x record, compressed or not)', fix, 1);
  }
  const parser = new WARCParser(await openStream());
  const earlier = new EarlierCaptures();
  let place: RecordPlace = { offset: -1, number: 0, wholeGzip: false };
  for (let record = await parser.parse(); record; record = await parser.parse()) {
    const offset = parser.offset;
    place = { offset, number: place.number + 1, wholeGzip: place.wholeGzip || (Boolean(parser._reader.compressed) && offset === place.offset) };
    const protocol = record.warcHeaders.protocol ?? '';
    if (!protocol.startsWith('WARC/')) {
      throw new ImportError(`${describePlace(place)} does not begin with WARC/1.x (found "${protocol.slice(0, 20)}")`, fix);
    }
    if (!record.warcHeader('Content-Length') || !record.warcType) {
      throw new ImportError(`the WARC ends, or is damaged, inside the headers of ${describePlace(place)}`, truncatedFix);
    }
    const reason = skipReason(record);
    const html = contentType(record).html;
    if (html && (record.warcType === 'response' || isResource(record))) earlier.add(record);
    const lost = reason === 'revisit of an identical earlier capture' && html ? earlier.missing(record) : undefined;
    if (reason) {
      for await (const chunk of record.reader) void chunk;
      if (missingBytes(record) > 0) throw truncated(record, place);
      yield lost ? { kind: 'refused', url: record.warcTargetURI ?? '', error: lost } : { kind: 'skipped', reason };
      continue;
    }
    const raw = await record.readFully(false);
    if (missingBytes(record) > 0) throw truncated(record, place);
    let payload: Uint8Array | undefined;
    try {
      payload = await decodedPayload(record, raw);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      yield { kind: 'refused', url: record.warcTargetURI ?? '', error };
      continue;
    }
    if (!payload) {
      yield { kind: 'skipped', reason: 'larger than an article page' };
      continue;
    }
    const refusal = notHtml(payload);
    if (refusal) {
      yield { kind: 'refused', url: record.warcTargetURI ?? '', error: refusal };
      continue;
    }
    yield {
      kind: 'page',
      page: {
        payload,
        charset: contentType(record).charset,
        url: record.warcTargetURI ?? '',
        date: record.warcDate ?? '',
        recordId: record.warcHeader('WARC-Record-ID') ?? '',
        offset,
      },
    };
  }
  // A gzip member cut short inflates to nothing, so the parser sees a clean end; its inflater has not ended.
  const { inflator } = parser._reader;
  if (parser._reader.compressed && inflator && !inflator.ended) {
    const where = place.wholeGzip || parser.offset === place.offset ? `its compressed data, after record ${place.number}` : `the compressed record that starts at byte ${parser.offset}`;
    throw new ImportError(`the WARC ends inside ${where}`, truncatedFix);
  }
}
