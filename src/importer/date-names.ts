import type { Locale } from 'date-fns';
// One module a locale: the date-fns/locale index loads every locale date-fns has, seconds of an import's start-up.
import { ar } from 'date-fns/locale/ar';
import { arDZ } from 'date-fns/locale/ar-DZ';
import { arMA } from 'date-fns/locale/ar-MA';
import { az } from 'date-fns/locale/az';
import { be } from 'date-fns/locale/be';
import { beTarask } from 'date-fns/locale/be-tarask';
import { bg } from 'date-fns/locale/bg';
import { bn } from 'date-fns/locale/bn';
import { bs } from 'date-fns/locale/bs';
import { ca } from 'date-fns/locale/ca';
import { cs } from 'date-fns/locale/cs';
import { cy } from 'date-fns/locale/cy';
import { da } from 'date-fns/locale/da';
import { de } from 'date-fns/locale/de';
import { el } from 'date-fns/locale/el';
import { enGB } from 'date-fns/locale/en-GB';
import { enUS } from 'date-fns/locale/en-US';
import { es } from 'date-fns/locale/es';
import { et } from 'date-fns/locale/et';
import { eu } from 'date-fns/locale/eu';
import { faIR } from 'date-fns/locale/fa-IR';
import { fi } from 'date-fns/locale/fi';
import { fr } from 'date-fns/locale/fr';
import { gl } from 'date-fns/locale/gl';
import { he } from 'date-fns/locale/he';
import { hi } from 'date-fns/locale/hi';
import { hr } from 'date-fns/locale/hr';
import { hu } from 'date-fns/locale/hu';
import { hy } from 'date-fns/locale/hy';
import { id } from 'date-fns/locale/id';
import { is as icelandic } from 'date-fns/locale/is';
import { it } from 'date-fns/locale/it';
import { ja } from 'date-fns/locale/ja';
import { ka } from 'date-fns/locale/ka';
import { kk } from 'date-fns/locale/kk';
import { ko } from 'date-fns/locale/ko';
import { lb } from 'date-fns/locale/lb';
import { lt } from 'date-fns/locale/lt';
import { lv } from 'date-fns/locale/lv';
import { mk } from 'date-fns/locale/mk';
import { ms } from 'date-fns/locale/ms';
import { mt } from 'date-fns/locale/mt';
import { nb } from 'date-fns/locale/nb';
import { nl } from 'date-fns/locale/nl';
import { nn } from 'date-fns/locale/nn';
import { pl } from 'date-fns/locale/pl';
import { pt } from 'date-fns/locale/pt';
import { ro } from 'date-fns/locale/ro';
import { ru } from 'date-fns/locale/ru';
import { sk } from 'date-fns/locale/sk';
import { sl } from 'date-fns/locale/sl';
import { sq } from 'date-fns/locale/sq';
import { sr } from 'date-fns/locale/sr';
import { srLatn } from 'date-fns/locale/sr-Latn';
import { sv } from 'date-fns/locale/sv';
import { ta } from 'date-fns/locale/ta';
import { th } from 'date-fns/locale/th';
import { tr } from 'date-fns/locale/tr';
import { uk } from 'date-fns/locale/uk';
import { uz } from 'date-fns/locale/uz';
import { uzCyrl } from 'date-fns/locale/uz-Cyrl';
import { vi } from 'date-fns/locale/vi';
import { zhCN } from 'date-fns/locale/zh-CN';
import { zhTW } from 'date-fns/locale/zh-TW';

/**
 * Month and weekday names, and the order of numeric dates, in the languages news is printed in,
 * all taken from date-fns's locales: no name table is written here.
 */

export type DateOrder = 'DMY' | 'MDY';

