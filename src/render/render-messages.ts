import type { CitationStyle, CslItem } from '../site/citation.ts';

/** What Astro's thread asks the render worker (src/render/render-worker.ts), and what it answers. */
export type RenderJob = { kind: 'body'; markdown: string } | { kind: 'citations'; item: CslItem };

export type RenderRequest = RenderJob & { id: number };

export type FormattedCitations = Record<CitationStyle, string>;

export type RenderResult = string | FormattedCitations;

export type RenderReply = { id: number; result: RenderResult } | { id: number; error: string };
