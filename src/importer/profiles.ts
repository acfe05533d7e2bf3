import type { Layout, Source } from '../lib/source-schema.ts';
import type { ContentData } from './content-data.ts';
import { ImportError } from './errors.ts';
import { parseHeader, type Header } from './parse-header.ts';

/**
 * Which publication a clipping comes from, and so which layout and time zone apply. A paper is
 * recognised by a masthead string near the top; `--source ID` names it outright, and then the
 * generic layout is used when the paper's own layout does not fit. Two papers that both fit are refused.
 */

/** Mastheads are looked for in this many lines from the top; further down they are article text. */
const MASTHEAD_WINDOW = 10;

export interface Profiled {
  sourceId: string;
  source: Source;
  layout: Layout;
  header: Header;
}

/** The paper's own layout, when its profile has header rules. */
function ownLayout(source: Source): Layout | undefined {
  return source.header && { header: source.header, dateOrder: source.dateOrder, firstYear: source.firstYear };
}

/** The generic header rules, with the paper's date order and first year where it states them. */
function genericLayout(source: Source, generic: Layout): Layout {
  return { header: generic.header, dateOrder: source.dateOrder ?? generic.dateOrder, firstYear: source.firstYear ?? generic.firstYear };
}

function profiled(sourceId: string, source: Source, layout: Layout, lines: readonly string[]): Profiled {
  return { sourceId, source, layout, header: parseHeader(lines, layout.header) };
}

/**
 * A clipping the archivist says is from `sourceId`: the paper's own layout if it fits, else the
 * generic one in the paper's zone. When neither fits, the reading that got further explains why.
 */
function profiledAs(sourceId: string, source: Source, generic: Layout, lines: readonly string[]): Profiled {
  const own = ownLayout(source);
  if (!own) return profiled(sourceId, source, genericLayout(source, generic), lines);
  try {
    return profiled(sourceId, source, own, lines);
  } catch (ownError) {
    if (!(ownError instanceof ImportError)) throw ownError;
    try {
      return profiled(sourceId, source, genericLayout(source, generic), lines);
    } catch (genericError) {
      if (!(genericError instanceof ImportError)) throw genericError;
      const further = (genericError.line ?? 0) > (ownError.line ?? 0) ? genericError : ownError;
      const layout = further === ownError ? `${source.name}'s layout` : 'the generic layout';
      throw new ImportError(`read with ${layout}, ${further.reason}`, further.fix, further.line);
    }
  }
}

export function profileClipping(lines: readonly string[], data: ContentData, sourceId?: string): Profiled {
  if (sourceId !== undefined) {
    const source = data.sources.get(sourceId);
    if (!source) {
      throw new ImportError(
        `--source ${sourceId} is not a known source`,
        `use one of ${[...data.sources.keys()].join(', ')}, or add content/sources/${sourceId}.yaml`,
      );
    }
    return profiledAs(sourceId, source, data.generic, lines);
  }

  const top = lines.slice(0, MASTHEAD_WINDOW).join('\n');
  const candidates = [...data.sources].filter(([, source]) => source.mastheads.some((masthead) => top.includes(masthead)));
  if (candidates.length === 0) {
    throw new ImportError(
      `no source profile recognises this clipping (no known masthead in its first ${MASTHEAD_WINDOW} lines)`,
      `if it is from a paper the archive knows (${[...data.sources.keys()].join(', ')}), pass --source ID; ` +
        'if not, add the paper with --new-source "NAME" --time-zone ZONE (its name as printed and its IANA time zone, e.g. Asia/Tbilisi)',
      1,
    );
  }
  const fits: Profiled[] = [];
  const failures: ImportError[] = [];
  for (const [id, source] of candidates) {
    try {
      fits.push(profiled(id, source, ownLayout(source) ?? genericLayout(source, data.generic), lines));
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      failures.push(error);
    }
  }
  if (fits.length === 1) return fits[0]!;
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
