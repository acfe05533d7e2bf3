import { describe, expect, it } from 'vitest';
import { useWorkspace } from './importer-harness.ts';

// The rules the saved-page variants (importer-saved-variants.test.ts) showed missing, each on a
// page written here: what real saves of any outlet's page hold, never one outlet's markup.
const HEAD = `<meta charset="utf-8"><title>Georgia opens a new terminal at Poti</title><meta property="og:type" content="article">
<meta property="og:title" content="Georgia opens a new terminal at Poti"><meta property="article:published_time" content="2024-06-11T13:42:00+04:00">
<link rel="canonical" href="https://civil.ge/archives/9101">`;
const FIRST = 'Georgia opened a new container terminal at the Black Sea port of Poti on Tuesday, part of a push to route more freight between China and Europe.';
const SECOND = "The terminal can handle 250,000 containers a year, twice the port's current capacity, the economy ministry said in a statement.";
const THIRD = 'Freight along the so-called Middle Corridor has grown since 2022, when shippers began to look for routes that avoid Russian railways.';
const page = (body: string) => `<!DOCTYPE html><html lang="en"><head>${HEAD}</head><body>${body}</body></html>`;

describe('rules real saves of any page need', () => {
  const workspace = useWorkspace();

  // React renders `{place}, {date} - {text}` with `<!-- -->` between the text nodes; Readability ends a
  // paragraph it makes of a <div>'s text at a comment, which prints nothing.
  it('reads a paragraph whose text a comment splits (React\'s `<!-- -->`) as one paragraph', async () => {
    const body = `<article><h1>Georgia opens a new terminal at Poti</h1><div class="body">
<div data-testid="paragraph-0">TBILISI, <!-- -->June 11 (Reuters) - ${FIRST}</div>
<div data-testid="paragraph-1">The <!-- -->${SECOND.slice(4)}</div><div data-testid="paragraph-2">${THIRD}</div></div></article>`;
    const [result] = await workspace.run([workspace.input('react.html', page(body))], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article!.dateline).toBe('TBILISI');
    expect(result!.article!.body.split('\n\n').map((paragraph) => paragraph.trim())).toEqual([`TBILISI, June 11 (Reuters) - ${FIRST}`, SECOND, THIRD]);
  });
});
