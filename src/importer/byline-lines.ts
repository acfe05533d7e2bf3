import { mayBeArabicScriptName } from './arabic-script-names.ts';
import { caselessNames, mayBeHebrewName } from './caseless-script.ts';
import { isHostLine, MAIL_ADDRESS } from './host-line.ts';
import { PARTICLE, PARTICLE_JOINED } from './name-particles.ts';
import { LABEL_MARK, phrasesOf } from './printed-phrases.ts';

/**
 * Who wrote the article, as a byline prints it: the word for "by", names (in capitals too), the
 * reporter's role and newsroom, the agencies, and where the story was filed from.
 */

/** `VOA News`: a newsroom's initials and one word, as a byline. */
const NEWSROOM = /^(?<initials>\p{Lu}{2,})\s\p{Lu}\p{Ll}+$/u;
/** The word for "by" before a byline, in the languages read. Italian `Di` and Russian `Автор` included. */
export const BY = new RegExp(String.raw`^${phrasesOf('bylineWord')}\s*${LABEL_MARK}?\s+(?<names>.+)$`, 'iu');
/** `Da AFP, em Tbilisi` (bylineFrom): people's names or an agency's initials after it, never a place (`Da Tbilisi`). */
const BY_FROM = new RegExp(String.raw`^${phrasesOf('bylineFrom')}\s+(?<names>.+)$`, 'iu');
/** `Andrew Roth in Moscow`: where the reporter filed from, after each name (`Polina Ivanova in Tbilisi and Max Seddon in Riga`, the FT). */
const FILED_FROM = new RegExp(String.raw`\s+${phrasesOf('filedFromPreposition')}\s+(?<place>[\p{Lu}][\p{L}' -]*)$`, 'u');
/** The place a byline says the story was filed from, ending it: `Tbilisi`, `Rio de Janeiro`. */
const FILED_PLACE = String.raw`(?<place>\p{Lu}[\p{L}'’]*(?:[ -][\p{L}'’]+){0,3})$`;
/** `à Tbilissi` on a line of its own under the byline (Le Devoir): where the story was filed, the names above it. */
const FILED_FROM_ALONE = new RegExp(String.raw`^${phrasesOf('filedFromPreposition')}\s+${FILED_PLACE}`, 'u');
export const placeFiledFrom = (line: string): string | undefined => FILED_FROM_ALONE.exec(line)?.groups?.place;
/**
 * `Marie Dumont, à Tbilissi`, `Da AFP, em Tbilisi` (UOL), `Por Ana Souza, de Tbilisi`: where the story was
 * filed, after the names, a comma and a preposition (`de`, "from", only there: inside a name it is a
 * particle, `Ana de Souza`); after a byline's word, past an em dash too: `Por AFP — Tbilisi` (O Globo), and the preposition past
 * a dash: `Par Name - à Abidjan` (Jeune Afrique).
 */
const FILED_AFTER_COMMA = new RegExp(String.raw`,\s+(?:${phrasesOf('filedFromPreposition')}|de)\s+${FILED_PLACE}`, 'u');
const FILED_AFTER_NAMES = new RegExp(String.raw`(?:\s+—|,\s+(?:${phrasesOf('filedFromPreposition')}|de)|\s+[-–—]\s+${phrasesOf('filedFromPreposition')})\s+${FILED_PLACE}`, 'u');
/** `Benoît Vitkine (Moscou, correspondant)`, `(Poti (Géorgie), envoyée spéciale)`: a note after the byline's names, a place's own brackets inside. */
export const BYLINE_NOTE = /\s*\((?<note>(?:[^()]|\([^()]*\))*)\)$/u;
/** `Poti (Géorgie), envoyée spéciale`: a note naming where the reporter was sent (sentThere), which is the dateline. */
const SENT_THERE = new RegExp(String.raw`^(?<place>[^,]+),\s*${phrasesOf('sentThere')}$`, 'iu');
/**
 * `avec AFP`: the agency a byline's paper or reporter drew on, one word after the names, or two joined (`avec AFP et
 * Reuters`, Le Monde in 2009); no author. In any case: some papers print the line in capitals (`DAILY SABAH WITH AFP`).
 */
