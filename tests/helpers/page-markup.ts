/**
 * A saved page's markup as tokens, and the ways save tools and editors lay the same markup out
 * without changing what a browser shows: minified (no whitespace beside block elements) and
 * pretty-printed (block elements on their own indented lines, text wrapped inside paragraphs).
 * Pages are handled as latin1 strings (one character per byte), so the markup, which is ASCII,
 * can be changed in any ASCII-compatible charset without decoding the text; whitespace is HTML's
 * (space, tab, line feed, form feed, carriage return), never a byte inside a UTF-8 sequence.
 */

/** A comment, doctype, raw-text element whole (its content is not markup), tag, or run of text. */
const TOKEN =
  /<!--[\s\S]*?-->|<(script|style|textarea|pre|title)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>|<\/?[a-zA-Z](?:[^>"']|"[^"]*"|'[^']*')*>|<[!?][^>]*>|[^<]+|</giu;

const HTML_SPACE = /^[ \t\n\f\r]*$/u;

/**
 * Elements a browser lays out as blocks (or does not show): whitespace beside them is not shown.
 * Table cells are left out: a browser puts a tab between them, which text extraction may need.
 */
const BLOCK = new Set(
  'address article aside base blockquote body dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html li link main meta nav ol p pre script section style summary table tbody tfoot thead title tr ul'.split(' '),
);
const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));

export interface Token {
  text: string;
  /** The element's name (lower case) for a tag or a raw-text element. */
  name?: string;
  closing?: boolean;
  /** A raw-text element whole: `<script>…</script>`. */
  raw?: boolean;
}

export function tokens(page: string): Token[] {
  return [...page.matchAll(TOKEN)].map(([text, rawName]) => {
    if (rawName) return { text, name: rawName.toLowerCase(), raw: true };
    const tag = /^<(\/?)([a-zA-Z][^\s/>]*)/u.exec(text);
    return tag ? { text, name: tag[2]!.toLowerCase(), closing: tag[1] === '/' } : { text };
  });
}

const isBlock = (token: Token | undefined) => token?.name !== undefined && BLOCK.has(token.name);
const isText = (token: Token) => token.name === undefined && !token.text.startsWith('<');
const blankBesideBlock = (all: Token[], at: number) => isText(all[at]!) && HTML_SPACE.test(all[at]!.text) && (isBlock(all[at - 1]) || isBlock(all[at + 1]));

/** As html-minifier's `collapseWhitespace` leaves a page: no blanks beside block elements, runs of blanks in text as one space. */
export function minified(page: string): string {
  const all = tokens(page);
  return all
    .map((token, at) => {
      if (blankBesideBlock(all, at)) return '';
      return isText(token) ? token.text.replace(/[ \t\n\f\r]+/gu, ' ') : token.text;
    })
    .join('');
}

