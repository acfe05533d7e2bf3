import { describe, expect, it } from 'vitest';
import { concordanceLines, sortLines, type ConcordanceSource } from '../../src/search/client/concordance.ts';

/** A fragment as Pagefind gives it: its text, the matched word numbers, a sub-result per matched paragraph. */
function fragment(title: string, published: string, paragraphs: string[], matched: (word: string) => boolean): ConcordanceSource {
  const words = [`${title}.`, ...paragraphs].join(' ').split(' ');
  const locations = words.flatMap((word, i) => (matched(word) ? [i] : []));
  let start = title.split(' ').length;
  const sub_results = paragraphs.map((paragraph, i) => {
    const count = paragraph.split(' ').length;
    const own = locations.filter((at) => at >= start && at < start + count);
    const sub = { title: '', url: `/a/#p${i + 1}`, excerpt: '', plain_excerpt: '', locations: own, weighted_locations: [], anchor: { element: 'p', id: `p${i + 1}`, location: start } };
    start += count;
    return sub;
  });
  return { url: '/a/', content: words.join(' '), locations, meta: { title, published }, sub_results: sub_results.filter((sub) => sub.locations.length > 0) };
}

const isBibilov = (word: string) => /bibilov/i.test(word);

describe('concordance lines', () => {
  it('centres each matched word between eight words on each side, with its paragraph link', () => {
    const source = fragment('Leaders meet', '2017-11-15T12:00:00+04:00', [
      'one two three four five six seven eight nine ten “Bibilov,” said eleven twelve thirteen fourteen fifteen sixteen seventeen.',
      'Bibilov left.',
    ], isBibilov);
    const lines = concordanceLines(source);
    expect(lines).toEqual([
      {
        left: 'three four five six seven eight nine ten “',
        hit: 'Bibilov',
        right: ',” said eleven twelve thirteen fourteen fifteen sixteen seventeen.',
        title: 'Leaders meet',
        published: '2017-11-15T12:00:00+04:00',
        url: '/a/#p1',
        paragraph: 1,
        position: 12,
      },
      expect.objectContaining({ left: 'said eleven twelve thirteen fourteen fifteen sixteen seventeen. ', hit: 'Bibilov', right: ' left.', url: '/a/#p2', paragraph: 2 }),
    ]);
    // A line reads as the text does.
    expect(lines.map((line) => line.left + line.hit + line.right)[1]).toBe('said eleven twelve thirteen fourteen fifteen sixteen seventeen. Bibilov left.');
  });

  it('links a match in the title to the article, and gives nothing for a result matched in metadata only', () => {
    const inTitle = fragment('Bibilov in Moscow', '2018-01-01T00:00:00Z', ['Nothing here.'], isBibilov);
    expect(concordanceLines(inTitle)).toEqual([expect.objectContaining({ left: '', hit: 'Bibilov', right: ' in Moscow. Nothing here.', url: '/a/' })]);
    expect(concordanceLines(inTitle)[0]).not.toHaveProperty('paragraph');
    expect(concordanceLines({ ...inTitle, locations: [], sub_results: [] })).toEqual([]);
  });

  it('sorts by the word just left of the match, then the one before; by the word just right', () => {
    const line = (left: string, right: string, published = '2017-01-01') => ({ left, hit: 'x', right, title: 't', published, url: '/', position: 0 });
    const lines = [line('a in ', ' zeta'), line('the meeting ', ' alpha'), line('Moscow in ', ' Beta'), line('', ' beta', '2016-01-01')];
    expect(sortLines(lines, 'left').map((l) => l.left)).toEqual(['', 'a in ', 'Moscow in ', 'the meeting ']);
    expect(sortLines(lines, 'right').map((l) => l.right)).toEqual([' alpha', ' beta', ' Beta', ' zeta']);
    expect(sortLines(lines, 'results')).toBe(lines);
  });
});
