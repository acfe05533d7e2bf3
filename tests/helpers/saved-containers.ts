import bplistCreator from 'bplist-creator';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { requestRecord, responseRecord, warcinfoRecord } from '../../src/bench/warc-records.ts';

/**
 * One saved page wrapped the ways browsers and crawlers keep it: Chrome's "Webpage, Single File"
 * (.mhtml, quoted-printable), Safari's .webarchive, and a WARC response record as
 * Webrecorder/ArchiveWeb.page and `wget --warc-file` write it, as .warc and as per-record .warc.gz.
 */

export interface Capture {
  url: string;
  /** WARC-Date, as the test wrote it. */
  date: string;
  recordId: string;
}

/** Quoted-printable (RFC 2045) of text bytes: its line ends as CRLF, lines soft-broken before 76 characters. */
function quotedPrintable(bytes: Uint8Array): string {
  const lines = Buffer.from(bytes).toString('latin1').split(/\r?\n/u);
  return lines
    .map((line) => {
      const encoded = [...line].map((char, at) => {
        const code = char.charCodeAt(0);
        const last = at === line.length - 1;
        if ((code === 0x20 || code === 0x09) && !last) return char;
        return code >= 33 && code <= 126 && code !== 61 ? char : `=${code.toString(16).toUpperCase().padStart(2, '0')}`;
      });
      const out: string[] = [];
      let current = '';
      for (const piece of encoded) {
        if (current.length + piece.length > 75) {
          out.push(`${current}=`);
          current = '';
        }
        current += piece;
      }
      return [...out, current].join('\r\n');
    })
    .join('\r\n');
}

const BOUNDARY = '----MultipartBoundary--7Fq2Zx0bKc1vWm3pLs9tRd4hYg8jNa6eUo5iTr----';

