/**
 * Writes tests/fixtures/site-corpus/: a small but realistic archive for the site's build tests.
 * Sixty-four articles over four years, three papers, a handful of authors and gazetteer entities,
 * so pagination (more than 50 in a list), date-archive counts, related articles, aliases and an
 * updated article's earlier clipping are all exercised. Deterministic: the same script writes the same files, so the expected counts in
 * tests/site/ can be derived from this file by hand.
 *
 *   node_modules/.bin/tsx tests/helpers/make-site-corpus.ts
 */
import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from './build.ts';

export const CORPUS_DIR = path.join(projectRoot, 'tests/fixtures/site-corpus');

const SOURCES = {
  'civil-georgia': { name: 'Civil Georgia', homepage: 'https://civil.ge/', mastheads: ['Civil Georgia'] },
  'the-messenger': { name: 'The Messenger', homepage: 'https://www.messenger.com.ge/', mastheads: ['The messenger logo'] },
  'georgia-today': { name: 'Georgia Today', homepage: 'https://georgiatoday.ge/', mastheads: ['Georgia Today'] },
} as const;
type SourceId = keyof typeof SOURCES;

const PEOPLE = {
  'vladimir-putin': { name: 'Vladimir Putin', aliases: ['Putin'] },
  'anatoly-bibilov': { name: 'Anatoly Bibilov', aliases: ['Bibilov'] },
  'ketevan-tsikhelashvili': { name: 'Ketevan Tsikhelashvili', aliases: ['Tsikhelashvili'] },
};
const PLACES = {
  'south-ossetia': { name: 'South Ossetia', aliases: ['Tskhinvali region'] },
  abkhazia: { name: 'Abkhazia', aliases: [] },
  moscow: { name: 'Moscow', aliases: [] },
  tbilisi: { name: 'Tbilisi', aliases: [] },
};
const ORGANIZATIONS = {
  kremlin: { name: 'Kremlin', aliases: [] },
  'european-union': { name: 'European Union', aliases: ['EU'] },
};

const TOPICS = ['talks', 'border', 'elections', 'trade', 'observers', 'reforms', 'budget', 'monitoring'];
const AUTHORS = ['Tea Mariamidze', 'Nino Kharshiladze', 'Giorgi Lomsadze', 'Ana Dvali'];

export interface CorpusArticle {
  path: string;
  source: SourceId;
  published: string;
  title: string;
  slug: string;
  authors: string[];
  people: string[];
  places: string[];
  organizations: string[];
  aliases: string[];
}

