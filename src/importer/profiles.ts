import type { HeaderRule, Source } from '../lib/source-schema.ts';
import { detectLanguage } from './clipping-language.ts';
import type { ContentData } from './content-data.ts';
import { dateOrderOf, type DateOrder } from './date-names.ts';
import { placeNames } from './entities.ts';
import { epaperPaperName } from './epaper-line.ts';
import { ImportError } from './errors.ts';
import { withoutFooter } from './footer-links.ts';
import { isHostLine } from './host-line.ts';
import { givenSource, sourceOnHost } from './page-source.ts';
import { otherScriptSpelling, spellsMasthead } from './paper-spelling.ts';
import { parseHeader, tidyLine, type Header } from './parse-header.ts';
import { DateError, readPrintedDate } from './read-date.ts';
import { readGenericLayout } from './read-layout.ts';
import { topMenuEnd } from './top-menu.ts';

/**
 * Which publication a clipping comes from, and so which time zone, language and date order apply.
 * A paper is recognised by a masthead string near the top; `--source ID` names it outright. The
 * clipping is read with the paper's own header rules when it has them and they fit, else with the
 * generic reader. Two papers that both fit are refused.
 */

/** Mastheads are looked for in this many printed lines from the top, the site's menu aside; further down they are article text. */
const MASTHEAD_WINDOW = 10;

/**
 * The lines a masthead may stand on, as they read: blank lines a copy begins with do not count
 * towards the window, and a no-break space (a logo's text often copies with one) is a space. Nor does
 * the site's menu (top-menu.ts): the agency's name in the dateline under it (`TBILISI (Reuters) -`)
 * still names the paper, and a logo's text among the menu's lines (`The messenger logo`) too.
 */
function mastheadLines(lines: readonly string[]): string[] {
  const printed = (some: readonly string[]) => some.map((line) => line.replace(/\s+/gu, ' ').trim()).filter((line) => line !== '');
  const menu = topMenuEnd(lines);
  return [...printed(lines.slice(0, menu)), ...printed(lines.slice(menu)).slice(0, MASTHEAD_WINDOW)];
}

/** How the clipping's dates are read. */
export interface DateReading {
  /** Day-first or month-first: the paper's profile says, else its language, else the clipping's. */
  dateOrder?: DateOrder;
  /** The paper's language, then the one the clipping is written in. */
  languages: string[];
  firstYear?: number;
}

export interface Profiled {
  sourceId: string;
  source: Source;
  header: Header;
  dates: DateReading;
}

function dateReading(source: Source, lines: readonly string[]): DateReading {
  const detected = detectLanguage(lines.join('\n'));
  const languages = [...new Set([source.language, ...(detected ? [detected] : [])])];
  return {
    dateOrder: source.dateOrder ?? dateOrderOf(source.language) ?? dateOrderOf(detected),
    languages,
    firstYear: source.firstYear,
  };
}

/**
 * A clipping read as `source`'s: its own header rules if it has them and they fit, else the generic
 * reader. When neither reads it, the reading that got further explains why.
 */
function readAs(sourceId: string, source: Source, lines: readonly string[], places: ReadonlySet<string>): Profiled {
  const dates = dateReading(source, lines);
  // The paper's name printed in the clipping is its masthead too, listed or not (`Le Monde avec AFP`, `DER SPIEGEL` under the text).
  const generic = () => readGenericLayout(lines, [...new Set([...source.mastheads, source.name])], { ...dates, places, standfirstOverPhoto: source.standfirstOverPhoto });
  if (!source.header) return { sourceId, source, header: generic(), dates };
  try {
    return { sourceId, source, header: ownLayout(lines, source.header, dates), dates };
  } catch (ownError) {
    if (!(ownError instanceof ImportError)) throw ownError;
    let header: Header;
    try {
      header = generic();
    } catch (genericError) {
      if (!(genericError instanceof ImportError)) throw genericError;
      const further = (genericError.line ?? 0) > (ownError.line ?? 0) ? genericError : ownError;
      const layout = further === ownError ? `${source.name}'s layout` : 'the generic reader';
      throw new ImportError(`read with ${layout}, ${further.reason}`, further.fix, further.line);
    }
    // The generic reader finding no date says less than the paper's own layout finding a bad one.
    if (!header.date && ownError instanceof UnreadableDateLine) throw ownError;
    return { sourceId, source, header, dates };
  }
}

