import { WARCRecord, WARCSerializer } from 'warcio';

/**
 * WARC records written with warcio's own writer, for the WARC import bench and tests: responses
 * (any status, content type and HTTP headers), revisits and requests, each optionally gzipped as
 * its own member, the way crawlers write .warc.gz files.
 */

export interface ResponseRecord {
  url: string;
  /** WARC-Date, ISO 8601 UTC. */
  date: string;
  body: Uint8Array | string;
  contentType?: string;
  status?: number;
  /** Extra HTTP headers, e.g. Content-Encoding: gzip with a gzipped body. */
  headers?: Record<string, string>;
  recordId?: string;
}

async function* once(bytes: Uint8Array) {
  yield bytes;
}

const STATUS_TEXT: Record<number, string> = { 200: 'OK', 301: 'Moved Permanently', 404: 'Not Found' };

export async function responseRecord(response: ResponseRecord, gzip: boolean): Promise<Uint8Array> {
  const body = typeof response.body === 'string' ? new TextEncoder().encode(response.body) : response.body;
  const status = response.status ?? 200;
  const record = WARCRecord.create(
    {
      url: response.url,
      date: response.date,
      type: 'response',
      warcVersion: 'WARC/1.1',
      statusline: `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? 'Status'}`,
      httpHeaders: { 'Content-Type': response.contentType ?? 'text/html; charset=utf-8', ...response.headers },
      warcHeaders: response.recordId ? { 'WARC-Record-ID': response.recordId } : {},
    },
    once(body),
  );
  return WARCSerializer.serialize(record, { gzip });
}

export async function revisitRecord(url: string, date: string, refersToDate: string, gzip: boolean): Promise<Uint8Array> {
  const record = WARCRecord.create(
    { url, date, type: 'revisit', warcVersion: 'WARC/1.1', refersToUrl: url, refersToDate, httpHeaders: { 'Content-Type': 'text/html' } },
    once(new Uint8Array()),
  );
  return WARCSerializer.serialize(record, { gzip });
}

export async function requestRecord(url: string, date: string, gzip: boolean): Promise<Uint8Array> {
  const record = WARCRecord.create(
    { url, date, type: 'request', warcVersion: 'WARC/1.1', statusline: `GET ${new URL(url).pathname} HTTP/1.1`, httpHeaders: { Host: new URL(url).host } },
    once(new Uint8Array()),
  );
  return WARCSerializer.serialize(record, { gzip });
}

export async function warcinfoRecord(filename: string, gzip: boolean): Promise<Uint8Array> {
  const record = WARCRecord.createWARCInfo({ filename, warcVersion: 'WARC/1.1' }, { software: 'dateline bench' });
  return WARCSerializer.serialize(record, { gzip });
}
