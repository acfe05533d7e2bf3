/**
 * The A–Z index of one kind of entity (/people/, /places/, /organizations/) or of the authors: every
 * entity named in an article (every byline), by name, grouped under its initial, with its article count. At 10,000 entities one
 * page would be a megabyte; the groups are packed into pages of at most ENTITIES_PER_PAGE names
 * (about 60 KB of HTML), whole letters where they fit, and every page carries the jump list of all
 * the letters, each pointing at the page and heading where its names start.
 *
 * Pure (no astro:content), so it is unit-tested on plain objects.
 */
export const ENTITIES_PER_PAGE = 500;

export interface IndexedEntity {
  id: string;
  name: string;
  /** Articles naming it. */
  count: number;
  /** What it sorts and files under when not its name (an author's family name first: src/archive/family-name.ts). */
  sortName?: string;
}

export interface LetterGroup<E extends IndexedEntity = IndexedEntity> {
  /** `A`…`Z`, another script's initial (`თ`), or `#` for names that start with no letter. */
  letter: string;
  /** The element id of its heading: `letter-a`. */
  anchor: string;
  entities: E[];
  /** The letter's names started on an earlier page. */
  continued: boolean;
}

export interface EntityIndex<E extends IndexedEntity = IndexedEntity> {
  /** Each page's groups; page 1 first. */
  pages: LetterGroup<E>[][];
  /** Every letter once, with the (1-based) page its names start on, in index order. */
  letters: { letter: string; anchor: string; page: number }[];
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A name's initial: its first letter without accents, upper-cased where its script has cases; `#` if it starts with no letter. */
export function initialOf(name: string): string {
  const first = name.trim().normalize('NFD').replace(/\p{M}/gu, '')[0] ?? '';
  if (!/\p{L}/u.test(first)) return '#';
  // Georgian is written in one case: upper-casing would turn it into Mtavruli, a display form.
  return /\p{Script=Georgian}/u.test(first) ? first : first.toLocaleUpperCase('en');
}

function anchorOf(letter: string): string {
  if (letter === '#') return 'letter-other';
  return /^[A-Z]$/.test(letter) ? `letter-${letter.toLowerCase()}` : `letter-u${letter.codePointAt(0)!.toString(16)}`;
}

export function buildEntityIndex<E extends IndexedEntity>(entities: E[], perPage = ENTITIES_PER_PAGE): EntityIndex<E> {
  const sortName = (entity: E) => entity.sortName ?? entity.name;
  const sorted = [...entities].sort((a, b) => collator.compare(sortName(a), sortName(b)) || collator.compare(a.id, b.id));
  const groups = new Map<string, E[]>();
  for (const entity of sorted) {
    const letter = initialOf(sortName(entity));
    groups.set(letter, [...(groups.get(letter) ?? []), entity]);
  }
  // Latin letters, then other scripts' initials, then names starting with a digit or symbol.
  const order = (letter: string) => (letter === '#' ? 2 : /^[A-Z]$/.test(letter) ? 0 : 1);
  const letters = [...groups.keys()].sort((a, b) => order(a) - order(b) || collator.compare(a, b));

  const pages: LetterGroup<E>[][] = [];
  const starts: EntityIndex['letters'] = [];
  let page: LetterGroup<E>[] = [];
  let onPage = 0;
  for (const letter of letters) {
    let rest = groups.get(letter)!;
    // A letter that fits on no page with others starts a page of its own.
    if (onPage > 0 && onPage + rest.length > perPage) {
      pages.push(page);
      page = [];
      onPage = 0;
    }
    starts.push({ letter, anchor: anchorOf(letter), page: pages.length + 1 });
    let continued = false;
    while (rest.length > 0) {
      const taken = rest.slice(0, perPage - onPage);
      page.push({ letter, anchor: anchorOf(letter), entities: taken, continued });
      onPage += taken.length;
      rest = rest.slice(taken.length);
      if (rest.length > 0) {
        pages.push(page);
        page = [];
        onPage = 0;
        continued = true;
      }
    }
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return { pages, letters: starts };
}
