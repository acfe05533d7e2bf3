import { AGENCY_INITIALS, readNames } from './byline-lines.ts';
import { arabicDateline } from './arabic-dateline.ts';
import { cjkDateline } from './cjk-dateline.ts';
import { isHostLine } from './host-line.ts';
import { indianScriptPlaceOpening, placeShown } from './caseless-script.ts';
import { agencyForm } from './news-agencies.ts';
import { phrasesOf } from './printed-phrases.ts';
import { DateError, readDateAt, type ReadingOptions, zoneOfCity } from './read-date.ts';
import { SENTENCE_END } from './sentence-end.ts';

/**
 * Facts printed inside the article text, which stays word for word: the dateline that opens the
 * first paragraph (`TBILISI, May 23 (Reuters) -`) and the closing credits that name its reporters
 * (`(Reporting by A; Editing by B)`).
 */

/** A place in a dateline: up to four capitalised words, `ZUGDIDI, GEORGIA` or `Georgia`. */
// Georgian is written without capitals: its letters count as capitals here.
const PLACE = String.raw`[\p{Lu}\p{Lo}\p{Script=Georgian}][\p{L}.'’-]*(?:[ -][\p{Lu}\p{Lo}\p{Script=Georgian}][\p{L}.'’-]*){0,3}`;
const PLACES = String.raw`(?<place>${PLACE}(?:,\s*${PLACE})?)`;

/**
 * The forms of a dateline, tried in order. A date a form prints must read as one (isDate); a form
 * told from ordinary text only by its date (Saqinform's, ANSA's) has a date group that is not
 * optional, so the pattern itself says it needs one, and no list kept beside it can fall out of step.
 */