/** The paper's own rules found its date line, and it is no date. */
class UnreadableDateLine extends ImportError {}

/**
 * The clipping from the line the paper's first rule matches among the site's menu lines (top-menu.ts) and the line
 * under them, the menu's lines blanked, so that line numbers still count from the clipping's top (`The messenger logo`
 * under `Home`, `World`, …). A first rule any line matches (a title's) matches the first line, as before.
 */
function belowMenu(lines: readonly string[], first: HeaderRule | undefined): readonly string[] {
  const menu = topMenuEnd(lines);
  if (!first || menu === 0) return lines;
  const pattern = new RegExp(first.pattern, 'u');
  const under = lines.findIndex((line, i) => i >= menu && tidyLine(line) !== '');
  const from = lines.slice(0, under === -1 ? menu : under + 1).findIndex((line) => pattern.test(tidyLine(line)));
  return from > 0 ? lines.map((line, i) => (i < from ? '' : line)) : lines;
}

/** The paper's own header rules; a "date line" that is no date at all means they do not fit this clipping. */
function ownLayout(lines: readonly string[], rules: NonNullable<Source['header']>, dates: DateReading): Header {
  const read = parseHeader(belowMenu(lines, rules[0]), rules);
  const header = { ...read, body: withoutFooter(read.body) };
  if (header.date) {
    try {
      readPrintedDate(header.date.text, dates);
    } catch (error) {
      if (error instanceof DateError) throw new UnreadableDateLine(error.reason, error.fix, header.date.line);
      throw error;
    }
  }
  return header;
}

/** No masthead names the clipping's paper: a saved page may still name it by its publisher and address (page-text-article.ts). */
export class UnrecognisedClipping extends ImportError {}

/** The refusal for a clipping no masthead identifies: the one place its wording lives. */
function unrecognised(data: ContentData): ImportError {
  return new UnrecognisedClipping(
    `no source profile recognises this clipping (no known masthead in its first ${MASTHEAD_WINDOW} printed lines)`,
    `if it is from a paper the archive knows (${[...data.sources.keys()].join(', ')}), pass --source ID; ` +
      'if not, add the paper with --new-source "NAME" --time-zone ZONE (its name as printed and its IANA time zone, e.g. Asia/Tbilisi)',
    1,
  );
}

/** A line or a masthead with its letters' case folded, as English and Turkish fold them (`SÖZCÜ`, `İ`). */
const caseFolds = (text: string): string[] => [text.toLowerCase(), text.toLocaleLowerCase('tr')];

/**
 * Whether the masthead stands on a line of its own near the top in any letter case (`LA STAMPA`, `SÖZCÜ`,
 * `bianet`), as a logo's text copies: only a whole line counts, since a name in lower case inside a line
 * may be a word of the text (`Trend`). `foldedTop` is the top lines' caseFolds, made once per clipping.
 */
function aloneOnALine(foldedTop: readonly string[][], masthead: string): boolean {
  const [plain, turkish] = caseFolds(masthead);
  return foldedTop.some(([linePlain, lineTurkish]) => linePlain === plain || lineTurkish === turkish);
}

/**
 * The paper whose home page is on a host printed on a line of its own near the top, as Firefox's
 * reader view prints the page's host over the title: that line names the paper as a masthead does.
 */
function paperOnHostLine(top: readonly string[], data: ContentData): string | undefined {
  for (const line of top) {
    const paper = isHostLine(line) ? sourceOnHost(`https://${line}/`, data.sources) : undefined;
    if (paper) return paper.id;
  }
  return undefined;
}

