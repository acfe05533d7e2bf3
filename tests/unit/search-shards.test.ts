import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/bench/random.ts';
import { inShards } from '../../src/search/shards.ts';

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
  it('are consecutive runs in date order, none larger than the shard size, each but the newest at least 3/4 of it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -2e12, max: 4e12 }), { maxLength: 300 }), fc.integer({ min: 1, max: 40 }), (times, most) => {
        const instants = times.toSorted((a, b) => a - b);
        const shards = layout(instants, most);
        expect(shards.flat()).toEqual(instants);
        for (const shard of shards) expect(shard.length).toBeLessThanOrEqual(most);
        for (const shard of shards.slice(0, -1)) expect(shard.length).toBeGreaterThanOrEqual(Math.ceil((most * 3) / 4));
        if (instants.length > 0) expect(shards.at(-1)!.length).toBeGreaterThan(0);
        if (instants.length <= most) expect(shards).toHaveLength(1);
      }),
    );
  });

  it('keep 10,000 articles in two shards, and 100,000 in 19 (17 at the fewest)', () => {
    expect(layout(archive(10_000, 1), 6000)).toHaveLength(2);
    expect(layout(archive(10_500, 1), 6000)).toHaveLength(2);
    expect(layout(archive(100_000, 2), 6000)).toHaveLength(19);
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

  it('cut between two instants only, never inside a run of articles published at the same instant, unless the run is too long for one shard', () => {
    const instants = [...Array.from({ length: 5 }, () => FROM), ...Array.from({ length: 5 }, () => FROM + YEAR)];
    expect(layout(instants, 6).map((shard) => shard.length)).toEqual([5, 5]);
    const sameInstant = Array.from({ length: 10 }, () => FROM);
    expect(layout(sameInstant, 4).map((shard) => shard.length)).toEqual([4, 4, 2]);
  });
});
