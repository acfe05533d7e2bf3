/**
 * Languages that share their commonest words (Swedish, Danish and Norwegian `på`, `det`, `som`; Czech and Slovak `v`,
 * `že`; Slovenian, Croatian and Serbian `da`, `za`, `od`; Finnish and Estonian `ja`, `on`, `ei`; Indonesian and Malay `yang`, `dan`; Spanish and Catalan `el`, `la`, `que`): together those
 * words tell the family from other languages (clipping-language.ts), and only the words and letters one member writes
 * and the others do not tell which of them a text is in. A family whose members' own evidence is close is no answer,
 * never the likelier neighbour.
 */

export interface Family {
  members: readonly string[];
  /** Words every member writes alike. */
  shared: readonly string[];
  /** Letters one member writes and its neighbours do not, a word with them being one more mark of it. */
  letters: Partial<Record<string, RegExp>>;
}

/** Croatian and Serbian share their commonest words: which of the two a text is, serbian-or-croatian.ts tells. */
export const SERBO_CROATIAN = 'sh';

export const FAMILIES: Record<string, Family> = {
  nordic: { members: ['sv', 'da', 'nb'], shared: ['på', 'det', 'som', 'har', 'med', 'om', 'kan', 'vi'], letters: { sv: /[äö]/u } },
  czechoslovak: { members: ['cs', 'sk'], shared: ['v', 'že', 'z', 'to', 'ale', 'už', 'jeho'], letters: { cs: /[řůě]/u, sk: /[äôľĺŕ]/u } },
  // Slovenian writes no `ć` and no `đ`.
  southSlavic: { members: ['sl', SERBO_CROATIAN], shared: ['da', 'za', 'od', 'iz', 'pa', 'ali', 'bi'], letters: { [SERBO_CROATIAN]: /[ćđ]/u } },
  // Estonian's `õ`, `ü`, `š` and `ž`, which Finnish does not write; Finnish's `y`, which Estonian writes `ü` (`myös`, `müüa`).
  finnic: { members: ['fi', 'et'], shared: ['ja', 'on', 'ei', 'oli', 'oma'], letters: { et: /[õüšž]/u, fi: /y/u } },
  // Catalan's `l·l` and its `à è ò` ending a word (`està`, `què`, `però`), which Spanish writes `á é ó` or not at all.
  iberian: { members: ['es', 'ca'], shared: ['el', 'la', 'del', 'que', 'en', 'una'], letters: { ca: /l·l|[àèò]$/u } },
  malay: { members: ['id', 'ms'], shared: ['yang', 'dan', 'di', 'dengan', 'untuk', 'akan', 'dari', 'ini', 'itu', 'pada', 'dalam', 'tersebut', 'juga', 'telah', 'ke', 'tahun'], letters: {} },
};

/** A member's own marks must reach this, and this many times its neighbour's. */
const MIN_OWN_MARKS = 3;
const MEMBER_LEAD = 2;

/** The member of `family` whose own words (`ownWords`, by language) and letters `words` write clearly more of than any other's. */
export function familyMember(family: Family, words: readonly string[], ownWords: Record<string, readonly string[]>): string | undefined {
  const marks = family.members
    .map((member) => {
      const own = new Set(ownWords[member]);
      const letters = family.letters[member];
      return [member, words.filter((word) => own.has(word) || (letters?.test(word) ?? false)).length] as const;
    })
    .sort((a, b) => b[1] - a[1]);
  const [first, second] = marks;
  return first![1] >= MIN_OWN_MARKS && first![1] >= MEMBER_LEAD * second![1] ? first![0] : undefined;
}