/** The locales of each language the importer reads, by BCP 47 primary subtag. English has two orders. */
const LANGUAGES: Record<string, Locale[]> = {
  en: [enGB, enUS],
  fr: [fr],
  de: [de],
  es: [es],
  it: [it],
  pt: [pt],
  ru: [ru],
  uk: [uk],
  ka: [ka],
  tr: [tr],
  // The Caucasus' other two: Oxu.az's `28 avqust 2024`, Azatutyun's `Մայիս 28, 2024`.
  az: [az],
  hy: [hy],
  // Gregorian month names as Arabic and Persian pages print them, beside or instead of a date in another calendar (OTHER_CALENDARS).
  ar: [ar],
  fa: [faIR],
  // Central and south-eastern Europe, their genitive month names (`28 maja 2024`, `28. května 2024`, `28 Μαΐου 2024`) in the locales' formatting forms.
  pl: [pl],
  cs: [cs],
  ro: [ro],
  el: [el],
  nl: [nl],
  // The Baltic states' and Central Asia's papers that cover the Caucasus, and Belarusian: Delfi's `2024 m. gegužės 28 d.`,
  // LSM's `2024. gada 28. maijā`, Nasha Niva's `28 траўня 2024` (in the classical spelling, be-tarask); Uzbek in both its alphabets.
  lt: [lt],
  lv: [lv],
  et: [et],
  kk: [kk],
  uz: [uz, uzCyrl],
  be: [be, beTarask],
  // The Balkans' (N1): Serbian in both its alphabets (`28. maj 2024.`, `28. мај 2024.`).
  sr: [sr, srLatn],
  // Croatian (Hina's `ZAGREB, 8. svibnja (Hina) -`) and Bulgarian (Dnevnik's `8 май 2024, 17:26`): in their own clippings
  // only (OWN_CLIPPINGS_ONLY).
  hr: [hr],
  bg: [bg],
  // Hebrew (Haaretz, Ynet: `28 במאי 2024`), its month glued to the preposition its dates print (MORE_MONTH_NAMES).
  he: [he],
  // The Nordic papers' (`28 maj 2024`, `28. mai 2024 kl. 16:42`, `28. toukokuuta 2024`; Norwegian under either written
  // standard's tag or the plain `no`), and Central Europe's others: Hungarian's year first (`2024. május 28.`), Slovak, Slovenian.
  sv: [sv],
  da: [da],
  nb: [nb],
  nn: [nn],
  no: [nb, nn],
  fi: [fi],
  hu: [hu],
  sk: [sk],
  sl: [sl],
  // East Asia's: their weekday names (`火`, `星期二`, `화요일`); their months are numbers with a character (cjk-date-words.ts).
  ja: [ja],
  zh: [zhCN, zhTW],
  ko: [ko],
  // South and South-East Asia's (Tempo's `Selasa, 28 Mei 2024`, VnExpress's `Thứ ba, 28/5/2024`, `28 मई 2024`), and East
  // Africa's Swahili (Mwananchi's `Jumanne, Mei 28, 2024`), which date-fns has no locale for: its names are ICU's (MORE_MONTH_NAMES).
  // Thai PBS's and Matichon's `28 พ.ค. 67`, their year the Buddhist era's (BUDDHIST_ERA_OFFSET).
  th: [th],
  id: [id],
  vi: [vi],
  hi: [hi],
  // India's Bengali and Tamil papers' (Anandabazar's `২৮ মে ২০২৪ ১৬:৪২`, in Bengali digits; Dinamalar's `மே 28,2024 16:42`) and
  // Malaysia's Malay (Berita Harian's `Mei 28, 2024 @ 4:42pm`).
  bn: [bn],
  ta: [ta],
  ms: [ms],
  sw: [],
  // Europe's other languages, in their own clippings only: Catalan, Galician and Basque (Ara's `5 de desembre de 2025`),
  // Icelandic (RÚV's `5. desember 2025 kl. 14:35`), Welsh, Luxembourgish, Maltese, Albanian, Macedonian, Bosnian.
  ca: [ca],
  gl: [gl],
  eu: [eu],
  is: [icelandic],
  cy: [cy],
  lb: [lb],
  mt: [mt],
  sq: [sq],
  mk: [mk],
  bs: [bs],
};

/**
 * Languages whose names are read only in a clipping in that language: their words are other words, or other months,
 * elsewhere. Croatian's October, `listopad`, begins `list` (Al Jazeera's screen-reader line `list 1 of 2`) and is
 * Czech's November; Bulgarian's Sunday, `неделя`, is the Russian for "week". The languages of Europe read without a
 * paper's clippings to test them against the others' words (Catalan to Bosnian) are read so too.
 */
const OWN_CLIPPINGS_ONLY = new Set(['hr', 'bg', 'ca', 'gl', 'eu', 'is', 'cy', 'lb', 'mt', 'sq', 'mk', 'bs']);
const REGIONAL: Record<string, Locale> = { 'en-gb': enGB, 'en-us': enUS };

export const DATE_LANGUAGES = Object.keys(LANGUAGES);

/** Whether month and weekday names are read in the language (`pt-BR` as `pt`). */
export const readsDatesIn = (tag: string): boolean => primaryLanguage(tag) in LANGUAGES;

