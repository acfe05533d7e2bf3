import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SiteArchive, SiteRecord } from '../../src/data/archive.ts';

/**
 * An article's reference (citation-js's BibTeX and RIS) is asked for by its page's cache key, its
 * files and its render (src/publish/article-citation.ts): a build makes it once, `astro dev`
 * every time it is asked, since there the archive is read afresh and an edit must show.
 */

const record = {
  id: '2017/11/15/putin-meets',
  position: 0,
  path: '2017/11/15/putin-meets/',
  article: { title: 'Putin Meets South Ossetian Leader', authors: ['Tea Mariamidze'], published: '2017-11-15T12:31:00+04:00', slug: 'putin-meets', source: 'civil-georgia', original: { file: 'putin-meets.txt', sha256: '0'.repeat(64) } },
} as unknown as SiteRecord;
const site = { sources: new Map([['civil-georgia', { name: 'Civil Georgia', language: 'en' }]]) } as unknown as SiteArchive;

/** article-citation.ts as a build (rereads: false) or `astro dev` (true) loads it, on the archive above. */
async function articleReferenceIn(rereads: boolean) {
  vi.resetModules();
  vi.stubEnv('SITE', 'https://archive.example');
  vi.doMock('../../src/lib/build-mode.ts', () => ({ REREADS_CONTENT: rereads }));
  vi.doMock('../../src/data/archive.ts', () => ({
    loadArchive: async () => site,
    sourceOf: (archive: SiteArchive, of: SiteRecord) => archive.sources.get(of.article.source),
  }));
  return (await import('../../src/publish/article-citation.ts')).articleReference;
}

afterEach(() => {
  vi.doUnmock('../../src/lib/build-mode.ts');
  vi.doUnmock('../../src/data/archive.ts');
  vi.unstubAllEnvs();
});

describe("an article's reference", () => {
  it('is made once in a build, however many steps ask for it', async () => {
    const articleReference = await articleReferenceIn(false);
    const first = await articleReference(record);
    expect(first.bibtex).toContain('Civil Georgia');
    expect(first.ris).toMatch(/^UR {2}- https:\/\/archive\.example\/2017\/11\/15\/putin-meets\/$/m);
    expect(await articleReference(record)).toBe(first);
    // Another record (another build's reading of the archive) has its own.
    expect(await articleReference({ ...record })).not.toBe(first);
  });

  it('is made afresh each time in `astro dev`, with the same text', async () => {
    const articleReference = await articleReferenceIn(true);
    const first = await articleReference(record);
    const again = await articleReference(record);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
