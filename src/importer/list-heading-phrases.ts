import { fragment, NOT_SEEN, SENTENCE_CASE, type Role } from './phrase-table.ts';

/**
 * Headings and labels of the page's lists (related links, `Read also`, tags, topics) and of the
 * text's own parts (stock sub-headings, the kind of article).
 */
export const LIST_HEADING_PHRASES = {
  /** A list of the article's tags before a colon: `Tags: Georgia, Elections`. */
  tagsLabel: {
    // NV: `Теги: Грузія ЄС`; NEWS.am: `Region: Georgia`, `Theme: Politics` under the date; On.ge: `თეგები:` over the tags
    // TVN24: `Tagi:`, iROZHLAS: `Témata:`, Digi24: `Etichete:`, Kathimerini: `Λέξεις-κλειδιά:`
    // Delfi: `Žymės:`; LSM: `Tēmas:`; Nezavisimaya Gazeta: `Тэги: тарифы, жкх`; Civil Georgia's Russian edition (WordPress in Russian): `Метки: Налоговый кодекс, Парламент`
    // Ming Pao: `相關字詞﹕` ("related terms", the small colon) over the tags, a line each
    phrases: { zh: ['相關字詞', '相关字词'], en: ['tag', 'tags', 'topic', 'topics', 'region', 'theme'], ru: ['метки', 'теги', 'тэги'], uk: ['теги'], ka: ['თეგები'], az: ['teqlər', 'etiketlər'], hy: ['պիտակներ', 'թեգեր'], fa: ['برچسب‌ها', 'برچسب ها'], ar: ['الكلمات المفتاحية', 'وسوم'], pl: ['tagi'], cs: ['témata', 'štítky'], ro: ['etichete', 'taguri'], el: ['λέξεις-κλειδιά', 'ετικέτες'], nl: ['trefwoorden', 'onderwerpen'], lt: ['žymės'], et: ['märksõnad'], lv: ['tēmas'], be: ['тэгі'], bg: ['етикети', 'тагове'], he: ['תגיות'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, tr: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, ko: NOT_SEEN, uz: NOT_SEEN },
  },
  /** A heading of the page's own lists after the article (`Related Topics`, `Most read`): everything from it on is the page's. */
  relatedHeading: {
    phrases: {
      // VilaWeb, El Nacional.cat, 3Cat under the text: `Notícies relacionades`, `Et pot interessar`, `El més llegit`
      ca: ['notícies relacionades', 'temes relacionats', 'et pot interessar', 'el més llegit', 'el més vist', 'més notícies', 'temes'],
      // NRC's newsletter box under the text: `Nieuwsbrief`
      nl: ['nieuwsbrief', 'meest gelezen', 'gerelateerde artikelen'],
      pl: ['najczęściej czytane', 'polecane'],
      cs: ['nejčtenější'],
      // Kun.uz under the text: `Mavzuga oid` ("on the subject")
      uz: ['mavzuga oid'],
      ro: ['cele mai citite'],
      el: ['δημοφιλή', 'περισσότερα'],
      en: [
        'explore more on these topics',
        'related topics',
        'suggested topics',
        'more on this story',
        // The Daily Star (Dhaka): `Related topic:` over its one topic; MSN between paragraphs: `Related video: <its title>`
        fragment(String.raw`related(?: articles| stories| news| topic| videos?)?`),
        'you may also like',
        // Vox's topics under the text: `See More:`, then the topics
        'see more',
        // the publication's box under a newsletter's post (Substack: `Subscribe to Caucasus Notes`; Ghost), and Medium's
        // author box under the text (`Written by Name`, the followers, a line about the author)
        fragment(String.raw`subscribe to [\p{L}\d&’'. -]{2,40}`),
        fragment(String.raw`written by \p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){0,3}`),
        'most read',
        'latest news',
        // a press office's box under its release (the World Bank: `Contacts`, then the press officer; UNICEF: `Media contacts`)
        fragment(String.raw`(?:media |press )?contacts?`),
        // GOV.UK's record of the page's versions under the text, over its feedback box
        'updates to this page',
        // the Kremlin's box under the text: `Publication status`, the sections, the date again and `Direct link: URL`
        'publication status',
        // `Most Viewed in World` (the Sydney Morning Herald), `Latest from World` (NZ Herald), `Most Visited in Politics` (Tasnim)
        fragment(String.raw`most (?:viewed|visited|read|popular) in \p{L}+(?: \p{L}+)?`),
        // the Guardian's, under the text; guardian.co.uk's box under the text until 2009 (`Article history`, then `About
        // this article`, the headline again and when the article was published and last modified: publication-record.ts)
        'most viewed',
        'about this article',
        fragment(String.raw`latest from \p{L}+(?: \p{L}+)?`),
        // Kyodo News' links under the text, the Japan Times' tags
        'related coverage',
        // the Los Angeles Times' links under the text
        'more to read',
        // Hürriyet Daily News: `Tags` alone over the tags, a word a line
        'tags',
        // Human Rights Watch: `Region / Country` over its regions' links, then `Topic` over its topics'
        'region / country',
        'keywords',
        'more about',
        'note from the author',
        // Haaretz, over the article's topics
        'click the alert icon to follow topics',
        // CBS News over the article's topics: `In:` (with its colon only, never the word alone)
        fragment('in(?=:)'),
        // `Newsletters`, `Newsletter sign-up`, and the paper's own over its promo: `DAILY SABAH NEWSLETTER`
        fragment(String.raw`(?:[\p{L}’'-]+ ){0,3}newsletters?(?: \p{L}+)?`),
        // The Times of Israel's plea for members under every article
        fragment(String.raw`you[’']re a dedicated reader`),
        // the heading of the readers' comments (the Telegraph), and of more headlines under them
        'join the conversation',
        'more stories',
        // the FT's link set between paragraphs
        'recommended',
        // France 24 under the text
        'read more on related topics',
        // El País's English edition over the article's topics
        'archived in',
      ],
      // Diário de Notícias over the tags: `Tópicos`; the most read list under every article, in every language
      pt: ['tópicos', 'mais lidas', 'mais lidos', 'artigos relacionados', 'notícias relacionadas', 'tópicos relacionados', 'temas relacionados', 'leia tudo sobre o tema e siga', 'tudo sobre'],
      // SPIEGEL ONLINE in 2009, under the text: `ZUM THEMA IN SPIEGEL ONLINE`
      de: ['meistgelesen', 'meistgelesene artikel', 'passend zum artikel', fragment(String.raw`mehr zum thema(?: \p{L}+)?`), fragment(String.raw`zum thema in \p{L}+(?: \p{L}+)?`), 'dieses thema im programm', 'themen zu diesem artikel', 'themen', 'mehr lesen über'],
      // Le Parisien's box under the text: `Newsletter L'essentiel de l'actu`, the newsletter's name after the word
      // France 24 under the text: `Lire la suite sur le même thème :`
      fr: [fragment(String.raw`newsletter [\p{L}’' -]+`), 'lire la suite sur le même thème', 'sujets suggérés', 'les plus lus', 'les plus lues', 'à ne pas manquer', 'à voir en vidéo', 'sur le même sujet', 'dans la même rubrique', 'la rédaction vous conseille', fragment(String.raw`(?:voir les )?sujets associés`)],
      // El Universal under the text: `Noticias según tus intereses`
      // Reuters in Spanish: `Temas sugeridos:` over its topics; `Sobre la firma`: El País's box about its reporters under the text, their names and careers
      // Granma under the text: `Temas` over its topics, each a link
      es: ['lo más leído', 'lo más visto', 'temas relacionados', 'temas', 'te puede interesar', 'etiquetas', 'más noticias', 'noticias según tus intereses', 'temas sugeridos', 'sobre la firma', 'archivado en'],
      it: ['argomenti', 'i più letti', 'più letti'],
      // Novaya Gazeta's box asking for donations under the text: `Поддержите «Новую газету»`
      // TV Rain's: `Поддержите Дождь`
      // BBC Russian under the text: `Статьи по теме`, `Самое читаемое`
      ru: ['теги', 'новости партнеров', 'новости сми2', fragment(String.raw`поддержите (?:«[^»]+»|\p{Lu}[\p{L}-]*)`), 'статьи по теме', 'самое читаемое', 'самое популярное'],
      tr: ['ilgili haberler', 'ilgili konular', 'etiketler'],
      ka: ['დაკავშირებული', 'მსგავსი სიახლეები', 'მსგავსი ამბები'],
      // Ekonomichna Pravda's `Новини на тему`, TSN's `Новини партнерів`
      // BBC News Україна under the text: `Статті на цю ж тему`, `Топ новин`
      uk: ['новини на тему', 'новини партнерів', 'статті на цю ж тему', 'топ новин', 'найпопулярніше'],
      az: ['oxşar xəbərlər', 'digər xəbərlər', 'son xəbərlər', 'ən çox oxunanlar', 'xəbər lenti', 'teqlər', 'etiketlər'],
      hy: ['առնչվող նյութեր', 'նմանատիպ նյութեր', 'ամենաընթերցվածը', 'ամենադիտվածը', 'լրահոս', 'պիտակներ', 'թեգեր'],
      fa: ['مطالب مرتبط', 'خبرهای مرتبط', 'موضوعات مرتبط', 'پربیننده‌ترین', 'پربازدیدترین', 'برچسب‌ها'],
      // Youm7: `الموضوعات المتعلقة` ("related topics") over its related headlines
      ar: ['مواضيع ذات صلة', 'أخبار ذات صلة', 'الأكثر قراءة', 'مواضيع', 'الكلمات المفتاحية', 'كلمات البحث', 'الموضوعات المتعلقة'],
      // Yomiuri's `国際の最新ニュース` (the section's latest news) under the text
      ja: ['関連記事', '関連ニュース', fragment(String.raw`\p{L}+の最新ニュース`)], zh: ['相关新闻', '相關新聞', '相关阅读', '相關閱讀'], ko: ['관련기사', '관련 기사'],
      // Thanh Niên under the text: `Tin liên quan`, its related headlines under it
      hi: ['संबंधित खबरें', 'संबंधित ख़बरें'], bn: ['সম্পর্কিত খবর'], ta: ['தொடர்புடைய செய்திகள்'], vi: ['tin liên quan', 'bài liên quan', 'tin cùng chuyên mục'],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN },
  },
  /**
   * `Read also`, `Читайте также`: a heading of links that stands under the article (then the trailer
   * begins there, as at relatedHeading) or between its paragraphs (then it is an insert, and the text
   * goes on under it).
   */
  readAlsoHeading: {
    phrases: {
      // Ara between paragraphs and under the text: `Més informació` over a linked headline; La Vanguardia: `Llegeix també`
      ca: ['més informació', 'llegeix també', 'llegiu també', 'també et pot interessar'],
      // Rzeczpospolita over a linked headline: `Czytaj więcej` ("read more")
      pl: ['czytaj też', 'czytaj także', 'czytaj więcej', 'zobacz też', 'zobacz także'],
      // iROZHLAS between paragraphs: `Přečtěte si také`
      cs: ['přečtěte si také', 'čtěte také', 'související'],
      ro: ['citește și', 'citeşte şi'],
      el: ['διαβάστε επίσης', 'διαβάστε ακόμη'],
      nl: ['lees ook', 'lees meer'],
      // `More from CBS News` between paragraphs, over its headlines; `More Must-Reads from TIME` under the text
      en: ['read more', 'see also', 'read also', 'also read', 'keep reading', 'go deeper', 'more', 'more must-reads'],
      pt: ['leia também', 'veja também'],
      fr: ['à lire aussi', 'lire aussi'],
      it: ['leggi anche'],
      ru: ['читайте также', 'по теме'],
      // RBC-Ukraine: `Вас може зацікавити:` over links between paragraphs
      uk: ['читайте також', 'вас може зацікавити'],
      ka: ['ასევე წაიკითხეთ', 'ამავე თემაზე'],
      // Handelsblatt's link under the text: `Mehr: <headline>`
      de: ['lesen sie auch', 'weiterlesen', 'mehr'],
      // Clarín prints Argentine `Mirá también`; Infobae `Seguir leyendo:` over links under the text
      // El País between paragraphs: `Más información`, over a headline
      // Diario Libre (Santo Domingo) prints the formal `Lea también`
      es: ['lee también', 'lea también', 'mirá también', 'seguir leyendo', 'más información'],
      az: ['həmçinin oxuyun', 'həmçinin oxu', 'bu mövzuda'],
      hy: ['կարդացեք նաև', 'կարդացեք նաեւ', 'տես նաև', 'տես նաեւ'],
      fa: ['بیشتر بخوانید', 'همچنین بخوانید'],
      ar: [fragment(String.raw`اقرأ أيض(?:ا|اً|ًا)`)],
      lt: ['taip pat skaitykite', 'skaitykite taip pat', 'skaitykite daugiau'], et: ['loe ka'], lv: ['lasi arī', 'lasiet arī'], be: ['чытайце таксама'],
      sr: ['pročitajte još', 'pročitajte i', 'прочитајте још'], hr: ['pročitajte još', 'pročitajte i'],
      sv: ['läs också', 'läs mer'], da: ['læs også', 'læs mere'], nb: ['les også', 'les mer'], fi: ['lue myös', 'lue lisää'], hu: ['kapcsolódó', 'ezt is ajánljuk'], sk: ['prečítajte si aj', 'čítajte aj', 'čítajte viac', 'súvisiace'], sl: ['preberite še', 'preberi še', 'sorodno', 'sorodne novice'],
      // NHK's `あわせて読みたい`, the Central News Agency's `延伸閱讀` between paragraphs
      ja: ['あわせて読みたい'], zh: ['延伸阅读', '延伸閱讀'], ko: ['함께 보면 좋은 기사'],
      bg: ['още по темата', 'прочетете още', 'четете още'],
      he: ['כתבות נוספות', 'עוד בנושא', 'קראו עוד', 'קראו גם'],
      // Kompas between paragraphs: `Baca juga: <headline>`; Tempo under the text: `Pilihan Editor: <headline>`; Thai PBS between
      // paragraphs: `อ่านข่าว : <headline>`
      id: ['baca juga', 'pilihan editor'], th: ['อ่านข่าว', 'อ่านเพิ่มเติม'],
      // Dainik Bhaskar and Amar Ujala: `ये भी पढ़ें`; Prothom Alo: `আরও পড়ুন`; Dinamani: `இதையும் படிக்க`; VnExpress: `Xem thêm`
      hi: ['ये भी पढ़ें', 'यह भी पढ़ें'], bn: ['আরও পড়ুন'], ta: ['இதையும் படிக்க', 'மேலும் படிக்க'], vi: ['xem thêm', 'đọc thêm'],
    },
    gaps: { sw: NOT_SEEN, tr: NOT_SEEN, uz: NOT_SEEN },
  },
  /** An editor's label that opens a paragraph as a dateline's place would, before a colon or dash: `UPDATE:`, `EXCLUSIVE —`. */
  editorialLabel: {
    phrases: {
      en: ['update', 'updated', 'breaking', 'breaking news', 'exclusive', 'watch', 'read', 'listen', 'note', "editor's note", 'editor’s note', 'correction', 'live', 'video', 'photos'],
    },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /**
   * The word that ends an obituary's headline, after the name (the Guardian: `Other lives`, then `Anna Keller obituary`,
   * then its standfirst): a headline, never a kicker over the standfirst.
   */
  obituaryHeadline: {
    phrases: { en: ['obituary'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The kind of article, a label alone on a line of the header (Euractiv: `News`, over the note that defines it). */
  articleKind: {
    // La Croix under its headline: `Récit`
    // a government's or a think tank's kinds: `Press Statement` (the State Department), `Press release` (GOV.UK, UNICEF),
    // `Expert comment` (Chatham House), `Commentary` (ECFR)
    phrases: { en: ['news', 'analysis', 'opinion', 'explainer', 'comment', 'factbox', 'interview', 'feature', 'press statement', 'press release', 'media note', 'expert comment', 'commentary'], fr: ['récit', 'analyse', 'décryptage', 'entretien', 'reportage', 'enquête', 'tribune', 'éditorial', 'chronique'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The word joining such a heading to the outlet's name: `Read more from Sky News:`. */
  headingFromOutlet: {
    phrases: { en: ['from', 'with'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The label of a list of the article's topics after its text, before a colon: `Read more about: Georgia , Foreign agents`. */
  topicsLabel: {
    phrases: {
      ca: ['més sobre'],
      // Digi24 under the text: `Citește mai mult despre: Georgia`
      ro: ['citește mai mult despre'],
      en: ['read more about', 'more about', 'more on'],
      de: ['mehr zu'],
      fr: ['plus sur'],
      es: ['más sobre'],
      ru: ['больше по теме'],
      uk: ['більше на тему'],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /**
   * The word that ends the name of a paper's regular column, printed where a byline without `By` stands
   * (`Election Watch`, `Caucasus Diary`, `Weekly Briefing`): a kind of column, no surname.
   */
  columnKind: {
    phrases: { en: ['watch', 'diary', 'notebook', 'briefing', 'digest', 'dispatch', 'dispatches', 'tracker', 'roundup', 'round-up', 'bulletin', 'explainer', 'factcheck', 'fact check'] },
    gaps: {
      ca: SENTENCE_CASE,
      id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN,
      de: NOT_SEEN,
      fr: SENTENCE_CASE, es: SENTENCE_CASE, it: SENTENCE_CASE, pt: SENTENCE_CASE, ru: SENTENCE_CASE, uk: SENTENCE_CASE, tr: SENTENCE_CASE, az: SENTENCE_CASE,
      hy: SENTENCE_CASE, pl: SENTENCE_CASE, cs: SENTENCE_CASE, ro: SENTENCE_CASE, el: SENTENCE_CASE, nl: SENTENCE_CASE, lt: SENTENCE_CASE, lv: SENTENCE_CASE,
      et: SENTENCE_CASE, be: SENTENCE_CASE, sr: SENTENCE_CASE, hr: SENTENCE_CASE,
      ka: 'Georgian has no capital letters to tell a name by', fa: 'Persian has no capital letters to tell a name by', ar: 'Arabic has no capital letters to tell a name by',
      sv: SENTENCE_CASE, da: SENTENCE_CASE, nb: SENTENCE_CASE, fi: SENTENCE_CASE, hu: SENTENCE_CASE, sk: SENTENCE_CASE, sl: SENTENCE_CASE,
      ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN,
      bg: SENTENCE_CASE,
      he: NOT_SEEN,
      uz: NOT_SEEN,
    },
  },
  /**
   * Sub-headings of two or three capitalised words that an outlet prints above a section of the
   * text (`Key Points`, `Next Steps`): a whole line, which has the shape of a byline without `By`.
   * Those that open with a question word or an article (`What Happened`) are subHeadingOpener's.
   */
  stockSubHeading: {
    phrases: {
      en: ['key points', 'key facts', 'key takeaways', 'next steps'],
    },
    gaps: {
      ca: SENTENCE_CASE,
      id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN,
      de: 'German sub-headings of capitalised words open with an article or a question word (subHeadingOpener)',
      fr: SENTENCE_CASE,
      es: SENTENCE_CASE,
      it: SENTENCE_CASE,
      pt: SENTENCE_CASE,
      ru: SENTENCE_CASE,
      uk: SENTENCE_CASE,
      tr: SENTENCE_CASE,
      ka: 'Georgian sub-headings are told by the question word that opens them (subHeadingOpener)',
      az: SENTENCE_CASE,
      hy: SENTENCE_CASE,
      fa: 'Persian has no capital letters to tell a name by',
      ar: 'Arabic has no capital letters to tell a name by',
      pl: SENTENCE_CASE,
      cs: SENTENCE_CASE,
      ro: SENTENCE_CASE,
      el: SENTENCE_CASE,
      nl: SENTENCE_CASE,
      lt: SENTENCE_CASE,
      lv: SENTENCE_CASE,
      et: SENTENCE_CASE,
      be: SENTENCE_CASE,
      sr: SENTENCE_CASE,
      hr: SENTENCE_CASE,
      sv: SENTENCE_CASE, da: SENTENCE_CASE, nb: SENTENCE_CASE, fi: SENTENCE_CASE, hu: SENTENCE_CASE, sk: SENTENCE_CASE, sl: SENTENCE_CASE,
      ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN,
      bg: SENTENCE_CASE,
      he: NOT_SEEN,
      uz: NOT_SEEN,
    },
  },
  /** Words that open a sub-heading (`What It Means`, `რა მოხდა`) and never a person's name: question words, articles. */
  subHeadingOpener: {
    phrases: {
      en: ['what', 'why', 'how', 'when', 'where', 'who', 'which', 'the'],
      de: ['was', 'wie', 'warum', 'wer', 'der', 'die', 'das'],
      ka: ['რა', 'რატომ', 'როგორ', 'როდის', 'სად', 'ვინ'],
    },
    gaps: { ca: SENTENCE_CASE, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: SENTENCE_CASE, es: SENTENCE_CASE, it: SENTENCE_CASE, pt: SENTENCE_CASE, ru: SENTENCE_CASE, uk: SENTENCE_CASE, tr: SENTENCE_CASE, az: SENTENCE_CASE, hy: SENTENCE_CASE, fa: 'Persian has no capital letters to tell a name by', ar: 'Arabic has no capital letters to tell a name by', pl: SENTENCE_CASE, cs: SENTENCE_CASE, ro: SENTENCE_CASE, el: SENTENCE_CASE, nl: SENTENCE_CASE, lt: SENTENCE_CASE, lv: SENTENCE_CASE, et: SENTENCE_CASE, be: SENTENCE_CASE, sr: SENTENCE_CASE, hr: SENTENCE_CASE, sv: SENTENCE_CASE, da: SENTENCE_CASE, nb: SENTENCE_CASE, fi: SENTENCE_CASE, hu: SENTENCE_CASE, sk: SENTENCE_CASE, sl: SENTENCE_CASE, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: SENTENCE_CASE, he: NOT_SEEN, uz: NOT_SEEN },
  },
} as const satisfies Record<string, Role>;
