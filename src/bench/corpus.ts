import { createHash } from 'node:crypto';
import { tzOffset } from '@date-fns/tz';
import { disambiguate, slugify } from '../lib/slug.ts';
import { articlePath } from '../lib/urls.ts';
import { intBetween, pick, seededRandom, zipfSampler, type Random } from './random.ts';
import { buildVocabulary, capitalize, pseudoWord } from './vocabulary.ts';

/**
 * A synthetic archive for the scale benchmark: sources, a gazetteer, and N articles with their
 * original clippings, as the files the importer would have written below a content root.
 * Everything is decided by the seed; article i depends only on (seed, i), so a 1k corpus is the
 * first thousand articles of the 10k one.
 */

export interface CorpusOptions {
  articles: number;
  seed?: number;
}

/** A file below the content root (`articles/...`, `originals/...`, `sources/...`, `gazetteer/...`). */
export interface CorpusFile {
  path: string;
  content: string;
}

export const DEFAULT_SEED = 20_240_601;
export const VOCABULARY_SIZE = 40_000;
const ZIPF_EXPONENT = 1.07;
const FIRST_INSTANT = Date.UTC(1995, 0, 1);
const LAST_INSTANT = Date.UTC(2025, 0, 1);

/** Twenty papers in real IANA zones, chosen for awkward offsets (+05:45, -03:30) and DST rules. */
const SOURCE_ZONES = [
  ['Tbilisi Herald', 'Asia/Tbilisi'],
  ['London Ledger', 'Europe/London'],
  ['New York Courier', 'America/New_York'],
  ['Tokyo Evening Post', 'Asia/Tokyo'],
  ['Sydney Observer', 'Australia/Sydney'],
  ['Moscow Bulletin', 'Europe/Moscow'],
  ['Delhi Chronicle', 'Asia/Kolkata'],
  ['Kathmandu Daily', 'Asia/Kathmandu'],
  ["St. John's Telegram", 'America/St_Johns'],
  ['Nairobi Standard', 'Africa/Nairobi'],
  ['Sao Paulo Gazette', 'America/Sao_Paulo'],
  ['Berlin Tageblatt', 'Europe/Berlin'],
  ['Shanghai Review', 'Asia/Shanghai'],
  ['Pacific Examiner', 'America/Los_Angeles'],
  ['Auckland Star', 'Pacific/Auckland'],
  ['Tehran Times Digest', 'Asia/Tehran'],
  ['Lagos Mirror', 'Africa/Lagos'],
  ['Kyiv Independent Wire', 'Europe/Kyiv'],
  ['Mexico City Reporter', 'America/Mexico_City'],
  ['Yerevan Monitor', 'Asia/Yerevan'],
] as const;

interface Source {
  id: string;
  name: string;
  timeZone: string;
  staff: string[];
}

interface Entity {
  id: string;
  name: string;
}

interface Gazetteer {
  people: Entity[];
  places: Entity[];
  organizations: Entity[];
}

/** What stays the same for every N: vocabulary, sources, gazetteer, and the benchmark's queries. */
export interface CorpusWorld {
  vocabulary: string[];
  sources: Source[];
  gazetteer: Gazetteer;
  /** Twenty fixed search queries with hits in any corpus of a few hundred articles or more. */
  queries: string[];
}

function personName(random: Random): string {
  const suffix = pick(random, ['shvili', 'dze', 'son', 'ova', 'enko', 'ian', 'ez', '']);
  return `${capitalize(pseudoWord(random, 1, 2))} ${capitalize(pseudoWord(random, 1, 2) + suffix)}`;
}

function entities(random: Random, count: number, name: (random: Random) => string): Entity[] {
  const taken = new Set<string>();
  const list: Entity[] = [];
  while (list.length < count) {
    const entityName = name(random);
    const id = disambiguate(slugify(entityName), (candidate) => taken.has(candidate));
    taken.add(id);
    list.push({ id, name: entityName });
  }
  return list;
}