/**
 * A name as compared: no accents, no case, no final dot, Turkish dotless i as i, so `MÄRZ`, `März`
 * and `Mär.` meet, and a clipping in capitals still reads. Thai's vowel signs are marks too, but no
 * accents: they tell its months apart (`ม.ค.` January, `มี.ค.` March), so they stay.
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/(?!\p{Script=Thai})\p{M}/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i')
    .replace(/\.$/, '');
}

interface Names {
  /** Every printed form (abbreviated and wide, formatting and standalone, so genitives such as `августа`), folded. */
  exact: Map<string, Set<number>>;
  /** The wide forms, folded, for abbreviations the locale does not list (`Sept`, `Tues`, `сент`). */
  wide: [name: string, value: number][];
}

function namesOf(locales: Locale[], count: number, name: (locale: Locale, index: number, width: 'abbreviated' | 'wide' | 'short', context: 'formatting' | 'standalone') => string, widths: ('abbreviated' | 'wide' | 'short')[], moreWide: string[] = []): Names {
  const exact = new Map<string, Set<number>>();
  const wide: Names['wide'] = [];
  const add = (printed: string, index: number, isWide: boolean) => {
    const folded = foldName(printed);
    exact.set(folded, (exact.get(folded) ?? new Set()).add(index));
    if (isWide) wide.push([folded, index]);
  };
  for (const locale of locales) {
    for (let index = 0; index < count; index += 1) {
      for (const context of ['formatting', 'standalone'] as const) {
        for (const width of widths) add(name(locale, index, width, context), index, width === 'wide');
      }
    }
  }
  // Twelve a calendar's set of names, January first.
  moreWide.forEach((printed, index) => add(printed, index % 12, true));
  return { exact, wide };
}

/**
 * Wide month names a language's press prints that its date-fns locale lacks. date-fns's Persian
 * names are Afghanistan's (`می`, `جون`); Iran's press prints ICU's (`مه`, `ژوئن`, BBC Persian),
 * which Intl gives: both are read. date-fns's Armenian has no genitive, which a day takes
 * (`11 հունիսի 2024`, Hetq); ICU's month beside a day is it.
 */
const MORE_MONTH_NAMES: Record<string, string[]> = {
  // The Maghreb's papers print the French names (Echorouk's `جوان`, `أوت`; Hespress's `يوليوز`, `غشت`, `شتنبر`): date-fns's ar-DZ
  // and ar-MA give them, but only their names, as those locales' numeric dates are month first, which the Maghreb's are not.
  ar: [...wideMonths(arDZ), ...wideMonths(arMA)],
  fa: intlMonths('fa'), hy: intlMonths('hy', { day: 'numeric' }), he: gluedMonths(he), sw: intlMonths('sw') };
/** Wide weekday names of a language date-fns has no locale for: ICU's. */
const MORE_WEEKDAY_NAMES: Record<string, string[]> = { sw: intlWeekdays('sw') };

/** A locale's wide month names, January first. */
function wideMonths(locale: Locale): string[] {
  return Array.from({ length: 12 }, (_, index) => locale.localize.month(index as never, { width: 'wide', context: 'formatting' }));
}

/**
 * A locale's wide month names with the letters its long date glues before them (Hebrew's `d בMMMM y`: `28 במאי 2024`, "28 in
 * May"), as its dates print them; none for a locale that glues none.
 */
function gluedMonths(locale: Locale): string[] {
  const glued = /(\p{L}+)MMMM/u.exec(locale.formatLong!.date({ width: 'long' }))?.[1];
  return glued === undefined ? [] : wideMonths(locale).map((month) => `${glued}${month}`);
}
/**
 * Languages whose locale lists the abbreviations their press prints (Finnish `marras`), so no word is read as the start of
 * their wide names: Finnish's November, `marraskuu`, would make German's `Mär` ambiguous. Vietnamese names every month
 * `Tháng` and a number, so that word alone would be the start of all twelve.
 */
const NO_PREFIX_READING = new Set(['fi', 'vi']);
// Narrow forms (J, F, M) are initials, not names, and are left out.
const MONTHS = new Map(
  Object.entries(LANGUAGES).map(([language, locales]) => {
    const names = namesOf(locales, 12, (locale, index, width, context) => locale.localize.month(index as never, { width, context }), ['abbreviated', 'wide'], MORE_MONTH_NAMES[language]);
    return [language, NO_PREFIX_READING.has(language) ? { ...names, wide: [] } : names];
  }),
);

