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

/** `FILE:LINE: reason. Fix: ...`, the form editors and terminals turn into a link. */
export function formatImportError(file: string, error: ImportError): string {
  const where = error.line === undefined ? file : `${file}:${error.line}`;
  const sentence = (text: string) => text.replace(/\.+$/, '');
  return `${where}: ${sentence(error.reason)}. Fix: ${sentence(error.fix)}.`;
}
