import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isChrome } from '../../src/importer/chrome-lines.ts';
import { useWorkspace } from './importer-harness.ts';

// A Ctrl+A copy of a whole article page (text written for the test, the page as WordPress themes
// lay it out): the skip link, language links, menu and search over the headline; under the text
// the theme's categories line, the share bar, a newsletter box, the latest news, the cookie notice
// and the footer's links. The WordPress `Posted in News` under the text was read into the body.
const COPY = path.resolve('tests/fixtures/clippings/civil-ge-2017-select-all.txt');
const EXPECTED_BODY = readFileSync(path.resolve('tests/fixtures/web-archives/wayback-civil-ge-2017.expected.md'), 'utf8').split('\n---\n')[1];

describe('a copy of a whole article page (select all)', () => {
  const workspace = useWorkspace();

  it('imports with every printed fact, the body word for word without the page around it', async () => {
    const [result] = await workspace.run([COPY], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({
      title: 'Government Approves Plan to Restore Gelati Monastery Roofs',
      source: 'civil-georgia',
      authors: [],
      published: '2017-11-14T18:20:00+04:00',
      printedDate: "14 Nov.'17 / 18:20",
      photo: { caption: 'The Gelati Monastery near Kutaisi.', credit: 'Civil.ge' },
      body: EXPECTED_BODY,
    });
  });

  it.each(['Posted in News', 'Filed under Politics, Economy', 'Categories: News', 'Publié dans Politique', 'Рубрика: Политика'])('%s is the page\'s, not the article\'s', (line) => {
    expect(isChrome(line)).toBe(true);
  });

  it.each(['Posted in Tbilisi on Monday, the notice said the roads would close.', 'Filed under protest, the complaint was rejected by the court in March.'])('a sentence that starts so stays text: %s', (line) => {
    expect(isChrome(line)).toBe(false);
  });
});
