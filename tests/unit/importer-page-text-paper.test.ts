import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useWorkspace } from './importer-harness.ts';

// A saved page of an outlet the archive does not know, whose metadata gives no date (no JSON-LD,
// no article:published_time) while its text prints one (page-text-article.ts): the paper is made
// from the page (og:site_name and its address), the date is read from the text, and the paper's
// zone, which no page tells, is --time-zone's, or the printed date's own offset for this page.
const page = (printedDate: string, extra = '') =>
  `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Kutaisi opens new market hall | Imereti Herald</title>
<meta property="og:type" content="article"><meta property="og:title" content="Kutaisi opens new market hall"><meta property="og:site_name" content="Imereti Herald">
<link rel="canonical" href="https://www.imeretiherald.example/news/kutaisi-market-hall"></head>
<body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>${extra}
<main><article><h1>Kutaisi opens new market hall</h1><div class="meta"><span class="author">By Levan Kiknadze</span> <span class="date">${printedDate}</span></div>
<p>The city of Kutaisi opened its new covered market hall on Tuesday, two years after the old one was pulled down to make room for it.</p>
<p>About two hundred traders moved their stalls into the hall in the morning, the mayor's office said, and more will follow next month.</p>
</article></main><footer>© 2024 Imereti Herald</footer></body></html>`;

describe('a saved page of an unknown outlet whose date only its text prints', () => {
  const workspace = useWorkspace();
  const paperFile = () => path.join(workspace.contentDir, 'sources/imereti-herald.yaml');

  it('is refused when the printed date gives no offset, naming --time-zone and nothing else', async () => {
    const [result] = await workspace.run([workspace.input('herald.html', page('May 28, 2024 3:42 PM'))]);
    expect(result!.status).toBe('failed');
    expect(result!.error!.reason).toBe(
      `the page is from Imereti Herald (imeretiherald.example), a paper new to the archive, and neither its metadata nor its printed date "May 28, 2024 3:42 PM" gives a UTC offset, so its time zone is unknown (in the page's text as read from its HTML, line 5)`,
    );
    expect(result!.error!.fix).toMatch(/^pass --time-zone ZONE /);
    expect(result!.error!.fix).not.toMatch(/--source|--new-source|--set-time-zone/);
    expect(workspace.files()).toEqual([]);
  });

  it('is refused naming --date too when its text prints no date', async () => {
    const [result] = await workspace.run([workspace.input('herald.html', page('Share'))]);
    expect(result!.error!.reason).toMatch(/^the page is from Imereti Herald \(imeretiherald\.example\), a paper new to the archive, and neither its metadata nor its text gives its date or time zone /);
    expect(result!.error!.fix).toMatch(/^pass --time-zone ZONE .*, and --date YYYY-MM-DD /);
  });

  it('makes the paper from the page and reads the date in --time-zone, which becomes the paper\'s zone', async () => {
    const [result] = await workspace.run([workspace.input('herald.html', page('May 28, 2024 3:42 PM'))], { timeZone: 'Asia/Tbilisi' });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({
      source: 'imereti-herald',
      title: 'Kutaisi opens new market hall',
      authors: ['Levan Kiknadze'],
      published: '2024-05-28T15:42:00+04:00',
      printedDate: 'May 28, 2024 3:42 PM',
      dateCertainty: 'exact',
      url: 'https://www.imeretiherald.example/news/kutaisi-market-hall',
    });
    expect(result!.notes).toEqual(['new paper imereti-herald (content/sources/imereti-herald.yaml) with time zone Asia/Tbilisi']);
    expect(readFileSync(paperFile(), 'utf8')).toMatch(/^name: Imereti Herald\nhomepage: https:\/\/www\.imeretiherald\.example\/\ntimeZone: Asia\/Tbilisi\nlanguage: en\n/m);
  });

  it('reads a date that prints its offset without any option, leaving the paper\'s zone unknown', async () => {
    const [result] = await workspace.run([workspace.input('herald.html', page('May 28, 2024 3:42 PM GMT+4'))]);
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ source: 'imereti-herald', published: '2024-05-28T15:42:00+04:00', printedDate: 'May 28, 2024 3:42 PM GMT+4' });
    expect(result!.notes).toEqual([expect.stringMatching(/^new paper imereti-herald \(content\/sources\/imereti-herald\.yaml\) without a time zone: the page gives only its UTC offset \+04:00, /)]);
    expect(readFileSync(paperFile(), 'utf8')).not.toMatch(/^timeZone:/m);
  });

  it('makes the paper once for two pages of the outlet in one run', async () => {
    const first = workspace.input('one.html', page('May 28, 2024 3:42 PM'));
    const second = workspace.input('two.html', page('May 29, 2024 9:10 AM').replace(/kutaisi-market-hall/g, 'kutaisi-market-hall-opening').replace(/market hall/g, 'market halls'));
    const results = await workspace.run([first, second], { timeZone: 'Asia/Tbilisi' });
    expect(results.map((result) => [result.status, result.article?.source])).toEqual([['imported', 'imereti-herald'], ['imported', 'imereti-herald']]);
    expect(results[1]!.notes).toBeUndefined();
    expect(workspace.files().filter((file) => file.startsWith('sources/'))).toEqual(['sources/imereti-herald.yaml']);
  });

  it('takes the paper a masthead printed on the page names over a new one', async () => {
    const [result] = await workspace.run([workspace.input('herald.html', page('May 28, 2024 3:42 PM', '<img src="logo.png" alt="The messenger logo">'))]);
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ source: 'the-messenger', published: '2024-05-28T15:42:00+04:00' });
    expect(workspace.files().filter((file) => file.startsWith('sources/'))).toEqual([]);
  });
});
