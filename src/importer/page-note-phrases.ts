import { fragment, NOT_SEEN, type Role } from './phrase-table.ts';

/**
 * The web page's notes around an article: counters, reading times, sections, rights and print-edition
 * notes, promotions and calls to follow the paper. Kept in the original, never in the body.
 */
export const PAGE_NOTE_PHRASES = {
  /** What a count of readers' comments counts, after the number: `30 Postings` (Der Standard). */
  commentCount: {
    phrases: {
      ca: ['comentaris', 'comentari'],
      // TVN24: `Komentarze (12)`
      pl: ['komentarze', 'komentarzy'],
      cs: ['komentářů', 'komentáře'],
      ro: ['comentarii'],
      el: ['σχόλια'],
      nl: ['reacties'],
      en: ['comments', 'comment'],
      de: ['postings', 'kommentare'],
      fr: ['commentaires', 'commentaire'],
      es: ['comentarios'],
      uz: ['izoh', 'izohlar'],
      it: ['commenti'],
      pt: ['comentários'],
      id: ['komentar'], sw: ['maoni'], th: ['ความคิดเห็น'],
      ru: ['комментариев', 'комментария', 'комментарий'],
      uk: ['коментарів', 'коментарі', 'коментар'],
      tr: ['yorum'],
      // Kvira: `კომენტარები (0)` under the text
      ka: ['კომენტარი', 'კომენტარები'],
      az: ['şərh'],
      hy: ['մեկնաբանություն'],
      fa: ['نظر', 'دیدگاه'],
      ar: ['تعليق', 'تعليقات'],
      lt: ['komentarai', 'komentarų'], et: ['kommentaari', 'kommentaarid'], lv: ['komentāri', 'komentāru'], be: ['каментары', 'каментароў'],
      sr: ['komentari', 'komentara', 'коментари'], hr: ['komentari', 'komentara'],
      sv: ['kommentarer'], da: ['kommentarer'], nb: ['kommentarer'], fi: ['kommenttia'], hu: ['hozzászólás'], sk: ['komentáre', 'komentárov'], sl: ['komentarji', 'komentarjev'],
      ja: ['コメント'], zh: ['评论', '評論'], ko: ['댓글'],
      bg: ['коментари', 'коментара', 'коментар'],
      he: ['תגובות', 'תגובה'],
      // Dinamalar under the text: `வாசகர் கருத்து (3)` ("readers' comments"); Thanh Niên: `Bình luận (0)`
      hi: ['कमेंट', 'कमेंट्स', 'टिप्पणियां'], bn: ['মন্তব্য'], ta: ['வாசகர் கருத்து', 'கருத்துகள்', 'கருத்து'], vi: ['bình luận'],
    },
  },
  /**
   * What a count of the page's readers counts, before or after the number: `Views: 1532` (Georgian Journal),
   * `ნანახია: 1 245` (TV Pirveli), `Просмотров: 1245` (MK), `Переглядів: 1 245` (ZN.UA).
   */
  viewCount: {
    phrases: {
      // Joomla's counter under the text: `Hits: 1245` (Georgia Today until 2015)
      en: ['views', 'reads', 'hits'],
      ru: ['просмотров', 'просмотры', 'просмотра'],
      uk: ['переглядів', 'перегляди', 'перегляду'],
      ka: ['ნანახია', 'ნახვა', 'ნახვები'],
      tr: ['okunma', 'görüntülenme'],
      az: ['baxış', 'baxış sayı'],
      hy: ['դիտում', 'դիտումներ'],
      fa: ['بازدید'],
      ar: ['مشاهدة', 'مشاهدات'],
    },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** How long ago the page says it was published or updated, the whole line: `Updated an hour ago`, `Atualizado há 2 anos` (g1). */
  timeAgo: {
    phrases: {
      // 3Cat's lists: `fa 2 hores`
      ca: [fragment(String.raw`(?:(?:actualitzat|publicat)\s+)?fa\s+(?:\d+|un|una)\s+(?:segons?|minuts?|hora|hores|dies?|dia|setmanes?|mes(?:os)?|anys?)`)],
      // and as phones show it, the unit abbreviated: `Updated 2h ago` (Reuters' mobile site); Substack's publication box: `Launched 2 years ago`;
      // the Jamestown Foundation's age of the page beside its date: `May 29, 2024 04:58 PM Age: 2 years`; Dawn under its date: `Updated about 2 hours ago`
      en: [
        fragment(String.raw`(?:(?:updated|published|posted|launched|age:)\s+)?(?:in\s+)?(?:about\s+)?(?:an?|one|\d+)\s+(?:second|minute|hour|day|week|month|year)s?(?:\s+ago)?`),
        fragment(String.raw`(?:(?:updated|published|posted)\s+)?\d+\s?(?:s|m|min|h|hr|d|w|mo|y)\s+ago`),
      ],
      pt: [fragment(String.raw`(?:(?:atualizado|publicado)\s+)?há\s+(?:\d+|um|uma)\s+(?:segundos?|minutos?|horas?|dias?|semanas?|m[eê]s(?:es)?|anos?)`)],
      es: [fragment(String.raw`(?:(?:actualizado|publicado)\s+)?hace\s+(?:\d+|un|una)\s+(?:segundos?|minutos?|horas?|días?|semanas?|mes(?:es)?|años?)`)],
      fr: [fragment(String.raw`(?:(?:mis à jour|publié)\s+)?il y a\s+(?:\d+|un|une)\s+(?:secondes?|minutes?|heures?|jours?|semaines?|mois|ans?)`)],
      de: [fragment(String.raw`(?:(?:aktualisiert|veröffentlicht)\s+)?vor\s+(?:\d+|einer?|einem)\s+(?:sekunden?|minuten?|stunden?|tag(?:en)?|wochen?|monat(?:en)?|jahr(?:en)?)`)],
      it: [fragment(String.raw`(?:(?:aggiornato|pubblicato)\s+)?(?:\d+|un|una)\s+(?:secondi?|minuti?|ore|ora|giorni?|settimane?|mesi?|anni?)\s+fa`)],
      ru: [fragment(String.raw`(?:(?:обновлено|опубликовано)\s+)?\d+\s+(?:секунд\p{L}*|минут\p{L}*|час\p{L}*|дн\p{L}*|день|недел\p{L}*|месяц\p{L}*|год\p{L}*|лет)\s+назад`)],
      uk: [fragment(String.raw`(?:(?:оновлено|опубліковано)\s+)?\d+\s+(?:секунд\p{L}*|хвилин\p{L}*|годин\p{L}*|дн\p{L}*|день|тиж\p{L}*|місяц\p{L}*|рок\p{L}*|рік)\s+тому`)],
      tr: [fragment(String.raw`\d+\s+(?:saniye|dakika|saat|gün|hafta|ay|yıl)\s+önce`)],
      az: [fragment(String.raw`\d+\s+(?:saniyə|dəqiqə|saat|gün|həftə|ay|il)\s+(?:əvvəl|öncə)`)],
      hy: [fragment(String.raw`\d+\s+(?:վայրկյան|րոպե|ժամ|օր|շաբաթ|ամիս|տարի)\s+առաջ`)],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, ka: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The unit of a reading time, `3 Min Read`: the word after the number. */
  readingTimeUnit: {
    phrases: {
      ca: ['min', 'minuts'],
      // NRC: `Leestijd 3 minuten`
      pl: ['min'], cs: ['min'], ro: ['min', 'minute'], el: ['λεπτά'], nl: ['min', 'minuten'],
      en: [fragment(String.raw`min(?:ute)?s?`)],
      fr: ['min', 'mn'],
      de: ['min', 'minute', 'minuten'],
      es: ['min', 'minutos'],
      // Il Sole 24 Ore: `2' di lettura`
      it: ['min', 'minuto', 'minuti', "'", '’'],
      pt: ['min', 'minutos'],
      ru: [fragment(String.raw`мин(?:\.|ут[аы]?)?`)],
      // LIGA.net and TSN: `2 хв`; Tabula: `4 წუთი`
      uk: [fragment(String.raw`хв(?:\.|илин[аи]?)?`)],
      tr: ['dk'],
      ka: ['წუთი', 'წთ'],
      az: ['dəq', 'dəqiqə'],
      hy: ['րոպե', 'ր.'],
      fa: ['دقیقه'],
      ar: ['دقيقة', 'دقائق'],
      sv: ['min'], da: ['min'], nb: ['min'], fi: ['min'], sk: ['min'], sl: ['min'], hu: ['perc'],
      bg: [fragment(String.raw`мин(?:\.|ути?)?`)],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** What follows a reading time's unit: `3 Min Read`, `2 minuti di lettura`. */
  readingTimeWord: {
    phrases: {
      ca: ['de lectura'],
      // `2 mins to read` (NZ Herald)
      en: ['read', 'to read'],
      fr: ['de lecture'],
      de: ['lesezeit'],
      es: ['de lectura'],
      it: ['di lettura'],
      pt: ['de leitura'],
      ru: ['чтения'],
      uk: ['читання'],
      tr: ['okuma', 'okuma süresi'],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, ka: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** A reading time's label before the number: `Lesezeit: 4 Min.` */
  readingTimeLabel: {
    // MK: `Время чтения: 2 мин`; TSN: `Час прочитання 2 хв`; Bianet: `Okuma süresi: 3 dk`
    phrases: { ca: ['temps de lectura'], en: ['reading time', 'est.'], fr: ['temps de lecture', 'lecture', 'lecture en'], de: ['lesezeit', 'lesedauer'], es: ['tiempo de lectura'], ru: ['время чтения'], uk: ['час прочитання'], tr: ['okuma süresi'], az: ['oxuma müddəti'], hy: ['կարդալու ժամանակը', 'ընթերցման ժամանակը'], nl: ['leestijd'], pl: ['czas czytania'], cs: ['doba čtení'], sv: ['lästid'], da: ['læsetid'], nb: ['lesetid'], fi: ['lukuaika'], hu: ['olvasási idő'], sk: ['čas čítania'], sl: ['čas branja'] },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ka: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The site's section a story is filed under, printed after its date past a dash (Axios: `May 14, 2024 - World`), which is no dateline. */
  sectionName: {
    phrases: {
      // UN News's topics beside the date, a blank between them: `28 May 2024 Human Rights`
      en: [
        'world', 'politics', 'politics & policy', 'economy', 'business', 'technology', 'science', 'health', 'sports', 'media', 'energy & environment',
        'human rights', 'peace and security', 'humanitarian aid', 'climate and environment', 'migrants and refugees', 'law and crime prevention',
        'economic development', 'culture and education', 'un affairs', 'women', 'sdgs',
      ],
      // Kun.uz beside the date over the headline: `Jahon 19:42 / 05.12.2026`
      uz: ['jahon', 'siyosat', 'iqtisodiyot', 'jamiyat', 'sport', 'texnologiyalar'],
    },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN },
  },
  /** The categories a blog theme prints under the text, before their names (WordPress: `Posted in News`, `Filed under Politics, Economy`). */
  filedUnder: {
    phrases: {
      // Joomla K2 between the date and the text: `Published in Politics` (Georgia Today until 2019)
      en: [fragment(String.raw`(?:posted|filed|published) (?:in|under)`), 'categories:'],
      fr: ['publié dans', 'catégories :'],
      de: ['veröffentlicht in', 'kategorien:'],
      es: ['publicado en', 'categorías:'],
      it: ['pubblicato in', 'categorie:'],
      pt: ['publicado em', 'categorias:'],
      ru: ['рубрика:', 'рубрики:'],
    },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /**
   * The word a news theme prints in lower case before the categories under the date (JNews, the Armenian Weekly: `in Armenia,
   * Community, Featured`): matched in lower case only, as no sentence or heading opens.
   */
  categoriesIn: {
    phrases: { en: ['in'], fr: ['dans'], de: ['in'], es: ['en'], it: ['in'], pt: ['em'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN },
  },
  /** The radio programme a story was broadcast on, over its byline (NPR: `Heard on Morning Edition`) or after its date (Deutschlandfunk). */
  broadcastOn: {
    // Deutschlandfunk after the date under its news: `Diese Nachricht wurde am 28.05.2024 im Programm Deutschlandfunk gesendet.`
    phrases: { en: [fragment(String.raw`heard on(?: [\p{L}']+){1,4}`)], de: [fragment(String.raw`im programm(?: [\p{L}']+){1,3} gesendet\.?`)] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** A plugin's note that the page exists in other languages: `This post is also available in: …`; a link to the page in another (LIGA.net: `Читати російською`). */
  alsoAvailableIn: {
    phrases: {
      // UNICEF's switcher under its release's date: `Available in:`, then `English`, `ქართული`
      en: [fragment(String.raw`(?:this (?:post|article|page) is also )?available in\b`)],
      uk: [fragment(String.raw`читати (?:російською|українською|англійською)$`)],
      ru: [fragment(String.raw`читать на (?:русском|украинском|английском)$`), fragment(String.raw`(?:эта запись|этот пост|эта статья) также доступн[аы]? на(?!\p{L})`)],
      // Civil Georgia's Georgian edition
      ka: [fragment(String.raw`ეს (?:პოსტი|სტატია|ჩანაწერი) ასევე ხელმისაწვდომია(?!\p{L})`)],
    },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The label before the number the site gives the story, under its date: `کد خبر 850123` (Hamshahri). The page's, no article text. */
  storyNumberLabel: {
    phrases: { fa: ['کد خبر'] },
    gaps: { ca: NOT_SEEN, en: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN },
  },
  /** Who edited the page, before a colon and a name (`Editor: Liu Wei`): no author. */
  pageEditorLabel: {
    // Digi24's `Editor : Name` under the text, as the English label
    // ERR under the text: `Toimetaja: Name`; Tempo under the byline: `Editor: Name`, Kompas past its byline's bar: `| Editor Name`
    phrases: { en: ['editor', 'editors'], tr: ['editör'], ru: ['редактор'], uk: ['редактор'], de: ['redakteur', 'redakteurin'], fr: ['rédacteur'], es: ['redactor'], ro: ['editor'], et: ['toimetaja'], zh: ['责任编辑', '責任編輯', '编辑', '編輯'], bg: ['редактор'], id: ['editor', 'penyunting'] },
    gaps: { ca: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ka: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, ko: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** Who edited the story, before the editor's names under the byline (CBS News: `Edited By Name`): no author. */
  editedBy: {
    phrases: { en: ['edited by'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /**
   * The e-paper service's lines under an article of a paper's e-edition (PressReader's text view and print, in English
   * whatever the paper's language): the distributor's, not the paper's text (epaper-line.ts reads the line over it).
   */
  epaperDistributor: {
    any: ['printed and distributed by pressreader', fragment(String.raw`pressreader\.com\s+\+?[\d ]{7,20}`)],
    phrases: {},
  },
  /** A copyright footer's words: `… All rights reserved.`, `Tüm hakları saklıdır`. */
  rightsReserved: {
    phrases: {
      ca: ['tots els drets reservats'],
      pl: ['wszelkie prawa zastrzeżone'], cs: ['všechna práva vyhrazena'], ro: ['toate drepturile rezervate'], el: ['με την επιφύλαξη παντός δικαιώματος'], nl: ['alle rechten voorbehouden'],
      // Nikkei's footer in English under its Japanese one: `No reproduction without permission.`
      en: ['all rights reserved', fragment(String.raw`reproduction of (?:any )?materials?\b`), 'no reproduction without permission'],
      // Interfax: `Все права на информацию, размещенную на данном сайте, принадлежат ООО «Интерфакс».`
      // Civil Georgia's Russian edition until 2019: `Перепечатка материалов Civil.Ge возможна только с разрешения редакции.`
      // 24.kg under the text: `Ссылка на материал обязательна.`
      ru: ['все права защищены', fragment(String.raw`все права на (?:информацию|материалы)`), 'перепечатка материалов', 'ссылка на материал обязательна'],
      uk: ['всі права захищені'],
      tr: ['tüm hakları saklıdır'],
      fr: ['tous droits réservés'],
      de: ['alle rechte vorbehalten'],
      es: ['todos los derechos reservados'],
      it: ['tutti i diritti riservati'],
      pt: ['todos os direitos reservados'],
      ka: ['ყველა უფლება დაცულია'],
      az: ['bütün hüquqlar qorunur'],
      hy: [fragment(String.raw`բոլոր իրավունքները (?:պաշտպանված|պահպանված) են։?`)],
      fa: [fragment(String.raw`(?:تمامی|کلیه) حقوق (?:این سایت )?محفوظ است`)],
      ar: ['جميع الحقوق محفوظة'],
      lt: ['visos teisės saugomos'], et: ['kõik õigused kaitstud'], lv: ['visas tiesības aizsargātas'], be: ['усе правы абароненыя'],
      // Yonhap's `<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>`; the Central News Agency's footer
      // Nikkei under the text: `本サービスに関する知的財産権その他一切の権利は、日本経済新聞社…に帰属します。` (every right in the service is the paper's)
      ja: ['無断転載を禁じます', '無断転載禁止', '本サービスに関する知的財産権その他一切の権利は'], zh: ['版权所有', '版權所有', '本網站之文字、圖片及影音，非經授權，不得轉載、公開播送或公開傳輸及利用。'], ko: [fragment(String.raw`<?저작권자\s?(?:\(c\)|ⓒ|©)`), '무단 전재 및 재배포 금지'],
      bg: ['всички права запазени'],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The print edition a web article also appeared in, before its number: `Российская газета - Федеральный выпуск: №115(9358)`. */
  printIssue: {
    phrases: { ru: [fragment(String.raw`(?:федеральный|столичный|региональный|неделя) выпуск`)], en: ['issue'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The volume of a periodical an article ran in, before its number and the issue's: `Eurasia Daily Monitor Volume: 21 Issue: 80` (the Jamestown Foundation). */
  printVolume: {
    phrases: { en: ['volume', 'vol.'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** After the paper's own name, the words that open its sentence about itself under every article: `Agenda.ge is a news portal of …`. */
  paperIsA: {
    // Notes from Poland under every article: `Notes from Poland is run by a small editorial team and published by …`
    phrases: { en: ['is a', 'is an', 'is run by', 'is published by'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The page of the print edition an article ran on, after its date: `Wed, May 29, 2024 page 7` (the Taipei Times). */
  printPage: {
    phrases: { en: ['page'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** A paywall's label; Substack's beside a post's date for paying subscribers: `∙ Paid`. */
  subscribersOnly: {
    // Ara: `Exclusiu per a subscriptors`
    phrases: { ca: ['exclusiu per a subscriptors', 'només per a subscriptors'], pl: ['artykuł otwarty w ramach bezpłatnego limitu prenumeraty'], fr: ['article réservé aux abonnés'], en: ['subscribers only', fragment(String.raw`[∙·•]\s*paid`)], de: ['nur für abonnenten'], es: ['exclusivo para suscriptores'], ja: ['有料記事', 'この記事は有料記事です。', fragment(String.raw`残り\d+文字（全文\d+文字）`)] },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /**
   * The start of a note every article of an outlet carries: the New York Times' print edition note
   * (`A version of this article appears in print on …`), Reuters' `Our Standards: …`, Anadolu's
   * subscriber disclaimer (whole, so no article sentence that quotes its start is taken).
   */
  outletNote: {
    phrases: {
      // NRC's print edition note under the text
      nl: [fragment(String.raw`een versie van dit artikel verscheen (?:ook )?in\b`)],
      en: [
        // Nepal's papers: `A version of this article appears in the print on May 29, 2024, of The Himalayan Times.`
        fragment(String.raw`a version of this (?:article|story) appear(?:s|ed) in (?:the )?print\b`),
        // NDTV under agency copy: `(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)`
        fragment(String.raw`\(?except for the headline, this story has not been edited by\b`),
        // the Taipei Times under the text
        'comments will be moderated. keep comments relevant to the article.',
        // the Economist's: `This article appeared in the Europe section of the print edition under the headline …`
        fragment(String.raw`this article appeared in the [\p{L} &-]+ section of the print edition\b`),
        'our standards:',
        // under a Reuters Breakingviews column: `Opinions expressed are those of the author. They do not reflect the views of Reuters News, …`
        'opinions expressed are those of the author. they do not reflect the views of',
        // the Guardian's note over an old article's headline, and its call for letters under an opinion piece
        'this article is more than',
        'do you have an opinion on the issues raised in this article?',
        // Euractiv's note under the kind of article (`News`, `Opinion`)
        'based on facts, either observed and verified directly by the reporter',
        // CBC's links under every story: `Corrections and clarifications|Submit a news tip|`
        fragment(String.raw`corrections and clarifications\s*\|`),
        // Bloomberg's boxes under every story
        'have a confidential tip for our reporters?',
        fragment(String.raw`before it[’']s here, it[’']s on the bloomberg terminal`),
        // the FT's newsletter box, under its button
        fragment(String.raw`roula khalaf, editor of the ft, selects her favourite stories in this weekly newsletter\.`),
        'Only a part of the news, which is offered to subscribers through the AA News Broadcasting System (HAS), is published on the Anadolu Agency website, in summarized form. Please contact us for subscription options.',
        // NZ Herald's paywall note under the text; the Sydney Morning Herald's save button's note
        'reminder, this is a premium article',
        'log in, register or subscribe to save articles for later.',
        // Joomla K2's counter under the text: `Read 845 times` (Georgia Today until 2019)
        fragment(String.raw`read \d[\d,]* times$`),
        // Dawn's print edition note under the text: `Published in Dawn, May 29th, 2024`
        fragment(String.raw`published in [\p{L}’' ]{2,30}, `),
        // News24's newsletter call under the text; the Globe and Mail's paywall label and gallery button
        'get the biggest daily news stories by email',
        'for subscribers',
        'open this photo in gallery:',
        // the Wall Street Journal's print edition note: `Appeared in the May 29, 2024, print edition as '…'.`
        fragment(String.raw`appeared in the [\p{L}\d, ]{3,40} print edition\b`),
        'report an editorial error',
        // AP's note on who funds a beat, under its stories: `The Associated Press receives support from several private foundations …`
        fragment(String.raw`the associated press(?:[’']s?)?(?: [\p{L}-]+){0,5} receives (?:financial )?support from\b`),
        'report an ethical concern',
        // WordPress's comment form under the article (Georgian Journal)
        'you must be logged in to post a comment',
        'your email address will not be published',
        // Vox's reading counter and plea under the text
        fragment(String.raw`you[’']ve read \d+ articles? in the last month`),
        'here at vox, we believe in helping everyone understand our complicated world',
        // The Atlantic's note under its audio player
        fragment(String.raw`produced by elevenlabs and news over audio \(noa\) using ai narration\.`),
        // The Conversation's boxes over every article: the author's disclosure and the partners' funding, under their
        // headings, and its licence under the text
        'disclosure statement',
        fragment(String.raw`[\p{L}.'’ -]{2,80} does not work for, consult, own shares in or receive funding from any company or organi[sz]ation\b`),
        fragment(String.raw`[\p{L}.'’&, -]{2,120} provides? funding as (?:a )?(?:founding )?(?:partners?|members?) of the conversation\b`),
        fragment('partners$'),
        'view all partners',
        'republish our articles for free, online or in print, under a creative commons license.',
        // Rappler's note over its summary, and its mood meter under the text
        'this is ai generated summarization, which may have errors.',
        'how does this make you feel?',
        // the Evening Standard's newsletter box
        fragment(String.raw`i would like to be emailed about offers, events and updates from\b`),
        // ProPublica's note over every article's text
        'propublica is a nonprofit newsroom that investigates abuses of power.',
        // Middle East Eye's note on republishing under every article
        'middle east eye delivers independent and unrivalled coverage',
        // Premium Times' plea under every article, below its `Support PREMIUM TIMES' journalism …` heading (outletPromo)
        fragment(String.raw`at premium times, we firmly believe in the importance of high-quality journalism\b`),
        // the typo plea, as NEWS.am prints it in English
        fragment(String.raw`if you find a typo, select it and press ctrl\s?\+\s?enter`),
        // Agenda.ge's line about its publisher under every article, right under the text on its old pages
        'agenda.ge is a news portal of the lepl georgian public broadcaster',
        // Fox News' video caption, its audio player's badge glued to its call, over the text
        fragment(String.raw`fox news flash top headlines (?:for [\p{L}\d ]+ )?are here\. check out what[’']s clicking on foxnews\.com\.?`),
        fragment(String.raw`(?:new)?\s?you can now listen to fox news articles!?`),
        // Time's address for readers' letters under every article
        fragment(String.raw`contact us at [\w.-]+@[\w.-]+\.\w+\.?`),
        // CTV News' link under every article
        'report an error',
      ],
      ka: ['agenda.ge საზოგადოებრივი მაუწყებლის საინფორმაციო პორტალია'],
      tr: [
        'Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere sunulan haberler, özetlenerek yayımlanmaktadır. Abonelik için lütfen iletişime geçiniz.',
        // Bianet's licence under every article
        fragment(String.raw`bu (?:haber|yazı) creative commons\b`),
      ],
      // the plea to report a typo under every article (UNIAN, and Russian-language sites alike)
      uk: ['якщо ви помітили помилку, виділіть її мишкою та натисніть ctrl+enter'],
      ru: ['если вы заметили ошибку, выделите ее мышкой и нажмите ctrl+enter', 'если вы заметили ошибку, выделите её мышкой и нажмите ctrl+enter'],
      // il Fatto Quotidiano's plea for support under every article, signed by its editor
      it: ['sostieni ilfattoquotidiano.it:'],
      // La Nación's Trust Project box under every article: `Conforme a los criterios de`, the logo, `Más información`
      // Reuters in Spanish under every story: `Nuestros estándares: Los principios de confianza de Thomson Reuters.`
      // El País' under every article until 2018: `Se adhiere a los criterios de The Trust Project`
      es: ['conforme a los criterios de', 'nuestros estándares:', 'se adhiere a los criterios de'],
      // Tamedia's link to report a mistake under every article (Tages-Anzeiger); Reuters' standards in German
      de: ['fehler gefunden? jetzt melden.', 'unsere standards:'],
      // Reuters' standards in French, a blank before the colon as French prints it
      // Le Temps' link to report a mistake under every article
      // Mediapart under its free articles: `Cet article est en accès libre. Pour soutenir l'indépendance de Mediapart, abonnez-vous.`
      fr: [fragment(String.raw`nos normes\s?:`), fragment(String.raw`vous avez trouvé une erreur\s?\?\s?signalez-la`), fragment(String.raw`cet article est en accès libre\.`)],
      // Delfi's ban on reuse under every article
      lt: [fragment(String.raw`griežtai draudžiama \S+ paskelbtą informaciją\s`)],
      // Yonhap's call for tips under the text: `제보는 카톡 okjebo`
      ko: ['제보는 카톡'],
      // Xinhua's link to report an error, before its editor's name: `【纠错】 【责任编辑：李明】` under the text
      zh: ['【纠错】', '【糾錯】'],
      // Prothom Alo's button under the text: `মন্তব্য করুন` ("comment")
      bn: ['মন্তব্য করুন'],
    },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, pt: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** An outlet's own promotion, a line of its own: a plea for support (The Independent's, split over two lines), a link to its photo bank (RIA). */
  outletPromo: {
    phrases: {
      // HVG under the text: `Ha nem akar lemaradni a hvg.hu cikkeiről, iratkozzon fel hírlevelünkre!`
      hu: [fragment(String.raw`ha nem akar lemaradni (?:a|az) \S+ cikkeiről, iratkozzon fel (?:\p{L}+ )?hírlevel\p{L}*!?`)],
      // the FT's newsletter box over the text: `Unlock the Editor’s Digest for free`
      en: [
        // the Economist's audio offer under `Listen to this story.`
        fragment(String.raw`enjoy more audio and podcasts on \p{L}+ or \p{L}+\.?`),
        'save time by listening to our audio articles as you multitask',
        // Substack's box between paragraphs: `Thanks for reading Caucasus Notes! Subscribe for free to receive new posts and support my work.`
        fragment(String.raw`thanks for reading [^!]{1,60}! subscribe for free to receive new posts and support my work\.?`),
        'learn more', 'support truly', 'independent journalism', 'donate',
        // Daily Maverick's button under the text
        'support daily maverick',
        // Premium Times' box under the text: `Support PREMIUM TIMES' journalism of integrity and credibility`
        fragment(String.raw`support [\p{L}.’' ]{2,40}[’']s? journalism(?: of [\p{L} ]{2,40})?\.?`),
        // Reuters' newsletter box between paragraphs: `The Reuters Daily Briefing newsletter provides … Sign up here.`
        fragment(String.raw`[^.]*\bnewsletter\b[^.]*\.\s+sign up here\.?`), fragment(String.raw`unlock the editor[’']s digest(?: for free)?`), fragment(String.raw`why you can trust [\p{L} ]+`),
        // the Bangkok Post's poll under the text; the Hindustan Times' `Get Latest World News along with Latest News from India at Hindustan Times.`
        'do you like the content of this article?', fragment(String.raw`get latest [\p{L} ]{2,40} along with latest news from [\p{L} ]{2,40} at [\p{L}.’' ]{2,40}\.?`),
        // Graphic Online's line under the text, its newsroom's telephone numbers: `Connect With Us : 0242202447 | 0551484843`
        fragment(String.raw`connect with us\s*:\s*\+?\d[\d |+]*`)],
      // Mediazona's plea under the text: `Медиазона работает благодаря вашей поддержке`, over its button `Поддержать`
      ru: ['перейти в медиабанк', 'перейти в фотобанк', fragment(String.raw`[\p{L}.«» ]{2,30} работает благодаря вашей поддержке\.?`), 'поддержать'],
      // elDiario.es under the text: `Hazte socio`
      // Página/12 under the text: `Suscribite a Página|12`, then `Apoyá el periodismo independiente. Suscribite.`
      es: ['hazte socio', 'hazte socia', fragment(String.raw`suscr[ií]b(?:ite|ete) a [\p{L}\d|.’' ]{2,30}`), fragment(String.raw`apoy[aá] el periodismo(?: independiente)?\.?(?:\s+suscr[ií]b(?:ite|ete)\.?)?`)],
      // BBC Hindi's call under the text to its Android app and its pages on the networks
      hi: [fragment(String.raw`\(बीबीसी हिन्दी के एंड्रॉएड ऐप के लिए आप यहां क्लिक कर सकते हैं\.[^()]*\)`)],
    },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /**
   * A call to follow, subscribe or write in, the rest of the line the outlet's: `Follow us on X`,
   * `Подписывайтесь на …`, `Receba no seu email …` (Folha), `Senden Sie uns Ihr Feedback` (DW),
   * `Хочете повідомити важливу новину? Пишіть …` (Ukrainska Pravda), `<paper> è anche su Whatsapp.
   * È sufficiente cliccare qui …` (Corriere).
   */
  followCall: {
    phrases: {
      // Danas under the text: `Pratite nas na društvenim mrežama`
      sr: [fragment(String.raw`pratite nas\s`), fragment(String.raw`пратите нас\s`)],
      // Digi24: `Urmărește știrile Digi24.ro și pe Google News`; Kathimerini: `Ακολουθήστε την Καθημερινή στο Google News`
      ro: [fragment(String.raw`urmăre[șş]te(?:-ne)?\s`)],
      el: [fragment(String.raw`ακολουθήστε (?:μας|την|το|τη)\s`)],
      pl: [fragment(String.raw`obserwuj (?:nas|\S+) w\s`)],
      en: [
        fragment(String.raw`(?:follow|join) us\b`),
        // IRNA under the text: `Follow IRNA on X`, the outlet's name where `us` stands; Reuters Breakingviews: `Follow Name on
        // LinkedIn, opens new tab and X, opens new tab.`, the links' labels after the network's name, or the columnist's
        // handle: `Follow @KWhitfieldBV on X`
        fragment(String.raw`follow (?:@[\p{L}\d_]{2,30}|[\p{L}.&’' ]{2,30}) on (?:x|twitter|telegram|facebook|instagram|whatsapp|youtube|google news|linkedin|bluesky)(?: channels?)?(?:\.?$|,)`),
        // the Khaleej Times under the text: `Stay up to date with the latest news. Follow KT on WhatsApp Channels.`
        fragment(String.raw`stay up to date with the latest news\.\s`),
        // the Express Tribune under the text: `Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in the conversation.`
        fragment(String.raw`like [\p{L}.&’' ]{2,30} on facebook, follow\b`),
        fragment(String.raw`subscribe (?:to (?:us|our)|on)\b`),
        // `Sign up for the Morning Update Newsletter` (the Globe and Mail)
        fragment(String.raw`sign up for\b`),
        // `Join ST's Telegram channel and get the latest breaking news delivered to you.` (the Straits Times)
        fragment(String.raw`join [\p{L}’' ]{1,40} (?:telegram|whatsapp) channel\b`),
        // the Mail & Guardian under the text: `Subscribe to the Mail & Guardian`, the paper's name alone after it
        fragment(String.raw`subscribe to the [\p{L}&’' ]{2,40}$`),
        // CNA under the text: `New: Get our latest news on WhatsApp`; RNZ's: `Get the RNZ app`, `for ad-free news and current affairs`;
        // the Evening Standard's newsletter box: `Get our free daily newsletter`, `Sign up to our free Standard Daily newsletter …`, `SIGN UP`
        fragment(String.raw`get the [\p{L} ]{2,20} app$`),
        'for ad-free news and current affairs',
        fragment(String.raw`get our (?:free )?[\p{L} ]{0,30}newsletter\b`),
        fragment(String.raw`sign up(?: to (?:our|the)\b|$)`),
        fragment(String.raw`(?:new:\s*)?get our latest news on\b`),
      ],
      // Obozrevatel under the text, in both its languages: `Только проверенная информация у нас в Telegram-канале Obozrevatel и в
      // Viber. Не ведитесь на фейки!`
      ru: [fragment(String.raw`(?:подписывайтесь|подпишитесь) на\s`), fragment(String.raw`только проверенная информация у нас в telegram\b`)],
      // 24 Kanal under the text: `Новини 24 Каналу тепер у Telegram – підписуйтеся!`; Obozrevatel's: `Тільки перевірена інформація в нас у
      // Telegram-каналі Obozrevatel та у Viber. Не ведіться на фейки!`
      uk: [fragment(String.raw`підписуйтесь на\s`), fragment(String.raw`хочете повідомити (?:важливу )?новину\?`), fragment(String.raw`[\p{L}\d ]{2,40} тепер у (?:telegram|whatsapp|viber)\b`), fragment(String.raw`тільки перевірена інформація в нас у telegram\b`)],
      pt: [fragment(String.raw`receba no seu e-?mail\b`), fragment(String.raw`siga-nos\b`)],
      it: [fragment(String.raw`[\p{L} ]+ è anche su \p{L}+\. è sufficiente cliccare qui\b`)],
      de: ['senden sie uns ihr feedback'],
      // Le Figaro's paywall: `Abonnez-vous pour lire l’article en entier.`
      fr: [fragment(String.raw`abonnez-vous\b`)],
      // El País under the text: `Sigue toda la información internacional en Facebook y X, o en nuestra newsletter semanal.`
      es: [fragment(String.raw`sigue toda la información\s`)],
      // Sözcü: `Google News'te Sözcü'ye abone olun`; NTV: `NTV.com.tr'yi Google News'te takip edin`; Habertürk: `Habertürk Google News'te`
      // BirGün under the text: `BirGün'e abone olun`, the paper's name in the dative
      tr: [fragment(String.raw`(?:\S+\s+)?google news['’]te(?:\s|$)`), fragment(String.raw`\S+['’]y?[ae] abone olun!?$`)],
      az: [fragment(String.raw`bizi (?:\S+ )?izləyin`), fragment(String.raw`(?:\S+\s+)?\p{L}+-d[ae] izləyin$`)],
      hy: [fragment(String.raw`հետևեք (?:մեզ|\S+)`)],
      bg: [fragment(String.raw`последвайте ни в\s`)],
      // Kun.uz under the text: `Kun.uz’ning Telegram kanaliga obuna bo‘ling`, the outlet and the messenger before the verb
      uz: [fragment(String.raw`(?:\S+\s+){0,4}obuna bo[‘’ʻ']ling\b`)],
      // Kompas under the text: `Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung …`
      id: [fragment(String.raw`dapatkan update berita\s`)],
      // TVNET under the text: `Seko "TVNET" arī Facebook, X un Instagram!`, the outlet's name, then the networks
      lv: [fragment(String.raw`seko (?:"[^"]{2,30}"|\S{2,30}) arī (?:facebook|x|instagram|telegram|youtube|tiktok)\b`)],
      // Radio Svaboda under the text: `Падпісвайцеся на наш канал у Telegram`
      be: [fragment(String.raw`падпісвайцеся на\s`)],
    },
    gaps: { ca: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, ka: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, cs: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, et: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, he: NOT_SEEN },
  },
  /** `Читайте РБК в Telegram`: the verb, then the outlet, a preposition and a messenger (messengerName). */
  readUsOnVerb: {
    // NV: `Читайте нас у Telegram`
    phrases: { en: ['read'], ru: ['читайте'], uk: ['читайте'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  readUsOnPreposition: {
    phrases: { en: ['on'], ru: ['в', 'на'], uk: ['у', 'в'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  messengerName: {
    any: ['telegram', fragment(String.raw`дзен[еа]?`), 'max', 'whatsapp', 'вконтакте'],
    phrases: {},
  },
} as const satisfies Record<string, Role>;
