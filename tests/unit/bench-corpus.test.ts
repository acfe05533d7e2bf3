import { createHash } from 'node:crypto';
import { tzOffset } from '@date-fns/tz';
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/article-schema.ts';
import { entitySchema } from '../../src/lib/gazetteer-schema.ts';
import { sourceSchema } from '../../src/lib/source-schema.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { buildWorld, corpusFiles, VOCABULARY_SIZE, type CorpusFile } from '../../src/bench/corpus.ts';

const ARTICLES = 60;
const files = [...corpusFiles({ articles: ARTICLES })];
const byPath = new Map(files.map((file) => [file.path, file.content]));
const articles = files.filter((file) => file.path.startsWith('articles/'));
const parsed = articles.map((file) => ({ file, ...matter(file.content) }));
const sources = new Map(
  files
    .filter((file) => file.path.startsWith('sources/'))
    .map((file) => [file.path.slice('sources/'.length, -'.yaml'.length), sourceSchema.parse(yaml.load(file.content))]),
);

function gazetteerIds(kind: string): Set<string> {
  const entries = yaml.load(byPath.get(`gazetteer/${kind}.yaml`)!) as Record<string, unknown>;
  for (const entry of Object.values(entries)) entitySchema.parse(entry);
  return new Set(Object.keys(entries));
}

describe('benchmark corpus generator', () => {
  it('is deterministic: the same seed gives the same bytes, another seed other text', () => {
    const again = [...corpusFiles({ articles: ARTICLES })];
    expect(again).toEqual(files);
    const other = [...corpusFiles({ articles: ARTICLES, seed: 7 })].filter((file) => file.path.startsWith('articles/'));
    expect(other.map((file) => file.content)).not.toEqual(articles.map((file) => file.content));
  });

  it('gives article i the same content whatever N is', () => {
    const small = [...corpusFiles({ articles: 5 })].filter((file: CorpusFile) => file.path.startsWith('articles/'));
    expect(small).toEqual(articles.slice(0, 5));
  });

  it('writes twenty sources in real IANA zones', () => {
    expect(sources.size).toBe(20);
    expect(new Set([...sources.values()].map((source) => source.timeZone)).size).toBe(20);
  });

  it('writes schema-valid articles at their permalink paths, with `published` quoted', () => {
    expect(articles).toHaveLength(ARTICLES);
    for (const { file, data } of parsed) {
      // Unquoted, YAML would turn the timestamp into a Date and the schema would reject it.
      expect(file.content).toMatch(/^published: "[^"]+"$/m);
      expect(typeof data.published).toBe('string');
      const article = articleSchema.parse(data);
      expect(file.path).toBe(`articles/${articlePath(article).slice(0, -1)}.md`);
      expect(sources.has(article.source)).toBe(true);
    }
  });

  it('gives `published` the real offset of the source zone at that instant', () => {
    for (const { data } of parsed) {
      const article = articleSchema.parse(data);
      const zone = sources.get(article.source)!.timeZone;
      const [, sign, hours, minutes] = /([+-])(\d{2}):(\d{2})$/.exec(article.published)!;
      const offset = (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
      expect(tzOffset(zone, new Date(article.published))).toBe(offset);
    }
  });

  it('spreads articles over 30 years and writes bodies of 300 to 1,500 words', () => {
    const years = parsed.map(({ data }) => Number(String(data.published).slice(0, 4)));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(1995);
    expect(Math.max(...years)).toBeLessThanOrEqual(2024);
    expect(Math.max(...years) - Math.min(...years)).toBeGreaterThan(15);
    for (const { content } of parsed) {
      const words = content.trim().split(/\s+/).length;
      expect(words).toBeGreaterThanOrEqual(300);
      expect(words).toBeLessThanOrEqual(1500);
    }
  });

  it('keeps each original beside its article, with the recorded SHA-256, and the body inside it', () => {
    for (const { data, content } of parsed) {
      const article = articleSchema.parse(data);
      const original = byPath.get(`originals/${article.original.file}`);
      expect(original).toBeDefined();
      expect(createHash('sha256').update(original!).digest('hex')).toBe(article.original.sha256);
      expect(original).toContain(content.trim());
    }
  });

  it('names only gazetteer entities that exist, and mentions them in the text', () => {
    const ids = { people: gazetteerIds('people'), places: gazetteerIds('places'), organizations: gazetteerIds('organizations') };
    let mentioned = 0;
    for (const { data } of parsed) {
      const article = articleSchema.parse(data);
      for (const kind of ['people', 'places', 'organizations'] as const) {
        for (const id of article[kind]) expect(ids[kind].has(id)).toBe(true);
        mentioned += article[kind].length;
      }
    }
    expect(mentioned).toBeGreaterThan(ARTICLES);
  });

  it('has a Zipf vocabulary of tens of thousands of words and twenty distinct queries', () => {
    const world = buildWorld();
    expect(new Set(world.vocabulary).size).toBe(VOCABULARY_SIZE);
    expect(VOCABULARY_SIZE).toBeGreaterThanOrEqual(20_000);
    expect(new Set(world.queries).size).toBe(20);
    // Zipf: the commonest word is far more frequent than the hundredth.
    const text = parsed.map(({ content }) => content.toLowerCase()).join(' ').split(/[^a-z]+/);
    const count = (word: string) => text.filter((token) => token === word).length;
    expect(count(world.vocabulary[0]!)).toBeGreaterThan(10 * count(world.vocabulary[99]!));
  });
});
