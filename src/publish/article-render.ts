import { RENDERS_AHEAD } from '../lib/build-mode.ts';
import { loadArchive, type SiteRecord } from '../data/archive.ts';
import { formatCitationsOffThread } from './off-thread.ts';
import type { FormattedCitations, RenderedBody } from './render-messages.ts';
import { articleBody } from './article-body.ts';
import { articleReference } from './article-citation.ts';

/**
 * What an article page has rendered on the render worker: its body (with first sentence) and its
 * formatted references. A build renders them ahead of the pages, in the pages' order: Astro
 * renders the browse pages and the article routes' small files first, and the worker would
 * otherwise idle through them and then hold up every article page.
 */
export interface RenderedArticle {
  body: RenderedBody;
  citations: FormattedCitations;
  /** The reference as BibTeX and RIS, the texts of its downloads. */
  bibtex: string;
  ris: string;
}

/** Articles rendered and not yet asked for: enough to fill the worker's idle time, few enough to hold (~30 MB). */
const AHEAD = 2_000;

/**
 * How far ahead after a page asked for an article not rendered ahead. An incremental build
 * renders few article pages, far apart (Astro keeps the others from the last build), and
 * rendering 2,000 articles ahead of each would be wasted; the reach doubles with every page
 * that finds its article rendered ahead, so a full build soon renders AHEAD ahead again.
 */
const FIRST_REACH = 8;

const ahead = new Map<string, { position: number; rendering: Promise<RenderedArticle> }>();
let upcoming: SiteRecord[] = [];
let next = 0;
let reach = FIRST_REACH;

async function render(record: SiteRecord): Promise<RenderedArticle> {
  const reference = await articleReference(record);
  const [body, citations] = await Promise.all([articleBody(record.article.entry), formatCitationsOffThread(reference.item)]);
  return { body, citations, bibtex: reference.bibtex, ris: reference.ris };
}

function topUp(): void {
  while (ahead.size < reach && next < upcoming.length) {
    const record = upcoming[next++]!;
    const rendering = render(record);
    // A page asks for it and sees any failure; one never asked for must not fail the build here.
    rendering.catch(() => {});
    ahead.set(record.id, { position: record.position, rendering });
  }
}

/**
 * An article page's rendered parts. In a build, the first page to ask starts rendering the
 * articles after it, in the pages' order (RENDERS_AHEAD).
 */
export async function renderedArticle(record: SiteRecord): Promise<RenderedArticle> {
  const ready = ahead.get(record.id);
  ahead.delete(record.id);
  if (RENDERS_AHEAD) {
    upcoming = (await loadArchive()).chronological;
    if (ready) {
      reach = Math.min(AHEAD, reach * 2);
    } else if (record.position >= next) {
      // Astro kept the pages of the articles rendered ahead: start again after this one.
      for (const [id, { position }] of ahead) if (position < record.position) ahead.delete(id);
      reach = FIRST_REACH;
      next = record.position + 1;
    }
    topUp();
  }
  return ready?.rendering ?? render(record);
}