/** A language's Gregorian month names as ICU prints them: alone, or in the form they take beside a day (`{ day: 'numeric' }`). */
function intlMonths(language: string, beside: Intl.DateTimeFormatOptions = {}): string[] {
  const format = new Intl.DateTimeFormat(`${language}-u-ca-gregory`, { ...beside, month: 'long', timeZone: 'UTC' });
  return Array.from({ length: 12 }, (_, index) => format.formatToParts(new Date(Date.UTC(2024, index, 15))).find((part) => part.type === 'month')!.value);
}
/** A language's weekday names as ICU prints them, Sunday first as date-fns counts. */
function intlWeekdays(language: string): string[] {
  const format = new Intl.DateTimeFormat(`${language}-u-ca-gregory`, { weekday: 'long', timeZone: 'UTC' });
  // 2024-05-26 was a Sunday.
  return Array.from({ length: 7 }, (_, index) => format.format(new Date(Date.UTC(2024, 4, 26 + index))));
}
const WEEKDAYS = new Map(
  Object.entries(LANGUAGES).map(([language, locales]) => [
    language,
    namesOf(locales, 7, (locale, index, width, context) => locale.localize.day(index as never, { width, context }), ['short', 'abbreviated', 'wide'], MORE_WEEKDAY_NAMES[language]),
  ]),
);

/** Values a word names in one language: an exact form, or the start (three letters or more) of one wide form. */
function valuesIn(names: Names, folded: string): Set<number> {
  const exact = names.exact.get(folded);
  if (exact) return exact;
  if (folded.length < 3) return new Set();
  return new Set(names.wide.filter(([wide]) => wide.startsWith(folded)).map(([, value]) => value));
}

export class AmbiguousName extends Error {
  constructor(
    readonly word: string,
    readonly languages: string[],
  ) {
    super(`"${word}" means different things in ${languages.join(', ')}`);
  }
}

/**
 * The value a word names, preferring the clipping's own languages; a word that means different
 * things in other languages, with none of the preferred ones knowing it, is ambiguous, not guessed.
 */
function lookUp(table: Map<string, Names>, word: string, preferred: readonly string[]): number | undefined {
  const folded = foldName(word);
  const meanings = new Map<string, Set<number>>();
  const own = new Set(preferred.map(primaryLanguage));
  for (const [language, names] of table) {
    if (OWN_CLIPPINGS_ONLY.has(language) && !own.has(language)) continue;
    // In a clipping whose language is known, two letters name a day or month only in that language: the Nordic `on`
    // (Wednesday) and `to` (Thursday) are English words. With no language known, they stay ambiguous (refused).
    if (folded.length <= 2 && preferred.length > 0 && !preferred.some((tag) => primaryLanguage(tag) === language)) continue;
    const values = valuesIn(names, folded);
    if (values.size > 0) meanings.set(language, values);
  }
  for (const language of preferred) {
    const values = meanings.get(primaryLanguage(language));
    if (values?.size === 1) return [...values][0];
  }
  const all = new Set([...meanings.values()].flatMap((values) => [...values]));
  if (all.size === 1) return [...all][0];
  if (all.size > 1) throw new AmbiguousName(word, [...meanings.keys()]);
  return undefined;
}

/** 1-12, or undefined when the word is no month name in any language read. */
export function monthNamed(word: string, preferred: readonly string[] = []): number | undefined {
  const index = lookUp(MONTHS, word, preferred);
  return index === undefined ? undefined : index + 1;
}

/** 0 = Sunday, as date-fns counts, or undefined. */
export function weekdayNamed(word: string, preferred: readonly string[] = []): number | undefined {
  return lookUp(WEEKDAYS, word, preferred);
}

function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0]!;
}

/**
 * Day-first or month-first, as the language's locales write a short numeric date; undefined when
 * they disagree (plain `en`: Britain writes 08/03, America 03/08) or the language is not read.
 */
export function dateOrderOf(language: string | undefined): DateOrder | undefined {
  if (!language) return undefined;
  const locales = REGIONAL[language.toLowerCase()] ? [REGIONAL[language.toLowerCase()]!] : LANGUAGES[primaryLanguage(language)];
  if (!locales) return undefined;
  const orders = new Set(
    locales.map((locale): DateOrder | undefined => {
      const pattern = locale.formatLong!.date({ width: 'short' });
      // Year first (Persian `yyyy/MM/dd`) says nothing of a day and month printed before their year.
      if (pattern.indexOf('y') < pattern.indexOf('M')) return undefined;
      return pattern.indexOf('d') < pattern.indexOf('M') ? 'DMY' : 'MDY';
    }),
  );
  return orders.size === 1 ? [...orders][0] : undefined;
}

/** English names for messages: "Friday", "March". */
export const monthName = (month: number): string => enGB.localize.month((month - 1) as never, { width: 'wide' });
export const weekdayName = (weekday: number): string => enGB.localize.day(weekday as never, { width: 'wide' });

