import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/article-schema.ts';
import { buildArchiveIndex, UrlCollisionError, type IndexableArticle } from '../../src/archive/archive-index.ts';

/** An article filed under `file` (its id), with the slug and day that make its permalink. */
function article(file: string, slug: string, published: string, aliases: string[] = []): { id: string; article: IndexableArticle } {
  return {
    id: file,
    article: { title: slug, slug, source: 'civil-georgia', authors: [], published, people: [], places: [], organizations: [], aliases },
  };
}
const fileOf = (id: string) => `/archive/content/articles/${id}.md`;

describe('two articles never share a URL', () => {
  it('refuses two articles whose permalinks are the same, naming both files', () => {
    // Hand-written files: the file name is not the slug, so nothing but the build sees them meet.
    const build = () =>
      buildArchiveIndex(
        [article('2017/11/15/first', 'same-story', '2017-11-15T10:00:00+04:00'), article('2017/11/15/second', 'same-story', '2017-11-15T12:00:00+04:00')],
        fileOf,
      );
    expect(build).toThrow(UrlCollisionError);
    expect(build).toThrow(
      'Two pages would have the URL /2017/11/15/same-story/: it is the permalink of /archive/content/articles/2017/11/15/first.md and the permalink of /archive/content/articles/2017/11/15/second.md.',
    );
  });

  it('refuses an alias that is another article’s permalink, or another article’s alias', () => {
    const moved = article('2017/11/15/moved', 'moved', '2017-11-15T10:00:00+04:00', ['2017/11/15/other/']);
    expect(() => buildArchiveIndex([moved, article('2017/11/15/other', 'other', '2017-11-15T12:00:00+04:00')], fileOf)).toThrow(
      /\/2017\/11\/15\/other\/: it is the permalink of .*other\.md and the alias \(an earlier permalink\) of .*moved\.md/,
    );
    const alsoMoved = article('2017/11/16/also', 'also', '2017-11-16T10:00:00+04:00', ['2017/11/15/other/']);
    expect(() => buildArchiveIndex([moved, alsoMoved], fileOf)).toThrow(/\/2017\/11\/15\/other\/: it is the alias .* of .*moved\.md and the alias .* of .*also\.md/);
  });

  it('refuses an article whose alias is its own permalink', () => {
    expect(() => buildArchiveIndex([article('2017/11/15/a', 'a', '2017-11-15T10:00:00+04:00', ['2017/11/15/a/'])], fileOf)).toThrow(
      /both the permalink and an alias \(an earlier permalink\) of .*a\.md/,
    );
  });

  it('accepts the same slug on different days, and an alias that is no one’s permalink', () => {
    const index = buildArchiveIndex(
      [article('2017/11/15/a', 'a', '2017-11-15T10:00:00+04:00', ['2017/11/14/old-a/']), article('2017/11/16/a', 'a', '2017-11-16T10:00:00+04:00')],
      fileOf,
    );
    expect(index.chronological.map((record) => record.path)).toEqual(['2017/11/15/a/', '2017/11/16/a/']);
  });

  it('refuses an alias ending in a page number, which is a day list’s page', () => {
    const result = articleSchema.shape.aliases.safeParse(['2019/03/08/2/']);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/page of that day’s list/);
  });
});
