import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useWorkspace } from './importer-harness.ts';
import { useOutletSources } from './outlet-goldens.ts';

// A Telegram channel's post copied from the web view (t.me/s/channel) or the desktop app prints no headline: the channel's
// name over it was taken as the title (or the web view's subscriber count was), silently.
describe('a Telegram channel\'s post', () => {
  const workspace = useWorkspace();
  useOutletSources(workspace);
  it.each([
    ['telegram-web-view-post.txt', 3, '12.4K subscribers'],
    ['telegram-desktop-post.txt', 1, 'Civil Georgia, [28.05.2024 18:42]'],
    // t.me's page of one post, its `View in Telegram` button and the day's separator over it
    ['telegram-tme-view-in-telegram.txt', 3, '8.3K subscribers'],
  ])('%s is refused, naming the line that shows it is a post', async (file, line, printed) => {
    const [result] = await workspace.run([path.resolve('tests/fixtures/clippings', file)], { sourceId: 'oc-media', date: '2024-05-28T18:42' });
    expect(result!.status).toBe('failed');
    expect(result!.error).toMatchObject({ line, reason: expect.stringContaining(`the clipping is a Telegram channel's post ("${printed}", line ${line}), which prints no headline`), fix: expect.stringContaining('no option supplies a title') });
    expect(workspace.files()).toEqual([]);
  });
});

// A post on X or a Facebook page's post copied from the browser prints no headline either: X's was refused as printing no
// date (its date glued to its time), Facebook's as a copy cut below its headline, neither saying what the clipping is.
describe('a post on X or Facebook', () => {
  const workspace = useWorkspace();
  useOutletSources(workspace);
  it.each([
    ['x-post-browser-copy.txt', 7, '8:14 PM · Dec 14, 2024', 'a post on X', 'account'],
    ['facebook-page-post.txt', 7, 'All reactions:', "a Facebook page's post", 'page'],
  ])('%s is refused, naming the line that shows it is a post', async (file, line, printed, kind, poster) => {
    const [result] = await workspace.run([path.resolve('tests/fixtures/clippings', file)], { sourceId: 'oc-media', year: 2025 });
    expect(result!.status).toBe('failed');
    expect(result!.error).toMatchObject({ line, reason: expect.stringContaining(`the clipping is ${kind} ("${printed}", line ${line}), which prints no headline: the ${poster}'s name over it is not the title`), fix: expect.stringContaining('no option supplies a title') });
    expect(workspace.files()).toEqual([]);
  });
});
