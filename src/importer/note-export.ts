/**
 * A note a note-taking app wrote as a web page: Evernote's HTML export (`<meta name="exporter-version"
 * content="Evernote Mac 10…">`, `<meta name="source-application" content="webclipper.evernote">`),
 * and an Evernote .enex note read as one (enex-input.ts). Its `author`, `created` and `updated` tags
 * are the note's own (the account that clipped it, the day it was clipped), never the article's,
 * which Readability and the page's metadata would take them for; its `source-url` is the address
 * of the page it was clipped from.
 */

const NOTE_OWN_TAGS = ['author', 'created', 'updated'].map((name) => `meta[name="${name}" i]`).join(', ');

const metaContent = (document: Document, name: string) => document.querySelector(`meta[name="${name}" i]`)?.getAttribute('content')?.trim() ?? '';

/** Removes a note's own tags from the page it is and returns the address it was clipped from; undefined for any other page. */
export function setAsideNoteTags(document: Document): string | undefined {
  const isNote = /^evernote\b/i.test(metaContent(document, 'exporter-version')) || /^webclipper\./i.test(metaContent(document, 'source-application'));
  if (!isNote) return undefined;
  for (const meta of document.querySelectorAll(NOTE_OWN_TAGS)) meta.remove();
  return metaContent(document, 'source-url') || undefined;
}
