import type { WordCounts } from '../search/suggestion-words.ts';
import type { CitationStyle, CslItem } from '../views/citation.ts';

/** What Astro's thread asks the render worker (src/publish/render-worker.ts), and what it answers. */
export type RenderJob =
  /** An article file's body as its page shows it, and its first sentence. */
  | { kind: 'body'; file: string }
  /** An article file's body as a feed carries it (absolute links, none of the page's own attributes). */
  | { kind: 'feed-body'; file: string; articleUrl: string }
  /** An article file's first sentence alone, for lists. */
  | { kind: 'summary'; file: string }
  | { kind: 'citations'; item: CslItem }
  /** The word counts of these articles' titles and bodies (src/search/suggestion-words.ts). */
  | { kind: 'count-words'; articles: WordsOf[] }
  /** Files to write (absolute paths), each from its text or as a byte-for-byte copy of another. */
  | { kind: 'write'; files: FileToWrite[] };

export interface FileToWrite {
  file: string;
  content: { text: string } | { copyOf: string };
}

/** An article as its words are counted: its title, and its file (absolute path) when it has one. */
export interface WordsOf {
  title: string;
  file: string | undefined;
}

export type RenderRequest = RenderJob & { id: number };

export type FormattedCitations = Record<CitationStyle, string>;

export interface RenderedBody {
  html: string;
  summary: string;
}

export type RenderResult = RenderedBody | string | FormattedCitations | WordCounts | null;

export type RenderReply = { id: number; result: RenderResult } | { id: number; error: string };