export function buildWorld(seed = DEFAULT_SEED): CorpusWorld {
  const random = seededRandom(seed);
  const vocabulary = buildVocabulary(random, VOCABULARY_SIZE);
  const sources = SOURCE_ZONES.map(([name, timeZone]) => ({
    id: slugify(name),
    name,
    timeZone,
    staff: Array.from({ length: 25 }, () => personName(random)),
  }));
  const gazetteer: Gazetteer = {
    people: entities(random, 3000, personName),
    places: entities(random, 600, (r) => capitalize(pseudoWord(r, 2, 3))),
    organizations: entities(random, 400, (r) =>
      pick(r, ['Ministry of ', 'Union of ', 'Council of ', 'Bank of ']) + capitalize(pseudoWord(r, 2, 3)),
    ),
  };
  // Queries span the frequency range: common words hit thousands of pages, rare ones a few.
  const queries = [
    ...[120, 250, 500, 900, 1500, 2500, 4000, 6000].map((rank) => vocabulary[rank]!),
    ...[0, 3, 10, 40, 150].map((rank) => gazetteer.people[rank]!.name.split(' ')[1]!),
    ...[0, 5, 30].map((rank) => gazetteer.places[rank]!.name),
    `${vocabulary[200]} ${vocabulary[700]}`,
    `${vocabulary[300]} ${vocabulary[1200]}`,
    gazetteer.people[1]!.name,
    gazetteer.organizations[2]!.name.split(' ').at(-1)!,
  ];
  return { vocabulary, sources, gazetteer, queries };
}

/** `published` in the source's own offset, and the clipping's date line as the paper printed it. */
function publicationDate(random: Random, timeZone: string) {
  const instant = FIRST_INSTANT + Math.floor(random() * ((LAST_INSTANT - FIRST_INSTANT) / 60_000)) * 60_000;
  const exact = random() < 0.8;
  let offset = tzOffset(timeZone, new Date(instant));
  let local = new Date(instant + offset * 60_000);
  if (!exact) {
    // Only the day is printed: midnight local time, with the offset in force at that midnight.
    const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
    offset = tzOffset(timeZone, new Date(midnight - offset * 60_000));
    local = new Date(midnight);
  }
  const pad = (value: number) => String(value).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  const [year, month, day] = [local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()];
  const [hour, minute] = [local.getUTCHours(), local.getUTCMinutes()];
  const published = `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:00${zone}`;
  const monthName = local.toLocaleString('en', { month: 'long', timeZone: 'UTC' });
  const weekday = local.toLocaleString('en', { weekday: 'long', timeZone: 'UTC' });
  const printedDate = exact
    ? `${day} ${monthName.slice(0, 3)}.'${String(year).slice(2)} / ${pad(hour)}:${pad(minute)}`
    : `${weekday}, ${monthName} ${day}, ${year}`;
  return { published, printedDate, dateCertainty: exact ? ('exact' as const) : ('day' as const) };
}

/** Up to `max` distinct entities, popular ones far more often (a Zipf over the list). */
function mentions(random: Random, list: Entity[], sampler: (random: Random) => number, max: number): Entity[] {
  const chosen = new Map<string, Entity>();
  for (let count = intBetween(random, 0, max); count > 0; count -= 1) {
    const entity = list[sampler(random)]!;
    chosen.set(entity.id, entity);
  }
  return [...chosen.values()];
}

/** One article's frontmatter fields, body paragraphs and original clipping. */
export interface SyntheticArticle {
  data: {
    title: string;
    slug: string;
    source: string;
    authors: string[];
    dateline?: string;
    published: string;
    printedDate: string;
    dateCertainty: 'exact' | 'day';
    photo?: { caption: string; credit: string };
    original: { file: string; sha256: string };
    people: string[];
    places: string[];
    organizations: string[];
  };
  paragraphs: string[];
  clipping: string;
}

/** Samplers are costly to build (a table per list), so one set serves every article. */
function samplers(world: CorpusWorld) {
  return {
    word: zipfSampler(world.vocabulary.length, ZIPF_EXPONENT),
    person: zipfSampler(world.gazetteer.people.length, 1),
    place: zipfSampler(world.gazetteer.places.length, 1),
    organization: zipfSampler(world.gazetteer.organizations.length, 1),
  };
}

