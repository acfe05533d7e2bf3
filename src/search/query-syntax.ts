/**
 * Boolean queries: `Bibilov (Kremlin OR Moscow) -treaty`. Words side by side must all match; `OR`
 * between them (in capitals) lets either match; `NOT word` or `-word` leaves out what matches the
 * word; a "quoted phrase" matches its words standing together; parentheses group, one level deep.
 * A query is parsed into a tree (evaluated by src/search/client/boolean-search.ts); a query that
 * cannot be read gets a message saying why, and parsing never throws. Shared by the search page
 * and its tests (Node).
 */

export interface TermNode {
  kind: 'term';
  /** A word as typed, or a phrase's words. */
  text: string;
  phrase: boolean;
}
export interface NotNode {
  kind: 'not';
  operand: TermNode | AnyNode | AllNode;
}
/** Every part matches. */
export interface AllNode {
  kind: 'all';
  parts: QueryNode[];
}
/** One part or more matches. */
export interface AnyNode {
  kind: 'any';
  parts: QueryNode[];
}
export type QueryNode = TermNode | NotNode | AllNode | AnyNode;

export type Parsed = { ok: true; tree: QueryNode } | { ok: false; message: string };

type Token =
  | { kind: 'open' | 'close' | 'or' | 'not' | 'minus' }
  | { kind: 'term'; text: string; phrase: boolean };

class QuerySyntaxError extends Error {}

/** Letters or digits: what makes a word something Pagefind can search. */
const SEARCHABLE = /[\p{L}\p{N}]/u;

function tokenize(query: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < query.length) {
    const char = query[at]!;
    if (/\s/.test(char)) {
      at += 1;
    } else if (char === '(' || char === ')') {
      tokens.push({ kind: char === '(' ? 'open' : 'close' });
      at += 1;
    } else if (char === '"') {
      const end = query.indexOf('"', at + 1);
      if (end < 0) throw new QuerySyntaxError('A quoted phrase has no closing quote mark (").');
      const text = query.slice(at + 1, end).trim().replace(/\s+/g, ' ');
      if (!SEARCHABLE.test(text)) throw new QuerySyntaxError('A pair of quote marks holds no words.');
      tokens.push({ kind: 'term', text, phrase: true });
      at = end + 1;
    } else if (char === '-' && at + 1 < query.length && /[^\s-]/.test(query[at + 1]!)) {
      // A leading minus negates what follows; one inside a word (de-facto) is part of it.
      tokens.push({ kind: 'minus' });
      at += 1;
    } else {
      // Brackets opened inside a word belong to it (`alert(1)`); only one at a word's edge groups.
      const word = /^[^\s()"]+(?:\([^\s()"]*\)[^\s()"]*)*/.exec(query.slice(at))![0];
      at += word.length;
      if (word === 'OR') tokens.push({ kind: 'or' });
      else if (word === 'NOT') tokens.push({ kind: 'not' });
      // AND is what words side by side mean anyway.
      else if (word !== 'AND' && SEARCHABLE.test(word)) tokens.push({ kind: 'term', text: word, phrase: false });
    }
  }
  return tokens;
}

/** A recursive-descent parser over the tokens: or := and (OR and)*; and := unary+; unary := (NOT|-)? atom. */
class Parser {
  private at = 0;
  private depth = 0;

  constructor(private readonly tokens: Token[]) {}

  parseQuery(): QueryNode {
    const tree = this.parseOr();
    const next = this.tokens[this.at];
    if (next) throw new QuerySyntaxError(next.kind === 'close' ? 'A closing parenthesis has no opening one.' : 'The query could not be read to its end.');
    return tree;
  }

  private parseOr(): QueryNode {
    const parts = [this.parseAnd()];
    while (this.tokens[this.at]?.kind === 'or') {
      this.at += 1;
      parts.push(this.parseAnd());
    }
    return parts.length === 1 ? parts[0]! : { kind: 'any', parts };
  }