/** An .mhtml as Chrome's "Webpage, Single File" writes it: the page as the first, quoted-printable part, a stylesheet after it. */
export function chromeMhtml(html: Uint8Array, url: string, title: string): Buffer {
  const subject = `=?utf-8?Q?${[...Buffer.from(title)].map((byte) => (/[A-Za-z0-9]/u.test(String.fromCharCode(byte)) ? String.fromCharCode(byte) : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`)).join('')}?=`;
  const head = ['From: <Saved by Blink>', `Snapshot-Content-Location: ${url}`, `Subject: ${subject}`, 'Date: Wed, 15 Jan 2025 09:30:00 -0000', 'MIME-Version: 1.0', 'Content-Type: multipart/related;', '\ttype="text/html";', `\tboundary="${BOUNDARY}"`].join('\r\n');
  const page = `--${BOUNDARY}\r\nContent-Type: text/html\r\nContent-ID: <frame-6B1C1E4F2D7A@mhtml.blink>\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: ${url}\r\n\r\n${quotedPrintable(html)}\r\n`;
  const style = `--${BOUNDARY}\r\nContent-Type: text/css\r\nContent-Transfer-Encoding: quoted-printable\r\nContent-Location: cid:css-3D2F@mhtml.blink\r\n\r\nbody { margin: 0; }\r\n--${BOUNDARY}--\r\n`;
  return Buffer.from(`${head}\r\n\r\n\r\n${page}${style}`, 'latin1');
}

/** A .webarchive as Safari writes it: the page's bytes as received with its address and charset, a stylesheet as a subresource. */
export function safariWebarchive(bytes: Uint8Array, url: string, charset: string): Buffer {
  return bplistCreator({
    WebMainResource: { WebResourceData: Buffer.from(bytes), WebResourceFrameName: '', WebResourceMIMEType: 'text/html', WebResourceTextEncodingName: charset.toUpperCase(), WebResourceURL: url },
    WebSubresources: [{ WebResourceData: Buffer.from('body { margin: 0 }'), WebResourceMIMEType: 'text/css', WebResourceURL: new URL('/style.css', url).href }],
  });
}

/** HTTP chunked transfer coding of `bytes`, in two chunks. */
export function chunked(bytes: Uint8Array): Buffer {
  const half = Math.floor(bytes.length / 2);
  const parts = [bytes.subarray(0, half), bytes.subarray(half)].flatMap((part) => [Buffer.from(`${part.length.toString(16)}\r\n`), part, Buffer.from('\r\n')]);
  return Buffer.concat([...parts, Buffer.from('0\r\n\r\n')]);
}

/** A WARC as Webrecorder/ArchiveWeb.page writes it (warcio's writer): warcinfo, the request, the response as served (gzip, chunked). */
export async function webrecorderWarc(bytes: Uint8Array, capture: Capture, charset: string, gzip: boolean): Promise<Buffer> {
  return Buffer.concat([
    await warcinfoRecord('archive.warc', gzip),
    await requestRecord(capture.url, capture.date, gzip),
    await responseRecord(
      { url: capture.url, date: capture.date, body: chunked(gzipSync(bytes)), contentType: `text/html; charset=${charset}`, headers: { 'Content-Encoding': 'gzip', 'Transfer-Encoding': 'chunked' }, recordId: capture.recordId },
      gzip,
    ),
  ]);
}

const uuid = (seed: string) => `<urn:uuid:${createHash('md5').update(seed).digest('hex').replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/u, '$1-$2-$3-$4-$5')}>`;

/** One WARC/1.0 record as wget writes it (its target address in angle brackets), gzipped as its own member or not. */
function wgetRecord(type: string, fields: Record<string, string>, block: Uint8Array, contentType: string, gzip: boolean): Buffer {
  const head = Object.entries({ 'WARC-Type': type, ...fields, 'Content-Type': contentType, 'Content-Length': String(block.length) })
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  const record = Buffer.concat([Buffer.from(`WARC/1.0\r\n${head}\r\n`), block, Buffer.from('\r\n\r\n')]);
  return gzip ? gzipSync(record) : record;
}

/**
 * A WARC as `wget --warc-file` writes it: warcinfo, the request, the response as served (wget asks
 * for no content coding; this server names no charset, leaving it to the page), a metadata record.
 */
export function wgetWarc(bytes: Uint8Array, capture: Capture, gzip: boolean): Buffer {
  const { url, date, recordId } = capture;
  const info = uuid(`${url}info`);
  const request = uuid(`${url}request`);
  const target = `<${url}>`;
  const get = Buffer.from(`GET ${new URL(url).pathname} HTTP/1.1\r\nUser-Agent: Wget/1.21.4\r\nAccept: */*\r\nAccept-Encoding: identity\r\nHost: ${new URL(url).host}\r\nConnection: Keep-Alive\r\n\r\n`);
  const served = Buffer.concat([Buffer.from(`HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: ${bytes.length}\r\n\r\n`), bytes]);
  return Buffer.concat([
    wgetRecord('warcinfo', { 'WARC-Record-ID': info, 'WARC-Date': date, 'WARC-Filename': 'page.warc' }, Buffer.from('software: Wget/1.21.4 (linux-gnu)\r\nformat: WARC File Format 1.0\r\n'), 'application/warc-fields', gzip),
    wgetRecord('request', { 'WARC-Target-URI': target, 'WARC-Date': date, 'WARC-Record-ID': request, 'WARC-Warcinfo-ID': info }, get, 'application/http;msgtype=request', gzip),
    wgetRecord('response', { 'WARC-Record-ID': recordId, 'WARC-Warcinfo-ID': info, 'WARC-Concurrent-To': request, 'WARC-Target-URI': target, 'WARC-Date': date }, served, 'application/http;msgtype=response', gzip),
    wgetRecord('metadata', { 'WARC-Record-ID': uuid(`${url}manifest`), 'WARC-Warcinfo-ID': info, 'WARC-Target-URI': 'metadata://gnu.org/software/wget/warc/MANIFEST.txt', 'WARC-Date': date }, Buffer.from(`${info}\n`), 'text/plain', gzip),
  ]);
}
