/**
 * The world's news agencies by the names they print: in a byline, under the text as a sign-off, or
 * beside a photo. Each entry is one agency: the name it signs with first, then its other printed
 * forms (its full name, another script, its initials in another of its country's languages). The
 * importer's `wireAgency` phrases (byline-phrases.ts) and the reading of sign-off codes
 * (body-facts.ts) take their names from here, so an agency is added in one place.
 *
 * Only agencies that write the news: photo agencies and picture services (EPA, Getty Images) are
 * credited for photos, never as a story's author, and are left out. Agencies known only by two or
 * three letters that no outlet read here prints wait until one does (Sweden's `TT`, Slovenia's
 * `STA`): staff initials in a sign-off take such letters too (`dpa/AFP/tt`), and would be read as an agency.
 */
export const NEWS_AGENCIES: readonly (readonly string[])[] = [
  // Worldwide
  // and in Arabic, as Arabic pages credit their photos and copy (`(أ ف ب)`, `(رويترز)`), and in Chinese, as Taiwan's
  // papers credit photos in both scripts (the Liberty Times: `…抗議。（美聯社）`)
  ['AFP', 'Agence France-Presse', 'Agence France Presse', 'أ ف ب', 'أ.ف.ب', 'فرانس برس', '法新社'],
  ['AP', 'Associated Press', 'The Associated Press', 'أسوشيتد برس', '美聯社', '美联社'],
  // and in Japanese, as Japanese papers credit photos: `…＝ロイター` (Yomiuri)
  ['Reuters', 'Thomson Reuters', 'رويترز', 'ロイター', '路透社', '路透'],
  ['Bloomberg'],
  ['IPS', 'Inter Press Service'],
  // Europe
  ['ANP'],
  ['ANSA', 'Agenzia ANSA'],
  ['Adnkronos'],
  // Austria's; Azerbaijan's prints the same initials (the next entry)
  ['APA', 'Austria Presse Agentur'],
  ['APA', 'APA.az'],
  ['Belga'],
  ['BTA'],
  ['ČTK', 'CTK'],
  ['dpa', 'Deutsche Presse-Agentur'],
  ['EFE', 'Agencia EFE'],
  ['Europa Press'],
  ['HINA'],
  ['Lusa', 'Agência Lusa'],
  ['MTI'],
  ['PAP'],
  ['Agerpres'],
  ['Tanjug'],
  ['NTB'],
  ['STT'],
  ['Ritzau'],
  // Latvia's, as TVNET bylines its copy: `LETA` alone between the standfirst and the date
  ['LETA'],
  // Switzerland's agency prints its German initials, its French ones and its Italian ones
  ['SDA', 'ATS', 'Keystone-SDA', 'Keystone-ATS'],
  // Russia, Ukraine, Belarus, the Caucasus and Central Asia
  ['TASS', 'ТАСС', 'ITAR-TASS', 'ИТАР-ТАСС'],
  ['Interfax', 'Интерфакс'],
  ['RIA Novosti', 'РИА Новости'],
  ['Sputnik', 'Спутник'],
  ['Ukrinform', 'Укрінформ'],
  ['UNIAN', 'УНІАН'],
  ['BelTA', 'БелТА'],
  ['Interpressnews'],
  ['Sakinformi', 'Saqinform', 'Sakinform'],
  ['GHN', 'Georgian Hot News'],
  ['Armenpress', 'Арменпресс'],
  ['Azertac', 'AZERTAC'],
  ['Trend'],
  ['Kazinform'],
  // Turkey, the Middle East
  ['AA', 'Anadolu', 'Anadolu Agency', 'Anadolu Ajansı', 'الأناضول', 'وكالة الأناضول'],
  ['IRNA'],
  ['KUNA'],
  // Egypt's, as Egyptian papers credit its copy in Arabic (Al-Ahram: `القاهرة - أ ش أ`)
  ['MENA', 'Middle East News Agency', 'أ ش أ', 'أ.ش.أ', 'وكالة أنباء الشرق الأوسط'],
  // Asia
  // and in their own scripts, as Japanese and Chinese papers sign the agencies' copy in full-width brackets after its last sentence (`（共同）`)
  ['Xinhua', 'Синьхуа', '新华社', '新華社'],
  ['Kyodo', 'Kyodo News', '共同通信', '共同'],
  ['Jiji', 'Jiji Press', '時事通信', '時事'],
  // Korea's, in hangul too, as Korean pages credit the photos they pass on (`AP=연합뉴스`, `사진=뉴시스`)
  ['Yonhap', '연합뉴스'],
  ['Newsis', '뉴시스'],
  ['News1', '뉴스1'],
  ['PTI', 'Press Trust of India'],
  // Pakistan's state agency, as Dawn credits its copy and photos: `— APP`
  ['APP', 'Associated Press of Pakistan'],
  ['Antara'],
  ['Bernama'],
  // The Americas
  ['Prensa Latina'],
  ['Notimex'],
  ['Télam'],
  ['Agência Brasil'],
  ['The Canadian Press'],
];

/** Every printed form of every agency, once. */
export const NEWS_AGENCY_FORMS: readonly string[] = [...new Set(NEWS_AGENCIES.flat())];

const FORM_BY_CASE = new Map(NEWS_AGENCY_FORMS.map((form) => [form.toLowerCase(), form]));

/** The agency a printed code names, spelt as the agency prints it (`afp` -> `AFP`, `DPA` -> `dpa`), or undefined. */
export const agencyForm = (code: string): string | undefined => FORM_BY_CASE.get(code.toLowerCase());

/** The agency each printed form names, by its form in lower case: the entry's first form, the name it signs with. */
const SIGNED_BY_FORM = new Map(NEWS_AGENCIES.flatMap((forms) => forms.map((form) => [form.toLowerCase(), forms[0]!] as const)));

/**
 * An agency credited by its initials and its full name together, as outlets that run its copy print it (Barron's
 * `AFP - Agence France Presse`, `Agence France-Presse (AFP)`): the agency as it signs (`AFP`), or undefined when the
 * parts are not all names of one agency.
 */
export function agencyNamedTwice(credit: string): string | undefined {
  const parts = credit.split(/\s+[-–—]\s+|\s*[()]\s*/u).filter(Boolean);
  const agencies = new Set(parts.map((part) => SIGNED_BY_FORM.get(part.toLowerCase())));
  const [agency] = agencies;
  return parts.length > 1 && agencies.size === 1 ? agency : undefined;
}
