/**
 * Why one input was refused: the reason, the 1-based line it concerns (when there is one) and what
 * the archivist can do about it. Every refusal the importer makes is one of these; anything else
 * that escapes is a bug, reported as such.
 */
export class ImportError extends Error {
  constructor(
    readonly reason: string,
    readonly fix: string,
    readonly line?: number,
  ) {
    super(reason);
    this.name = 'ImportError';
  }
}

/** An error of the clipping reader over a text made from a file (a page's text read from its HTML): its line is in that text, and the reason says so. */
export function inDerivedText(error: unknown, madeFrom: string): unknown {
  if (!(error instanceof ImportError) || error.line === undefined) return error;
  return new ImportError(`${error.reason} (in ${madeFrom}, line ${error.line})`, error.fix);
}

/** `FILE:LINE: reason. Fix: ...`, the form editors and terminals turn into a link. */
export function formatImportError(file: string, error: ImportError): string {
  const where = error.line === undefined ? file : `${file}:${error.line}`;
  const sentence = (text: string) => text.replace(/\.+$/, '');
  return `${where}: ${sentence(error.reason)}. Fix: ${sentence(error.fix)}.`;
}

/**
 * Characters a terminal acts on instead of showing: C0 and C1 controls (ESC starts a colour or a
 * cursor move), DEL, line and paragraph separators, and the bidirectional overrides that can make
 * a name read as another one. A file name or clipping line may hold any of them.
 */
const UNPRINTABLE = /[\p{Cc}\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/u;
const UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, 'gu');

/** `text` with each unprintable character as a JSON escape (`\u001b`); valid inside JSON strings too. */
export function escapeUnprintable(text: string): string {
  return text.replace(UNPRINTABLE_ALL, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * A file name as printed in every message: as it is when it is harmless, so terminals and editors
 * can open it; otherwise quoted and escaped as a JSON string, so what is shown is exactly the name.
 */
export function printableName(file: string): string {
  return UNPRINTABLE.test(file) ? escapeUnprintable(JSON.stringify(file)) : file;
}
