import { rm } from 'node:fs/promises';
import path from 'node:path';
import { articleSchema, type Article } from '../lib/article-schema.ts';
import { slugify } from '../lib/slug.ts';
import { paragraphsToMarkdown } from './body-markdown.ts';
import type { ContentData } from './content-data.ts';
import { ImportError, printableName } from './errors.ts';
import { serialiseArticle } from './frontmatter.ts';
import { archivedCopy, archivedCopyNote, copiedArchivePage } from './archived-copy.ts';
import { clipperNote, noteClipping, type ClipperNote } from './clipper-note.ts';
import { withoutSiteName } from './title-site-name.ts';
import type { Source } from '../lib/source-schema.ts';
import { copiedMail, mailNote, type CopiedMail } from './mail-copy.ts';
import { refuseMachineTranslation } from './machine-translation.ts';
import { refuseLinkOnlyShare } from './link-share.ts';
import { decodePage, looksLikeHtml, parsePage, type DecodedPage, type ParsedPage } from './html-input.ts';
import { looksLikeEnex, readEnex } from './enex-input.ts';
import { readDatabaseArticle } from './database-article.ts';
import type { DatabaseItem } from './database-document.ts';
import { readNexisExport, readTextExport } from './database-export.ts';
import { looksLikeDocx } from './nexis-export.ts';
import { looksLikeMarkdownArticle, originalBeside, readMarkdownArticle } from './markdown-input.ts';
import { writeNewSource, type NewSource } from './new-source.ts';
import { settleNewSourceLanguage } from './paper-language.ts';
import { sha256 } from './original-hash.ts';
import { pageText, readDerivedText, readPageArticle } from './page-article.ts';
import { unknownZoneComment } from './set-source-zone.ts';
import { printedPageAddress } from './page-address-line.ts';
import { hostOf, sourceOnHost, type NewSources, type PageSource } from './page-source.ts';
import { readClipping, type ArticleFacts, type ClippingOptions } from './read-clipping.ts';
import { refuseReadingListExport } from './reading-list-export.ts';
import { normaliseText, readInputFile, systemError } from './read-input.ts';
import { looksLikeMhtml, MAX_SAVED_FILE_BYTES, readMhtml, SAVED_FILE_NAME, type SavedFilePage } from './mhtml-input.ts';
import { looksLikeWebarchive, readWebarchive } from './webarchive-input.ts';
import { looksLikeWacz, looksLikeWarc, readWebArchive } from './wacz-input.ts';
import type { SkipReason } from './warc-input.ts';
import { archiveFolderFor, placeArticle, planOriginal, type Destination, type Identity, type OriginalPlan, type Placement, type WriteStatus } from './write-article.ts';

/**
 * One input file in, one article file (and its original) out, or a refusal that writes nothing;
 * a web archive (WARC) in, one such result per article it holds, and one for what it passed over.
 */

export interface ImportOptions extends ClippingOptions {
  update: boolean;
  dryRun: boolean;
  /** Runs before an article is written (a new paper's profile goes in first); must be idempotent. */
  beforeWrite?: () => Promise<void>;
  /** A paper added by this run (--new-source): every input is read as it, and its file is written with the first article. */
  newSource?: NewSource;
}

/** Where a run's articles go, and the papers it has created from web pages so far. */
export interface ImportDestination extends Destination {
  newSources: NewSources;
}

/** `skipped`: a WARC's records that were not articles (one result per WARC, with the counts). */
export type ImportStatus = WriteStatus | 'failed' | 'skipped';

export interface ImportResult {
  file: string;
  status: ImportStatus;
  /** The article file written (or that would be, in a dry run). */
  target?: string;
  article?: Article & { body: string };
  /** What the archivist should know although nothing failed. */
  notes?: string[];
  error?: { line?: number; reason: string; fix: string; internal?: true };
  /** For a skipped result: how many of the WARC's records were passed over, by why. */
  skipped?: Partial<Record<SkipReason | 'not an article' | 'later capture of a page already read', number>>;
}