/** The paper PressReader's line over the article names first (`The Messenger · 29 May 2024 · 1 · By Name`), by its name or a masthead. */
function paperOnEpaperLine(top: readonly string[], data: ContentData): string | undefined {
  for (const line of top) {
    const name = epaperPaperName(line)?.toLowerCase();
    if (name === undefined) continue;
    for (const [id, source] of data.sources) {
      if ([source.name, ...source.mastheads].some((masthead) => masthead.toLowerCase() === name)) return id;
    }
  }
  return undefined;
}

export function profileClipping(lines: readonly string[], data: ContentData, sourceId?: string): Profiled {
  if (sourceId !== undefined) {
    return readAs(sourceId, givenSource(sourceId, data), lines, placeNames(data.gazetteer));
  }

  const top = mastheadLines(lines);
  const topText = top.join('\n');
  // A line that prints the paper's name in another script (`Ведомости` for `Vedomosti`), or in another letter case (`LA STAMPA`), names it too:
  // in another script, only in a clipping in the paper's language, since the name may be a word of another language written so
  // (`Политика` is Politika's name on its Serbian page, and the section "Politics" in Kommersant's menu; `პოლიტიკა` in Netgazeti's).
  const spellings = top.map(otherScriptSpelling);
  const foldedTop = top.map(caseFolds);
  const written = detectLanguage(lines.join('\n'));
  const inOwnLanguage = (source: Source) => written === undefined || source.language === undefined || source.language.toLowerCase().split(/[-_]/u)[0] === written;
  const printedAlone = (masthead: string, source: Source) =>
    aloneOnALine(foldedTop, masthead) || (inOwnLanguage(source) && spellings.some((spelling) => spellsMasthead(spelling, masthead)));
  const onHost = paperOnHostLine(top, data) ?? paperOnEpaperLine(top, data);
  const candidates = [...data.sources].filter(
    ([id, source]) => id === onHost || source.mastheads.some((masthead) => topText.includes(masthead) || printedAlone(masthead, source)),
  );
  if (candidates.length === 0) throw unrecognised(data);
  const fits: Profiled[] = [];
  const failures: ImportError[] = [];
  for (const [id, source] of candidates) {
    try {
      fits.push(readAs(id, source, lines, placeNames(data.gazetteer)));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      failures.push(error);
    }
  }
  if (fits.length === 1) return fits[0]!;
  // Of papers that all fit, the one in the clipping's language: a paper's name may be a word of another language, a menu's
  // section in a whole page's copy (`Politika`, "Politics", over Anadolu's Turkish text).
  const ownLanguage = fits.filter((fit) => written !== undefined && inOwnLanguage(fit.source));
  if (ownLanguage.length === 1) return ownLanguage[0]!;
  // A paper named on a line of its own is the page's masthead; one named inside a line is cited
  // (`Source: Interpressnews` under Novaya Gazeta Europe's text).
  const ownLine = fits.filter((fit) => fit.sourceId === onHost || fit.source.mastheads.some((masthead) => printedAlone(masthead, fit.source)));
  if (ownLine.length === 1) return ownLine[0]!;
  // A name printed as the paper writes it beats one read from another script (`Коммерсантъ` over the section `Политика`, which
  // spells Politika), in a clipping whose language is not told.
  const asWritten = ownLine.filter((fit) => fit.sourceId === onHost || fit.source.mastheads.some((masthead) => topText.includes(masthead) || aloneOnALine(foldedTop, masthead)));
  if (asWritten.length === 1) return asWritten[0]!;
  if (fits.length > 1) {
    throw new ImportError(
      `the clipping fits more than one source: ${fits.map((fit) => fit.sourceId).join(', ')}`,
      'pass --source ID to say which paper it is from',
      1,
    );
  }
  const [first] = failures;
  throw new ImportError(`looks like ${candidates.map(([, source]) => source.name).join(' or ')}, but ${first!.reason}`, first!.fix, first!.line);
}
