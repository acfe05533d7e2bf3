/**
 * JSON inside a <script> element (JSON-LD, data for a page's script). `<` and `>` are escaped so
 * no text can close the element or open a comment in it, `&` so the block reads the same if parsed
 * as XML, U+2028 and U+2029 because a script that evaluates the JSON as JavaScript (older engines)
 * ends a line there. Each becomes a \uXXXX escape, which JSON.parse turns back into the same character.
 */
const SCRIPT_UNSAFE = /[<>&\u2028\u2029]/g;

export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(SCRIPT_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
