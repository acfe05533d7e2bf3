import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { childEnv, projectRoot } from '../helpers/build.ts';
import { readPage, squash } from './site-pages.ts';

/**
 * Entity kinds are declared once (src/lib/entity-kinds.ts). A fourth kind, `events`, is added to a
 * copy of the project exactly as README says: one entry in that list and a gazetteer file. Nothing
 * else is edited, and the build has an events index, event pages, and the event on its article.
 */

const run = promisify(execFile);
const KINDS_FILE = 'src/lib/entity-kinds.ts';
const LAST_KIND = /^( {2}organizations: \{.*\},\n)/m;
const EVENTS_ENTRY = "  events: { one: 'Event', plural: 'Events', facet: 'event', schemaType: 'Event', definesStory: true },\n";
const ARTICLE = '2017/11/15/putin-meets-south-ossetian-leader-in-moscow';

describe('a fourth entity kind, added in the list and the gazetteer only', () => {
  let work: string;
  let outDir: string;

  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'dateline-events-'));
    const project = path.join(work, 'project');
    for (const entry of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      await cp(path.join(projectRoot, entry), path.join(project, entry), { recursive: true });
    }
    await symlink(path.join(projectRoot, 'node_modules'), path.join(project, 'node_modules'), 'dir');

    const kinds = await readFile(path.join(project, KINDS_FILE), 'utf8');
    expect(kinds).toMatch(LAST_KIND);
    await writeFile(path.join(project, KINDS_FILE), kinds.replace(LAST_KIND, `$1${EVENTS_ENTRY}`));

    const content = path.join(work, 'content');
    await cp(path.join(projectRoot, 'content'), content, { recursive: true });
    await cp(path.join(projectRoot, 'tests/fixtures/entity-kind-events/gazetteer/events.yaml'), path.join(content, 'gazetteer/events.yaml'));
    const articleFile = path.join(content, 'articles', `${ARTICLE}.md`);
    const article = await readFile(articleFile, 'utf8');
    await writeFile(articleFile, article.replace(/^aliases:/m, 'events:\n  - geneva-talks\naliases:'));

    outDir = path.join(work, 'dist');
    await run(path.join(project, 'node_modules/.bin/astro'), ['build'], {
      cwd: project,
      env: { ...childEnv(), DATELINE_CONTENT_DIR: content, DATELINE_OUT_DIR: outDir, DATELINE_CACHE_DIR: path.join(work, 'cache') },
      maxBuffer: 64 * 1024 * 1024,
    });
  });

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('builds the events index, linked from every page’s footer', async () => {
    const index = await readPage(outDir, 'events/');
    expect(squash(index.querySelector('h1')!.textContent)).toBe('Events');
    expect(index.querySelectorAll('.count-list a').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Geneva International Discussions', '/events/geneva-talks/'],
    ]);
    const home = await readPage(outDir, '');
    expect(home.querySelectorAll('footer a').map((a) => a.getAttribute('href'))).toContain('/events/');
  });

  it('builds the event’s page with its article, kind and other names', async () => {
    const page = await readPage(outDir, 'events/geneva-talks/');
    expect(squash(page.querySelector('.kicker')!.textContent)).toBe('Event');
    expect(page.querySelector('.kicker a')!.getAttribute('href')).toBe('/events/');
    expect(squash(page.querySelector('.entity__aliases')!.textContent)).toBe('Also written: Geneva talks.');
    expect(page.querySelectorAll('.article-list a').map((a) => a.getAttribute('href'))).toEqual([`/${ARTICLE}/`]);
  });

  it('names the event on its article page, as a link, a search filter and a JSON-LD Event', async () => {
    const page = await readPage(outDir, `${ARTICLE}/`);
    const link = page.querySelector('a[href="/events/geneva-talks/"]')!;
    expect(link.getAttribute('data-pagefind-filter')).toBe('event:geneva-talks');
    const jsonLd = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent) as { '@graph': { about?: unknown[] }[] };
    expect(jsonLd['@graph'][0]!.about).toContainEqual({ '@type': 'Event', name: 'Geneva International Discussions' });
    const labels = JSON.parse(await readFile(path.join(outDir, 'search/labels/event.json'), 'utf8'));
    // An entity with other names is listed with them, so the facet's filter box finds it by any (src/search/facet-labels.ts).
    expect(labels).toEqual({ 'geneva-talks': ['Geneva International Discussions', 'Geneva talks'] });
  });
});
