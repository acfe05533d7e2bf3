import { describe, expect, it } from 'vitest';
import { assertHtmlWithinBounds, MAX_HTML_DEPTH } from '../../src/importer/html-bounds.ts';
import { useWorkspace } from './importer-harness.ts';

// Issue 19 item 10: 100,000 nested <div>s cost minutes of CPU before a refusal, 10,000 overflowed
// the call stack. The nesting is now measured by a linear scan before any parser runs.
const nested = (depth: number) =>
  `<!DOCTYPE html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>Text at the bottom.</p>${'</div>'.repeat(depth)}</body></html>`;

describe('HTML work is bounded before parsing', () => {
  const workspace = useWorkspace();

  it.each([10_000, 100_000])('refuses %i nested <div>s quickly, with a clear message and nothing written', async (depth) => {
    const page = workspace.input('deep.html', nested(depth));
    const started = performance.now();
    const [result] = await workspace.run([page], { sourceId: 'civil-georgia' });
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(result!.status).toBe('failed');
    expect(result!.error!.reason).toBe(`the HTML page is too complex to read safely (elements nested more than ${MAX_HTML_DEPTH} deep)`);
    expect(workspace.files()).toEqual([]);
  });

  it('refuses a page of more elements than any article page has, and many deep stacks of elements', () => {
    expect(() => assertHtmlWithinBounds(`<body>${'<span>x</span>'.repeat(25_000)}</body>`)).toThrow(/more than 20,000 elements/);
    const stack = `${'<div>'.repeat(120)}<p>x</p>${'</div>'.repeat(120)}`;
    expect(() => assertHtmlWithinBounds(`<body>${stack.repeat(100)}</body>`)).toThrow(/elements nested so deep that reading them would take minutes/);
  });

  it('counts as a parser does: end tags left out, void elements, raw text and comments do not deepen the page', () => {
    const paragraphs = '<p>one<p>two<li>three<li>four'.repeat(1_000);
    const voids = '<br><img src=x><input>'.repeat(1_000);
    const script = `<script>${'<div>'.repeat(1_000)}</script><!-- ${'<div>'.repeat(1_000)} -->`;
    const stray = '</span>'.repeat(1_000);
    expect(() => assertHtmlWithinBounds(`<html><body><main>${paragraphs}${voids}${script}${stray}</main></body></html>`)).not.toThrow();
    expect(() => assertHtmlWithinBounds(nested(MAX_HTML_DEPTH - 10))).not.toThrow();
  });

  it('a deep page inside a WARC fails alone; the archive goes on', async () => {
    const { responseRecord } = await import('../../src/bench/warc-records.ts');
    const good = `<html><head><meta property="og:type" content="article"><meta property="og:title" content="Good"><link rel="canonical" href="https://civil.ge/archives/1"><meta property="article:published_time" content="2021-01-05T10:00:00+04:00"></head><body><article><p>A good article paragraph.</p></article></body></html>`;
    const records = [
      await responseRecord({ url: 'https://civil.ge/archives/0', date: '2021-01-06T00:00:00Z', body: nested(10_000) }, true),
      await responseRecord({ url: 'https://civil.ge/archives/1', date: '2021-01-06T00:00:01Z', body: good }, true),
    ];
    const results = await workspace.run([workspace.input('deep.warc.gz', Buffer.concat(records))]);
    expect(results.map((result) => [result.status, result.error?.reason])).toEqual([
      ['failed', `the HTML page is too complex to read safely (elements nested more than ${MAX_HTML_DEPTH} deep)`],
      ['imported', undefined],
    ]);
  });
});
