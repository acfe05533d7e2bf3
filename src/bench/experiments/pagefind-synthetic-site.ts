/**
 * A built site for measuring the index step at sizes an Astro build takes too long to reach
 * (100,000 articles): the benchmark corpus's articles as pages shaped like Dateline's article
 * page where the index reads it (the data-pagefind-body element: title, filters, metadata and
 * date sort value, byline block left out of the index, paragraphs p1..pN), inside about 10 KB of
 * navigation, plus the Markdown files the index step counts.
 *
 *   tsx src/bench/experiments/pagefind-synthetic-site.ts --articles 100000 --out /tmp/synthetic-100k
 *   tsx src/bench/experiments/pagefind-index-step.ts --site /tmp/synthetic-100k/site --content /tmp/synthetic-100k/content
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import matter from 'gray-matter';
import { corpusFiles } from '../corpus.ts';
import { seconds } from '../report.ts';

const { values } = parseArgs({ options: { articles: { type: 'string', default: '1000' }, out: { type: 'string' } } });
if (!values.out) throw new Error('--out <folder> is required');
const articles = Number(values.articles);
const out = path.resolve(values.out);

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Navigation and footer links standing in for the site's chrome, which Pagefind parses but does not index. */
const CHROME_LINKS = Array.from({ length: 80 }, (_, n) => `<li><a href="/archive/${1995 + (n % 30)}/">Archive section ${n}</a></li>`).join('');

function page(data: Record<string, unknown>, body: string, url: string): string {
  const year = String(data.published).slice(0, 4);
  const list = (key: string) => (data[key] as string[] | undefined) ?? [];
  const filters: [string, string][] = [
    ['source', String(data.source)],
    ['year', year],
    ...list('authors').map((name): [string, string] => ['author', name]),
    ...list('people').map((id): [string, string] => ['person', id]),
    ...list('places').map((id): [string, string] => ['place', id]),
    ...list('organizations').map((id): [string, string] => ['organization', id]),
  ];
  const meta: [string, string][] = [
    ['title', String(data.title)],
    ['date', String(data.printedDate)],
    ['published', String(data.published)],
    ['source', String(data.source)],
    ['url', url],
  ];
  if (list('authors').length > 0) meta.push(['byline', list('authors').join(' and ')]);
  const paragraphs = body
    .trim()
    .split(/\n\n+/)
    .map((text, i) => `<p id="p${i + 1}" data-pagefind-title="Paragraph ${i + 1}">${escape(text)} <a href="#p${i + 1}" class="paragraph-link" data-pagefind-ignore>¶</a></p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(String(data.title))}</title><link rel="stylesheet" href="/_astro/base.css"></head>
<body><header><nav><ul>${CHROME_LINKS}</ul></nav></header><main><article class="article" lang="en">
<div data-pagefind-body><h1 class="article__title" data-pagefind-weight="10">${escape(String(data.title))}</h1>
<div hidden data-pagefind-ignore>${filters.map(([name, value]) => `<data data-pagefind-filter="${name}[value]" value="${escape(value)}"></data>`).join('')}${meta
    .map(([name, value]) => `<data data-pagefind-meta="${name}[value]" value="${escape(value)}"></data>`)
    .join('')}<data data-pagefind-sort="date[value]" value="${new Date(String(data.published)).toISOString()}"></data></div>
<div class="article__meta" data-pagefind-ignore><p>${escape(list('authors').join(' and '))}</p><p>${escape(String(data.printedDate))}</p></div>
<div class="article__body">${paragraphs}</div></div>
<footer class="article__footer"><p>Related articles and citations</p></footer></article></main><footer><ul>${CHROME_LINKS}</ul></footer></body></html>
`;
}

const started = performance.now();
let written = 0;
for (const file of corpusFiles({ articles })) {
  if (!file.path.startsWith('articles/')) continue;
  const { data, content } = matter(file.content);
  const articlePath = file.path.slice('articles/'.length, -'.md'.length);
  const markdown = path.join(out, 'content', file.path);
  const html = path.join(out, 'site', articlePath, 'index.html');
  await mkdir(path.dirname(markdown), { recursive: true });
  await mkdir(path.dirname(html), { recursive: true });
  await writeFile(markdown, file.content);
  await writeFile(html, page(data, content, `/${articlePath}/`));
  written += 1;
}
console.log(`${written} article pages and their Markdown in ${out} in ${seconds(performance.now() - started)}`);
