import { describe, expect, it } from 'vitest';
import { checkTargets, type BenchResult, type BuildMeasure } from '../../src/bench/report.ts';
import type { SearchProbe } from '../../src/bench/search-probe.ts';

const GIB = 1024 ** 3;

function build(overrides: Partial<BuildMeasure> = {}): BuildMeasure {
  return {
    exitCode: 0,
    wallMs: 50_000,
    cpuMs: 60_000,
    phases: { contentSyncMs: 10_000, pageRenderMs: 20_000, indexMs: 15_000, otherMs: 5_000 },
    renderByRoute: {},
    articlesPerSecond: 200,
    peakRssBytes: 2 * GIB,
    memory: { treePeakAtMs: 0, treePeakPhase: 'other', roles: [], phases: [] },
    ...overrides,
  };
}

function result(articles: number, dateline: BuildMeasure, extra: Partial<BenchResult> = {}): Omit<BenchResult, 'targets'> {
  return {
    date: '2026-01-01T00:00:00.000Z',
    articles,
    seed: 1,
    commit: 'abc',
    machine: { cpus: 2, memoryBytes: 24 * GIB, node: 'v24', load: [0, 0, 0] },
    generate: { ms: 1, files: 1, bytes: 1 },
    dateline,
    ...extra,
  };
}

const met = (targets: ReturnType<typeof checkTargets>) => Object.fromEntries(targets.map((target) => [target.name, target.met]));

describe('benchmark targets', () => {
  it('checks the 10k build floors, including the ratio to the baseline', () => {
    const fast = met(checkTargets(result(10_000, build(), { baseline: build({ wallMs: 60_000 }) })));
    expect(fast).toMatchObject({ 'full build + index': true, 'peak RSS': true, 'build time vs baseline': true });
    const slow = met(checkTargets(result(10_000, build({ wallMs: 61_000, peakRssBytes: 3 * GIB + 1 }), { baseline: build() })));
    expect(slow).toMatchObject({ 'full build + index': false, 'peak RSS': false, 'build time vs baseline': false });
  });

  it('meets no build target with a build that failed, however cheaply it failed', () => {
    const failed = met(checkTargets(result(100_000, build({ exitCode: 1, wallMs: 1000, peakRssBytes: GIB }))));
    expect(failed).toEqual({ completes: false, 'peak RSS': false });
  });

  it('meets no search target when a query never showed results', () => {
    const query = (ms: number | null) => ({ query: 'q', ms, bytes: 1000 });
    const search: SearchProbe = {
      pageLoadBytes: 1000,
      firstQueryBytes: 1000,
      firstQueryByKind: { 'Pagefind WASM': 1000 },
      laterQueryBytes: { mean: 1000, max: 1000 },
      laterQueryByKind: { 'word index chunks': 1000 },
      laterQueryMs: { median: 50, p95: 60 },
      queries: [query(50), query(null)],
    };
    const targets = met(checkTargets(result(1000, build(), { search })));
    expect(targets['first search transfer']).toBe(false);
    expect(targets['later query transfer (max)']).toBe(false);
    const answered = met(checkTargets(result(1000, build(), { search: { ...search, queries: [query(50), query(60)] } })));
    expect(answered['first search transfer']).toBe(true);
    expect(answered['median keystroke to results']).toBe(true);
  });

  it('checks the search page DOM with every facet open and the time to filter a facet', () => {
    const facets = (domElements: number, maxMs: number) => ({ openings: [], domElements: 500, panelHeight: 2000, domElementsWithResults: domElements, checkboxes: 60, filter: { facet: 'person', values: 2360, maxMs }, phone: { resultsTop: 300, resultsTopFacetsOpen: 300 } });
    expect(met(checkTargets(result(10_000, build(), { facets: facets(3000, 100) })))).toMatchObject({
      'search page DOM, every facet open': true,
      'filter a facet (2360 values)': true,
    });
    expect(met(checkTargets(result(10_000, build(), { facets: facets(3001, 101) })))).toMatchObject({
      'search page DOM, every facet open': false,
      'filter a facet (2360 values)': false,
    });
  });
});