const DATELINES: RegExp[] = [
  // TBILISI, May 23 (Reuters) -   ZUGDIDI, Georgia (AP) —   MOSCOW, May 23. /TASS/.   Tbilisi (AFP) -
  // Tiflis, 28 may (EFE).-   Ulaanbaatar, May 28 (MONTSAME). Construction …   (a full stop alone after the agency in capitals: Montsame)
  // Anyama, le 27 mai 2024 (Fraternité Matin) -   (the word for "on" before the date: Fraternité Matin)
  // The agency between slashes stands apart from the place (`MOSCOW, May 23. /TASS/.`): `APA/AFP/Name` is a photo's credit.
  // ITAR-TASS until 2014 named its correspondent there: `ТБИЛИСИ, 28 мая. /Корр. ИТАР-ТАСС Тамара Беридзе/.`
  new RegExp(String.raw`^${PLACES}(?:[,.]\s*(?:${phrasesOf('dayWord')}\s+)?(?<date>[^()/]{3,30}?)\.?)?(?:\s*\([^()]{2,40}\)\.?\s*[-–—:]|\s*\(\p{Lu}{2,}[\p{Lu}\d .-]{0,38}\)\.(?=\s+\p{Lu})|\s+/(?<slashed>[^/]{2,60})/\.?)\s*`, 'u'),
  // ASTANA. KAZINFORM –   АСТАНА. КАЗИНФОРМ –   (a place in capitals, a full stop, then the agency's own name in capitals and a dash:
  // Kazinform; the place has three letters or more, so `ST. LOUIS —` stays one place)
  new RegExp(String.raw`^(?<place>\p{Lu}{3,}(?:[ -]\p{Lu}{2,}){0,2})\.\s+\p{Lu}{3,}[\p{Lu}-]*\s+[-–—]\s+(?=\S)`, 'u'),
  // TBILISI, Georgia — (a place in capitals and a dash, no agency: the Washington Post, the New York Times;
  // `TBILISI --`, the typewriter's dash, RFE/RL)
  new RegExp(String.raw`^(?<place>\p{Lu}{2,}[\p{Lu}.'’ -]*?(?:,\s*${PLACE})?)\s+(?:[—–]|--)\s+(?=\S)`, 'u'),
  // TBILISI, Georgia -   (a line of its own over the text, a place in capitals and a dash ending it: CTV News)
  new RegExp(String.raw`^(?<place>\p{Lu}{2,}[\p{Lu}.'’ -]*?(?:,\s*${PLACE})?)\s+[-–—]$`, 'u'),
  // Georgia, 8 May, Saqinform.   Москва. 23 мая. INTERFAX.RU -   (the date must read as one)
  new RegExp(String.raw`^${PLACES}[,.]\s*(?<date>[^,.]{3,30}?)[,.]\s*[\p{Lu}\p{Lo}\p{Script=Georgian}][\p{L}.-]*?\.?\s*(?:[-–—]\s*)?(?=\s)`, 'u'),
  // Tbilisi, Georgia CNN —   (a place, then the newsroom's initials without brackets and a dash: CNN)
  new RegExp(String.raw`^${PLACES}\s+\p{Lu}{2,6}\s*[—–]\s*(?=\S)`, 'u'),
  // Tehran, IRNA –   (a place, a comma, the agency's initials and a dash, a sentence after it: IRNA)
  new RegExp(String.raw`^(?<place>${PLACE}),\s+\p{Lu}{2,6}\s+[-–—]\s+(?=\p{Lu})`, 'u'),
  // Baku/28.05.24/Turan: …   (a place, the date and the agency between slashes, then a colon: Turan; the date must read as one)
  new RegExp(String.raw`^(?<place>${PLACE})/(?<date>[^/\s]{6,10})/\p{Lu}[\p{L}.-]{1,20}:\s+(?=\p{Lu})`, 'u'),
  // TBILISI, DFWatch–Hundreds of …   (a place in capitals, the newsroom's name past a comma, a dash with or without blanks: DFWatch;
  // a place the gazetteer knows there is the place's country or region: `TBILISI, Georgia—Georgia’s parliament …`, the Wall Street Journal)
  new RegExp(String.raw`^(?<place>\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2}),\s*(?<newsroom>\p{Lu}[\p{L}.]{1,20})\s*[—–]\s*(?=\p{Lu})`, 'u'),
  // 24.kg, БИШКЕК -   (the site's own address-like name, a comma, a place in capitals and a dash: 24.kg)
  new RegExp(String.raw`^[\p{L}\d][\p{L}\d-]*\.\p{L}{2,6},\s+(?<place>\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2})\s+[-–—]\s+(?=\p{Lu})`, 'u'),
  // ROMA, 14 MAG -   (ANSA: a place and a date, then a dash; the date must read as one)
  // WASHINGTON, May 28, 2024 —   (a press release's: the year past the date's own comma)
  new RegExp(String.raw`^${PLACES},\s*(?<date>[^,.()]{3,30}?(?:,\s*\d{4})?)\s+[-–—]\s+(?=\S)`, 'u'),
  // BAKU, Azerbaijan, May 28. Georgia's parliament …   (Trend: a place and a date, then a full stop; the date must read as one)
  new RegExp(String.raw`^${PLACES},\s*(?<date>[^,.()]{3,30}?)\.\s+(?=\p{Lu})`, 'u'),
  // BERLIN taz | Das georgische Parlament …   (a place in capitals, the newsroom's short name and a bar: the taz)
  new RegExp(String.raw`^(?<place>\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2})\s+\p{L}[\p{L}.-]{1,15}\s+\|\s+(?=\S)`, 'u'),
  // (Berlin) – Georgian police …   (the place in brackets, then a dash: Human Rights Watch's releases)
  new RegExp(String.raw`^\((?<place>${PLACE})\)\s+[-–—]\s+(?=\S)`, 'u'),
  // TIFLIS.- El Parlamento …   Tiflis.- …   (a place, a full stop and a dash: La Nación, El Universal; an en dash: Granma's `NUEVA GERONA.–`)
  new RegExp(String.raw`^(?<place>${PLACE})\.[-–]\s*(?=\p{Lu})`, 'u'),
  // TBILISI: Georgia's parliament …   NEW DELHI: …   (a place in capitals and a colon: the Times of India)
  // TBILISI. Il Parlamento …   (a place in capitals and a full stop: La Stampa; no sentence is one word in capitals)
  // TBILISI - Georgia's parliament …   (a place in capitals and a dash: the Straits Times)
  // YEREVAN—The Office of …   (an em dash with no blanks, as the Armenian Weekly sets it)
  new RegExp(String.raw`^(?<place>\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2})(?:(?:[:.]|\s+[-–—])\s+|—)(?=[\p{Lu}\p{N}"“‘'])`, 'u'),
];

