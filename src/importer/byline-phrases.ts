import { NEWS_AGENCY_FORMS } from './news-agencies.ts';
import { fragment, type Language, NOT_SEEN, type Role, SUFFIX } from './phrase-table.ts';

/** `Dalla nostra inviata`: the paper's own reporter sent there, before the names (a byline) or the place (a dateline). */
const FROM_OUR_REPORTER_IT = fragment(String.raw`dal(?:la)? nostr[oa] (?:inviat[oa]|corrispondente)`);

/** The languages that name a newsroom with its paper (newsroomOf), so have no word for a desk or a staff alone. */
const NEWSROOM_WITH_PAPER: Partial<Record<Language, string>> = {
  fr: 'French names the newsroom with its paper (newsroomOf)',
  de: 'German names the newsroom with its paper (newsroomOf)',
  es: 'Spanish names the newsroom with its paper (newsroomOf)',
  it: 'Italian names the newsroom with its paper (newsroomOf)',
  pt: 'Portuguese names the newsroom with its paper (newsroomOf)',
  ru: 'Russian names the newsroom with its paper (newsroomOf)',
  uk: 'Ukrainian names the newsroom with its paper (newsroomOf)',
};

/**
 * The words of a byline and of who else a page says made the article: the word for "by", labels,
 * newsrooms, agencies, reporters' roles, where a story was filed from, translators.
 */
