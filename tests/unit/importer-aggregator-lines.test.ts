import { describe, expect, it } from 'vitest';
import { isChrome, startsReadAlso } from '../../src/importer/chrome-lines.ts';

// A wire story copied from MSN: the story's age in short units alone under `Story by Reuters` (`5mo`, after a bullet of
// its own) was kept as the text's first paragraph, and the link to a video under the text (`Related video: <title>`) as
// its last. Lines written for these tests in MSN's layout; the whole copy is a golden (outlet-goldens.ts, "Session 21").
describe("an aggregator's lines around a wire story", () => {
  it("sets aside the story's age in short units, alone or after a bullet", () => {
    for (const line of ['5mo', '3h', '• 2d', '45m']) expect(isChrome(line), line).toBe(true);
  });

  it('keeps an age with other words', () => {
    for (const line of ['5 mo', '3h ago the vote began', '5mo of talks ended']) expect(isChrome(line), line).toBe(false);
  });

  it('leaves out the link to a related video', () => {
    expect(startsReadAlso('Related video: Georgia protests continue as parliament overrides veto')).toBe(true);
    expect(startsReadAlso('Related videos: Georgia protests')).toBe(true);
  });
});