/** A paper is not dated much beyond today: a day's grace covers every time zone. */
const FUTURE_GRACE_MS = 24 * 60 * 60 * 1000;

function validated(article: Article, now: Date): Article {
  const parsed = articleSchema.safeParse(article);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError(`the article's ${issue.path.join('.')} ${issue.message}`, 'correct that part of the clipping');
  }
  if (Date.parse(parsed.data.published) > now.getTime() + FUTURE_GRACE_MS) {
    throw new ImportError(
      `the publication date ${parsed.data.published.slice(0, 10)} is in the future`,
      'correct the date line (or published), or pass --date YYYY-MM-DD or --year YYYY with the real date',
    );
  }
  return parsed.data;
}

/** The timestamp for a revisions entry: now, to the second, in UTC. */
const replacedAt = (now: Date) => now.toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface Prepared {
  article: Article;
  body: string;
  identity: Identity;
  /** Raw bytes to keep in content/originals: the clipping, or the original a Markdown article brings beside it. */
  original?: Uint8Array;
  renameable: boolean;
  /** A paper new to the archive, written with the article. */
  newSource?: PageSource;
  notes: string[];
}

/** What the archivist should know about how the bytes were read: anything but UTF-8. */
function encodingNotes({ encoding, overruled, toldByLetters }: { encoding: string; overruled?: string; toldByLetters?: boolean }): string[] {
  if (overruled) return [`the page declares ${overruled}, but its bytes are UTF-8 (characters beyond ASCII, all valid UTF-8), so it was read as UTF-8`];
  if (toldByLetters) return [`the page declares no charset and is not UTF-8; its Cyrillic letters are ${encoding}'s (read in the other Cyrillic charset, its small letters would be capitals), so it was read as ${encoding} and converted to UTF-8; the original keeps the bytes as received`];
  return encoding === 'utf-8' ? [] : [`read as ${encoding} and converted to UTF-8; the original keeps the bytes as received`];
}

/**
 * The article of a clipping or saved page, from the facts read in it: its slug from its title (or,
 * with nothing in the title to make one, from its paper and text), the original it was read from, and
 * what finds it again under any slug: its paper and title, or the same clipping, which is the same
 * normalised text whatever its line ends or encoding.
 */
function clippingArticle(file: string, bytes: Uint8Array, text: string, facts: ArticleFacts, paragraphs: string[]): Omit<Prepared, 'notes'> {
  const textSha256 = sha256(normaliseText(text));
  return {
    article: {
      ...facts,
      slug: slugify(facts.title) || `${facts.source}-${textSha256.slice(0, 8)}`,
      original: { file: path.basename(file), sha256: sha256(bytes), textSha256 },
      aliases: [],
      revisions: [],
    },
    body: paragraphsToMarkdown(paragraphs),
    identity: { source: facts.source, title: facts.title, version: { textSha256 } },
    original: bytes,
    renameable: true,
  };
}

/** A saved page or captured record: its article, its address, and the paper it may create. */
function preparePage(
  file: string,
  bytes: Uint8Array,
  text: string,
  page: ParsedPage,
  data: ContentData,
  destination: ImportDestination,
  options: ImportOptions,
  capture?: Article['capture'],
): Prepared {
  settleNewSourceLanguage(options.newSource, file, page.metadata.language, pageText(page));
  const { facts, paragraphs, url, newSource, notes } = readPageArticle(page, data, destination.newSources, options, capture?.url);
  return { ...clippingArticle(file, bytes, text, { ...facts, url, capture }, paragraphs), newSource, notes };
}

/**
 * A page saved by a browser (as .html or inside .mhtml): read as the page it is, or, when it was
 * saved from a web archive's copy, as the original page the archive captured (archived-copy.ts).
 */