/** An attribute in a tag: its name and its value as written (quoted or not), if any. */
const ATTRIBUTE = /[ \t\n\f\r]+([^ \t\n\f\r"'>/=]+)(?:[ \t\n\f\r]*=[ \t\n\f\r]*("[^"]*"|'[^']*'|[^ \t\n\f\r"'=<>`]+))?/gu;
/** A value html-minifier's `removeAttributeQuotes` writes bare: no blank, quote, `=`, `<`, `>` or backtick, not ending in `/`. */
const BARE_VALUE = /^(["'])([^ \t\n\f\r"'`=<>]*[^ \t\n\f\r"'`=<>/])\1$/u;

/** The parents a `</p>` cannot be left out in (HTML's optional end tags), and the start tags that close a <p>. */
const KEEPS_P_END = new Set(['a', 'audio', 'del', 'ins', 'map', 'noscript', 'video']);
const CLOSES_P = new Set('address article aside blockquote details div dl fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr main menu nav ol p pre section table ul'.split(' '));

/** Whether the end tag at `at` may be left out (HTML's optional tags): a </p> or </li> the next tag closes anyway. */
function optionalEnd(all: Token[], at: number): boolean {
  const token = all[at]!;
  const next = all.slice(at + 1).find((later) => !(isText(later) && HTML_SPACE.test(later.text)) && !later.text.startsWith('<!--'));
  if (!token.closing || next === undefined) return false;
  if (token.name === 'p') return next.closing ? !KEEPS_P_END.has(next.name ?? '') : CLOSES_P.has(next.name ?? '');
  if (token.name === 'li') return next.closing ? next.name !== undefined : next.name === 'li';
  return false;
}

/**
 * As html-minifier's aggressive options leave a page: also attribute values bare where they may be, void elements without
 * their closing slash, and optional end tags (</p>, </li>) left out.
 */
export function minifiedAggressively(page: string): string {
  const all = tokens(minified(page));
  return all
    .map((token, at) => {
      if (token.name === undefined || token.raw) return token.text;
      if (optionalEnd(all, at)) return '';
      // html-minifier drops a void element's closing slash (keepClosingSlash is off), which a bare value before it would take in.
      const open = VOID.has(token.name) ? token.text.replace(/[ \t\n\f\r]*\/>$/u, '>') : token.text;
      return open.replace(ATTRIBUTE, (whole: string, name: string, value?: string) => {
        const bare = value === undefined ? undefined : BARE_VALUE.exec(value);
        return bare ? ` ${name}=${bare[2]}` : whole;
      });
    })
    .join('');
}

const WIDTH = 80;

/** Text broken into lines of at most WIDTH characters at its spaces, each further line indented; a blank at either end stays one. */
function wrapped(text: string, indent: string): string {
  if (HTML_SPACE.test(text)) return ' ';
  const lead = /^[ \t\n\f\r]/u.test(text) ? ' ' : '';
  const trail = /[ \t\n\f\r]$/u.test(text) ? ' ' : '';
  const lines: string[] = [];
  let line = '';
  for (const word of text.replace(/^[ \t\n\f\r]+|[ \t\n\f\r]+$/gu, '').split(/[ \t\n\f\r]+/u)) {
    if (line !== '' && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  lines.push(line);
  return `${lead}${lines.join(`\n${indent}`)}${trail}`;
}

/** A tag as Prettier writes one too long for a line: each attribute on its own line, a void element closed with `/>`. */
function prettierTag(token: Token, indent: string): string {
  if (token.closing || token.name === undefined || token.text.length <= WIDTH) return token.text;
  const attributes = [...token.text.matchAll(ATTRIBUTE)].map(([, name, value]) => (value === undefined ? name : `${name}=${value}`));
  const end = VOID.has(token.name) ? '/>' : '>';
  return `<${token.name}\n${attributes.map((attribute) => `${indent}  ${attribute}\n`).join('')}${indent}${end}`;
}

/** As an editor's "format document" or a save tool's pretty printer leaves a page: block elements on their own indented lines, text wrapped. */
export function prettyPrinted(page: string): string {
  return formatted(page, (token) => token.text);
}

/** As Prettier formats a page: pretty-printed, and a tag too long for a line with its attributes one a line. */
export function formattedByPrettier(page: string): string {
  return formatted(page, prettierTag);
}

function formatted(page: string, tag: (token: Token, indent: string) => string): string {
  const all = tokens(page);
  let depth = 0;
  let out = '';
  const newLine = () => {
    out = out.replace(/[ \t]+$/u, '');
    if (out !== '' && !out.endsWith('\n')) out += '\n';
    out += '  '.repeat(depth);
  };
  all.forEach((token, at) => {
    if (blankBesideBlock(all, at)) return;
    if (isBlock(token)) {
      if (token.closing) depth = Math.max(0, depth - 1);
      newLine();
      out += token.raw ? token.text : tag(token, '  '.repeat(depth));
      if (!token.closing && !token.raw && !VOID.has(token.name!)) depth += 1;
      newLine();
      return;
    }
    out += isText(token) ? wrapped(token.text, '  '.repeat(depth)) : token.raw ? token.text : tag(token, '  '.repeat(depth));
  });
  return `${out.replace(/[ \t]+$/u, '')}\n`;
}

/** Text after <body> changed by `change`; tags, comments and raw-text elements left as they are. */
function bodyText(page: string, change: (text: string) => string): string {
  let inBody = false;
  return tokens(page)
    .map((token) => {
      if (token.name === 'body' && !token.closing) inBody = true;
      return inBody && isText(token) ? change(token.text) : token.text;
    })
    .join('');
}

/** As React renders a page on the server: a `<!-- -->` between adjacent text nodes (`By <!-- -->Name`), here after a text's first blank. */
export function reactTextSeparators(page: string): string {
  return bodyText(page, (text) => text.replace(/^([ \t\n\f\r]*[^ \t\n\f\r]+[ \t\n\f\r]+)(?=[^ \t\n\f\r])/u, '$1<!-- -->'));
}

const reference = (text: string) => text.replace(/[^\x00-\x7f]/gu, (char) => `&#${char.codePointAt(0)};`);

/**
 * As WordPress's texturize and ASCII-only save tools write a page (a decoded string, not latin1):
 * every non-ASCII character of its text, title and attribute values as a numeric reference
 * (`&#8217;`). Scripts and styles keep theirs: a reference means nothing there.
 */
export function characterReferences(page: string): string {
  return tokens(page)
    .map((token) => {
      if (isText(token)) return reference(token.text);
      if (token.name === 'title') return token.text.replace(/(>)([^<]*)(<)/u, (_, open: string, text: string, close: string) => `${open}${reference(text)}${close}`);
      if (token.name === undefined || token.raw) return token.text;
      return token.text.replace(/("[^"]*"|'[^']*')/gu, reference);
    })
    .join('');
}