function article(
  world: CorpusWorld,
  sample: ReturnType<typeof samplers>,
  random: Random,
  isTaken: (path: string) => boolean,
): SyntheticArticle {
  const word = () => world.vocabulary[sample.word(random)]!;
  const source = pick(random, world.sources);
  const date = publicationDate(random, source.timeZone);
  const title = Array.from({ length: intBetween(random, 5, 11) }, (_, index) =>
    index === 0 ? capitalize(word()) : word(),
  ).join(' ');
  const baseSlug = slugify(title);
  const slug = disambiguate(baseSlug, (candidate) => isTaken(articlePath({ published: date.published, slug: candidate })));
  const authors = Array.from({ length: pick(random, [0, 1, 1, 1, 1, 1, 2]) }, () => pick(random, source.staff));
  const people = mentions(random, world.gazetteer.people, sample.person, 4);
  const places = mentions(random, world.gazetteer.places, sample.place, 3);
  const organizations = mentions(random, world.gazetteer.organizations, sample.organization, 2);
  const dateline = random() < 0.7 ? world.gazetteer.places[sample.place(random)]! : undefined;
  if (dateline && !places.some((place) => place.id === dateline.id)) places.push(dateline);
  const names = [...people, ...places, ...organizations].map((entity) => entity.name);

  // A sentence of exactly `length` words; a name replaces as many words as it has, so body lengths are exact.
  const sentence = (length: number) => {
    const words = Array.from({ length }, word);
    const name = names.length > 0 && random() < 0.3 ? pick(random, names).split(' ') : [];
    if (name.length > 0 && name.length < length) words.splice(intBetween(random, 1, length - name.length), name.length, ...name);
    return `${capitalize(words.join(' '))}.`;
  };
  const paragraphs: string[] = [];
  for (let remaining = intBetween(random, 300, 1500); remaining > 0; ) {
    const sentences: string[] = [];
    for (let length = Math.min(remaining, intBetween(random, 30, 110)); length > 0; ) {
      const count = Math.min(length, intBetween(random, 8, 28));
      sentences.push(sentence(count));
      length -= count;
      remaining -= count;
    }
    paragraphs.push(sentences.join(' '));
  }
  const photo = random() < 0.25 ? { caption: sentence(12), credit: `Photo: ${source.id}.example` } : undefined;

  const byline = authors.length > 0 ? [`By ${authors.join(' and ')}`] : [];
  const header = [source.name, title, ...byline, date.printedDate, ...(photo ? [`${photo.caption} ${photo.credit}`] : [])];
  const clipping = `${[...header, ...paragraphs].join('\n\n')}\n`;
  const file = `${articlePath({ published: date.published, slug }).slice(0, -1)}.txt`;
  return {
    data: {
      title,
      slug,
      source: source.id,
      authors,
      ...(dateline ? { dateline: dateline.name } : {}),
      ...date,
      ...(photo ? { photo } : {}),
      original: { file, sha256: createHash('sha256').update(clipping).digest('hex') },
      people: people.map((entity) => entity.id),
      places: places.map((entity) => entity.id),
      organizations: organizations.map((entity) => entity.id),
    },
    paragraphs,
    clipping,
  };
}

/** YAML for a value built of strings, lists and objects; strings are JSON-quoted, which YAML reads as-is. */
function yaml(value: unknown, indent = ''): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return ' []';
    return value.map((item) => `\n${indent}- ${yaml(item, `${indent}  `).trimStart()}`).join('');
  }
  if (value && typeof value === 'object') {
    return Object.entries(value)
      .map(([key, item]) => `\n${indent}${key}:${yaml(item, `${indent}  `)}`)
      .join('');
  }
  return ` ${JSON.stringify(value)}`;
}

export function articleMarkdown({ data, paragraphs }: SyntheticArticle): string {
  return `---${yaml(data)}\n---\n\n${paragraphs.join('\n\n')}\n`;
}

/** The corpus's N articles in order, lazily; article i depends only on (seed, i). */
export function* syntheticArticles(world: CorpusWorld, options: CorpusOptions): Generator<SyntheticArticle> {
  const seed = options.seed ?? DEFAULT_SEED;
  const sample = samplers(world);
  const taken = new Set<string>();
  for (let index = 0; index < options.articles; index += 1) {
    // A stream per article: article i is the same whatever N is.
    const random = seededRandom(Math.imul(seed, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b));
    const item = article(world, sample, random, (path) => taken.has(path));
    taken.add(articlePath(item.data));
    yield item;
  }
}

/** Every file of an N-article corpus, lazily, so 100k articles never sit in memory at once. */
export function* corpusFiles(options: CorpusOptions): Generator<CorpusFile> {
  const world = buildWorld(options.seed ?? DEFAULT_SEED);
  for (const source of world.sources) {
    const data = { name: source.name, homepage: `https://${source.id}.example/`, timeZone: source.timeZone, language: 'en', mastheads: [source.name] };
    yield { path: `sources/${source.id}.yaml`, content: `${yaml(data).trimStart()}\n` };
  }
  for (const [kind, list] of Object.entries(world.gazetteer)) {
    const entries = Object.fromEntries(list.map((entity: Entity) => [entity.id, { name: entity.name }]));
    yield { path: `gazetteer/${kind}.yaml`, content: `${yaml(entries).trimStart()}\n` };
  }
  for (const item of syntheticArticles(world, options)) {
    yield { path: `articles/${articlePath(item.data).slice(0, -1)}.md`, content: articleMarkdown(item) };
    yield { path: `originals/${item.data.original.file}`, content: item.clipping };
  }
}