function prepareSavedPage(file: string, bytes: Uint8Array, decoded: DecodedPage, data: ContentData, destination: ImportDestination, options: ImportOptions, savedFrom?: string): Prepared {
  const copy = archivedCopy(decoded.text);
  const page = parsePage(copy?.html ?? decoded.text, copy?.capture.url ?? savedFrom);
  const prepared = preparePage(file, bytes, decoded.text, page, data, destination, options, copy?.capture);
  return { ...prepared, notes: [...encodingNotes(decoded), ...(copy ? [archivedCopyNote(copy)] : []), ...prepared.notes] };
}

/**
 * The charset a WARC record's page was read in (its HTTP header's), when its bytes alone, as the
 * page of its original reads them (original-text.ts), would be read otherwise or not at all.
 */
function charsetFromOutside(name: string, payload: Uint8Array, decoded: DecodedPage, httpCharset: string | undefined): string | undefined {
  if (httpCharset === undefined) return undefined;
  try {
    if (decodePage(name, payload).text === decoded.text) return undefined;
  } catch {
    // Its bytes alone cannot be read as text: the header's charset is what reads them.
  }
  return decoded.encoding;
}

/** A page saved as one file (.mhtml, Safari's .webarchive): its HTML read as a saved page, its address the one it was saved from; the original is the whole file. */
function prepareSavedFile(file: string, bytes: Uint8Array, saved: SavedFilePage, data: ContentData, destination: ImportDestination, options: ImportOptions): Prepared {
  return prepareSavedPage(file, bytes, decodePage(file, saved.payload, saved.charset), data, destination, options, saved.url);
}

/** The reader of a file that holds a saved page in a container of its own (Safari's, MHTML, Evernote's), if it is one. */
function containerReader(file: string, bytes: Uint8Array): ((bytes: Uint8Array) => SavedFilePage) | undefined {
  if (looksLikeWebarchive(file, bytes)) return readWebarchive;
  if (looksLikeMhtml(file, bytes)) return readMhtml;
  if (looksLikeEnex(file, bytes)) return readEnex;
  return undefined;
}

/** A file of text (a clipping, a clipper's note, a Markdown article, a saved page), decoded once by importFile. */
async function prepareText(file: string, bytes: Uint8Array, decoded: DecodedPage, data: ContentData, destination: ImportDestination, options: ImportOptions): Promise<Prepared> {
  const { text } = decoded;
  refuseReadingListExport(text);
  const note = MARKDOWN_NAME.test(file) ? clipperNote(text) : undefined;
  if (note) return prepareClipperNote(file, bytes, decoded, note, data, options);
  if (looksLikeMarkdownArticle(file, text)) {
    const { article, body } = readMarkdownArticle(text, data);
    const normalised = serialiseArticle(article, body);
    return {
      article,
      body,
      identity: { source: article.source, title: article.title, version: { text: normalised } },
      original: await originalBeside(file, article.original),
      renameable: false,
      notes: encodingNotes(decoded),
    };
  }
  if (looksLikeHtml(file, text)) return prepareSavedPage(file, bytes, decoded, data, destination, options);
  return prepareCopiedText(file, bytes, decoded, data, options);
}

const MARKDOWN_NAME = /\.(?:md|markdown)$/i;

/** The names a paper's page titles end in: its name, mastheads and host (`… - Civil.ge`). */
const siteNamesOf = (source: Source | undefined) => (source ? [source.name, ...(source.mastheads ?? []), hostOf(source.homepage)] : []);

/**
 * A web clipper's note: read as the clipping it stands for, in the paper at the address it was
 * clipped from, its title without the site's name where the clipper took the browser's title.
 */
