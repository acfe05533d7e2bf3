import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Source } from '../lib/source-schema.ts';
import { buildWorld, corpusFiles, DEFAULT_SEED, syntheticArticles, type CorpusWorld, type SyntheticArticle } from './corpus.ts';

/**
 * Clippings for the import benchmark: the corpus's articles as a paper's web page would print them,
 * in four header layouts and four date styles, with a content folder of the papers and gazetteer
 * to import them against. Article i is the corpus's article i, so the import of N clippings can be
 * checked against the corpus's own frontmatter.
 */

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Article = SyntheticArticle['data'];

interface Layout {
  /** Header lines of one article (the paper's name printed somewhere near the top). */
  header(name: string, article: Article, date: string): string[];
  /** The paper's own rules, or none for the generic layout (title, byline, date, caption). */
  rules?(name: string): Source['header'];
}

const byline = (article: Article) => (article.authors.length ? [`By ${article.authors.join(' and ')}`] : []);
const caption = (article: Article) => (article.photo ? [`${article.photo.caption} ${article.photo.credit}`] : []);
const TITLE = { name: 'title', pattern: '^(?<title>.+)$', optional: false };
const BYLINE = { name: 'byline', pattern: '^By\\s+(?<authors>.+)$', optional: true };
const DATE = { name: 'date line', pattern: '^(?<date>.+)$', optional: false };
const CAPTION = { name: 'photo caption', pattern: '^(?<caption>.+?)\\s+Photo:\\s*(?<credit>\\S.*)$', optional: true };

const LAYOUTS: Layout[] = [
  // The paper's logo text first, as copied from the top of its page.
  {
    header: (name, article, date) => [name, article.title, ...byline(article), date, ...caption(article)],
    rules: (name) => [{ name: 'masthead', pattern: `^${escapeRegExp(name)}$`, optional: false }, TITLE, BYLINE, DATE, CAPTION],
  },
  // Title, then paper, dateline and date on one line (Civil Georgia's layout).
  {
    header: (name, article, date) => [article.title, `${name}${article.dateline ? `, ${article.dateline}` : ''} / ${date}`, ...byline(article), ...caption(article)],
    rules: (name) => [TITLE, { name: 'masthead and date line', pattern: `^${escapeRegExp(name)}(?:, (?<dateline>[^/]+?))? / (?<date>.+)$`, optional: false }, BYLINE, CAPTION],
  },
  // The date above the title.
  {
    header: (name, article, date) => [name, date, article.title, ...byline(article), ...caption(article)],
    rules: (name) => [{ name: 'masthead', pattern: `^${escapeRegExp(name)}$`, optional: false }, DATE, TITLE, BYLINE, CAPTION],
  },
  // The generic layout; the paper's name is printed only in the photo credit.
  {
    header: (name, article, date) => [article.title, ...byline(article), date, `${article.photo?.caption ?? 'A view of the scene.'} Photo: ${name}`],
  },
];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The date as each style prints it, from the article's local date and time. */
function printedDate(article: Article, style: number): string {
  if (style === 0) return article.printedDate;
  const [, year, month, day, time] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})/.exec(article.published)!;
  const exact = article.dateCertainty === 'exact';
  const monthName = MONTHS[Number(month) - 1]!;
  if (style === 1) return `${monthName} ${Number(day)}, ${year}${exact ? ` ${time}` : ''}`;
  if (style === 2) return `${year}-${month}-${day}${exact ? ` ${time}` : ''}`;
  return `${Number(day)} ${monthName} ${year}${exact ? `, ${time}` : ''}`;
}

/** Paper i's layout and date style: every combination occurs across the twenty papers. */
const layoutOf = (index: number) => LAYOUTS[index % LAYOUTS.length]!;
const dateStyleOf = (index: number) => Math.floor(index / LAYOUTS.length) % 4;

export interface WrittenClippings {
  files: number;
  bytes: number;
  /** Where the clippings are (`in/`), and the content folder to import into. */
  inputDir: string;
  contentDir: string;
}

function write(file: string, content: string): number {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return Buffer.byteLength(content);
}

function sourceFiles(world: CorpusWorld, contentDir: string): void {
  world.sources.forEach((source, index) => {
    const rules = layoutOf(index).rules?.(source.name);
    const profile: Source = {
      name: source.name,
      homepage: `https://${source.id}.example/`,
      timeZone: source.timeZone,
      language: 'en',
      mastheads: [source.name],
      ...(rules ? { header: rules } : {}),
    };
    write(path.join(contentDir, 'sources', `${source.id}.yaml`), yaml.dump(profile, { lineWidth: -1 }));
  });
}

/**
 * Writes `clippings` clippings below `root/in/` (a hundred to a folder, as an archivist's folders
 * might be) and `root/content/` with the papers and the corpus's
 * gazetteer (3,000 people, 600 places, 400 organisations). With `oneDay`, every clipping prints the
 * first one's date and time instead of its own, so that all of them go to one day's folder: a
 * day's batch of clippings, which the corpus's thirty years of dates never make.
 */
export function writeClippings(root: string, options: { clippings: number; seed?: number; gazetteer: boolean; oneDay?: boolean }): WrittenClippings {
  const seed = options.seed ?? DEFAULT_SEED;
  const world = buildWorld(seed);
  const contentDir = path.join(root, 'content');
  const inputDir = path.join(root, 'in');
  sourceFiles(world, contentDir);
  for (const file of corpusFiles({ articles: 0, seed })) {
    // Without the gazetteer (--no-gazetteer) every kind is an empty list: entity matching costs nothing.
    if (file.path.startsWith('gazetteer/')) write(path.join(contentDir, file.path), options.gazetteer ? file.content : '{}\n');
  }
  const sourceIndex = new Map(world.sources.map((source, index) => [source.id, index]));
  let files = 0;
  let bytes = 0;
  let first: Article | undefined;
  for (const { data, paragraphs } of syntheticArticles(world, { articles: options.clippings, seed })) {
    first ??= data;
    // Only the local date and time are printed, so the first clipping's are the same day in any paper's zone.
    const dated = options.oneDay ? { ...data, published: first.published, printedDate: first.printedDate, dateCertainty: first.dateCertainty } : data;
    const index = sourceIndex.get(data.source)!;
    const name = world.sources[index]!.name;
    const header = layoutOf(index).header(name, dated, printedDate(dated, dateStyleOf(index)));
    const folder = String(Math.floor(files / 100)).padStart(4, '0');
    bytes += write(path.join(inputDir, folder, `${String(files).padStart(6, '0')}.txt`), `${[...header, ...paragraphs].join('\n\n')}\n`);
    files += 1;
  }
  return { files, bytes, inputDir, contentDir };
}
