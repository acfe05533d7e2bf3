import { describe, expect, it } from 'vitest';
import { isChrome } from '../../src/importer/chrome-lines.ts';

// An article sent on from a phone (Share, then Mail or Messages) carries the line the phone or app adds under it, in its
// interface's language: never the article's text, wherever it stands. Lines written for these tests as iOS and the apps
// print them; a whole copy is a golden (outlet-goldens.ts, "Session 21").
describe("a phone's or an app's signature", () => {
  it('is the page\'s, in the languages iOS prints it in', () => {
    for (const line of ['Sent from my iPhone', 'Sent from my iPad', 'Von meinem iPhone gesendet', 'Envoyé de mon iPhone', 'Enviado desde mi iPhone', 'Отправлено с iPhone', "iPhone'umdan gönderildi", 'iPhoneから送信', 'Get Outlook for iOS']) {
      expect(isChrome(line), line).toBe(true);
    }
  });

  it("is the page's when a news app shares a link", () => {
    expect(isChrome('Shared from Apple News')).toBe(true);
    expect(isChrome('Shared via the BBC News app')).toBe(true);
  });

  it('is no such line inside a sentence', () => {
    expect(isChrome('The photo was sent from my iPhone to the editors in Tbilisi.')).toBe(false);
    expect(isChrome('Shared from Apple News, the story reached millions.')).toBe(false);
  });
});