function prepareClipperNote(file: string, bytes: Uint8Array, decoded: DecodedPage, note: ClipperNote, data: ContentData, options: ImportOptions): Prepared {
  const sourceId = options.sourceId ?? sourceOnHost(note.source, data.sources)?.id;
  if (sourceId === undefined && note.source !== undefined) {
    throw new ImportError(
      `the note was clipped from ${note.source}, whose site is no known paper's home page`,
      `pass --source ID (known: ${[...data.sources.keys()].join(', ')}), or add the paper with --new-source "NAME" --time-zone ZONE --homepage ${new URL(note.source).origin}/`,
    );
  }
  const title = withoutSiteName(note.title, siteNamesOf((sourceId === undefined ? undefined : data.sources.get(sourceId)) ?? options.newSource?.source)) ?? note.title;
  const text = noteClipping(note, title);
  settleNewSourceLanguage(options.newSource, file, undefined, text);
  const { facts, paragraphs, notes } = readDerivedText(text, data, { ...options, sourceId }, `the note's text as read from its Markdown, title first`);
  const from = note.facts === 'frontmatter' ? 'its title, author and publication date from its frontmatter' : 'its title from its # heading, its address from its properties (its Created date is the day it was clipped)';
  const read = note.source
    ? `read as the note ${note.tool} wrote, clipped from ${note.source}: ${from}, its text without the clipper's additions`
    : `read as the note ${note.tool} wrote: its title from its # heading, its text without the clipper's additions`;
  return { ...clippingArticle(file, bytes, decoded.text, { ...facts, ...(note.source ? { url: note.source } : {}) }, paragraphs), notes: [...encodingNotes(decoded), read, ...notes] };
}

/**
 * A copied clipping. One copied from an archive's page is read without the archive's lines at its
 * top; the paper is the one at the original's address or host they name, or at the address a print
 * view prints under the text, unless --source says; that address is recorded as the page's, and the
 * capture when the archive's lines give it.
 */
function prepareCopiedText(file: string, bytes: Uint8Array, decoded: DecodedPage, data: ContentData, options: ImportOptions): Prepared {
  const { text } = decoded;
  const copied = copiedArchivePage(text);
  const mail = copiedMail(copied?.text ?? text);
  const read = mail?.text ?? copied?.text ?? text;
  refuseMachineTranslation(read);
  refuseLinkOnlyShare(read);
  const printedAddress = copied?.capture?.url ?? copied?.address ?? printedPageAddress(read);
  const address = printedAddress ?? (copied?.host && `https://${copied.host}/`);
  const sourceId = options.sourceId ?? sourceOnHost(address || undefined, data.sources)?.id;
  settleNewSourceLanguage(options.newSource, file, undefined, read);
  const { facts, paragraphs, notes } = readMailedClipping(read, mail, data, { ...options, sourceId, ...(mail?.isArticle && mail.sent ? { mailSentLine: mail.sent.line } : {}) });
  const captured = { ...(printedAddress ? { url: printedAddress } : {}), ...(copied?.capture ? { capture: copied.capture } : {}) };
  const copyNotes = copied ? [`the clipping was copied from ${copied.archive}'s page: the archive's lines at its top were set aside${copied.capture ? '' : copied.address ? " (they give the page's address, recorded, but not the capture's instant and copy, so no capture is recorded)" : ' (they do not give the address of the capture, so none is recorded)'}`] : [];
  const mailNotes = mail ? [mailNote(mail)] : [];
  return { ...clippingArticle(file, bytes, text, { ...facts, ...captured }, paragraphs), notes: [...encodingNotes(decoded), ...copyNotes, ...mailNotes, ...notes] };
}

/** A newsletter's mail read as a clipping; a refusal that asks for --date says the mail's date is not the article's. */
function readMailedClipping(text: string, mail: CopiedMail | undefined, data: ContentData, options: ClippingOptions): ReturnType<typeof readClipping> {
  try {
    return readClipping(text, data, options);
  } catch (error) {
    if (!(error instanceof ImportError) || !mail?.sent || mail.isArticle || !error.fix.includes('--date')) throw error;
    const why = `the mail's date "${mail.sent.text}" (line ${mail.sent.line}) is when the newsletter was sent, not when the paper published the article`;
    throw new ImportError(`${error.reason}; ${why}`, error.fix, error.line);
  }
}