export const WITH_AGENCY = new RegExp(String.raw`\s+${phrasesOf('withAgency')}\s+[\p{L}.-]+(?:\s+${phrasesOf('nameConjunction')}\s+[\p{L}.-]+)?$`, 'iu');
/** `, inviato a Tbilisi`: where the paper sent the reporter, after a byline's names. */
const POSTED_TO = new RegExp(String.raw`,\s*${phrasesOf('postedTo')}\s+(?<place>\p{Lu}[\p{L}' -]*)$`, 'iu');
/** `Name with Name` (AFP: `By Irakli METREVELI with Ola CICHOWLAS in Tbilisi`): the reporter the first wrote with is an author too. */
const NAME_SEPARATOR = new RegExp(String.raw`\s*(?:,|&|(?<!\p{L})${phrasesOf('nameConjunction', 'withAgency')}(?!\p{L}))\s*`, 'u');
/** In a byline printed in capitals the conjunction is in capitals too (`TAMAR KIKNADZE AND DASHA LITVINOVA`, AP): a word between blanks. */
const NAME_SEPARATOR_IN_CAPITALS = new RegExp(String.raw`\s*(?:,|&|\s${phrasesOf('nameConjunction')}\s)\s*`, 'iu');

/** `Senior Foreign Correspondent`: a reporter's job printed after the names, which is no name. */
const REPORTER_ROLE = new RegExp(String.raw`(?<!\p{L})${phrasesOf('reporterRole')}(?!\p{L})`, 'iu');

/** Letters only Turkic alphabets have: in a name with one, `I` is dotless `ı` in lower case and `İ` is `i` (`ƏLİ HƏSƏNLI`). */
const TURKIC_CAPITAL = /[İƏ]/u;

/**
 * `JOHN SMITH` -> `John Smith`, `ƏLİ HƏSƏNLI` -> `Əli Həsənlı`; mixed-case names are kept as printed.
 * Each word keeps its first letter as printed (`İsmayıl`, not `I` and a combining dot).
 */
export function nameCase(name: string): string {
  if (name !== name.toUpperCase()) return name;
  const lower = TURKIC_CAPITAL.test(name) ? (text: string) => text.toLocaleLowerCase('tr') : (text: string) => text.toLowerCase();
  return name.replace(/(?<=\p{L})[\p{L}\p{M}]+/gu, lower);
}

/** `ARD-Studio`: an acronym joined to a word is an organisation's name, never a person's (`JEAN-PIERRE` is all capitals). */
const isAcronymCompound = (word: string) => /\p{Lu}{2,}-/u.test(word) && /\p{Ll}/u.test(word);
/** `Von Jonas Albrecht, ARD-Studio Moskau`: the newsroom the reporter works for, after the names; not an author. */
const AFFILIATION = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){1,3}$/u;
/** `AFP`, `PTI`: an agency's initials as a byline beside the date. */
export const AGENCY_INITIALS = /^\p{Lu}{2,3}$/u;
const WIRE_AGENCY = new RegExp(String.raw`^${phrasesOf('wireAgency')}$`, 'iu');
/** A news agency's name alone (wireAgency): `Reuters`, `Associated Press`. */
export const isWireAgency = (text: string): boolean => WIRE_AGENCY.test(text);
/** The last of a byline's names an agency joined by a conjunction: `… and Reuters`. */
const AND_AGENCY = new RegExp(String.raw`(?<!\p{L})${phrasesOf('nameConjunction')}\s+${phrasesOf('wireAgency')}$`, 'iu');

/** `Reuters | AFP` (Dawn): two or more news agencies as a byline, between bars, slashes or commas; undefined otherwise. */
export function readAgencies(text: string): { authors: string[] } | undefined {
  const pieces = text.split(/\s*[|/,&]\s*/u);
  return pieces.length > 1 && pieces.every(isWireAgency) ? { authors: pieces } : undefined;
}

/** `CNN`, `AFP`, `RFE/RL`: a newsroom's initials after a byline's names. */
const ACRONYM = /^\p{Lu}{2,6}(?:\/\p{Lu}{2,6})?$/u;

