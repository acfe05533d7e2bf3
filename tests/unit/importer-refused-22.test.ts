import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readByline } from '../../src/importer/byline-lines.ts';
import { isChrome } from '../../src/importer/chrome-lines.ts';
import { findDate, readPrintedDate } from '../../src/importer/read-date.ts';
import { loadContentData } from '../../src/importer/content-data.ts';
import { profileClipping } from '../../src/importer/profiles.ts';
import { useWorkspace } from './importer-harness.ts';

// Clippings of session 21 that printed every fact and were refused or read wrong (issue 13), each rule on its own.
describe('date forms and page lines of outlets new to the archive', () => {
  // Graphic Online prints the month, the day and the year between spaced dashes, the time past a spaced comma.
  it('reads a date whose month, day and year stand between spaced dashes', () => {
    expect(readPrintedDate('Dec - 05 - 2026 , 14:17')).toMatchObject({ year: 2026, month: 12, day: 5, time: { hour: 14, minute: 17 } });
    // Without the year it is no such date: `Dec - 05` may be a range's end.
    expect(findDate('Dec - 05 - the list', {})?.text).not.toBe('Dec - 05');
  });

  it("sets aside Graphic Online's contact line under the text", () => {
    expect(isChrome('Connect With Us : 0242202447 | 0551484843 | 0266361755 | 059 199 8288')).toBe(true);
    expect(isChrome('Connect with us to learn more about the cocoa season.')).toBe(false);
  });

  // The Toronto Star's reading time carries its icon's name (`timer`), glued to the date before it.
  it('reads a date glued to a reading time that opens with its icon\'s name', () => {
    expect(isChrome('timer3 min. read')).toBe(true);
    expect(findDate('Sat., Dec. 5, 2026timer3 min. read', {})?.text).toMatch(/^(?:Sat\., )?Dec\. 5, 2026$/u);
  });

  it("reads the name alone from a byline with the reporter's job glued after it", () => {
    expect(readByline('By Ben Spurr Transportation Reporter')?.authors).toEqual(['Ben Spurr']);
    expect(readByline('By Anna Maria Keller Staff Reporter')?.authors).toEqual(['Anna Maria Keller']);
    expect(readByline('By Ben Spurr')?.authors).toEqual(['Ben Spurr']);
  });
});

// PressReader's line over an e-edition's article opens with the paper's name, which is no masthead the Messenger's
// profile lists (its logo's text is): the line names the paper all the same.
describe("PressReader's line over a paper's e-edition", () => {
  const data = loadContentData(path.resolve('content'));

  it('names the paper by its name', () => {
    const lines = ['The Messenger · 29 May 2024 · 1 · By Natia Lomidze', 'Parliament overrides veto on foreign influence law', 'The Parliament overrode the veto on Tuesday.'];
    expect(profileClipping(lines, data).sourceId).toBe('the-messenger');
  });

  it('names none when the line is no e-edition\'s', () => {
    const lines = ['The Messenger · a word · on the law', 'Parliament overrides veto on foreign influence law', '29 May 2024', 'The Parliament overrode the veto on Tuesday.'];
    expect(() => profileClipping(lines, data)).toThrow(/no source profile recognises this clipping/u);
  });
});

// A share from Apple News sent by mail: the title, its link, the app's and the phone's lines. The article's text is what
// is missing, and no option supplies it: the refusal says so first, whatever else the copy lacks (its paper, its date).
describe('a share that holds only a link to the article', () => {
  const workspace = useWorkspace();
  const file = path.resolve('tests/fixtures/clippings/apple-news-share-link-only.txt');

  it('is refused for its missing text first, naming the link\'s line, with or without the paper', async () => {
    for (const options of [{}, { sourceId: 'civil-georgia' }]) {
      const [result] = await workspace.run([file], { dryRun: true, ...options });
      expect(result!.error).toMatchObject({
        line: 2,
        reason: expect.stringMatching(/^the clipping holds no text of the article: only a link to it \(line 2\) and a title \("Georgia’s parliament overrides veto on ‘foreign agents’ law", line 1\)/u),
        fix: expect.stringContaining("copy the article's page"),
      });
    }
  });

  it('leaves a share that carries the article\'s text to be read', async () => {
    const text = ['Parliament overrides the veto', 'https://civil.ge/archives/604512', '28/05/2024 - 17:05', 'The Parliament overrode the veto on May 28.', 'Sent from my iPhone'].join('\n');
    const [result] = await workspace.run([workspace.input('share.txt', text)], { dryRun: true, sourceId: 'civil-georgia' });
    expect(result!.error).toBeUndefined();
  });
});