/** A prepared article placed and checked under the archive lock: what to write, and where. */
export interface PlannedArticle {
  file: string;
  prepared: Prepared;
  placement: Placement;
  article: Article;
  markdown: string;
  original: OriginalPlan;
}

/** Places and checks a prepared article; run under the archive lock, in input order. */
export async function planArticle(file: string, prepared: Prepared, destination: ImportDestination, options: ImportOptions): Promise<PlannedArticle> {
  const placement = placeArticle(prepared.article.published, prepared.article.slug, prepared.identity, destination, {
    update: options.update,
    renameable: prepared.renameable,
  });
  const unchanged = placement.status === 'unchanged';
  const original = unchanged ? {} : await planOriginal(placement, prepared.article.original.sha256, prepared.original);
  let article: Article = { ...prepared.article, slug: placement.slug };
  if (placement.previous) {
    const { previous } = placement;
    const revision = original.replaced && { sha256: original.replaced.sha256, replaced: replacedAt(options.now ?? new Date()) };
    article = { ...article, aliases: previous.aliases ?? [], revisions: [...(previous.revisions ?? []), ...(revision ? [revision] : [])] };
  }
  article = validated(article, options.now ?? new Date());
  const markdown = serialiseArticle(article, prepared.body);
  return { file, prepared, placement, article, markdown, original };
}

/** The paper a planned article creates, with the file it goes to. */
function newSourceFile(planned: PlannedArticle, destination: ImportDestination): (PageSource & { file: string }) | undefined {
  const { newSource } = planned.prepared;
  return newSource && { ...newSource, file: path.join(archiveFolderFor(destination.articlesDir, 'sources'), `${newSource.id}.yaml`) };
}

/** Writes the paper a planned article creates, if any, before the article: no article ever names a paper the archive lacks. */
export async function writeCreatedSource(planned: PlannedArticle, destination: ImportDestination): Promise<void> {
  const created = newSourceFile(planned, destination);
  if (!created) return;
  const origin = "Created by the importer from a saved page's metadata; edit freely.";
  await writeNewSource(created, created.source.timeZone === undefined ? `${origin}\n${unknownZoneComment(created.id)}` : origin);
}

/** Takes back the paper a planned article created when the article could not be written. */
export async function withdrawCreatedSource(planned: PlannedArticle, destination: ImportDestination): Promise<void> {
  const created = newSourceFile(planned, destination);
  if (created) await rm(created.file, { force: true });
}

/** The error for an article that could not be written, whatever the system said. */
export function writeFailure(planned: PlannedArticle, error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  return new ImportError(`could not write ${printableName(planned.placement.articleFile)} (${systemError(error)})`, 'check that the content directory is writable and has free space, then import this file again');
}

/** The result of a planned article once it is on disk (or, in a dry run, once it would be). */
export function writtenResult(planned: PlannedArticle, destination: ImportDestination): ImportResult {
  const { file, prepared, placement, article } = planned;
  if (prepared.newSource) destination.newSources.set(prepared.newSource.id, prepared.newSource.source);
  for (const alias of article.aliases) destination.aliases?.add(alias);
  const notes = prepared.notes.length > 0 ? prepared.notes : undefined;
  return { file, status: placement.status, target: placement.articleFile, article: { ...article, body: prepared.body }, notes };
}

/** A refusal becomes a failed result with its line and fix; anything else is an importer bug, marked internal. */
export function failed(file: string, error: unknown): ImportResult {
  if (error instanceof ImportError) {
    return { file, status: 'failed', error: { line: error.line, reason: error.reason, fix: error.fix } };
  }
  const reason = `internal error: ${error instanceof Error ? error.message : String(error)}`;
  return { file, status: 'failed', error: { reason, fix: 'report this as an importer bug, with the file', internal: true } };
}