export const BYLINE_PHRASES = {
  /** The newsroom as a whole before its paper's name, not a reporter: `Redazione ANSA`. */
  newsroomOf: {
    // `red, ORF.at/Agenturen`: ORF's short word, its comma before the paper
    phrases: { ca: ['redacció'], it: ['redazione'], de: ['redaktion', 'red,'], fr: ['rédaction', 'la rédaction'], es: ['redacción'], pt: ['redação'], ru: ['редакция'], uk: ['редакція'] },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, en: 'English names the desk alone (newsDesk)', tr: 'Turkish names the desk alone (newsDesk)', ka: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The paper's staff after `By` and its name, its own byline and no author: `By DFWatch staff`, `By Times of Israel Staff`. */
  staffWord: {
    phrases: { en: [fragment(String.raw`staff(?: writers?| reporters?)?`)] },
    gaps: { ca: 'Catalan names the newsroom alone (newsDesk) or with its paper (newsroomOf)', id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, ...NEWSROOM_WITH_PAPER, tr: 'Turkish names the desk alone (newsDesk)', ka: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /**
   * News agencies by the names they print, alike in every language (the table in news-agencies.ts): a reporter's
   * agency under the byline is no place (the Japan Times: `by Name`, `Reuters`, the date).
   */
  wireAgency: {
    any: NEWS_AGENCY_FORMS,
    phrases: {},
  },
  /** Before the paper's name, a freelancer's note under the byline: `SPECIAL TO THE GLOBE AND MAIL`. The page's, as the masthead is. */
  specialTo: {
    phrases: { en: ['special to'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The newsroom as a whole on a line of its own: `Haber Merkezi`. */
  newsDesk: {
    // France 24's byline over agency copy: `Text by NEWS WIRES`
    // and the agency's description under its name in the page's head: `Russian News Agency` (TASS)
    // The Daily Star (Dhaka) over its desk's stories: `Star Online Report`
    // Amar Ujala: `न्यूज डेस्क, अमर उजाला, भोपाल`; Anandabazar: `নিজস্ব সংবাদদাতা` ("own correspondent"), Prothom Alo: `নিজস্ব প্রতিবেদক` ("staff reporter"); Dinamani: `நமது நிருபர்` ("our reporter")
    // VilaWeb and 3Cat print the newsroom alone under the standfirst: `Redacció`
    // Amar Ujala: `न्यूज डेस्क, अमर उजाला, भोपाल`; Anandabazar: `নিজস্ব সংবাদদাতা` ("own correspondent"), Prothom Alo: `নিজস্ব প্রতিবেদক` ("staff reporter"); Dinamani: `நமது நிருபர்` ("our reporter"); Hindu Tamil Thisai: `செய்திப்பிரிவு` ("news division")
    phrases: { ca: ['redacció'], en: ['news desk', 'newsroom', 'web desk', 'news wires', 'news agency', 'online report'], tr: ['haber merkezi', 'dış haberler'], hi: ['न्यूज डेस्क', 'डिजिटल डेस्क', 'वेब डेस्क'], bn: ['নিজস্ব সংবাদদাতা', 'নিজস্ব প্রতিবেদক'], ta: ['நமது நிருபர்', 'நமது சிறப்பு நிருபர்', 'செய்திப்பிரிவு'] },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, vi: NOT_SEEN, ...NEWSROOM_WITH_PAPER, ka: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /**
   * An institution's press office on a line of its own under the date, the body that issued its statement and the source's
   * own desk (the EEAS: `Press and information team of the Delegation to Georgia`): no author, as the paper's desk is none.
   */
  pressOffice: {
    phrases: {
      ca: ['gabinet de premsa', 'oficina de premsa'],
      en: ['press and information team', 'press office', 'press team', 'press service'],
      fr: ['service de presse'],
      de: ['pressestelle'],
      es: ['oficina de prensa', 'gabinete de prensa'],
      it: ['ufficio stampa'],
      pt: ['assessoria de imprensa'],
      ru: ['пресс-служба'],
      uk: ['пресслужба', 'прес-служба'],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** `Source: Meduza`: the label before the paper's or an agency's name. */
  sourceLabel: {
    // TVN24 under its byline: `Źródło: PAP, Reuters`; iROZHLAS in the caption: `Zdroj: Reuters`
    // Xinhua's `来源：新华网` beside the date
    phrases: { ca: ['font'], en: ['source'], fr: ['source'], de: ['quelle'], es: ['fuente'], it: ['fonte'], pt: ['fonte'], ru: ['источник'], uk: ['джерело'], ka: ['წყარო'], tr: ['kaynak'], az: ['mənbə'], hy: ['աղբյուր', 'աղբյուրը'], fa: ['منبع'], ar: ['المصدر'], pl: ['źródło'], cs: ['zdroj'], ro: ['sursa', 'sursă'], el: ['πηγή'], nl: ['bron'], lt: ['šaltinis'], et: ['allikas'], lv: ['avots'], be: ['крыніца'], ja: ['出典'], zh: ['来源', '來源'], ko: ['출처'] },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The word before a byline's names: `By`, `Par`, `Von`, `Автор`. */
  bylineWord: {
    phrases: {
      // El Nacional.cat, Diari de Girona: `Per Name`; `per` is also "for", "by" in any sentence: read in Catalan clippings only
      ca: ['per'],
      // the Bangkok Post: `WRITER: Reuters` under the date; TASS's interviewer under an interview: `Interviewed by Name`;
      // Caucasian Knot's English pages under the text: `Author: Name Source: CK correspondent`; Drupal's `Submitted by Name
      // on Thu, 05/28/2015 - 15:42`, a blog's `Posted by Name`
      en: [fragment(String.raw`(?:story |text |words |written |interview(?:ed)? |submitted |posted )?by`), 'writer', 'author'],
      // RFI: `Texte par : RFI`; Le Monde's interviews: `Propos recueillis par Name`
      fr: [fragment('(?:texte |propos recueillis )?par')],
      // Der Spiegel: `Ein Interview von Name, Tiflis`, `Ein Nachruf von Name`
      de: [fragment(String.raw`(?:ein (?:interview|gespräch|kommentar|essay|gastbeitrag|bericht|nachruf|porträt) )?von`)],
      es: ['por'],
      pt: ['por'],
      // `dal nostro inviato Marco Rossi`: the paper's own reporter sent there
      it: ['di', FROM_OUR_REPORTER_IT],
      // Rossiyskaya Gazeta: `Текст: Иван Петров`; TASS's interviewer under an interview: `Беседовала Анна Юдина`
      ru: ['автор', 'авторы', 'текст', fragment('беседовал[аи]?')],
      uk: ['від', 'автор', 'автори'],
      // `Haber: Name` under the text, over `Editör: Name`
      tr: ['yazar', 'haber'],
      ka: ['ავტორი'],
      az: ['müəllif'],
      hy: ['հեղինակ'],
      fa: ['نویسنده'],
      // Egyptian papers: `كتب محمود عبد الراضي` ("wrote"), Youm7 without a colon, Al-Masry Al-Youm with one
      ar: ['بقلم', 'كتب'],
      // TVN24: `Autor: Name` under the lead; Nasha Niva: `Аўтар: Name` under the date
      pl: ['autor', 'autorka', 'autorzy'], cs: ['autor', 'autorka', 'autoři'], lt: ['autorius'], lv: ['autors'], et: ['autor'], be: ['аўтар'],
      // HotNews: `de Name`; NOS and NRC: `door Name`
      ro: ['de'], nl: ['door'],
      sr: ['autor', 'аутор'], hr: ['autor', 'autorica'],
      sv: ['av', 'text'], da: ['af', 'tekst'], nb: ['av', 'tekst'], fi: ['teksti'], hu: ['szerző'], sk: ['autor', 'autorka'], sl: ['avtor', 'avtorica'],
      he: ['מאת'],
      // Kompas: `Penulis Name | Editor Name` under the date; Tempo: `Reporter: Name` over `Editor: Name`; Mwananchi: `Na Name`;
      // Berita Harian (Malay, which reads Indonesian's phrases): `Oleh Name - Mei 28, 2024 @ 4:42pm`; Antara: `Pewarta: Name` under the text
      id: ['penulis', 'reporter', 'oleh', 'pewarta'], sw: ['na'],
    },
    gaps: { th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, el: 'Greek pages print the names alone', ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, uz: NOT_SEEN },
    // An English door, an English or Spanish name's particle (`De Niro`, `Di Maria`, `Von Trier`), a golfer's par, an English
    // reporter, the Swahili `na` ("and") opening a sentence.
    ownClippingsOnly: ['nl', 'ro', 'it', 'de', 'fr', 'id', 'sw', 'ca'],
  },
  /**
   * "From" before a byline's names or agency (UOL: `Da AFP, em Tbilisi`, `Do UOL`): the same word opens
   * a place (`Da Tbilisi`, Italian), so only names or an agency's initials may follow it (readByline).
   */
  bylineFrom: {
    phrases: { pt: ['da', 'do'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, en: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** `By Name for RFA`: the outlet a freelancer or stringer wrote the story for, after the byline's names (readByline). */
  writingFor: {
    phrases: { en: ['for'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** A byline's label, alone over the names (`Автор`) or before a comma (the BBC's `Author, Name`). */
  authorLabel: {
    phrases: {
      ca: ['autor', 'autora', 'autors', 'per'],
      // TVN24: `Autor: Name`; Kathimerini: `Συντάκτης`
      pl: ['autor', 'autorka', 'autorzy'],
      cs: ['autor', 'autorka', 'autoři'],
      ro: ['autor', 'autori'],
      el: ['συντάκτης', 'συντάκτρια'],
      nl: ['auteur', 'auteurs'],
      // CBS News prints `By` alone, the name on the next line
      en: ['author', 'authors', 'by'],
      fr: ['auteur', 'auteurs', 'article rédigé par'],
      // Clarín prints `Por` alone, the name on the next line
      es: ['autor', 'autora', 'autores', 'por'],
      // Observador labels its byline `Texto` (and the photos `Fotografia`)
      pt: ['autor', 'autora', 'autores', 'texto'],
      ru: ['автор', 'авторы'],
      uk: ['автор', 'автори'],
      tr: ['yazar', 'yazan'],
      az: ['müəllif', 'müəlliflər'],
      hy: ['հեղինակ', 'հեղինակներ'],
      fa: ['نویسنده', 'نویسندگان'],
      ar: ['الكاتب'],
      lt: ['autorius'], et: ['autor'], lv: ['autors'], be: ['аўтар'],
      sr: ['autor', 'аутор'], hr: ['autor', 'autorica'],
      bg: ['автор', 'автори'],
      // BBC Hindi: `लेखक, Name` over `पदनाम, …` (bylineRoleLabel); BBC News Tiếng Việt: `Tác giả, Name` over `Vai trò, …`
      hi: ['लेखक'], vi: ['tác giả'],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, de: NOT_SEEN, it: NOT_SEEN, ka: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The word before where a reporter filed from: `Andrew Roth in Moscow`. */
  filedFromPreposition: {
    phrases: { en: ['in'], fr: ['à'], de: ['aus'], es: ['en'], pt: ['em'], it: ['da'], ru: ['в'], uk: ['у', 'в'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, tr: SUFFIX, ka: SUFFIX, az: SUFFIX, hy: SUFFIX, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** Where the paper sent the reporter, after the names and a comma: `di Marco Rossi, inviato a Tbilisi`. */
  postedTo: {
    phrases: {
      it: [fragment(String.raw`(?:nostr[oa] )?inviat[oa] a`), fragment(String.raw`corrispondente da`)],
      fr: [fragment(String.raw`envoyée? spéciale? à`), fragment(String.raw`correspondante? à`)],
      en: [fragment(String.raw`(?:special |foreign )?correspondent in`)],
    },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /**
   * The paper's own reporter sent to the place that follows, opening the text's dateline: `Dalla nostra inviata
   * POTI — …` (Corriere della Sera), `De notre envoyée spéciale à Poti`.
   */
  fromOurReporter: {
    phrases: {
      it: [FROM_OUR_REPORTER_IT],
      fr: [fragment(String.raw`de notre (?:envoyée? spéciale?|correspondante?)`)],
      es: [fragment(String.raw`de nuestr[oa] (?:enviad[oa] especial|corresponsal)`)],
    },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, en: NOT_SEEN, de: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /**
   * A reporter sent to where the story happened, in the note after the byline's names: `(Poti (Géorgie), envoyée
   * spéciale)` (Le Monde). The place is the dateline; a correspondent's (`(Moscou, correspondant)`) is where the
   * reporter is posted, not where this story was filed.
   */
  sentThere: {
    phrases: {
      ca: [fragment(String.raw`envia(?:t|da) especial`)],
      fr: [fragment(String.raw`envoyée? spéciale?`)],
      es: [fragment(String.raw`enviad[oa] especial`)],
      it: [fragment(String.raw`inviat[oa](?: speciale)?`)],
      en: ['special correspondent'],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, de: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The agencies in general after the paper's name in its own byline, `RTVE.es / AGENCIAS`: no author. */
  agenciesWord: {
    phrases: { ca: ['agències'], es: ['agencias'], it: ['agenzie'], pt: ['agências'], fr: ['agences'], en: ['agencies'], de: ['agenturen'] },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, tr: NOT_SEEN, ka: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /**
   * A reporter's job, after the names and a comma: `By Roland Oliphant, Senior Foreign Correspondent`
   * (the Telegraph). A word of the part, so `Chief Political Editor` and `Moscow Correspondent` alike.
   */
  reporterRole: {
    phrases: {
      ca: ['corresponsal', 'periodista', fragment(String.raw`redactor(?:a)?`), fragment(String.raw`envia(?:t|da) especial`)],
      // a think tank's and a ministry's authors sign with theirs: `Senior Research Fellow, Russia and Eurasia Programme`
      // (Chatham House), `Matthew Miller, Department Spokesperson` (the State Department)
      en: [fragment(String.raw`(?:correspondent|editor|reporter|writer|journalist|columnist|analyst|producer|contributor|fellow|spokesperson|spokesman|spokeswoman)s?`)],
      fr: [fragment(String.raw`correspondante?|journaliste|rédact(?:eur|rice)|envoyée? spéciale?`)],
      de: [fragment(String.raw`korrespondent(?:in)?|redakteur(?:in)?|reporter(?:in)?`)],
      es: ['corresponsal', 'periodista', fragment(String.raw`redact(?:or|ora)`), fragment(String.raw`enviad[oa] especial`)],
      it: ['corrispondente', 'giornalista', fragment(String.raw`inviat[oa]`)],
      pt: ['correspondente', 'jornalista', 'repórter'],
      ru: ['корреспондент', 'обозреватель', 'журналист', fragment(String.raw`редактора?`)],
      uk: ['кореспондент', 'оглядач', 'журналіст'],
      tr: ['muhabir', 'muhabiri'],
      ka: ['კორესპონდენტი', 'ჟურნალისტი'],
      az: ['müxbir', 'müxbiri', 'jurnalist'],
      hy: ['թղթակից', 'լրագրող'],
      fa: ['خبرنگار'],
      ar: ['مراسل', 'مراسلة', 'صحفي'],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The agency's own correspondent, before the agency's name and the reporter's between a dateline's slashes: `/Корр. ИТАР-ТАСС Тамара Беридзе/.` (ITAR-TASS until 2014). */
  agencyCorrespondent: {
    phrases: { ru: ['корр.', 'соб. корр.'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, en: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** "with" before the agency a byline's paper or reporter drew on: `Par Le Figaro avec AFP`. */
  withAgency: {
    phrases: { ca: ['amb'], fr: ['avec'], en: ['with'], de: ['mit'], es: ['con'], it: ['con'], pt: ['com'] },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, ru: NOT_SEEN, uk: 'not seen, and `з` is also "from" before a place', tr: SUFFIX, ka: SUFFIX, az: SUFFIX, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /**
   * The words before the agencies a text drew on, in a closing line of its own: `(Con información de
   * EFE y AFP)`, `С использованием материалов ТАСС`, `За матеріалами Укрінформ` (body-facts.ts, creditedAgencies).
   */
  drawnFrom: {
    phrases: {
      ca: ['amb informació de'],
      es: ['con información de'],
      pt: [fragment(String.raw`com informações d[aoe]s?`)],
      de: ['mit material von'],
      ru: ['с использованием материалов', 'по материалам'],
      uk: ['за матеріалами', 'з використанням матеріалів'],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, en: NOT_SEEN, fr: NOT_SEEN, it: NOT_SEEN, ka: NOT_SEEN, tr: 'Turkish credits the agency after `Kaynak:` (sourceLabel)', az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** "and" between a byline's names. */
  nameConjunction: {
    phrases: { ca: ['i'], en: ['and'], de: ['und'], fr: ['et'], es: ['y'], pt: ['e'], it: ['e'], ru: ['и'], uk: ['і', 'та'], tr: ['ve'], ka: ['და'], az: ['və'], hy: ['և', 'եւ'], fa: ['و'], pl: ['i'], cs: ['a'], ro: ['și', 'şi'], el: ['και'], nl: ['en'], id: ['dan'], sw: ['na'],
      // Aftenposten: `Av Ingrid Solberg og Magnus Haugen`
      sv: ['och'], da: ['og'], nb: ['og'], lt: ['ir'], hu: ['és'], sr: ['i', 'и'], hr: ['i'], bg: ['и'],
      hi: ['और'], bn: ['ও'], ta: ['மற்றும்'], vi: ['và'] },
    // Slovenian's `in` and Latvian's `un` are English and French words a byline's place or note may hold (`By Name in Tbilisi`).
    gaps: { th: NOT_SEEN, ar: 'Arabic joins `و` to the next word', lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, fi: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** Who translated the article, before the name: `Translation by`, `Перевод:`. */
  translatorCredit: {
    phrases: {
      ca: [fragment(String.raw`traducció(?: de)?`), 'traduït per'],
      en: [fragment(String.raw`translat(?:ion|ed)(?: from (?:the )?[\p{L}]+)? by`)],
      fr: [fragment(String.raw`traduction(?: de)?`), fragment(String.raw`traduit(?: de \S+)? par`)],
      de: [fragment(String.raw`übersetzung(?: aus dem \S+)?`), 'übersetzt von'],
      es: [fragment(String.raw`traducción(?: de)?`), 'traducido por'],
      pt: [fragment(String.raw`tradução(?: de)?`)],
      it: [fragment(String.raw`traduzione(?: di)?`), 'tradotto da'],
      ru: [fragment(String.raw`перевод(?: с \S+)?`)],
      uk: [fragment(String.raw`переклад(?: з \S+)?`)],
      tr: ['çeviri'],
      ka: ['თარგმანი', 'თარგმნა'],
      az: ['tərcümə'],
      hy: ['թարգմանությունը', 'թարգմանեց'],
      fa: ['ترجمه'],
      ar: ['ترجمة'],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** Where the reporter filed from, on a line of its own: `Reporting from Tbilisi, Georgia`. */
  reportingFrom: {
    phrases: { en: [fragment(String.raw`report(?:ing|ed) from`)] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
} as const satisfies Record<string, Role>;