/**
 * `Tiflis – Das georgische Parlament …`, `Tiflis/Wien (APA) – …` (APA, Der Standard), `Tbilisi: Georgia’s
 * parliament …` (the Sydney Morning Herald, a colon for the dash), `Doha, Qatar: …` (the Peninsula, the country after
 * a comma): a place (or
 * where the story was written and where it was put together) and a dash, no date. Ordinary
 * sentences open so too (`Merkel – Die Kanzlerin …`, `Tiflis – Hauptstadt Georgiens – zählt …`),
 * so it counts only when it names a place the gazetteer knows (knownPlaceOpening), a capital starts
 * what follows the dash, and no second dash in that sentence closes an aside.
 */
const PLACE_AND_DASH = new RegExp(String.raw`^(?<place>${PLACE}(?:/${PLACE})*(?:,\s*${PLACE})?)(?:\s+\([^()]{2,40}\))?(?:\s+[-–—]|(?<colon>:))\s+(?=\p{Lu})(?<sentence>[^.!?]*)`, 'u');
const ASIDE_DASH = /\s[-–—]\s/u;
/**
 * `Tiflis. Das georgische Parlament …`, `Tiflis, Brüssel. …` (Handelsblatt): the place, or the places
 * the story was written in, and a full stop. As with a dash, only when it names a place the
 * gazetteer knows (`Merkel. Die Kanzlerin …` is no dateline), and only in a paragraph (SENTENCE_END).
 */
const PLACE_AND_STOP = new RegExp(String.raw`^(?<place>${PLACE}(?:(?:/|,\s*)${PLACE}){0,3})\.\s+(?=\p{Lu})`, 'u');

/**
 * `London — Georgia's parliament …`, `Kyiv, Ukraine — …` (CBS News): a place the gazetteer need not
 * know, told by its form alone: one to three capitalised words (a region after a comma), a dash, a
 * new sentence in capitals, in a paragraph that ends one. An ordinary sentence's first word takes
 * a dash only before more of that sentence, in lower case (`Meanwhile — the talks …`); a label takes
 * a colon (`Update: The vote …`), so a colon, or a full stop, still needs a place the gazetteer knows.
 * A surname over a sentence about its bearer (`Merkel – Die Kanzlerin …`) has the same form: only a
 * gazetteer could tell it, and a lede that opens so is rare where a dateline is common.
 */
const WORDS = String.raw`\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}`;
const PLACE_BY_FORM = new RegExp(String.raw`^(?<place>${WORDS}(?:,\s*${WORDS})?)\s+(?:[-–—]|--)\s+(?=\p{Lu})(?<sentence>[^.!?]*)`, 'u');

/** `UPDATE:`, `EXCLUSIVE —`: an editor's label where a dateline's place would stand, no place. */
const EDITORIAL_LABEL = new RegExp(String.raw`^${phrasesOf('editorialLabel', 'articleKind')}$`, 'iu');

/** How a paragraph's dates are read, and the places the gazetteer knows by every name it lists. */
export interface DatelineReading extends ReadingOptions {
  places?: ReadonlySet<string>;
}

export interface Dateline {
  /** None where the opening names its reporters only (the Liberty Times' `〔編譯林欣怡／綜合報導〕`: cjk-dateline.ts). */
  place?: string;
  /** The date the dateline prints, when it prints one. */
  date?: string;
  /** The reporters it names, when it names them: the agency's correspondents (`/Корр. ИТАР-ТАСС Тамара Беридзе/.`), `【モスクワ=山田太郎】` (cjk-dateline.ts). */
  authors?: string[];
}

/** `Корр. ИТАР-ТАСС Тамара Беридзе`: the correspondent's label, the agency's name in capitals, then the reporter's names. */
const CORRESPONDENT = new RegExp(String.raw`^${phrasesOf('agencyCorrespondent')}\s+\p{Lu}[\p{Lu}-]+\s+(?<names>\S.*)$`, 'iu');
const correspondents = (slashed: string | undefined): string[] | undefined => {
  const names = slashed === undefined ? undefined : CORRESPONDENT.exec(slashed.trim())?.groups?.names;
  return names === undefined ? undefined : readNames(names)?.authors;
};

function isDate(text: string, options: ReadingOptions): boolean {
  try {
    return readDateAt(text, options)?.length === text.length;
  } catch (error) {
    if (error instanceof DateError) return true;
    throw error;
  }
}