/** Article n (0-based): a fixed, hand-checkable recipe rather than randomness. */
export function corpusArticle(n: number): CorpusArticle {
  const source: SourceId = n % 8 === 7 ? 'the-messenger' : n % 16 === 3 ? 'georgia-today' : 'civil-georgia';
  // Years 2017-2020, sixteen articles each; months and days spread so several share a day.
  const year = 2017 + Math.floor(n / 16);
  const month = 1 + (n % 12);
  const day = 1 + ((n * 7) % 27);
  const hour = 8 + (n % 10);
  const pad = (v: number) => String(v).padStart(2, '0');
  const published = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad((n * 13) % 60)}:00+04:00`;
  const topic = TOPICS[n % TOPICS.length]!;
  const title = `Report ${n + 1}: Tbilisi and Moscow trade words over ${topic}`;
  const slug = `report-${n + 1}-tbilisi-and-moscow-trade-words-over-${topic}`;
  return {
    path: `${year}/${pad(month)}/${pad(day)}/${slug}`,
    source,
    published,
    title,
    slug,
    // Every third article has no byline, as Civil Georgia's reports often have none.
    authors: n % 3 === 0 ? [] : [AUTHORS[n % AUTHORS.length]!],
    // Putin is in 56 of 64 articles, so his entity page needs two pages.
    people: [...(n % 8 !== 5 ? ['vladimir-putin'] : []), ...(n % 4 === 0 ? ['anatoly-bibilov'] : [])],
    places: n % 2 === 0 ? ['south-ossetia', 'moscow'] : ['tbilisi'],
    organizations: n % 5 === 0 ? ['kremlin'] : [],
    // The first article was once published under another title.
    aliases: n === 0 ? [`${year}/${pad(month)}/${pad(day)}/report-1-an-earlier-title/`] : [],
  };
}

export const CORPUS_SIZE = 64;

function yaml(value: unknown): string {
  return JSON.stringify(value);
}

async function main(): Promise<void> {
  await rm(CORPUS_DIR, { recursive: true, force: true });
  for (const dir of ['articles', 'originals', 'sources', 'gazetteer']) {
    await mkdir(path.join(CORPUS_DIR, dir), { recursive: true });
  }
  for (const [id, source] of Object.entries(SOURCES)) {
    const lines = [
      `name: ${source.name}`,
      `homepage: ${source.homepage}`,
      'timeZone: Asia/Tbilisi',
      'language: en',
      `mastheads: ${yaml(source.mastheads)}`,
    ];
    await writeFile(path.join(CORPUS_DIR, 'sources', `${id}.yaml`), `${lines.join('\n')}\n`);
  }
  for (const [kind, entries] of Object.entries({ people: PEOPLE, places: PLACES, organizations: ORGANIZATIONS })) {
    const lines = Object.entries(entries).map(
      ([id, entry]) => `${id}:\n  name: ${entry.name}\n  aliases: ${yaml(entry.aliases)}`,
    );
    await writeFile(path.join(CORPUS_DIR, 'gazetteer', `${kind}.yaml`), `${lines.join('\n')}\n`);
  }
  for (let n = 0; n < CORPUS_SIZE; n += 1) {
    const a = corpusArticle(n);
    const body = [
      `Officials in Tbilisi said on Monday that report ${n + 1} concerned ${TOPICS[n % TOPICS.length]}. The talks went on late.`,
      `“We continue making peace policy,” a spokesperson said, adding that the meeting in Moscow changed nothing.`,
      `Observers noted the statement was the ${n + 1}th of its kind this year.`,
    ];
    const original = `${SOURCES[a.source].mastheads[0]}\n\n${a.title}\n\n${body.join('\n\n')}\n`;
    const sha256 = createHash('sha256').update(original).digest('hex');
    const datePath = a.path.slice(0, 10);
    // The second article was re-imported from a corrected clipping; the first one is kept.
    const replaced = n === 1 ? `${SOURCES[a.source].mastheads[0]}\n\n${a.title}\n\n${body[0]}\n` : undefined;
    const replacedSha = replaced && createHash('sha256').update(replaced).digest('hex');
    const frontmatter = [
      `title: ${yaml(a.title)}`,
      `slug: ${a.slug}`,
      `source: ${a.source}`,
      `authors: ${yaml(a.authors)}`,
      ...(n % 2 === 0 ? ['dateline: Tbilisi'] : []),
      `published: "${a.published}"`,
      `printedDate: ${yaml(a.published.slice(0, 10))}`,
      'dateCertainty: exact',
      ...(n % 4 === 1 ? [`photo: ${yaml({ caption: `Officials meet in Tbilisi, report ${n + 1}.`, credit: 'Photo: archive' })}`] : []),
      `original: ${yaml({ file: `${datePath}/${a.slug}.txt`, sha256 })}`,
      `people: ${yaml(a.people)}`,
      `places: ${yaml(a.places)}`,
      `organizations: ${yaml(a.organizations)}`,
      `aliases: ${yaml(a.aliases)}`,
      ...(replacedSha ? [`revisions: ${yaml([{ sha256: replacedSha, replaced: '2018-01-05T09:00:00+04:00' }])}`] : []),
    ];
    await mkdir(path.join(CORPUS_DIR, 'articles', datePath), { recursive: true });
    await mkdir(path.join(CORPUS_DIR, 'originals', datePath), { recursive: true });
    await writeFile(path.join(CORPUS_DIR, 'articles', `${a.path}.md`), `---\n${frontmatter.join('\n')}\n---\n\n${body.join('\n\n')}\n`);
    await writeFile(path.join(CORPUS_DIR, 'originals', `${a.path}.txt`), original);
    if (replaced) await writeFile(path.join(CORPUS_DIR, 'originals', `${a.path}.${replacedSha!.slice(0, 12)}.txt`), replaced);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
