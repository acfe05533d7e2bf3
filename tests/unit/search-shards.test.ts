import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/bench/random.ts';
import { FULL_SHARDS_BEFORE_SPLIT, inShards, RUNS_PER_SHARD } from '../../src/search/shards.ts';

const YEAR = 365.25 * 24 * 3600 * 1000;
const FROM = Date.parse('1995-01-01T00:00:00Z');

/** `count` published instants (whole minutes) spread at random over 30 years, sorted. */
function archive(count: number, seed: number): number[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => FROM + Math.floor((random() * 30 * YEAR) / 60_000) * 60_000).sort((a, b) => a - b);
}

const layout = (instants: number[], most: number) => inShards(instants, most, (time) => time);

/** Each shard as its first and last instant, to compare layouts. */
const bounds = (shards: number[][]) => shards.map((shard) => `${shard.length}:${shard[0]}..${shard.at(-1)}`);

/**
 * How many shards of `after` are not shards of `before`: what an incremental index re-indexes
 * (the shard an article was added to or removed from is always one of them).
 */
function changedShards(before: number[], after: number[], most: number): number {
  const kept = new Set(bounds(layout(before, most)));
  return bounds(layout(after, most)).filter((shard) => !kept.has(shard)).length;
}

describe('search index shards', () => {
  it('are consecutive runs in date order, none larger than the shard size, each full; once there are FULL_SHARDS_BEFORE_SPLIT full shards, the newest at most a run', () => {
    fc.assert(
      // size 'max': archives of every length up to 300, so many hold FULL_SHARDS_BEFORE_SPLIT full shards.
      fc.property(fc.array(fc.integer({ min: -2e12, max: 4e12 }), { maxLength: 300, size: 'max' }), fc.integer({ min: 1, max: 40 }), (times, most) => {
        const instants = times.toSorted((a, b) => a - b);
        const shards = layout(instants, most);
        const full = Math.ceil((most * 3) / 4);
        expect(shards.flat()).toEqual(instants);
        for (const shard of shards) expect(shard.length).toBeLessThanOrEqual(most);
        if (instants.length > 0) expect(shards.at(-1)!.length).toBeGreaterThan(0);
        if (instants.length <= most) expect(shards).toHaveLength(1);
        // Unsplit, every shard but the newest is full; split, every one but the newest two, at least FULL_SHARDS_BEFORE_SPLIT of them.
        const split = shards.length > FULL_SHARDS_BEFORE_SPLIT;
        const fullShards = shards.slice(0, split ? -2 : -1);
        for (const shard of fullShards) expect(shard.length).toBeGreaterThanOrEqual(full);
        if (split) {
          expect(fullShards.length + (shards.at(-2)!.length >= full ? 1 : 0)).toBeGreaterThanOrEqual(FULL_SHARDS_BEFORE_SPLIT);
          expect(shards.at(-1)!.length).toBeLessThanOrEqual(Math.max(1, Math.floor(most / RUNS_PER_SHARD)));
        }
      }),
    );
  });

  it('keep 10,000 articles in two shards, as issue 17 measured its limits, and 100,000 in 20 (17 at the fewest)', () => {
    expect(layout(archive(10_000, 1), 6000)).toHaveLength(2);
    expect(layout(archive(10_500, 1), 6000)).toHaveLength(2);
    expect(layout(archive(100_000, 2), 6000)).toHaveLength(20);
  });

  it('depend on the articles alone: the same articles give the same shards, in whatever order they were added', () => {
    const instants = archive(5000, 3);
    expect(bounds(layout(instants, 1000))).toEqual(bounds(layout(instants.toReversed().toSorted((a, b) => a - b), 1000)));
  });

  it('keep their cuts when an article is added or removed: only its own shard changes, nearly always', () => {
    // 200 single changes to archives of 10,000 (2 shards) and 28,000 (6 shards). With shards of
    // equal size (the layout before issue 16) every change reshuffled every later shard.
    const random = seededRandom(4);
    for (const [count, most] of [[10_000, 6000], [28_000, 6000]] as const) {
      const before = archive(count, 5);
      let moved = 0;
      for (let change = 0; change < 200; change++) {
        const after = [...before];
        if (change % 2 === 0) after.push(FROM + Math.floor(random() * 30 * YEAR));
        else after.splice(Math.floor(random() * after.length), 1);
        after.sort((a, b) => a - b);
        const changed = changedShards(before, after, most);
        expect(changed).toBeGreaterThanOrEqual(1);
        if (changed > 1) moved += 1;
      }
      // A cut moves only when the change shifts its window across it: a few in a thousand.
      expect(moved, `${count} articles: changes that re-indexed more than their own shard`).toBeLessThanOrEqual(4);
    }
  }, 120_000);

  it('take today\u2019s articles into the newest shard and leave every older shard as it was', () => {
    const before = archive(28_000, 6);
    const today = [...before, ...Array.from({ length: 100 }, (_, n) => before.at(-1)! + (n + 1) * 60_000)];
    expect(changedShards(before, today, 6000)).toBe(1);
  });

  it('re-index at most a run\u2019s pages for an article of today in a large archive, but when a run or a shard closes', () => {
    // 3,000 articles of today added one at a time to 28,000 (five full shards and the newest
    // pages): the pages of the shards each addition changes, as an incremental index re-indexes them.
    const most = 6000;
    const archiveOf = archive(28_000, 7);
    const current = [...archiveOf];
    let shards = layout(current, most);
    let pages = 0;
    let beyondRun = 0;
    for (let added = 1; added <= 3000; added++) {
      current.push(archiveOf.at(-1)! + added * 60_000);
      const kept = new Set(bounds(shards));
      shards = layout(current, most);
      const reindexed = shards.filter((shard) => !kept.has(bounds([shard])[0]!)).reduce((sum, shard) => sum + shard.length, 0);
      pages += reindexed;
      if (reindexed > most / RUNS_PER_SHARD) beyondRun += 1;
    }
    // A run closes every 1,125 to 1,500 articles, a full shard every 4,500 to 6,000.
    expect(beyondRun).toBeLessThanOrEqual(3);
    // Without the split, each addition re-indexed the whole newest shard: 1 to 6,000 pages.
    expect(pages / 3000).toBeLessThan(most / RUNS_PER_SHARD);
  }, 120_000);

  it('cut between two instants only, never inside a run of articles published at the same instant, unless the run is too long for one shard', () => {
    const instants = [...Array.from({ length: 5 }, () => FROM), ...Array.from({ length: 5 }, () => FROM + YEAR)];
    expect(layout(instants, 6).map((shard) => shard.length)).toEqual([5, 5]);
    const sameInstant = Array.from({ length: 10 }, () => FROM);
    expect(layout(sameInstant, 4).map((shard) => shard.length)).toEqual([4, 4, 2]);
  });
});