/**
 * A city the time zone database is named after (`Dubai`, `Beirut`, `Tehran`): a place, though the user's gazetteer may not
 * list it (Gulf News: `Dubai: Dubai Municipality will …`). Universal time's names (`GMT`, `Zulu`) are none. The database
 * spells its cities without accents (`America/Sao_Paulo`), a paper with them (`São Paulo`).
 */
export const namesZoneCity = (name: string): boolean => {
  const zone = zoneOfCity(name.normalize('NFD').replace(/\p{M}/gu, ''));
  return zone !== undefined && zone.includes('/') && !zone.startsWith('Etc/');
};

/**
 * The place of a `Tiflis –`, `Tiflis/Wien –`, `Tbilisi:` or `Tiflis, Brüssel.` opening, when it names a place the gazetteer
 * knows or a zone's city (PLACE_AND_DASH, PLACE_AND_STOP).
 */
function knownPlaceOpening(paragraph: string, places: ReadonlySet<string> | undefined): string | undefined {
  const dash = PLACE_AND_DASH.exec(paragraph);
  // A colon or a full stop after a place opens a dateline only in a paragraph that ends a sentence: a headline may
  // open so too (`Georgia: Parliament passes bill`, Eurasianet; `Georgia. Passa la legge …`, Avvenire).
  const paragraphEnds = SENTENCE_END.test(paragraph);
  const opening = dash && !ASIDE_DASH.test(dash.groups!.sentence!) && (!dash.groups!.colon || paragraphEnds);
  const known = (name: string) => places?.has(name) || namesZoneCity(name);
  if (opening) return dash.groups!.place!.split(/\/|,\s*/u).some(known) ? dash.groups!.place! : undefined;
  // Before a full stop, the first word must be the known place: an ordinal or an adverb opens a sentence so
  // (a newsletter's `Second, Tbilisi. The mayor's race …`).
  const place = paragraphEnds ? PLACE_AND_STOP.exec(paragraph)?.groups?.place : undefined;
  return place !== undefined && known(place.split(/\/|,\s*/u)[0]!) ? place : undefined;
}

/** The place of a `London —` opening, by its form (PLACE_BY_FORM), when no label stands there (`UPDATE —`). */
function placeByForm(paragraph: string): string | undefined {
  const dash = PLACE_BY_FORM.exec(paragraph);
  if (!dash || !SENTENCE_END.test(paragraph) || ASIDE_DASH.test(dash.groups!.sentence!)) return undefined;
  return EDITORIAL_LABEL.test(dash.groups!.place!) ? undefined : dash.groups!.place!;
}

/** `Dalla nostra inviata POTI — …`: the paper's own reporter before the dateline's place, in any case (`DALLA NOSTRA INVIATA`). */
const FROM_OUR_REPORTER = new RegExp(String.raw`^${phrasesOf('fromOurReporter')}\s+`, 'iu');

/**
 * Two or three capitals alone are a newsroom's initials, not a place, unless the gazetteer knows them: Tuổi Trẻ opens its
 * text with its own, `TTO - Sáng 28-5, …`, as an agency's byline prints its (AGENCY_INITIALS).
 */
const newsroomInitials = (place: string, options: DatelineReading) => AGENCY_INITIALS.test(place) && !options.places?.has(place);

/**
 * `BANDUNG, KOMPAS.com -`, `TEMPO.CO, Jakarta -`: the outlet's web name beside the place, as an agency's name stands in
 * `TBILISI, May 23 (Reuters) -`, is the paper's, never part of the place.
 */
function withoutOutlet(dateline: Dateline | undefined): Dateline | undefined {
  const parts = dateline?.place?.split(/,\s*/u) ?? [];
  const places = parts.filter((part) => !isHostLine(part));
  return places.length === parts.length || places.length === 0 ? dateline : { ...dateline, place: places.join(', ') };
}

export const readDateline = (printed: string, options: DatelineReading): Dateline | undefined => withoutOutlet(readOpening(printed, options));

