import { readByline, readNames } from './byline-lines.ts';
import type { LineFacts } from './line-facts.ts';
import { findDate, type ReadingOptions } from './read-date.ts';

/**
 * PressReader's line over an article of a paper's e-edition, in its text view and its print: the paper, the edition's
 * date, the page, and the byline when the page prints one, between dots (`The Guardian · 29 May 2024 · 24 · Nadia
 * Berishvili`). The edition's date is the article's as printed (a day, no time); the paper's name is its masthead (the
 * reader's profiles take it so); the page number is the print's place, a fact the archive does not record.
 */
const DOT = /\s+·\s+/u;
const PAGE = /^\d{1,3}$/u;

export function epaperLine(line: string, options: ReadingOptions): LineFacts | undefined {
  const [paper, date, page, byline, ...more] = line.trim().split(DOT);
  if (more.length > 0 || paper === undefined || date === undefined || page === undefined || !PAGE.test(page)) return undefined;
  if (findDate(date, options)?.text !== date) return undefined;
  const facts: LineFacts = { date: { text: date, updated: false } };
  if (byline === undefined) return facts;
  const authors = (readByline(byline) ?? readNames(byline))?.authors;
  return authors && authors.length > 0 ? { ...facts, authors } : undefined;
}

/** The paper's name such a line opens with, which names the paper as its masthead does; undefined for any other line. */
export function epaperPaperName(line: string, options: ReadingOptions = {}): string | undefined {
  return epaperLine(line, options) ? line.trim().split(DOT)[0] : undefined;
}