/** A page may be an article if it has article text and lists no others. */
const hasArticleText = (page: ParsedPage) => page.blocks.length > 0 && page.listing === undefined;

/** It is one if it says so (JSON-LD article type, og:type article) or its metadata carries a date. */
const saysArticle = (page: ParsedPage) => page.metadata.declaresArticle || page.metadata.published !== undefined;

/**
 * A page with article text that says nothing of itself (an old site's, with no metadata) is an
 * article when its text prints its date, as a saved copy of it imports: prepared so, else undefined
 * (a page the text rules find no date in, or dated only by --date, is passed over as no article).
 */
function whenItsTextIsDated(prepare: () => Prepared): Prepared | undefined {
  try {
    const prepared = prepare();
    return prepared.article.dateCertainty === 'supplied' ? undefined : prepared;
  } catch (error) {
    if (error instanceof ImportError) return undefined;
    throw error;
  }
}

/** The WARC-Date as the schema keeps instants: to the second, with an offset. */
const captureInstant = (warcDate: string) => warcDate.replace(/\.\d+(?=Z|[+-]\d{2}:\d{2}$)/, '').replace(/Z$/, '+00:00');

/**
 * A result to come: an article's once the batch it is committed in is on disk (so its line is
 * printed only then), a refusal's at once.
 */
export interface PendingResult {
  result: Promise<ImportResult>;
}

/** Commits prepared articles in batches (group-commit.ts); its promise never rejects. */
export interface Committer {
  add(file: string, prepared: Prepared): Promise<ImportResult>;
}

const ready = (result: ImportResult): PendingResult => ({ result: Promise.resolve(result) });

async function commitPrepared(file: string, prepared: Prepared, committer: Committer): Promise<PendingResult> {
  const result = committer.add(file, prepared);
  // Later pages of the same outlet must find the paper this page creates: it is written before they are read.
  if (prepared.newSource) await result;
  return { result };
}

/**
 * Every article in a WARC, imported as a saved page, one result each, in the archive's order; then
 * one skipped result counting the records passed over. A WARC cut short keeps the articles before
 * the cut and ends with a failed result that says where.
 */
async function* importWarc(file: string, data: ContentData, destination: ImportDestination, options: ImportOptions, committer: Committer): AsyncGenerator<PendingResult> {
  const skipped: NonNullable<ImportResult['skipped']> = {};
  const skip = (reason: keyof typeof skipped) => (skipped[reason] = (skipped[reason] ?? 0) + 1);
  // A page captured twice (a crawl that came back to it) is one article: the first capture read is
  // kept, as a crawl's records run in time order, and each later one is named in the summary.
  const read = new Map<string, NonNullable<Article['capture']>>();
  const recaptures: string[] = [];
  try {
    for await (const item of readWebArchive(file)) {
      if (item.kind === 'skipped') {
        skip(item.reason);
        continue;
      }
      if (item.kind === 'refused') {
        yield ready(failed(`${file} [${item.url}]`, item.error));
        continue;
      }
      const { page: captured } = item;
      const name = `${file} [${captured.url}]`;
      try {
        const decoded = decodePage(captured.url, captured.payload, captured.charset);
        const page = parsePage(decoded.text, captured.url);
        if (!hasArticleText(page)) {
          skip('not an article');
          continue;
        }
        const capture = { url: captured.url, date: captureInstant(captured.date), recordId: captured.recordId };
        const address = page.metadata.url ?? captured.url;
        const kept = read.get(address);
        if (kept) {
          skip('later capture of a page already read');
          recaptures.push(`${address} was captured again on ${capture.date} (record ${capture.recordId}); its first capture, of ${kept.date} (record ${kept.recordId}), is the one kept`);
          continue;
        }
        const prepare = () => preparePage(file, captured.payload, decoded.text, page, data, destination, options, capture);
        const prepared = saysArticle(page) ? prepare() : whenItsTextIsDated(prepare);
        if (!prepared) {
          skip('not an article');
          continue;
        }
        read.set(address, capture);
        const charset = charsetFromOutside(prepared.article.original.file, captured.payload, decoded, captured.charset);
        const article = charset === undefined ? prepared.article : { ...prepared.article, original: { ...prepared.article.original, charset } };
        yield await commitPrepared(name, { ...prepared, article, notes: [...encodingNotes(decoded), ...prepared.notes] }, committer);
      } catch (error) {
        yield ready(failed(name, error));
      }
    }
  } catch (error) {
    yield ready(failed(file, error));
  }
  const counts = Object.entries(skipped);
  if (counts.length > 0) {
    const total = counts.reduce((sum, [, count]) => sum + count, 0);
    yield ready({ file, status: 'skipped', skipped, notes: [`${total} record${total === 1 ? '' : 's'} passed over: ${counts.map(([reason, count]) => `${count} ${reason}`).join(', ')}`, ...recaptures] });
  }
}