function readOpening(printed: string, options: DatelineReading): Dateline | undefined {
  const paragraph = printed.replace(FROM_OUR_REPORTER, '');
  const eastAsian = cjkDateline(paragraph, options.places);
  if (eastAsian) return eastAsian;
  for (const pattern of DATELINES) {
    const match = pattern.exec(paragraph);
    if (!match) continue;
    const date = match.groups!.date?.trim();
    if (date !== undefined && !isDate(date, options)) continue;
    if (EDITORIAL_LABEL.test(match.groups!.place!)) continue;
    if (newsroomInitials(match.groups!.place!, options)) continue;
    if (!placeShown(match.groups!.place!, match[0], options.places)) continue;
    const region = match.groups!.newsroom;
    if (region !== undefined && options.places?.has(region)) return { place: `${match.groups!.place!}, ${region}`, date };
    const reporters = correspondents(match.groups!.slashed);
    return { place: match.groups!.place!, date, ...(reporters === undefined ? {} : { authors: reporters }) };
  }
  const arabic = arabicDateline(paragraph);
  if (arabic?.authors) return arabic;
  const place = knownPlaceOpening(paragraph, options.places) ?? placeByForm(paragraph) ?? arabic?.place ?? (SENTENCE_END.test(paragraph) ? indianScriptPlaceOpening(paragraph) : undefined);
  return place && !newsroomInitials(place, options) ? { place } : undefined;
}

const ROLE = String.raw`(?:additional\s+)?(?:reporting|writing|editing|prepared|compiled|translated)`;
const CREDITS = new RegExp(String.raw`^\(?\s*(?<credits>${ROLE}\s+by\s+[^()]+?)\s*\)?\.?$`, 'iu');
/** Who reported or wrote; an editor or translator is not an author. */
const AUTHOR_ROLE = /^(?:additional\s+)?(?:reporting|writing|prepared|compiled)\s+by\s+/iu;

/** `Associated Press writer Daniel Whitcombe in Moscow contributed to this report.` */
const CONTRIBUTED = /^(?:[\p{L} ]*?(?:writers?|reporters?|correspondents?)\s+)?(?<names>[^.]+?)\s+contributed(?: to this (?:report|story))?\.$/iu;
/**
 * The country after a contributor's city, set off by commas (`Dasha Litvinova in Tallinn, Estonia, and …`): the names are
 * read with the city alone, as `Name in Moscow` is.
 */
const COUNTRY_AFTER_CITY = /(\sin\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*),\s*\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*)*,?/gu;

/**
 * `… the bloc. REUTERS`, `AA` on a line of its own, or `(ANSA).`, `(ansa)` in brackets: the agency,
 * in capitals or as it spells itself (agencyInLowerCase), that signs off the text (the Straits
 * Times, ANSA, wire copy in many papers) is its author when no byline names one.
 */
const SIGN_OFF = new RegExp(
  String.raw`(?:^|[.!?]["'”’»)]*\s+)(?:(?<agency>\p{Lu}{2,9}(?:\/\p{Lu}{2,9})?)|\((?<bracketed>\p{Lu}{2,4}|${phrasesOf('agencyInLowerCase')})\)\.?)$`,
  'u',
);
/**
 * In brackets, a label the page sets after a sentence is no agency: `(FOTO)`, `(ФОТО)`. Longer
 * capitals there are labels too (`(VIDEO)`, `(UPDATE)`), so a bracketed agency has at most four letters.
 */
const PHOTO_WORD = new RegExp(String.raw`^${phrasesOf('photoLabel')}$`, 'iu');

export const signOffAgency = (paragraph: string): string | undefined => {
  const groups = SIGN_OFF.exec(paragraph.trim())?.groups;
  if (groups?.bracketed !== undefined && PHOTO_WORD.test(groups.bracketed)) return undefined;
  return groups?.agency ?? groups?.bracketed;
};

/**
 * A closing line that credits the agencies the text drew on, and nothing else: after a label
 * (`Kaynak: AA`, `Quelle: dpa`), after the words for "drawn from" (`(Con información de EFE y AFP)`,
 * `С использованием материалов ТАСС`), or after "with" in brackets (`(com Lusa)`) or alone on the line
 * (`Avec AFP`, France 24 and Le Monde under an article no one signs; `With AFP`), where only agencies the table
 * knows are read (`With thanks` is no credit).
 */
