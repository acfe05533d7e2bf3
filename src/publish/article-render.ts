import { formatCitationsOffThread } from './off-thread.ts';
import type { FormattedCitations, RenderedBody } from './render-messages.ts';
import type { SiteRecord } from '../site/archive.ts';
import { articleBody } from './article-body.ts';
import { articleReference } from './article-citation.ts';
import { writeArticleFiles } from './article-files.ts';

/**
 * What an article page has rendered on the render worker: its body (with first sentence) and its
 * formatted references; in a build, its files are written beside it at the same time
 * (src/publish/article-files.ts). A build renders them ahead of the pages, in the pages' order: Astro
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

const ahead = new Map<string, Promise<RenderedArticle>>();
let upcoming: SiteRecord[] = [];
let next = 0;

async function render(record: SiteRecord): Promise<RenderedArticle> {
  const reference = articleReference(record);
  const [body, citations] = await Promise.all([
    articleBody(record.article.entry),
    reference.then(({ item }) => formatCitationsOffThread(item)),
    // A build writes the article's files beside its page; `astro dev` serves them from their routes.
    import.meta.env.DEV ? undefined : reference.then((written) => writeArticleFiles(record, written)),
  ]);
  const { bibtex, ris } = await reference;
  return { body, citations, bibtex, ris };
}

function topUp(): void {
  while (ahead.size < AHEAD && next < upcoming.length) {
    const record = upcoming[next++]!;
    const rendered = render(record);
    // A page asks for it and sees any failure; one never asked for must not fail the build here.
    rendered.catch(() => {});
    ahead.set(record.id, rendered);
  }
}

/**
 * Starts rendering these articles, in this order (the order Astro renders their pages), at most
 * AHEAD at a time. Only in a build: `astro dev` renders the one page a reader asks for.
 */
export function renderArticlesAhead(records: SiteRecord[]): void {
  if (import.meta.env.DEV || upcoming === records) return;
  upcoming = records;
  next = 0;
  topUp();
}

export function renderedArticle(record: SiteRecord): Promise<RenderedArticle> {
  const rendered = ahead.get(record.id);
  if (!rendered) return render(record);
  ahead.delete(record.id);
  topUp();
  return rendered;
}
