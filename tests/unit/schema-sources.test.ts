import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/article-schema.ts';
import { layoutSchema, sourceSchema } from '../../src/lib/source-schema.ts';
import { SLUG_PATTERN } from '../../src/lib/slug.ts';
import { ENTITY_KINDS, printedNames } from '../../src/lib/gazetteer-schema.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { ContentDataError, loadContentData } from '../../src/importer/content-data.ts';
import { parseArticleFile } from '../../src/importer/frontmatter.ts';

const CONTENT = path.resolve('content');
const data = loadContentData(CONTENT);

describe('source profiles', () => {
  it('ship the two seed papers with layouts of their own', () => {
    expect([...data.sources.keys()]).toEqual(['civil-georgia', 'the-messenger']);
    for (const source of data.sources.values()) {
      expect(source.header!.length).toBeGreaterThan(0);
      expect(source.timeZone).toBe('Asia/Tbilisi');
    }
  });

  const valid = { name: 'Daily Planet', homepage: 'https://planet.example/', timeZone: 'America/New_York', header: [{ name: 'title', pattern: '^(?<title>.+)$' }] };
  it('accept a new paper as data alone', () => {
    expect(sourceSchema.parse(valid)).toMatchObject({ language: 'en', mastheads: [], header: [{ optional: false }] });
  });
  it('accept a paper without a home page (print-only, vanished, or not known to the archivist)', () => {
    const { homepage: _none, ...printOnly } = valid;
    expect(sourceSchema.parse(printOnly).homepage).toBeUndefined();
  });
  it.each([
    ['a broken regular expression', { ...valid, header: [{ name: 'title', pattern: '^(?<title>.+$' }] }, /valid JavaScript regular expression/],
    ['an unknown date order', { ...valid, dateOrder: 'YMD' }, /DMY|MDY/],
    ['an unknown time zone', { ...valid, timeZone: 'Mars/Olympus' }, /IANA time zone/],
    ['an empty header', { ...valid, header: [] }, /too_small|>=1|at least/i],
  ])('refuse %s', (_name, source, message) => {
    const result = sourceSchema.safeParse(source);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error!.issues)).toMatch(message);
  });
  it('validate a layout\'s header rules on their own', () => {
    expect(layoutSchema.safeParse({ header: [{ name: 'x', pattern: '(' }] }).success).toBe(false);
  });

  it('stop a whole import when a profile is broken, naming the file and field', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'content-'));
    try {
      cpSync(CONTENT, root, { recursive: true });
      writeFileSync(path.join(root, 'sources', 'broken.yaml'), 'name: Broken\nhomepage: not a url\ntimeZone: UTC\n');
      expect(() => loadContentData(root)).toThrow(ContentDataError);
      expect(() => loadContentData(root)).toThrow(/broken\.yaml: homepage/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('article photo', () => {
  it('takes a caption, a credit or both, since a credit is printed without a caption too', () => {
    const photo = articleSchema.shape.photo;
    for (const value of [{ caption: 'Protesters in Tbilisi.' }, { credit: 'Reuters' }, { caption: 'Protesters in Tbilisi.', credit: 'Reuters' }, undefined]) {
      expect(photo.safeParse(value).success, JSON.stringify(value)).toBe(true);
    }
    expect(photo.safeParse({}).success).toBe(false);
    expect(photo.safeParse({ credit: ' ' }).success).toBe(false);
  });
});

describe('gazetteer', () => {
  it('has slug ids, parents that exist, and no name shared by two entries', () => {
    const names = new Map<string, string>();
    for (const kind of ENTITY_KINDS) {
      for (const [id, entity] of Object.entries(data.gazetteer[kind])) {
        expect(id).toMatch(SLUG_PATTERN);
        if (entity.partOf) expect(Object.keys(data.gazetteer.places)).toContain(entity.partOf);
        for (const name of printedNames(entity)) {
          expect(names.get(name), `${name} names both ${names.get(name)} and ${id}`).toBeUndefined();
          names.set(name, id);
        }
      }
    }
    expect(data.gazetteer.places.sokhumi!.partOf).toBe('abkhazia');
    expect(data.gazetteer.places['south-ossetia']!.aliases).toContain('Tskhinvali region');
  });
});

describe('the archive\'s articles', () => {
  const files = readdirSync(path.join(CONTENT, 'articles'), { recursive: true }).map(String).filter((file) => file.endsWith('.md'));

  it('exist for both seeds', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  it.each(files)('%s matches the schema, its permalink and its original', (file) => {
    const { data: frontmatter } = parseArticleFile(readFileSync(path.join(CONTENT, 'articles', file), 'utf8'));
    const article = articleSchema.parse(frontmatter);
    expect(`${articlePath(article)}`).toBe(`${file.replace(/\.md$/, '')}/`);
    const original = readFileSync(path.join(CONTENT, 'originals', file.replace(/\.md$/, '.txt')));
    expect(createHash('sha256').update(original).digest('hex')).toBe(article.original.sha256);
    for (const kind of ENTITY_KINDS) for (const id of article[kind]) expect(Object.keys(data.gazetteer[kind])).toContain(id);
    expect(data.sources.has(article.source)).toBe(true);
  });
});