const AGENCY_CREDIT = new RegExp(
  String.raw`^(?:\(\s*(?:${phrasesOf('drawnFrom', 'withAgency')})\s+(?<inBrackets>[^()]+?)\s*\)|(?:${phrasesOf('drawnFrom')}|${phrasesOf('sourceLabel')}\s*:)\s*(?<list>[^()]+?)|${phrasesOf('withAgency')}\s+(?<known>[^()]+?))\.?$`,
  'iu',
);
const AGENCY_SEPARATOR = new RegExp(String.raw`\s*(?:[,/&]|\s${phrasesOf('nameConjunction')}\s)\s*`, 'iu');
/** An agency's name as credited: up to three capitalised words (`EFE`, `Lusa`, `ТАСС`, `Agence France-Presse`), or one it prints in lower case. */
const CREDITED_AGENCY = new RegExp(String.raw`^(?:\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*){0,2}|${phrasesOf('agencyInLowerCase')})$`, 'u');

/**
 * Sign-off codes on a closing line of their own: the agencies and the editor's initials between
 * slashes, `AFP/SDA/aeg`, `ats/afp/vic`, `dpa/AFP/cw`, in brackets too, `(mis/dpa)` (Swiss, Austrian
 * and German papers). The initials are no one's name the reader can know.
 */
const CODES = String.raw`\p{L}{2,12}(?:\/\p{L}{2,12}){1,5}`;
const SIGN_OFF_CODES = new RegExp(String.raw`^(?:\((?<bracketed>${CODES})\)|(?<codes>${CODES}))\.?$`, 'u');
/** A staff member's initials in sign-off codes: two to four letters in lower case. */
const STAFF_INITIALS = /^\p{Ll}{2,4}$/u;

/**
 * The agencies of sign-off codes (SIGN_OFF_CODES), spelt as each prints its name (`afp` -> `AFP`); none unless
 * one code names an agency the table knows (news-agencies.ts) and every other is a staff member's initials.
 */
function signOffCodes(paragraph: string): string[] {
  const groups = SIGN_OFF_CODES.exec(paragraph.trim())?.groups;
  const codes = (groups?.bracketed ?? groups?.codes)?.split('/') ?? [];
  const agencies = codes.map(agencyForm);
  const named = agencies.filter((agency) => agency !== undefined);
  return named.length > 0 && codes.every((code, i) => agencies[i] !== undefined || STAFF_INITIALS.test(code)) ? named : [];
}

/**
 * The agencies a closing line credits (AGENCY_CREDIT, or sign-off codes), in the order printed; none unless every name
 * it lists is an agency's (`Source: Al Jazeera and news agencies` names no agency to credit).
 */
export function creditedAgencies(paragraph: string): string[] {
  const match = AGENCY_CREDIT.exec(paragraph.trim());
  const known = match?.groups!.known?.split(AGENCY_SEPARATOR);
  if (known) return known.every((agency) => agencyForm(agency) !== undefined) ? known : [];
  const list = match?.groups!.inBrackets ?? match?.groups!.list;
  if (list === undefined) return signOffCodes(paragraph);
  const agencies = list.split(AGENCY_SEPARATOR);
  // `Source: Reuters/fs` (CNA): after the label, the agency and the editor's initials as sign-off codes.
  return agencies.every((agency) => CREDITED_AGENCY.test(agency)) ? agencies : signOffCodes(list);
}

/**
 * A line under the title that credits only the agencies the text drew on, in place of a byline (`Avec AFP`, `With AFP`,
 * French sites under a story no one signs): the byline's line, naming them, as the same line under the text does.
 */
export function agencyCreditLine(line: string): { authors: string[] } | undefined {
  const agencies = creditedAgencies(line);
  return agencies.length > 0 ? { authors: agencies } : undefined;
}

/** Reporters named in closing credits, in the order printed; none when the paragraph is no credit line. */
export function creditedAuthors(paragraph: string): string[] {
  const contributed = CONTRIBUTED.exec(paragraph.trim());
  if (contributed) return readNames(contributed.groups!.names!.replace(COUNTRY_AFTER_CITY, '$1'))?.authors ?? [];
  const match = CREDITS.exec(paragraph.trim());
  if (!match) return [];
  const authors: string[] = [];
  for (const credit of match.groups!.credits!.split(new RegExp(String.raw`\s*;\s*|,\s*(?=${ROLE}\b)`, 'iu'))) {
    const role = AUTHOR_ROLE.exec(credit);
    if (!role) continue;
    const names = readNames(credit.slice(role[0].length).replace(/\.$/, ''));
    if (names) authors.push(...names.authors);
  }
  return authors;
}
