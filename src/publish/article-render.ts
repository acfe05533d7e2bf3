import { RENDERS_AHEAD } from '../lib/build-mode.ts';
import { loadArchive, type SiteRecord } from '../data/archive.ts';
import { formatCitationsOffThread } from './off-thread.ts';
import type { FormattedCitations, RenderedBody } from './render-messages.ts';
import { articleBody } from './article-body.ts';
import { articleReference, type ArticleReference } from './article-citation.ts';
import { articleFiles } from './article-files.ts';
import { buildPublication } from './publication.ts';

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

interface Rendering {
  rendered: RenderedArticle;
  reference: ArticleReference;
}

const ahead = new Map<string, Promise<Rendering>>();
let upcoming: SiteRecord[] = [];
let next = 0;

async function render(record: SiteRecord): Promise<Rendering> {
  const reference = await articleReference(record);
  const [body, citations] = await Promise.all([articleBody(record.article.entry), formatCitationsOffThread(reference.item)]);
  return { rendered: { body, citations, bibtex: reference.bibtex, ris: reference.ris }, reference };
}

function topUp(): void {
  while (ahead.size < AHEAD && next < upcoming.length) {
    const record = upcoming[next++]!;
    const rendering = render(record);
    // A page asks for it and sees any failure; one never asked for must not fail the build here.
    rendering.catch(() => {});
    ahead.set(record.id, rendering);
  }
}

/**
 * An article page's rendered parts. In a build, the first page to ask starts rendering the
 * articles after it, in the pages' order (RENDERS_AHEAD), and each article asked for is
 * noted as published (src/publish/publication.ts): its files and manifest entry, which the
 * integration writes when every page is done.
 */
export async function renderedArticle(record: SiteRecord): Promise<RenderedArticle> {
  if (RENDERS_AHEAD) {
    const order = (await loadArchive()).chronological;
    if (upcoming !== order) {
      upcoming = order;
      next = record.position;
    }
  }
  const rendering = ahead.get(record.id) ?? render(record);
  ahead.delete(record.id);
  topUp();
  const { rendered, reference } = await rendering;
  buildPublication()?.add({
    path: record.path,
    published: record.article.published,
    contentHash: String(record.article.entry.digest),
    files: articleFiles({ record, reference }),
  });
  return rendered;
}
