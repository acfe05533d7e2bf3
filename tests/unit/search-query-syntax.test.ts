import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isPlainQuery, parseQuery, soughtTerms, type QueryNode } from '../../src/search/query-syntax.ts';

const tree = (query: string): QueryNode => {
  const parsed = parseQuery(query);
  if (!parsed.ok) throw new Error(`${query}: ${parsed.message}`);
  return parsed.tree;
};
const word = (text: string) => ({ kind: 'term', text, phrase: false });
const phrase = (text: string) => ({ kind: 'term', text, phrase: true });

describe('boolean query syntax', () => {
  it('reads words, OR, a group one level deep and a minus sign into a tree', () => {
    expect(tree('Bibilov (Kremlin OR Moscow) -treaty')).toEqual({
      kind: 'all',
      parts: [word('Bibilov'), { kind: 'any', parts: [word('Kremlin'), word('Moscow')] }, { kind: 'not', operand: word('treaty') }],
    });
  });

  it('binds words side by side tighter than OR, and reads NOT like a minus sign', () => {
    expect(tree('a b OR c NOT d')).toEqual({
      kind: 'any',
      parts: [{ kind: 'all', parts: [word('a'), word('b')] }, { kind: 'all', parts: [word('c'), { kind: 'not', operand: word('d') }] }],
    });
  });

  it('keeps a quoted phrase whole, a hyphen inside a word, and lower-case or/not as words', () => {
    expect(tree('"South  Ossetian" de-facto or not')).toEqual({
      kind: 'all',
      parts: [phrase('South Ossetian'), word('de-facto'), word('or'), word('not')],
    });
    expect(tree('onerror=alert(1)> f(x)')).toEqual({ kind: 'all', parts: [word('onerror=alert(1)>'), word('f(x)')] });
    expect(tree('a (b)')).toEqual({ kind: 'all', parts: [word('a'), word('b')] });
    expect(tree('-"peace talks"')).toEqual({ kind: 'not', operand: phrase('peace talks') });
    expect(tree('x -(a OR b)')).toEqual({ kind: 'all', parts: [word('x'), { kind: 'not', operand: { kind: 'any', parts: [word('a'), word('b')] } }] });
  });

  it('tells a plain query, which Pagefind answers itself, from one evaluated term by term', () => {
    expect(isPlainQuery(tree('Bibilov Putin'))).toBe(true);
    expect(isPlainQuery(tree('"South Ossetian"'))).toBe(true);
    for (const query of ['"South Ossetian" leader', 'a OR b', 'a -b', '(a b)']) expect(isPlainQuery(tree(query)), query).toBe(query === '(a b)');
  });

  it('names the terms a result is shown for, leaving out what the query leaves out', () => {
    expect(soughtTerms(tree('Bibilov (Kremlin OR Moscow) -treaty Bibilov')).map((term) => term.text)).toEqual(['Bibilov', 'Kremlin', 'Moscow']);
  });

  it('says why a malformed query cannot be read', () => {
    const messages: Record<string, RegExp> = {
      '(a OR b': /no closing one/,
      'a OR b)': /closing parenthesis has no opening/,
      ')': /closing parenthesis has no opening/,
      '(a (b OR c))': /one level deep/,
      '"unfinished': /no closing quote/,
      'a OR': /each side/,
      'OR a': /each side/,
      'a OR OR b': /each side/,
      'NOT': /needs a word/,
      'a NOT OR b': /needs a word/,
      '()': /holds nothing/,
      '""': /no words/,
      '(-a)': /not only words to leave out/,
      'NOT -a': /needs a word/,
      '': /nothing to search for/,
    };
    for (const [query, message] of Object.entries(messages)) {
      const parsed = parseQuery(query);
      expect(parsed.ok, query).toBe(false);
      if (!parsed.ok) expect(parsed.message, query).toMatch(message);
    }
  });

  it('never throws, whatever is typed', () => {
    const pieces = fc.constantFrom('(', ')', '"', '-', 'OR', 'NOT', 'AND', ' ', 'a', 'Bibilov', 'é', '.', '--', '\t');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join(''))), (query) => {
        const parsed = parseQuery(query);
        if (parsed.ok) soughtTerms(parsed.tree);
        else expect(parsed.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 3000 },
    );
  });
});