/**
 * Never throws: a refusal becomes a failed result with its line and fix; anything else is an
 * importer bug, reported as a failed result marked internal so one bad file cannot stop a batch.
 */
async function* importFile(file: string, data: ContentData, destination: ImportDestination, options: ImportOptions, committer: Committer): AsyncGenerator<PendingResult> {
  let items: DatabaseItem[] | undefined;
  try {
    const bytes = await readInputFile(file, SAVED_FILE_NAME.test(file) || looksLikeDocx(file) ? MAX_SAVED_FILE_BYTES : undefined);
    const readContainer = containerReader(file, bytes);
    if (readContainer) {
      yield await commitPrepared(file, prepareSavedFile(file, bytes, readContainer(bytes), data, destination, options), committer);
      return;
    }
    if (looksLikeDocx(file)) items = await readNexisExport(file, bytes);
    else {
      const decoded = decodePage(file, bytes);
      items = readTextExport(file, bytes, decoded);
      if (!items) {
        yield await commitPrepared(file, await prepareText(file, bytes, decoded, data, destination, options), committer);
        return;
      }
    }
  } catch (error) {
    yield ready(failed(file, error));
    return;
  }
  yield* importDatabaseExport(file, items, data, destination, options, committer);
}

/**
 * Every document of a news database's export, imported as an article each in the export's order,
 * its original its own part of the export (as a WARC's record's payload is); a document refused on
 * its own (no date, cut short) is a failed result naming its line, and the others are imported.
 */
async function* importDatabaseExport(file: string, items: DatabaseItem[], data: ContentData, destination: ImportDestination, options: ImportOptions, committer: Committer): AsyncGenerator<PendingResult> {
  for (const item of items) {
    const name = `${file} [${item.kind === 'document' ? item.document.label : item.label}]`;
    if (item.kind === 'refused') {
      yield ready(failed(name, item.error));
      continue;
    }
    try {
      const { document } = item;
      settleNewSourceLanguage(options.newSource, file, document.language, document.paragraphs.join('\n'));
      const read = readDatabaseArticle(document, data, destination.newSources, options);
      const prepared = clippingArticle(document.originalFile, document.original, decodePage(document.originalFile, document.original).text, read.facts, read.paragraphs);
      const article = { ...prepared.article, original: { ...prepared.article.original, database: read.database } };
      yield await commitPrepared(name, { ...prepared, article, newSource: read.newSource, notes: read.notes }, committer);
    } catch (error) {
      yield ready(failed(name, error));
    }
  }
}

/** The results of one input: one for a file, one per article (and one for what it skipped) for a WARC, one per document for a news database's export. */
export async function* importInput(
  file: string,
  data: ContentData,
  destination: ImportDestination,
  options: ImportOptions,
  committer: Committer,
): AsyncGenerator<PendingResult> {
  if (looksLikeWarc(file) || looksLikeWacz(file)) yield* importWarc(file, data, destination, options, committer);
  else yield* importFile(file, data, destination, options, committer);
}
