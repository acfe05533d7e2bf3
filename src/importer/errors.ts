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

/**
 * A file name (or any text from outside) as it may appear in a message: control characters, line
 * and paragraph separators and bidirectional controls are shown as escapes, so a name can neither
 * drive the terminal (ESC sequences), forge extra lines of output, nor reverse the text around it.
 */
export function printable(text: string): string {
  return text.replace(/[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/gu, (char) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    const code = char.codePointAt(0)!;
    return named[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`);
  });
}
