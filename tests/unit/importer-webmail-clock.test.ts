import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadContentData } from '../../src/importer/content-data.ts';
import { readClipping } from '../../src/importer/read-clipping.ts';

// A post sent as a mail and copied from a webmail (Gmail, Outlook on the web): the moment of sending is the article's,
// but the webmail prints it on the reader's clock, in the zone of the browser that showed it, with no zone of its own.
// Lines written for these tests in Gmail's layout, the mail's header already set aside (mail-copy.ts) and its date left
// over the title; the whole clipping is a mail golden (importer-golden.test.ts).
describe("a webmail's moment of sending, when the mail is the article", () => {
  const data = loadContentData(path.resolve('content'));
  const now = new Date('2026-01-01T00:00:00Z');
  const gmail = ['', '', 'Tue, May 28, 2024, 9:14 PM', '', 'The night parliament stopped listening', 'Ana Beridze', 'By the time the vote was counted, the crowd had gone quiet.', 'Eighty-four deputies voted to override the veto.'].join('\n');

  it("is refused without the reader's zone, naming its line and --reader-time-zone", () => {
    expect(() => readClipping(gmail, data, { sourceId: 'civil-georgia', mailSentLine: 3, now })).toThrow(
      expect.objectContaining({ line: 3, reason: expect.stringContaining("the mail client's time of sending"), fix: expect.stringContaining('--reader-time-zone ZONE') }),
    );
  });

  it("is read in the reader's zone, keeping its offset, with a note when it is not the paper's", () => {
    const { facts, notes } = readClipping(gmail, data, { sourceId: 'civil-georgia', mailSentLine: 3, readerTimeZone: 'Europe/Berlin', now });
    expect(facts.published).toBe('2024-05-28T21:14:00+02:00');
    expect(notes.join('\n')).toMatch(/^line 3: the mail client's time of sending "Tue, May 28, 2024, 9:14 PM" was read in Europe\/Berlin/mu);
  });

  // Thunderbird's raw header names the offset (`Date: Tue, 28 May 2024 18:42:00 +0400`): no option is needed.
  it('is read in the offset it prints, with no option', () => {
    const raw = gmail.replace('Tue, May 28, 2024, 9:14 PM', 'Tue, 28 May 2024 18:42:00 +0400');
    expect(readClipping(raw, data, { sourceId: 'civil-georgia', mailSentLine: 3, now }).facts.published).toBe('2024-05-28T18:42:00+04:00');
  });
});