  private parseAnd(): QueryNode {
    const parts: QueryNode[] = [];
    for (let next = this.tokens[this.at]; next && next.kind !== 'or' && next.kind !== 'close'; next = this.tokens[this.at]) parts.push(this.parseUnary());
    if (parts.length === 0) {
      const unopened = this.tokens[this.at]?.kind === 'close' && this.depth === 0;
      throw new QuerySyntaxError(unopened ? 'A closing parenthesis has no opening one.' : 'OR needs something to search for on each side.');
    }
    if (parts.every((part) => part.kind === 'not') && this.depth > 0) throw new QuerySyntaxError('A group in parentheses needs a word to search for, not only words to leave out.');
    return parts.length === 1 ? parts[0]! : { kind: 'all', parts };
  }

  private parseUnary(): QueryNode {
    const next = this.tokens[this.at]!;
    if (next.kind !== 'not' && next.kind !== 'minus') return this.parseAtom();
    this.at += 1;
    const operand = this.tokens[this.at];
    if (!operand || operand.kind === 'or' || operand.kind === 'close' || operand.kind === 'not' || operand.kind === 'minus') {
      throw new QuerySyntaxError(`${next.kind === 'not' ? 'NOT' : 'A minus sign'} needs a word, a phrase or a group after it.`);
    }
    const atom = this.parseAtom();
    if (atom.kind === 'not') throw new QuerySyntaxError('A word cannot be left out twice.');
    return { kind: 'not', operand: atom };
  }

  private parseAtom(): QueryNode {
    const next = this.tokens[this.at]!;
    if (next.kind === 'term') {
      this.at += 1;
      return { kind: 'term', text: next.text, phrase: next.phrase };
    }
    if (next.kind === 'open') {
      if (this.depth > 0) throw new QuerySyntaxError('Parentheses go one level deep: a group cannot hold another group.');
      this.at += 1;
      if (this.tokens[this.at]?.kind === 'close') throw new QuerySyntaxError('A pair of parentheses holds nothing to search for.');
      this.depth += 1;
      const inner = this.parseOr();
      this.depth -= 1;
      if (this.tokens[this.at]?.kind !== 'close') throw new QuerySyntaxError('An opening parenthesis has no closing one.');
      this.at += 1;
      return inner;
    }
    throw new QuerySyntaxError(next.kind === 'close' ? 'A closing parenthesis has no opening one.' : 'OR needs something to search for on each side.');
  }
}

/** The query as a tree, or why it cannot be read. An empty query reads as nothing to search. */
export function parseQuery(query: string): Parsed {
  try {
    const tokens = tokenize(query);
    if (tokens.length === 0) return { ok: false, message: 'There is nothing to search for: type a word, a name or a "quoted phrase".' };
    return { ok: true, tree: new Parser(tokens).parseQuery() };
  } catch (error) {
    if (error instanceof QuerySyntaxError) return { ok: false, message: error.message };
    throw error;
  }
}

/**
 * Whether Pagefind answers the query itself: words that must all match, or one phrase alone
 * (Pagefind's own two kinds of search). Anything else is evaluated term by term.
 */
export function isPlainQuery(tree: QueryNode): boolean {
  if (tree.kind === 'term') return true;
  return tree.kind === 'all' && tree.parts.every((part) => part.kind === 'term' && !part.phrase);
}

/** The terms a result is shown for (to mark on it): every term not left out, once each. */
export function soughtTerms(tree: QueryNode): TermNode[] {
  const terms: TermNode[] = [];
  const visit = (node: QueryNode): void => {
    if (node.kind === 'term') terms.push(node);
    else if (node.kind !== 'not') node.parts.forEach(visit);
  };
  visit(tree);
  return terms.filter((term, i) => terms.findIndex((other) => other.text === term.text && other.phrase === term.phrase) === i);
}
