import type { WARCRecord } from 'warcio';
import { ImportError } from './errors.ts';

/**
 * A revisit of an identical capture holds no payload: the page is in the earlier record it refers
 * to, whose article it is. A crawler that deduplicates across crawls (Browsertrix, Heritrix with a
 * dedup index) refers to a record of an earlier crawl's WARC; that page is not in this one, and
 * passing over its revisit as a repeat would lose it unseen. So the HTML captures read are
 * remembered by what a revisit may name them by (its WARC-Refers-To record id, its payload digest,
 * its target URI and date), three short keys a capture: only the HTML ones, whatever the WARC's size.
 */
export class EarlierCaptures {
  private readonly keys = new Set<string>();

  /** A response or resource record served as HTML. */
  add(record: WARCRecord): void {
    for (const key of keysOf(record.warcHeader('WARC-Record-ID'), record.warcHeader('WARC-Payload-Digest'), record.warcTargetURI, record.warcDate)) this.keys.add(key);
  }

  /**
   * Why an HTML page's revisit cannot be read here, when the capture it refers to is not among those
   * read; a revisit naming none of them (no WARC-Refers-To, no digest, no date) is not questioned.
   */
  missing(revisit: WARCRecord): ImportError | undefined {
    const refersTo = revisit.warcHeader('WARC-Refers-To');
    const date = revisit.warcHeader('WARC-Refers-To-Date');
    const uri = revisit.warcHeader('WARC-Refers-To-Target-URI') ?? revisit.warcTargetURI;
    const keys = keysOf(refersTo, revisit.warcHeader('WARC-Payload-Digest'), uri, date);
    if (keys.length === 0 || keys.some((key) => this.keys.has(key))) return undefined;
    const capture = [date && `of ${date}`, refersTo && `(record ${refersTo})`].filter(Boolean).join(' ');
    return new ImportError(
      `the record is a revisit of an identical earlier capture${capture ? ` ${capture}` : ''} that this WARC does not hold, so the page is not in it`,
      "import the WARC that holds that capture (a crawler that deduplicates across crawls keeps a page's payload only in the crawl that first saw it); the rest of this WARC was read",
    );
  }
}

/** An instant to the second: a revisit may name its capture's date without the milliseconds WARC/1.1 gave it. */
function toSecond(date: string): string | undefined {
  const time = Date.parse(date);
  return Number.isNaN(time) ? undefined : new Date(Math.floor(time / 1000) * 1000).toISOString();
}

/** A digest of an empty payload names no page: a revisit written without one gets it. */
const EMPTY_DIGESTS = new Set(['sha1:3i42h3s6nnfq2msvx7xzkyayscx5qbyj', 'sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']);

function keysOf(recordId: string | null | undefined, digest: string | null | undefined, uri: string | null | undefined, date: string | null | undefined): string[] {
  const second = date ? toSecond(date) : undefined;
  return [
    recordId ? `id ${recordId}` : undefined,
    digest && !EMPTY_DIGESTS.has(digest.toLowerCase()) ? `digest ${digest}` : undefined,
    uri && second ? `at ${uri} ${second}` : undefined,
  ].filter((key) => key !== undefined);
}