/**
 * The Gregorian day of a Solar Hijri date, as Iran's papers print it (`۸ خرداد ۱۴۰۳`, Hamshahri): the day that ICU's `persian`
 * calendar (Intl) prints with that day, month and year, so no month table and no calendar arithmetic is written here. Undefined
 * when no day of the year is so printed (`31 اسفند` in a year whose Esfand has 29 days).
 */
function solarHijriDay(day: number, month: string, year: number): { year: number; month: number; day: number } | undefined {
  const wanted = `${day} ${foldName(month)} ${year}`;
  // A Solar Hijri year begins at the March equinox: its days all fall in the 400 from March 1st of the Gregorian year 621 later.
  const start = Date.UTC(year + 621, 2, 1);
  for (let offset = 0; offset < 400; offset += 1) {
    const date = new Date(start + offset * 86_400_000);
    const parts = Object.fromEntries(SOLAR_HIJRI.formatToParts(date).map((part) => [part.type, part.value]));
    if (`${parts.day} ${foldName(parts.month!)} ${parts.year}` === wanted) return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
  }
  return undefined;
}
const SOLAR_HIJRI = new Intl.DateTimeFormat('fa-IR-u-ca-persian-nu-latn', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/**
 * Calendars other than the Gregorian that pages print dates in (`۸ خرداد ۱۴۰۳`, Radio Farda; `20 ذو القعدة 1445 هـ`,
 * Asharq Al-Awsat), by their month names as ICU writes them (Intl, no table here). A Solar Hijri date with its year is
 * converted (gregorianDay); a Hijri one is not: its months begin when the new moon is sighted, which countries and
 * papers date a day apart, so its Gregorian day is not known from the page. A date not converted is refused by its
 * calendar's name, never read as a Gregorian one.
 */
export interface OtherCalendar {
  name: string;
  months: string[];
  gregorianDay?: (day: number, month: string, year: number) => { year: number; month: number; day: number } | undefined;
}
const OTHER_CALENDARS: OtherCalendar[] = [
  { name: 'Solar Hijri', months: calendarMonths('fa', 'persian'), gregorianDay: solarHijriDay },
  { name: 'Hijri', months: calendarMonths('ar', 'islamic') },
];

function calendarMonths(language: string, calendar: string): string[] {
  const format = new Intl.DateTimeFormat(`${language}-u-ca-${calendar}`, { month: 'long', timeZone: 'UTC' });
  const names = new Set<string>();
  // Every month of either calendar begins within 400 days, and none is shorter than 29.
  for (let day = 0; day < 400; day += 7) names.add(foldName(format.format(new Date(Date.UTC(2024, 0, 1 + day)))));
  return [...names].sort((a, b) => b.length - a.length);
}

/** The calendar whose month name `text` starts with (`خرداد ۱۴۰۳`), or undefined. */
export function otherCalendarAt(text: string): OtherCalendar | undefined {
  const folded = foldName(text.slice(0, 40));
  return OTHER_CALENDARS.find(({ months }) => months.some((month) => folded.startsWith(month) && !/^\p{L}/u.test(folded.slice(month.length))));
}

/**
 * Thai dates count years in the Buddhist era (`28 พ.ค. 67`, `28 พฤษภาคม 2567`: 2024), ICU's `buddhist` calendar, whose
 * months and days are the Gregorian ones: its years run this many ahead, as the platform's Intl says (543).
 */
export const BUDDHIST_ERA_OFFSET =
  Number(new Intl.DateTimeFormat('th-TH-u-ca-buddhist-nu-latn', { year: 'numeric', timeZone: 'UTC' }).formatToParts(new Date(Date.UTC(2024, 6, 1))).find((part) => part.type === 'year')!.value) - 2024;

/** A month named in Thai: its date's year is the Buddhist era's. */
export const countsBuddhistEra = (month: string): boolean => /\p{Script=Thai}/u.test(month);

/**
 * The mark of the Gregorian era after a year, as ICU writes it in Arabic and Persian (`2024 مـ`, Asharq
 * Al-Awsat, beside `1445 هـ`): the elongation stroke `ـ` aside.
 */
const GREGORIAN_ERA_MARKS = new Set(
  ['ar', 'fa'].flatMap((language) =>
    (['short', 'narrow'] as const).map((era) => foldName(new Intl.DateTimeFormat(`${language}-u-ca-gregory`, { era, timeZone: 'UTC' }).formatToParts(new Date()).find((part) => part.type === 'era')!.value)),
  ),
);
export const isGregorianEraMark = (word: string): boolean => GREGORIAN_ERA_MARKS.has(foldName(word.replace(/\u0640/gu, '')));