/** `TAMAR KIKNADZE Associated Press`: names in capitals, then the agency they write for in mixed case. */
const CAPITALS_THEN_AGENCY = /^(?<names>\p{Lu}[\p{Lu}'’. -]*\p{Lu})\s+(?:The\s+)?\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}$/u;

function isName(text: string): boolean {
  const words = text.split(' ');
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    // A particle opens no name (`de Tbilisi` after a byline's comma is where it was filed from).
    !PARTICLE.test(words[0]!) &&
    // Georgian, Persian and Arabic are written without capitals: their letters count as capitals here, as in a dateline's place
    // (Persian and Arabic in a line that could be nothing else, arabic-script-names.ts).
    words.every((word) => PARTICLE.test(word) || PARTICLE_JOINED.test(word) || (/^[\p{Lu}\p{Script=Georgian}\p{Script=Arabic}\p{Script=Hebrew}][\p{L}.'’-]*$/u.test(word) && !isAcronymCompound(word))) &&
    (/^[\p{Lu}\p{Script=Georgian}\p{Script=Arabic}\p{Script=Hebrew}]/u.test(words.at(-1)!) || PARTICLE_JOINED.test(words.at(-1)!)) &&
    mayBeArabicScriptName(words) &&
    mayBeHebrewName(words) &&
    // A full stop after a whole word ends a sentence (Georgian has no capitals to tell it by), also inside
    // the line (`Moscú. Corresponsal`: a place and a role); `Jr.` and initials are a name's.
    !words.some((word) => /\p{L}{3,}\.$/u.test(word))
  );
}

/** `Ana Sousa - RTP`, `Rizky Pratama - detikNews` (a brand in camel case): the newsroom after a dash, one word; never a place, which a byline gives after a comma. */
const DASHED_NEWSROOM = /\s+[-–—]\s+\p{Ll}*\p{Lu}[\p{L}.]*$/u;
/** `Kimone Thompson/Staff Reporter`, `Name/Gleaner Writer` (the Gleaner): the reporter's job past a slash, no name. */
const SLASHED_ROLE = new RegExp(String.raw`\s*\/\s*(?:\p{L}+\s+){0,2}${phrasesOf('reporterRole')}$`, 'iu');
/** The names of a byline with the reporter's job past a slash, which a photographer's credit after a caption shares (`… - Name/Chief Multimedia Editor`). */
export const slashedRoleByline = (line: string): { authors: string[]; dateline?: string } | undefined => (SLASHED_ROLE.test(line) ? readNames(line) : undefined);

/** `Baku. Ruslan Aliyev – APA`: the place and a full stop before the names, then the agency after a dash. */
const PLACE_THEN_NAMES = /^(?<place>\p{Lu}\p{Ll}{2,})\.\s+(?<rest>\S.*\s[-–—]\s\p{Lu}{2,6})$/u;

const AGENCIES_FIRST = new RegExp(String.raw`^${phrasesOf('agenciesWord')}\s`, 'iu');

/** Names from a byline's text, and where it was filed from; undefined when the text is not only names. */
export function readNames(text: string): { authors: string[]; dateline?: string } | undefined {
  // A comma after the names leads to the date on the next line: `Marie Dumont (à Tbilissi),` (La Croix).
  const printed = text.trim().replace(/,$/u, '');
  const placed = PLACE_THEN_NAMES.exec(printed);
  let rest = (placed?.groups?.rest ?? printed).replace(CAPITALS_THEN_AGENCY, '$<names>').replace(WITH_AGENCY, '').replace(DASHED_NEWSROOM, '').replace(SLASHED_ROLE, '');
  const posted = POSTED_TO.exec(rest);
  let dateline = placed?.groups?.place ?? posted?.groups?.place;
  if (posted) rest = rest.slice(0, posted.index);
  else {
    // A note that says where the reporter filed from, or was sent to, is the dateline: `Marie Dumont (à Tbilissi)`,
    // `Claire Morel (Tbilissi, envoyée spéciale)` (Le Monde).
    const note = BYLINE_NOTE.exec(rest)?.groups?.note ?? '';
    dateline ??= FILED_FROM.exec(` ${note}`)?.groups?.place ?? SENT_THERE.exec(note)?.groups?.place;
    rest = rest.replace(BYLINE_NOTE, '').trim();
    const filedAfterComma = FILED_AFTER_COMMA.exec(rest);
    // Initials there are the newsroom the reporter works for, no place (CNN Brasil: `Juliana Campos, da CNN`, "of CNN").
    const newsroom = filedAfterComma !== null && ACRONYM.test(filedAfterComma.groups!.place!);
    if (filedAfterComma) [dateline, rest] = [newsroom ? dateline : (dateline ?? filedAfterComma.groups!.place), rest.slice(0, filedAfterComma.index)];
  }
  // `Agencias AFP y Reuters` (La Nación), `Avec AFP` alone (France 24): the agencies the text came from, no names.
  if (AGENCIES_FIRST.test(rest) || WITH_AGENCY.exec(` ${rest}`)?.index === 0) return undefined;
  const authors: string[] = [];
  const parts = rest.split(rest === rest.toUpperCase() ? NAME_SEPARATOR_IN_CAPITALS : NAME_SEPARATOR).filter(Boolean);
  for (const [i, printed] of parts.entries()) {
    // The first reporter's place is the story's dateline.
    const filed = posted ? null : FILED_FROM.exec(printed);
    if (filed) dateline ??= filed.groups!.place!.trim();
    const part = filed ? printed.slice(0, filed.index).trim() : printed;
    // A job after the names is the reporter's, no name: `Roland Oliphant, Senior Foreign Correspondent`.
    if (authors.length > 0 && REPORTER_ROLE.test(part)) continue;
    if (isName(part)) authors.push(nameCase(part));
    // A news agency after the names is no place: joined by `and` it wrote the story with them (NBC News: `By Tamar
    // Beridze and Reuters`); after a comma it is the reporter's employer (`By Anna Keller, Reuters`), no author.
    else if (authors.length > 0 && i === parts.length - 1 && isWireAgency(part)) {
      if (AND_AGENCY.test(rest)) authors.push(part);
    }
    // One capitalised word after the names is the place: `Von Christina Hebel, Moskau`; in
    // capitals it is the newsroom's initials, `By Anna Keller, CNN`, and no place.
    else if (authors.length > 0 && dateline === undefined && /^[\p{Lu}][\p{L}-]+$/u.test(part) && !ACRONYM.test(part)) dateline = part;
    else if (!(authors.length > 0 && i === parts.length - 1 && (AFFILIATION.test(part) || ACRONYM.test(part)))) return undefined;
  }
  return authors.length > 0 ? { authors, dateline } : undefined;
}

/** One to three capitalised words that may name an agency on a line of their own: `Reuters`, `EFE`, `The Associated Press`. */
const AGENCY_NAME = /^\p{Lu}[\p{L}&.-]*(?: \p{Lu}[\p{L}&.-]*){0,2}$/u;
export const isAgencyName = (text: string, maxWords = 3): boolean => AGENCY_NAME.test(text) && text.split(' ').length <= maxWords;

/** `Reuters`, `AFP`, `dpa`: a byline of one word names the agency or newsroom that wrote the story, as do initials and a word (`VOA News`, NEWSROOM). */
const ONE_WORD_BYLINE = /^\p{L}[\p{L}&.-]*$/u;

/** A line that opens with the word for "by": its names, if any, are readByline's, and the word is none of them (`By VOA News`). */
export const opensWithBylineWord = (line: string): boolean => BY.test(line);
/** What a byline prints after its word: `Par Name (Place, envoyée spéciale)` gives `Name (Place, envoyée spéciale)`. */
export const afterBylineWord = (line: string): string | undefined => BY.exec(line)?.groups?.names;

/** The names of a byline that says who wrote the story: people, or an agency alone. */
export const readAuthors = (text: string): { authors: string[]; dateline?: string } | undefined =>
  readNames(text) ?? ((ONE_WORD_BYLINE.test(text.trim()) && /\p{Lu}/u.test(text)) || NEWSROOM.test(text.trim()) ? { authors: [text.trim()] } : undefined);

/** `DFWatch staff`, `Times of Israel Staff`: the paper's staff, its own byline, when the words are no person's name (`Anna Staff`). */
const STAFF = new RegExp(String.raw`^(?:\S+\s+){1,4}${phrasesOf('staffWord')}$`, 'iu');
/** `Europe correspondent Isabella Higgins` (ABC News, Australia): the reporter's job before the names, which is no name. */
const ROLE_BEFORE_NAMES = new RegExp(String.raw`^(?:\S+\s+){0,3}?${phrasesOf('reporterRole')}\s+`, 'iu');
/**
 * `By Ben Spurr Transportation Reporter` (the Toronto Star): the reporter's job glued after the name, in its own element
 * on the page, which the copy joins with a blank: one word before the job's at most (a name's last word could be
 * taken for a second), two words at least stay the name, and no comma comes before (`By Name, Senior Foreign
 * Correspondent` is read past the comma).
 */
const ROLE_AFTER_NAMES = new RegExp(String.raw`(?<=^[^,]*[^,\s]+\s+[^,\s]+)\s+(?:\S+\s+)?${phrasesOf('reporterRole')}$`, 'iu');

/**
 * `By MARA LINDQVIST Daily Mirror Reporter` (Naviga), `ELLEN VOSBERG News-Times Staff Writer` (BLOX): a name printed in
 * capitals, then the reporter's job in the paper's words, in the byline and in the metadata's author alike. The capitals
 * tell where the name ends, so the job may have up to three words before its role (the paper's name, `Staff`).
 */
const NAME_IN_CAPITALS_THEN_WORDS = /^(?<name>\p{Lu}[\p{Lu}.'’-]+(?:\s+\p{Lu}[\p{Lu}.'’-]+)+)\s+(?<job>\S*\p{Ll}.*)$/u;
const JOB = new RegExp(String.raw`^(?:\S+\s+){0,3}${phrasesOf('reporterRole')}$`, 'iu');
export function withoutJobAfterCapitals(names: string): string {
  const parts = NAME_IN_CAPITALS_THEN_WORDS.exec(names)?.groups;
  return parts && JOB.test(parts.job!) ? parts.name! : names;
}

export const FOLLOW_AFTER_NAMES = new RegExp(String.raw`\s+${phrasesOf('followButton')}$`, 'iu');
/** `By Sophiko Megrelidze, Associated Press` (HuffPost): past a comma, the agency the reporter writes for, as past a bar. */
const AGENCY_AFTER_COMMA = new RegExp(String.raw`,\s+${phrasesOf('wireAgency')}$`, 'u');
/** `By Tamar Gelashvili for RFA`, `… for the Guardian`: the outlet the story was written for, after the names; the outlet's, no name. */
/**
 * `By Tamar Kiknadze, a nonresident fellow at the Atlantic Council.` (Foreign Policy): who the writer is, after the names
 * and a comma, opening with an article in lower case as a description does and no name can; the writer's, no name. So
 * the paper the writer works for, whose name opens with the article (`By Anna Keller, The Guardian`): the outlet's.
 */
const DESCRIBED_AFTER_COMMA = /,\s+(?:a|an|the|The)\s+\S.*$/u;
const FOR_OUTLET = new RegExp(String.raw`\s+${phrasesOf('writingFor')}\s+(?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+\p{Lu}[\p{L}.&'’-]*){0,3}$`, 'u');

/** `Author: Name Source: CK correspondent` (Caucasian Knot's English pages): the story's source, labelled after the names, is no name. */
const SOURCE_AFTER_NAMES = new RegExp(String.raw`\s+${phrasesOf('sourceLabel')}\s*${LABEL_MARK}\s*\S.*$`, 'iu');

/** `Penulis Name | Editor Name` (Kompas): past a bar after the byline's names, who edited the story, no author. */
const EDITOR_CREDIT = new RegExp(String.raw`^${phrasesOf('pageEditorLabel', 'editedBy')}\s*${LABEL_MARK}?\s+\p{Lu}[\p{L}.'’ -]*$`, 'iu');

/** `Par Name - name@paper.fr` (Sud Ouest): the reporter's mail address past a dash after the names. */
const MAIL_AFTER_NAMES = new RegExp(String.raw`\s+[-–—|]\s+${MAIL_ADDRESS}$`, 'u');
/** `By: Name - Reporter / @JReyesINQ` (the Philippine Daily Inquirer): the reporter's account past a slash or bar, no name. */
const HANDLE_AFTER_NAMES = /\s+[/|]\s+@[\p{L}\d_.]+$/u;

export function readByline(line: string): { authors: string[]; dateline?: string } | undefined {
  const from = BY_FROM.exec(line)?.groups?.names;
  if (from !== undefined) {
    const filed = FILED_AFTER_NAMES.exec(from);
    const names = filed ? from.slice(0, filed.index) : from;
    const read = readNames(names) ?? (AGENCY_INITIALS.test(names) ? { authors: [names] } : undefined);
    return read && { authors: read.authors, dateline: read.dateline ?? filed?.groups?.place };
  }
  const by = BY.exec(line);
  if (!by) return undefined;
  // `By Name | Euractiv.com`: the names, then the outlet's web address past a bar.
  // `By Anna Holt Follow` (the Wall Street Journal): the button to follow the reporter, glued to the name.
  const [names, ...rest] = withoutJobAfterCapitals(by.groups!.names!.replace(FOLLOW_AFTER_NAMES, '').replace(FOR_OUTLET, '').replace(AGENCY_AFTER_COMMA, '').replace(DESCRIBED_AFTER_COMMA, '').replace(SOURCE_AFTER_NAMES, '').replace(MAIL_AFTER_NAMES, '').replace(HANDLE_AFTER_NAMES, '').replace(ROLE_AFTER_NAMES, '')).split(/\s+\|\s+/u);
  // `By Tamar Kiknadze | The Associated Press`: past a bar, the agency the reporter writes for, as papers print wire copy.
  if (!rest.every((piece) => isHostLine(piece) || isWireAgency(piece) || EDITOR_CREDIT.test(piece))) return undefined;
  const filed = FILED_AFTER_NAMES.exec(names!);
  const printed = filed ? names!.slice(0, filed.index) : names!;
  const afterRole = printed.replace(ROLE_BEFORE_NAMES, '');
  // `By Reuters Staff`: an agency's staff is the agency, no person so named (`Anna Staff` is one).
  const staffOf = STAFF.test(printed) ? printed.replace(/\s+\S+$/u, '') : undefined;
  if (staffOf !== undefined && isWireAgency(staffOf)) return { authors: [staffOf] };
  // `By AFP - Agence France Presse` (Barron's): the agency's initials, then its name in full past a dash.
  const [agency, fullName, ...more] = printed.split(/\s+[-–—]\s+/u);
  if (fullName !== undefined && more.length === 0 && isWireAgency(agency!) && isWireAgency(fullName)) return { authors: [agency!] };
  const read = readAuthors(printed) ?? caselessNames(printed) ?? (STAFF.test(printed) ? { authors: [] } : undefined) ?? (afterRole === printed ? undefined : readNames(afterRole));
  return read && filed ? { authors: read.authors, dateline: read.dateline ?? filed.groups!.place } : read;
}

/**
 * The BBC's services print the byline as labelled lines under `Article information`: `Author, Anna
 * Keller` then `Role, BBC News`. The author is the byline; the role is the page's, as the heading is.
 */
export const LABELLED_AUTHOR = new RegExp(String.raw`^${phrasesOf('authorLabel')}\s*,\s+(?<names>\S.*)$`, 'iu');

/**
 * Who translated the article (`Translation by Name`, `Перевод: Name`): printed text, and no byline,
 * since the article schema has no translator and a translator is not an author. It stays in the body.
 */
const TRANSLATOR_CREDIT = new RegExp(String.raw`^${phrasesOf('translatorCredit')}\s*${LABEL_MARK}?\s+\p{Lu}`, 'iu');

export const isTranslatorCredit = (line: string) => TRANSLATOR_CREDIT.test(line.trim());

/**
 * A byline's label alone on its line, the names on the next (`Автор`, then `Иван Смирнов`): a fact
 * line that states nothing itself, but no chrome that would end the article's text.
 */
const AUTHOR_LABEL = new RegExp(String.raw`^${phrasesOf('authorLabel')}\s*${LABEL_MARK}?$`, 'iu');

export const isAuthorLabel = (line: string): boolean => AUTHOR_LABEL.test(line);
