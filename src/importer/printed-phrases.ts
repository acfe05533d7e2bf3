/**
 * The words pages print around an article, by what they do (a role) and the language they are
 * printed in: share buttons, related-links headings, date and byline labels, caption labels, ...
 * The importer's line rules (line-facts.ts) give each role its place in a line; the words are here,
 * so a language is added in one place, and a language a role has no words for is listed with why.
 */
import { NEWS_AGENCY_FORMS } from './news-agencies.ts';

/** The languages the importer reads (README, "Importing clippings"): every role covers each, or lists it as a gap. */
export const LANGUAGES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'ru', 'uk', 'ka', 'tr', 'az', 'hy', 'fa', 'ar', 'pl', 'cs', 'ro', 'el', 'nl', 'lt', 'lv', 'et', 'be', 'sr', 'hr', 'sv', 'da', 'nb', 'fi', 'hu', 'sk', 'sl'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * A phrase as printed, matched literally (case aside), or a regex fragment where one phrase is
 * printed in several forms (`(?:last )?updated(?: on| at)?`); a fragment keeps each form beside the
 * others instead of listing every combination.
 */
export type Phrase = string | { fragment: string };
const fragment = (source: string): Phrase => ({ fragment: source });

export interface Role {
  /** Printed alike whatever the page's language: brand names. */
  any?: readonly Phrase[];
  phrases: Partial<Record<Language, readonly Phrase[]>>;
  /** Languages with no phrase for the role, each with why: a missing language is listed, never silent. */
  gaps?: Partial<Record<Language, string>>;
  /**
   * Languages whose phrases here are ordinary words in other languages (the Dutch `door`, the Romanian `de`): read only
   * in a clipping in that language (own-language-phrases.ts).
   */
  ownClippingsOnly?: readonly Language[];
}

const NO_BBC_SERVICE = 'the BBC, whose labelled layout this is, has no service in this language';
const NOT_SEEN = 'no outlet seen printing one in this language yet';
const SUFFIX = 'the language says it with a suffix on the place, not a word before it';
/** A heading printed in sentence case has lower-case words, which no name has: it is never read as names (line-facts.ts, readNames). */
const NO_MAIL_SEEN = 'no newsletter mail seen copied in this language yet';
const SENTENCE_CASE = 'headings are printed in sentence case, and their lower-case words already tell them from names';

/** The languages that name a newsroom with its paper (newsroomOf), so have no word for a desk or a staff alone. */
/** `Dalla nostra inviata`: the paper's own reporter sent there, before the names (a byline) or the place (a dateline). */
const FROM_OUR_REPORTER_IT = fragment(String.raw`dal(?:la)? nostr[oa] (?:inviat[oa]|corrispondente)`);

const NEWSROOM_WITH_PAPER: Partial<Record<Language, string>> = {
  fr: 'French names the newsroom with its paper (newsroomOf)',
  de: 'German names the newsroom with its paper (newsroomOf)',
  es: 'Spanish names the newsroom with its paper (newsroomOf)',
  it: 'Italian names the newsroom with its paper (newsroomOf)',
  pt: 'Portuguese names the newsroom with its paper (newsroomOf)',
  ru: 'Russian names the newsroom with its paper (newsroomOf)',
  uk: 'Ukrainian names the newsroom with its paper (newsroomOf)',
};

export const PRINTED_PHRASES = {
  /** A skip link or section navigation, which a browser copy glues together (`Skip to contentSkip to site index`); also looked for inside a title. */
  skipLink: {
    phrases: {
      en: [fragment(String.raw`skip to (?:the )?(?:main )?(?:content|navigation|site index|search|comments)`), fragment(String.raw`(?:search (?:&|and) )?section navigation`)],
      de: ['zum inhalt springen', 'zur hauptnavigation springen'],
      fr: [fragment(String.raw`aller au contenu(?: principal)?`)],
      es: [fragment(String.raw`ir al contenido(?: principal)?`)],
      it: [fragment(String.raw`vai al contenuto(?: principale)?`)],
      ru: [fragment(String.raw`перейти к (?:основному )?содержани[юя]`)],
      // WordPress's own skip links in these languages.
      pt: ['saltar para o conteúdo', 'pular para o conteúdo'],
      uk: ['перейти до вмісту'],
      hy: [fragment(String.raw`անցնել (?:հիմնական )?(?:բովանդակությանը|նավիգացիային|որոնմանը)`)],
      fa: [fragment(String.raw`(?:رفتن|پرش) به محتوا(?:ی اصلی)?`)],
    },
    gaps: {
      // WordPress prints `İçeriğe geç`, but the phrase is looked for inside titles too, and ordinary words start so (`içeriğe geçiş`).
      tr: 'its skip link `İçeriğe geç` begins ordinary words (`içeriğe geçiş`), and skip links are looked for inside titles',
      ka: NOT_SEEN,
      az: NOT_SEEN,
      ar: NOT_SEEN,
      pl: NOT_SEEN,
      cs: NOT_SEEN,
      ro: NOT_SEEN,
      el: NOT_SEEN,
      nl: NOT_SEEN,
      lt: NOT_SEEN,
      lv: NOT_SEEN,
      et: NOT_SEEN,
      be: NOT_SEEN,
      sr: NOT_SEEN,
      hr: NOT_SEEN,
      sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN,
    },
  },
  /** Share, save, print and comment buttons, and the social networks' names, each a line of its own. */
  shareButton: {
    // `X (Twitter)` and `Messenger` (The Conversation)
    any: ['facebook', 'twitter', 'x', 'x (twitter)', 'messenger', 'whatsapp', 'telegram', 'linkedin', 'вконтакте', 'одноклассники', 'google news'],
    phrases: {
      // TVN24: `Udostępnij`, `Kopiuj link`, `Pokaż komentarze`; iROZHLAS: `Sdílet na Facebooku`; Digi24: `Distribuie pe WhatsApp`; Kathimerini: `Κοινοποίηση`, and its call to comment; NRC: `Deel dit artikel`, `Reageren`
      pl: ['udostępnij', 'kopiuj link', 'pokaż komentarze', 'komentarze'],
      cs: ['sdílet', fragment(String.raw`sdílet na \p{L}+`), 'kopírovat odkaz', 'komentáře'],
      ro: ['distribuie', fragment(String.raw`distribuie pe \p{L}+`), 'comentarii'],
      el: ['κοινοποίηση', 'σχόλια', 'λάβετε μέρος στη συζήτηση'],
      nl: ['delen', 'deel dit artikel', 'reageren', 'reacties'],
      en: [
        fragment(String.raw`share(?: this(?: article| story| post| page| episode)?| (?:on|in|via|by) \p{L}+| full article| to(?: or)?)?\d*`),
        'click here to share on social media',
        fragment(String.raw`save(?: article| for later)?`),
        // a newsletter's button (Substack, Ghost), also between paragraphs
        'subscribe',
        // the Daily Mail's buttons over and under the text, and between its paragraphs
        'view comments',
        'view gallery',
        'share or comment on this article',
        // Daily Maverick's menu of more sharing buttons, beside `Save`
        'more',
        'read later',
        'tweet',
        // The Hill: `Share`, then `Post`, X's word for a tweet
        'post',
        // Fox News' promotion of its app, a button between paragraphs
        'click here to get the fox news app',
        fragment(String.raw`e-?mail`),
        // the BBC's until 2013: `Printable version`; guardian.co.uk's link under the date until 2013: `Article history`
        fragment('print(?: this (?:page|article)| version)?'), 'printable version', 'article history',
        // older sites' buttons under the text (Civil Georgia until 2019)
        fragment('(?:send|e-?mail) (?:this )?to a friend'),
        'copy link',
        // Arab News' label over the page's short address (`Short Url`, then `https://arab.news/…`)
        'short url',
        // AP's button that copies the page's address
        'click to copy',
        'more sharing options',
        'social sharing',
        // the Sydney Morning Herald's and ABC News' (Australia) buttons; the Japan Times' `Share/Save`
        'share options',
        'share/save',
        'license this article',
        // News24's; the Los Angeles Times' share bar
        'bookmark',
        'share via',
        'close extra sharing options',
        // Newsweek's links under the text
        'request reprint & licensing',
        'submit correction',
        'view editorial guidelines',
        // the confirmation a share button leaves in the copy (CNN)
        fragment('link copied!?'),
        'comment',
        'comments',
        'show comments',
        'start a conversation',
        // the Telegraph's button to give a subscriber's article away
        fragment('gift this article(?: free)?'),
      ],
      // Le Monde's buttons: to give the article away, to keep it, to reuse it, to write to the paper
      fr: ['partager', fragment(String.raw`partager (?:l[’']article|cet article)(?: sur (?:les réseaux sociaux|\p{L}+))?`), 'copier le lien', 'commenter', 'ajouter à mes favoris', fragment('offrir l[’\']article'), 'lire plus tard', 'réutiliser ce contenu', 'contribuer'],
      // Der Spiegel's: `Zur Merkliste hinzufügen`, `X.com`, `Artikel verschenken`
      // and its share box until 2014: `Diesen Artikel...` over `Drucken`, `Versenden`, `Senden`, `Merken`
      de: ['teilen', 'jetzt teilen', 'diesen artikel teilen', fragment(String.raw`diesen artikel(?:\.\.\.|…)`), 'versenden', 'senden', 'merken', 'drucken', 'kommentar', 'kommentare', 'zur merkliste hinzufügen', 'x.com', 'artikel verschenken', 'feedback'],
      es: ['compartir', fragment(String.raw`compartir en \p{L}+`), fragment(String.raw`enviar por (?:e-?mail|correo)`), 'comentario', 'comentarios', 'comentar', 'guardar', 'copiar enlace', 'ir a los comentarios'],
      // ANSA's buttons: suggest to a friend, print, copy the link, embed
      it: ['condividi', 'commenti', 'mostra i commenti', 'suggerisci', 'stampa', 'copia link', 'ottieni il codice embed'],
      pt: ['compartilhar', 'partilhar', 'partilhe', 'comentários'],
      // Gazeta.Ru's prompt over its comments: `Что думаешь?`
      // Civil Georgia's Russian and Georgian editions until 2019 under the text: `Версия для печати`, `Отправить другу`
      // and ITAR-TASS's `Распечатать` under the text until 2014
      ru: ['поделиться', 'копировать ссылку', 'что думаешь?', 'комментарии', 'версия для печати', 'отправить другу', 'распечатать'],
      uk: ['поділитися', 'коментарі'],
      tr: ['paylaş', fragment(String.raw`google news ile (?:abone ol|takip et)`)],
      ka: ['გაზიარება', 'გააზიარე', 'გააზიარეთ', 'ელფოსტა', 'კომენტარები', 'ბეჭდვის ვერსია', 'გაუგზავნე მეგობარს'],
      az: ['paylaş', 'paylaşın', 'çap et', 'şərhlər'],
      hy: ['կիսվել', 'տպել', 'մեկնաբանություններ'],
      fa: ['اشتراک‌گذاری', 'اشتراک گذاری', 'هم‌رسانی'],
      ar: ['شارك', 'مشاركة', 'طباعة'],
      // Delfi: `Dalintis`; ERR: `Jaga`; LSM: `Kopīgot`, and its button to report a mistake; Nasha Niva: `Падзяліцца`, `Каментары`
      lt: ['dalintis', 'komentarai'],
      et: ['jaga', 'kommentaarid'],
      lv: ['kopīgot', 'dalīties', 'komentāri', 'ziņot par kļūdu'],
      be: ['падзяліцца', 'каментары'],
      // N1: `Podeli`, `Komentari (5)`
      sr: ['podeli', 'podelite', 'поделите', 'komentari', 'коментари'],
      hr: ['podijeli', 'komentari'],
      sv: ['dela'], da: ['del', 'del artikel', 'del artiklen'], nb: ['del', 'del artikkelen'], fi: ['jaa', 'jaa artikkeli'], hu: ['megosztás'], sk: ['zdieľať'], sl: ['deli'],
    },
  },
  /** A media player's button: to hear the article or the episode, to watch the live stream. */
  listenButton: {
    phrases: {
      // The National: `Listen In English`, `Listen In Arabic`
      // CNA's note under its player: `This audio is generated by an AI tool.`
      en: ['listen', fragment(String.raw`listen to this (?:article|story)(?: with a free account)?\.?`), 'watch live', fragment(String.raw`listen in \p{L}+`), fragment(String.raw`this audio is generated by an ai tool\.?`)],
      de: ['hören', 'artikel anhören'],
      fr: ['écouter', 'écouter cet article'],
      it: ["ascolta l'articolo", fragment(String.raw`ascolta la versione audio dell['’]articolo`)],
      pt: ['ouvir o texto'],
      // RTVE, over its audio player
      es: ['escuchar'],
      sv: ['lyssna', 'lyssna på artikeln'], da: ['lyt', 'lyt til artiklen'], nb: ['lytt', 'lytt til artikkelen'], fi: ['kuuntele', 'kuuntele artikkeli'],
    },
    gaps: { ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The button that closes a box the page laid over the text (the Economist's audio offer: `OK`). */
  dismissButton: {
    // Fox News' video player over the text: `close`
    phrases: { en: ['ok', 'got it', 'close'] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** A badge beside a button, printed in English whatever the page's language (Corriere's player: `NEW`). */
  newBadge: {
    any: ['new'],
    phrases: {},
  },
  /** Buttons that change the size of the text (Folha; Civil.Ge's archive: `Text size: A A A`). */
  textSizeButton: {
    phrases: { pt: ['diminuir fonte', 'aumentar fonte'], en: [fragment(String.raw`(?:normal|larger|very large) text size`), 'resize', 'change size', fragment(String.raw`text size:?(?:\s*a[+-]?){1,3}`)] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** A line between two paragraphs that links to the rest of the article (Hürriyet's `Haberin Devamı`). */
  continueReading: {
    phrases: { en: ['continue reading'], tr: ['haberin devamı'] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** What a box that loads after the page shows in the copy: `Carregando...`. */
  loadingIndicator: {
    // HuffPost's video box: `LOADING ERROR LOADING`
    phrases: { en: [fragment(String.raw`loading(?:\.{3}|…)?`), 'loading error loading'], pt: [fragment(String.raw`carregando(?:\.{3}|…)?`)] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** What a count of readers' comments counts, after the number: `30 Postings` (Der Standard). */
  commentCount: {
    phrases: {
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
      it: ['commenti'],
      pt: ['comentários'],
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
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** How long ago the page says it was published or updated, the whole line: `Updated an hour ago`, `Atualizado há 2 anos` (g1). */
  timeAgo: {
    phrases: {
      // and as phones show it, the unit abbreviated: `Updated 2h ago` (Reuters' mobile site); Substack's publication box: `Launched 2 years ago`
      en: [
        fragment(String.raw`(?:(?:updated|published|posted|launched)\s+)?(?:in\s+)?(?:an?|one|\d+)\s+(?:second|minute|hour|day|week|month|year)s?(?:\s+ago)?`),
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
    gaps: { ka: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The unit of a reading time, `3 Min Read`: the word after the number. */
  readingTimeUnit: {
    phrases: {
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
    },
    gaps: { lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN },
  },
  /** What follows a reading time's unit: `3 Min Read`, `2 minuti di lettura`. */
  readingTimeWord: {
    phrases: {
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
    gaps: { ka: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** A reading time's label before the number: `Lesezeit: 4 Min.` */
  readingTimeLabel: {
    // MK: `Время чтения: 2 мин`; TSN: `Час прочитання 2 хв`; Bianet: `Okuma süresi: 3 dk`
    phrases: { en: ['reading time', 'est.'], fr: ['temps de lecture', 'lecture', 'lecture en'], de: ['lesezeit', 'lesedauer'], es: ['tiempo de lectura'], ru: ['время чтения'], uk: ['час прочитання'], tr: ['okuma süresi'], az: ['oxuma müddəti'], hy: ['կարդալու ժամանակը', 'ընթերցման ժամանակը'], nl: ['leestijd'], pl: ['czas czytania'], cs: ['doba čtení'], sv: ['lästid'], da: ['læsetid'], nb: ['lesetid'], fi: ['lukuaika'], hu: ['olvasási idő'], sk: ['čas čítania'], sl: ['čas branja'] },
    gaps: { it: NOT_SEEN, pt: NOT_SEEN, ka: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN },
  },
  /** The link back up the page, and the marker where an article ends (`end of article`, the Times of India). */
  backToTop: {
    phrases: { en: ['back to top', 'end of article'] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The first link of a breadcrumb trail, before its separator: `Home / World`. */
  homeLink: {
    phrases: { en: ['home'], fr: ['accueil'], de: ['startseite'], es: ['inicio'], it: ['home'], pt: ['início'], ru: ['главная'], uk: ['головна'], tr: ['ana sayfa'], ka: ['მთავარი'], az: ['ana səhifə', 'əsas səhifə'], hy: ['գլխավոր'], fa: ['خانه'], ar: ['الرئيسية'] },
    gaps: { pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The logo's link to the front page, a line of its own or after the outlet's name (`Sky News - back to home`). */
  frontPageLink: {
    phrases: {
      en: [fragment(String.raw`(?:back|go|return) to (?:the )?home(?: ?page)?`)],
      fr: [fragment(String.raw`retour à l[’']accueil`)],
      de: ['zur startseite'],
      es: ['volver a la portada', 'ir a la portada'],
      it: ['torna alla home'],
      pt: ['voltar à página inicial'],
      ru: ['на главную'],
      uk: ['на головну'],
      tr: ['ana sayfaya dön'],
    },
    gaps: { ka: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** A link to the paper's page on the story's topic, a line of its own between paragraphs (20 Minutes: `Notre dossier sur la Géorgie`). */
  topicPageLink: {
    phrases: { fr: [fragment(String.raw`notre dossier sur [\p{L}’' -]+`)] },
    gaps: { en: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The site's section a story is filed under, printed after its date past a dash (Axios: `May 14, 2024 - World`), which is no dateline. */
  sectionName: {
    phrases: { en: ['world', 'politics', 'politics & policy', 'economy', 'business', 'technology', 'science', 'health', 'sports', 'media', 'energy & environment'] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The categories a blog theme prints under the text, before their names (WordPress: `Posted in News`, `Filed under Politics, Economy`). */
  filedUnder: {
    phrases: {
      en: [fragment(String.raw`(?:posted|filed) (?:in|under)`), 'categories:'],
      fr: ['publié dans', 'catégories :'],
      de: ['veröffentlicht in', 'kategorien:'],
      es: ['publicado en', 'categorías:'],
      it: ['pubblicato in', 'categorie:'],
      pt: ['publicado em', 'categorias:'],
      ru: ['рубрика:', 'рубрики:'],
    },
    gaps: { uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The radio programme a story was broadcast on, over its byline (NPR: `Heard on Morning Edition`) or after its date (Deutschlandfunk). */
  broadcastOn: {
    // Deutschlandfunk after the date under its news: `Diese Nachricht wurde am 28.05.2024 im Programm Deutschlandfunk gesendet.`
    phrases: { en: [fragment(String.raw`heard on(?: [\p{L}']+){1,4}`)], de: [fragment(String.raw`im programm(?: [\p{L}']+){1,3} gesendet\.?`)] },
    gaps: { fr: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** A plugin's note that the page exists in other languages: `This post is also available in: …`; a link to the page in another (LIGA.net: `Читати російською`). */
  alsoAvailableIn: {
    phrases: {
      en: [fragment(String.raw`this (?:post|article|page) is also available in\b`)],
      uk: [fragment(String.raw`читати (?:російською|українською|англійською)$`)],
      ru: [fragment(String.raw`читать на (?:русском|украинском|английском)$`), fragment(String.raw`(?:эта запись|этот пост|эта статья) также доступн[аы]? на(?!\p{L})`)],
      // Civil Georgia's Georgian edition
      ka: [fragment(String.raw`ეს (?:პოსტი|სტატია|ჩანაწერი) ასევე ხელმისაწვდომია(?!\p{L})`)],
    },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The heading of the BBC's labelled byline block. */
  bylineBlockHeading: {
    phrases: {
      // the Atlantic's box under the text: `About the Author`, the name, `Follow`, a line about the author
      en: ['article information', fragment('about the authors?')],
      tr: ['makale bilgisi'],
      ru: ['информация о статье'],
      uk: ['інформація про статтю'],
      es: ['información del artículo'],
      pt: ['informações do artigo'],
      fa: ['اطلاعات مقاله'],
      ar: ['معلومات المقال'],
    },
    gaps: { fr: 'not seen in BBC Afrique yet', de: NO_BBC_SERVICE, it: NO_BBC_SERVICE, ka: NO_BBC_SERVICE, az: 'not seen in BBC News Azərbaycanca yet', hy: NO_BBC_SERVICE, pl: NO_BBC_SERVICE, cs: NO_BBC_SERVICE, ro: NO_BBC_SERVICE, el: NO_BBC_SERVICE, nl: NO_BBC_SERVICE, lt: NO_BBC_SERVICE, lv: NO_BBC_SERVICE, et: NO_BBC_SERVICE, be: NO_BBC_SERVICE, sr: NO_BBC_SERVICE, hr: NO_BBC_SERVICE, sv: NO_BBC_SERVICE, da: NO_BBC_SERVICE, nb: NO_BBC_SERVICE, fi: NO_BBC_SERVICE, hu: NO_BBC_SERVICE, sk: NO_BBC_SERVICE, sl: NO_BBC_SERVICE },
  },
  /** The reporter's role in the BBC's byline block, before a comma: `Role, BBC News`. */
  bylineRoleLabel: {
    phrases: { en: ['role'], tr: ['unvan'], ru: ['должность'], uk: ['посада'], es: ['cargo'], pt: ['função'] },
    gaps: { fr: 'not seen in BBC Afrique yet', de: NO_BBC_SERVICE, it: NO_BBC_SERVICE, ka: NO_BBC_SERVICE, az: 'not seen in BBC News Azərbaycanca yet', hy: NO_BBC_SERVICE, fa: 'not seen in BBC Persian yet', ar: 'not seen in BBC News Arabic yet', pl: NO_BBC_SERVICE, cs: NO_BBC_SERVICE, ro: NO_BBC_SERVICE, el: NO_BBC_SERVICE, nl: NO_BBC_SERVICE, lt: NO_BBC_SERVICE, lv: NO_BBC_SERVICE, et: NO_BBC_SERVICE, be: NO_BBC_SERVICE, sr: NO_BBC_SERVICE, hr: NO_BBC_SERVICE, sv: NO_BBC_SERVICE, da: NO_BBC_SERVICE, nb: NO_BBC_SERVICE, fi: NO_BBC_SERVICE, hu: NO_BBC_SERVICE, sk: NO_BBC_SERVICE, sl: NO_BBC_SERVICE },
  },
  /** The button that shows or hides a photo's caption. */
  captionToggle: {
    phrases: {
      de: [fragment(String.raw`bildbeschreibung (?:ein|aus)blenden`)],
      // NPR: `Enlarge this image` over the photo, `hide caption` and `toggle caption` under it
      en: [fragment(String.raw`(?:show|hide|toggle) caption`), 'enlarge this image'],
      fr: ['afficher la légende'],
      es: ['mostrar pie de foto'],
    },
    gaps: { it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** An advertisement's label. */
  advertisement: {
    phrases: {
      pl: ['reklama'], cs: ['reklama'], ro: ['publicitate'], el: ['διαφήμιση'], nl: ['advertentie'],
      // the Washington Post between paragraphs: `Story continues below advertisement`
      en: ['advertisement', 'skip advertisement', 'sponsor message', 'story continues below advertisement'],
      tr: ['reklam'],
      ru: ['реклама'],
      uk: ['реклама'],
      fr: ['publicité'],
      de: ['anzeige'],
      es: ['publicidad'],
      it: ['pubblicità'],
      // Estadão between paragraphs: `Continua após a publicidade`
      pt: ['publicidade', 'continua após a publicidade'],
      ka: ['რეკლამა'],
      az: ['reklam'],
      hy: ['գովազդ'],
      fa: ['تبلیغات', 'آگهی'],
      ar: ['إعلان'],
      lt: ['reklama'], et: ['reklaam'], lv: ['reklāma'], be: ['рэклама'],
      sr: ['reklama', 'реклама'], hr: ['oglas'],
      sv: ['annons'], da: ['annonce'], nb: ['annonse'], fi: ['mainos'], hu: ['hirdetés'], sk: ['reklama'], sl: ['oglas'],
    },
  },
  /** The newsroom as a whole before its paper's name, not a reporter: `Redazione ANSA`. */
  newsroomOf: {
    // `red, ORF.at/Agenturen`: ORF's short word, its comma before the paper
    phrases: { it: ['redazione'], de: ['redaktion', 'red,'], fr: ['rédaction', 'la rédaction'], es: ['redacción'], pt: ['redação'], ru: ['редакция'], uk: ['редакція'] },
    gaps: { en: 'English names the desk alone (newsDesk)', tr: 'Turkish names the desk alone (newsDesk)', ka: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The paper's staff after `By` and its name, its own byline and no author: `By DFWatch staff`, `By Times of Israel Staff`. */
  staffWord: {
    phrases: { en: [fragment(String.raw`staff(?: writers?| reporters?)?`)] },
    gaps: { ...NEWSROOM_WITH_PAPER, tr: 'Turkish names the desk alone (newsDesk)', ka: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
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
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The newsroom as a whole on a line of its own: `Haber Merkezi`. */
  newsDesk: {
    // France 24's byline over agency copy: `Text by NEWS WIRES`
    // and the agency's description under its name in the page's head: `Russian News Agency` (TASS)
    phrases: { en: ['news desk', 'newsroom', 'web desk', 'news wires', 'news agency'], tr: ['haber merkezi', 'dış haberler'] },
    gaps: { ...NEWSROOM_WITH_PAPER, ka: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** Who edited the page, before a colon and a name (`Editor: Liu Wei`): no author. */
  pageEditorLabel: {
    // Digi24's `Editor : Name` under the text, as the English label
    // ERR under the text: `Toimetaja: Name`
    phrases: { en: ['editor', 'editors'], tr: ['editör'], ru: ['редактор'], uk: ['редактор'], de: ['redakteur', 'redakteurin'], fr: ['rédacteur'], es: ['redactor'], ro: ['editor'], et: ['toimetaja'] },
    gaps: { it: NOT_SEEN, pt: NOT_SEEN, ka: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** A copyright footer's words: `… All rights reserved.`, `Tüm hakları saklıdır`. */
  rightsReserved: {
    phrases: {
      pl: ['wszelkie prawa zastrzeżone'], cs: ['všechna práva vyhrazena'], ro: ['toate drepturile rezervate'], el: ['με την επιφύλαξη παντός δικαιώματος'], nl: ['alle rechten voorbehouden'],
      en: ['all rights reserved', fragment(String.raw`reproduction of (?:any )?materials?\b`)],
      // Interfax: `Все права на информацию, размещенную на данном сайте, принадлежат ООО «Интерфакс».`
      // Civil Georgia's Russian edition until 2019: `Перепечатка материалов Civil.Ge возможна только с разрешения редакции.`
      ru: ['все права защищены', fragment(String.raw`все права на (?:информацию|материалы)`), 'перепечатка материалов'],
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
    },
    gaps: { sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The print edition a web article also appeared in, before its number: `Российская газета - Федеральный выпуск: №115(9358)`. */
  printIssue: {
    phrases: { ru: [fragment(String.raw`(?:федеральный|столичный|региональный|неделя) выпуск`)], en: ['issue'] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The page of the print edition an article ran on, after its date: `Wed, May 29, 2024 page 7` (the Taipei Times). */
  printPage: {
    phrases: { en: ['page'] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** A paywall's label. */
  subscribersOnly: {
    phrases: { fr: ['article réservé aux abonnés'], en: ['subscribers only'], de: ['nur für abonnenten'], es: ['exclusivo para suscriptores'] },
    gaps: { it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
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
        fragment(String.raw`a version of this (?:article|story) appear(?:s|ed) in print\b`),
        // NDTV under agency copy: `(Except for the headline, this story has not been edited by NDTV staff and is published from a syndicated feed.)`
        fragment(String.raw`\(?except for the headline, this story has not been edited by\b`),
        // the Taipei Times under the text
        'comments will be moderated. keep comments relevant to the article.',
        // the Economist's: `This article appeared in the Europe section of the print edition under the headline …`
        fragment(String.raw`this article appeared in the [\p{L} &-]+ section of the print edition\b`),
        'our standards:',
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
      fr: [fragment(String.raw`nos normes\s?:`), fragment(String.raw`vous avez trouvé une erreur\s?\?\s?signalez-la`)],
      // Delfi's ban on reuse under every article
      lt: [fragment(String.raw`griežtai draudžiama \S+ paskelbtą informaciją\s`)],
    },
    gaps: { pt: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** An outlet's own promotion, a line of its own: a plea for support (The Independent's, split over two lines), a link to its photo bank (RIA). */
  outletPromo: {
    phrases: {
      // the FT's newsletter box over the text: `Unlock the Editor’s Digest for free`
      en: [
        // the Economist's audio offer under `Listen to this story.`
        fragment(String.raw`enjoy more audio and podcasts on \p{L}+ or \p{L}+\.?`),
        'save time by listening to our audio articles as you multitask',
        // Substack's box between paragraphs: `Thanks for reading Caucasus Notes! Subscribe for free to receive new posts and support my work.`
        fragment(String.raw`thanks for reading [^!]{1,60}! subscribe for free to receive new posts and support my work\.?`),
        'learn more', 'support truly', 'independent journalism',
        // Reuters' newsletter box between paragraphs: `The Reuters Daily Briefing newsletter provides … Sign up here.`
        fragment(String.raw`[^.]*\bnewsletter\b[^.]*\.\s+sign up here\.?`), fragment(String.raw`unlock the editor[’']s digest(?: for free)?`), fragment(String.raw`why you can trust [\p{L} ]+`),
        // the Bangkok Post's poll under the text; the Hindustan Times' `Get Latest World News along with Latest News from India at Hindustan Times.`
        'do you like the content of this article?', fragment(String.raw`get latest [\p{L} ]{2,40} along with latest news from [\p{L} ]{2,40} at [\p{L}.’' ]{2,40}\.?`)],
      // Mediazona's plea under the text: `Медиазона работает благодаря вашей поддержке`, over its button `Поддержать`
      ru: ['перейти в медиабанк', 'перейти в фотобанк', fragment(String.raw`[\p{L}.«» ]{2,30} работает благодаря вашей поддержке\.?`), 'поддержать'],
      // elDiario.es under the text: `Hazte socio`
      es: ['hazte socio', 'hazte socia'],
    },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The button beside an author's name to follow them (`+ FOLLOW`, South China Morning Post). */
  followButton: {
    phrases: { en: ['follow'], fr: ['suivre'], de: ['folgen'], es: ['seguir'], it: ['segui'], pt: ['seguir'], tr: ['takip et', 'abone ol'], ru: ['подписаться'], uk: ['підписатися'], az: ['izlə', 'abunə ol'], hy: ['հետևել'] },
    gaps: { ka: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /**
   * A call to follow, subscribe or write in, the rest of the line the outlet's: `Follow us on X`,
   * `Подписывайтесь на …`, `Receba no seu email …` (Folha), `Senden Sie uns Ihr Feedback` (DW),
   * `Хочете повідомити важливу новину? Пишіть …` (Ukrainska Pravda), `<paper> è anche su Whatsapp.
   * È sufficiente cliccare qui …` (Corriere).
   */
  followCall: {
    phrases: {
      // Digi24: `Urmărește știrile Digi24.ro și pe Google News`; Kathimerini: `Ακολουθήστε την Καθημερινή στο Google News`
      ro: [fragment(String.raw`urmăre[șş]te(?:-ne)?\s`)],
      el: [fragment(String.raw`ακολουθήστε (?:μας|την|το|τη)\s`)],
      pl: [fragment(String.raw`obserwuj (?:nas|\S+) w\s`)],
      en: [
        fragment(String.raw`(?:follow|join) us\b`),
        // IRNA under the text: `Follow IRNA on X`, the outlet's name where `us` stands
        fragment(String.raw`follow [\p{L}.&’' ]{2,30} on (?:x|twitter|telegram|facebook|instagram|whatsapp|youtube|google news)$`),
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
      ru: [fragment(String.raw`(?:подписывайтесь|подпишитесь) на\s`)],
      uk: [fragment(String.raw`підписуйтесь на\s`), fragment(String.raw`хочете повідомити (?:важливу )?новину\?`)],
      pt: [fragment(String.raw`receba no seu e-?mail\b`), fragment(String.raw`siga-nos\b`)],
      it: [fragment(String.raw`[\p{L} ]+ è anche su \p{L}+\. è sufficiente cliccare qui\b`)],
      de: ['senden sie uns ihr feedback'],
      // Le Figaro's paywall: `Abonnez-vous pour lire l’article en entier.`
      fr: [fragment(String.raw`abonnez-vous\b`)],
      // El País under the text: `Sigue toda la información internacional en Facebook y X, o en nuestra newsletter semanal.`
      es: [fragment(String.raw`sigue toda la información\s`)],
      // Sözcü: `Google News'te Sözcü'ye abone olun`; NTV: `NTV.com.tr'yi Google News'te takip edin`; Habertürk: `Habertürk Google News'te`
      tr: [fragment(String.raw`(?:\S+\s+)?google news['’]te(?:\s|$)`)],
      az: [fragment(String.raw`bizi (?:\S+ )?izləyin`), fragment(String.raw`(?:\S+\s+)?\p{L}+-d[ae] izləyin$`)],
      hy: [fragment(String.raw`հետևեք (?:մեզ|\S+)`)],
    },
    gaps: { ka: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, cs: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** `Читайте РБК в Telegram`: the verb, then the outlet, a preposition and a messenger (messengerName). */
  readUsOnVerb: {
    // NV: `Читайте нас у Telegram`
    phrases: { en: ['read'], ru: ['читайте'], uk: ['читайте'] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  readUsOnPreposition: {
    phrases: { en: ['on'], ru: ['в', 'на'], uk: ['у', 'в'] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  messengerName: {
    any: ['telegram', fragment(String.raw`дзен[еа]?`), 'max', 'whatsapp', 'вконтакте'],
    phrases: {},
  },
  /** A list of the article's tags before a colon: `Tags: Georgia, Elections`. */
  tagsLabel: {
    // NV: `Теги: Грузія ЄС`; NEWS.am: `Region: Georgia`, `Theme: Politics` under the date; On.ge: `თეგები:` over the tags
    // TVN24: `Tagi:`, iROZHLAS: `Témata:`, Digi24: `Etichete:`, Kathimerini: `Λέξεις-κλειδιά:`
    // Delfi: `Žymės:`; LSM: `Tēmas:`
    phrases: { en: ['tag', 'tags', 'topic', 'topics', 'region', 'theme'], uk: ['теги'], ka: ['თეგები'], az: ['teqlər', 'etiketlər'], hy: ['պիտակներ', 'թեգեր'], fa: ['برچسب‌ها', 'برچسب ها'], ar: ['الكلمات المفتاحية', 'وسوم'], pl: ['tagi'], cs: ['témata', 'štítky'], ro: ['etichete', 'taguri'], el: ['λέξεις-κλειδιά', 'ετικέτες'], nl: ['trefwoorden', 'onderwerpen'], lt: ['žymės'], et: ['märksõnad'], lv: ['tēmas'], be: ['тэгі'] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: 'printed as a heading (relatedHeading)', tr: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** A heading of the page's own lists after the article (`Related Topics`, `Most read`): everything from it on is the page's. */
  relatedHeading: {
    phrases: {
      // NRC's newsletter box under the text: `Nieuwsbrief`
      nl: ['nieuwsbrief', 'meest gelezen', 'gerelateerde artikelen'],
      pl: ['najczęściej czytane', 'polecane'],
      cs: ['nejčtenější'],
      ro: ['cele mai citite'],
      el: ['δημοφιλή', 'περισσότερα'],
      en: [
        'explore more on these topics',
        'related topics',
        'suggested topics',
        'more on this story',
        fragment(String.raw`related(?: articles| stories| news)?`),
        'you may also like',
        // Vox's topics under the text: `See More:`, then the topics
        'see more',
        // the publication's box under a newsletter's post (Substack: `Subscribe to Caucasus Notes`; Ghost), and Medium's
        // author box under the text (`Written by Name`, the followers, a line about the author)
        fragment(String.raw`subscribe to [\p{L}\d&’'. -]{2,40}`),
        fragment(String.raw`written by \p{L}[\p{L}'’.-]*(?: \p{L}[\p{L}'’.-]*){0,3}`),
        'most read',
        'latest news',
        // `Most Viewed in World` (the Sydney Morning Herald), `Latest from World` (NZ Herald)
        fragment(String.raw`most (?:viewed|read|popular) in \p{L}+(?: \p{L}+)?`),
        // the Guardian's, under the text
        'most viewed',
        fragment(String.raw`latest from \p{L}+(?: \p{L}+)?`),
        // Kyodo News' links under the text, the Japan Times' tags
        'related coverage',
        // the Los Angeles Times' links under the text
        'more to read',
        // Hürriyet Daily News: `Tags` alone over the tags, a word a line
        'tags',
        'keywords',
        'more about',
        'note from the author',
        // Haaretz, over the article's topics
        'click the alert icon to follow topics',
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
      de: ['meistgelesen', 'meistgelesene artikel', 'passend zum artikel', fragment(String.raw`mehr zum thema(?: \p{L}+)?`), 'dieses thema im programm', 'themen zu diesem artikel', 'themen', 'mehr lesen über'],
      // Le Parisien's box under the text: `Newsletter L'essentiel de l'actu`, the newsletter's name after the word
      // France 24 under the text: `Lire la suite sur le même thème :`
      fr: [fragment(String.raw`newsletter [\p{L}’' -]+`), 'lire la suite sur le même thème', 'sujets suggérés', 'les plus lus', 'les plus lues', 'à ne pas manquer', 'sur le même sujet', 'dans la même rubrique', 'la rédaction vous conseille', fragment(String.raw`(?:voir les )?sujets associés`)],
      // El Universal under the text: `Noticias según tus intereses`
      // Reuters in Spanish: `Temas sugeridos:` over its topics; `Sobre la firma`: El País's box about its reporters under the text, their names and careers
      es: ['lo más leído', 'lo más visto', 'temas relacionados', 'te puede interesar', 'etiquetas', 'más noticias', 'noticias según tus intereses', 'temas sugeridos', 'sobre la firma', 'archivado en'],
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
      ar: ['مواضيع ذات صلة', 'أخبار ذات صلة', 'الأكثر قراءة', 'مواضيع', 'الكلمات المفتاحية'],
    },
    gaps: { lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /**
   * `Read also`, `Читайте также`: a heading of links that stands under the article (then the trailer
   * begins there, as at relatedHeading) or between its paragraphs (then it is an insert, and the text
   * goes on under it).
   */
  readAlsoHeading: {
    phrases: {
      pl: ['czytaj też', 'czytaj także', 'zobacz też', 'zobacz także'],
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
      es: ['lee también', 'mirá también', 'seguir leyendo', 'más información'],
      az: ['həmçinin oxuyun', 'həmçinin oxu', 'bu mövzuda'],
      hy: ['կարդացեք նաև', 'կարդացեք նաեւ', 'տես նաև', 'տես նաեւ'],
      fa: ['بیشتر بخوانید', 'همچنین بخوانید'],
      ar: [fragment(String.raw`اقرأ أيض(?:ا|اً|ًا)`)],
      lt: ['taip pat skaitykite', 'skaitykite taip pat'], et: ['loe ka'], lv: ['lasi arī', 'lasiet arī'], be: ['чытайце таксама'],
      sr: ['pročitajte još', 'pročitajte i', 'прочитајте још'], hr: ['pročitajte još', 'pročitajte i'],
      sv: ['läs också', 'läs mer'], da: ['læs også', 'læs mere'], nb: ['les også', 'les mer'], fi: ['lue myös', 'lue lisää'], hu: ['kapcsolódó', 'ezt is ajánljuk'], sk: ['prečítajte si aj', 'čítajte aj', 'súvisiace'], sl: ['preberite še', 'preberi še', 'sorodno'],
    },
    gaps: { tr: NOT_SEEN },
  },
  /** An editor's label that opens a paragraph as a dateline's place would, before a colon or dash: `UPDATE:`, `EXCLUSIVE —`. */
  editorialLabel: {
    phrases: {
      en: ['update', 'updated', 'breaking', 'breaking news', 'exclusive', 'watch', 'read', 'listen', 'note', "editor's note", 'editor’s note', 'correction', 'live', 'video', 'photos'],
    },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The kind of article, a label alone on a line of the header (Euractiv: `News`, over the note that defines it). */
  articleKind: {
    // La Croix under its headline: `Récit`
    phrases: { en: ['news', 'analysis', 'opinion', 'explainer', 'comment', 'factbox', 'interview', 'feature'], fr: ['récit', 'analyse', 'décryptage', 'entretien', 'reportage', 'enquête', 'tribune', 'éditorial', 'chronique'] },
    gaps: { de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The word joining such a heading to the outlet's name: `Read more from Sky News:`. */
  headingFromOutlet: {
    phrases: { en: ['from', 'with'] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The label of a list of the article's topics after its text, before a colon: `Read more about: Georgia , Foreign agents`. */
  topicsLabel: {
    phrases: {
      // Digi24 under the text: `Citește mai mult despre: Georgia`
      ro: ['citește mai mult despre'],
      en: ['read more about', 'more about', 'more on'],
      de: ['mehr zu'],
      fr: ['plus sur'],
      es: ['más sobre'],
      ru: ['больше по теме'],
      uk: ['більше на тему'],
    },
    gaps: { it: NOT_SEEN, pt: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** `Source: Meduza`: the label before the paper's or an agency's name. */
  sourceLabel: {
    // TVN24 under its byline: `Źródło: PAP, Reuters`; iROZHLAS in the caption: `Zdroj: Reuters`
    phrases: { en: ['source'], fr: ['source'], de: ['quelle'], es: ['fuente'], it: ['fonte'], pt: ['fonte'], ru: ['источник'], uk: ['джерело'], ka: ['წყარო'], tr: ['kaynak'], az: ['mənbə'], hy: ['աղբյուր', 'աղբյուրը'], fa: ['منبع'], ar: ['المصدر'], pl: ['źródło'], cs: ['zdroj'], ro: ['sursa', 'sursă'], el: ['πηγή'], nl: ['bron'], lt: ['šaltinis'], et: ['allikas'], lv: ['avots'], be: ['крыніца'] },
    gaps: { sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The label before an update's date: `Updated`, `Mis à jour le`, `Stand:`. */
  updateLabel: {
    phrases: {
      // TVN24: `Aktualizacja: 28.05.2024, 19:05`; Digi24: `Data actualizării: 28.05.2024 19:05`; NOS: `Aangepast`
      pl: ['aktualizacja', 'zaktualizowano'],
      cs: ['aktualizováno', 'aktualizace'],
      ro: ['data actualizării', 'actualizat', 'actualizare'],
      el: ['ενημερώθηκε', 'τελευταία ενημέρωση'],
      nl: ['aangepast', 'bijgewerkt'],
      // France 24 in 2015: `Latest update : 2015-05-23`
      // the BBC until 2013 over the title: `Page last updated at 18:42 GMT, Wednesday, 6 November 2012`
      en: [fragment(String.raw`(?:(?:page )?last )?updated(?: on| at)?`), 'update', 'latest update', fragment(String.raw`last modified(?: on)?`), fragment(String.raw`modified(?: on)?`)],
      // `Mise à jour 28.05.24, 19:05`: the noun, as some pages print it
      fr: [fragment(String.raw`mise? à jour(?: le)?`), fragment(String.raw`modifié(?: le)?`)],
      de: [fragment(String.raw`(?:zuletzt )?aktualisiert(?: am)?`), 'stand'],
      // El Universal: `Actualizada 28/05/2024 11:05`
      es: [fragment(String.raw`actualizad[oa](?: el| a las| al| a)?`)],
      // Il Messaggero: `… 17:42 - Ultimo aggiornamento: 19:05`
      it: [fragment(String.raw`aggiornato(?: il)?`), fragment(String.raw`modifica(?:to)?(?: il)?`), 'ultimo aggiornamento'],
      // UOL: `Atualizada em 28/05/2024 14h05`
      pt: [fragment(String.raw`atualizad[oa](?: em)?`), 'atualização'],
      // MK: `Изменено: 28.05.2024 19:05`
      ru: ['обновлено', 'изменено'],
      uk: ['оновлено', 'змінено'],
      tr: [fragment(String.raw`(?:son )?güncelleme(?: tarihi)?`), fragment(String.raw`güncellenme(?: tarihi)?`)],
      ka: ['განახლდა'],
      az: ['yenilənib', 'yeniləndi'],
      hy: ['թարմացվել է', 'թարմացված է'],
      fa: [fragment(String.raw`به[‌ ]?روز ?رسانی(?: شده)?`)],
      ar: ['آخر تحديث'],
      lt: ['atnaujinta'], et: ['uuendatud'], lv: ['atjaunināts'], be: ['абноўлена'],
      sv: ['uppdaterad'], da: ['opdateret'], nb: ['oppdatert'], fi: ['päivitetty'], hu: ['frissítve'], sk: ['aktualizované'], sl: ['posodobljeno'],
    },
    gaps: { sr: NOT_SEEN, hr: NOT_SEEN },
  },
  /**
   * The label of the first publication's date, printed under the latest update's, which stands unlabelled above it
   * (the Guardian: `Tue 4 Jun 2024 15.02 BST`, then `First published on Tue 4 Jun 2024 11.18 BST`).
   */
  firstPublishedLabel: {
    phrases: { en: [fragment(String.raw`(?:first|originally) published(?: on| at)?`)] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The label before the publication's date: `Published`, `Publié le`, `Опубликовано`. */
  publishedLabel: {
    phrases: {
      // Digi24: `Data publicării: 28.05.2024 18:42`
      pl: ['opublikowano', 'data publikacji'],
      cs: ['publikováno', 'zveřejněno'],
      ro: ['data publicării', 'publicat'],
      el: ['δημοσιεύθηκε', 'δημοσίευση'],
      nl: ['gepubliceerd'],
      // `Originally Published: <date>` under the text (MediaNews Group's papers)
      // `Published date: 3 June 2024 14:25 BST` (Middle East Eye)
      en: [fragment(String.raw`(?:originally )?published(?: on| date)?`), fragment(String.raw`posted(?: on)?`), 'issued on', 'date'],
      // `Le 28 mai 2024 à 17h42` (Le Parisien), `le 28/05/2024 à 17:42` (La Croix): the article alone before the date
      fr: [fragment(String.raw`publié(?: le)?`), 'le'],
      // Deutschlandfunk's note under its news: `Diese Nachricht wurde am <date> im Programm Deutschlandfunk gesendet.`
      de: [fragment(String.raw`veröffentlicht(?: am)?`), fragment(String.raw`publiziert(?: am)?`), 'diese nachricht wurde am'],
      es: [fragment(String.raw`publicado(?: el)?`)],
      pt: [fragment(String.raw`publicado(?: em)?`)],
      it: [fragment(String.raw`pubblicato(?: il)?`)],
      ru: ['опубликовано'],
      uk: ['опубліковано'],
      tr: [fragment(String.raw`yayınlanma(?: tarihi)?`), 'yayın tarihi', fragment(String.raw`oluşturulma(?: tarihi)?`), fragment(String.raw`giriş(?: tarihi)?`)],
      ka: ['გამოქვეყნდა'],
      az: [fragment(String.raw`dərc (?:edilib|olunub)`)],
      hy: ['հրապարակվել է', 'հրապարակված է'],
      fa: ['تاریخ انتشار'],
      ar: ['تاريخ النشر'],
      lt: ['paskelbta'], et: ['avaldatud'], lv: ['publicēts'], be: ['апублікавана'],
      // Jutarnji list and Index.hr: `Objavljeno: 28. svibnja 2024. u 18:42`
      hr: ['objavljeno'],
      sv: ['publicerad'], da: ['publiceret'], nb: ['publisert'], fi: ['julkaistu'], hu: ['publikálva'], sk: ['publikované'], sl: ['objavljeno'],
    },
    gaps: { sr: NOT_SEEN },
  },
  /** The word before a byline's names: `By`, `Par`, `Von`, `Автор`. */
  bylineWord: {
    phrases: {
      // the Bangkok Post: `WRITER: Reuters` under the date
      en: [fragment(String.raw`(?:story |text |words |written )?by`), 'writer'],
      // RFI: `Texte par : RFI`
      fr: [fragment('(?:texte )?par')],
      // Der Spiegel: `Ein Interview von Name, Tiflis`
      de: [fragment(String.raw`(?:ein (?:interview|gespräch|kommentar|essay|gastbeitrag|bericht) )?von`)],
      es: ['por'],
      pt: ['por'],
      // `dal nostro inviato Marco Rossi`: the paper's own reporter sent there
      it: ['di', FROM_OUR_REPORTER_IT],
      // Rossiyskaya Gazeta: `Текст: Иван Петров`
      ru: ['автор', 'авторы', 'текст'],
      uk: ['від', 'автор', 'автори'],
      // `Haber: Name` under the text, over `Editör: Name`
      tr: ['yazar', 'haber'],
      ka: ['ავტორი'],
      az: ['müəllif'],
      hy: ['հեղինակ'],
      fa: ['نویسنده'],
      ar: ['بقلم'],
      // TVN24: `Autor: Name` under the lead; Nasha Niva: `Аўтар: Name` under the date
      pl: ['autor', 'autorka', 'autorzy'], cs: ['autor', 'autorka', 'autoři'], lt: ['autorius'], lv: ['autors'], et: ['autor'], be: ['аўтар'],
      // HotNews: `de Name`; NOS and NRC: `door Name`
      ro: ['de'], nl: ['door'],
      sr: ['autor', 'аутор'], hr: ['autor', 'autorica'],
      sv: ['av', 'text'], da: ['af', 'tekst'], nb: ['av', 'tekst'], fi: ['teksti'], hu: ['szerző'], sk: ['autor', 'autorka'], sl: ['avtor', 'avtorica'],
    },
    gaps: { el: 'Greek pages print the names alone' },
    // An English door, an English or Spanish name's particle (`De Niro`, `Di Maria`, `Von Trier`), a golfer's par.
    ownClippingsOnly: ['nl', 'ro', 'it', 'de', 'fr'],
  },
  /**
   * "From" before a byline's names or agency (UOL: `Da AFP, em Tbilisi`, `Do UOL`): the same word opens
   * a place (`Da Tbilisi`, Italian), so only names or an agency's initials may follow it (readByline).
   */
  bylineFrom: {
    phrases: { pt: ['da', 'do'] },
    gaps: { en: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** `By Name for RFA`: the outlet a freelancer or stringer wrote the story for, after the byline's names (readByline). */
  writingFor: {
    phrases: { en: ['for'] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** A byline's label, alone over the names (`Автор`) or before a comma (the BBC's `Author, Name`). */
  authorLabel: {
    phrases: {
      // TVN24: `Autor: Name`; Kathimerini: `Συντάκτης`
      pl: ['autor', 'autorka', 'autorzy'],
      cs: ['autor', 'autorka', 'autoři'],
      ro: ['autor', 'autori'],
      el: ['συντάκτης', 'συντάκτρια'],
      nl: ['auteur', 'auteurs'],
      en: ['author', 'authors'],
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
    },
    gaps: { de: NOT_SEEN, it: NOT_SEEN, ka: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /**
   * The word that ends the name of a paper's regular column, printed where a byline without `By` stands
   * (`Election Watch`, `Caucasus Diary`, `Weekly Briefing`): a kind of column, no surname.
   */
  columnKind: {
    phrases: { en: ['watch', 'diary', 'notebook', 'briefing', 'digest', 'dispatch', 'dispatches', 'tracker', 'roundup', 'round-up', 'bulletin', 'explainer', 'factcheck', 'fact check'] },
    gaps: {
      de: NOT_SEEN,
      fr: SENTENCE_CASE, es: SENTENCE_CASE, it: SENTENCE_CASE, pt: SENTENCE_CASE, ru: SENTENCE_CASE, uk: SENTENCE_CASE, tr: SENTENCE_CASE, az: SENTENCE_CASE,
      hy: SENTENCE_CASE, pl: SENTENCE_CASE, cs: SENTENCE_CASE, ro: SENTENCE_CASE, el: SENTENCE_CASE, nl: SENTENCE_CASE, lt: SENTENCE_CASE, lv: SENTENCE_CASE,
      et: SENTENCE_CASE, be: SENTENCE_CASE, sr: SENTENCE_CASE, hr: SENTENCE_CASE,
      ka: 'Georgian has no capital letters to tell a name by', fa: 'Persian has no capital letters to tell a name by', ar: 'Arabic has no capital letters to tell a name by',
      sv: SENTENCE_CASE, da: SENTENCE_CASE, nb: SENTENCE_CASE, fi: SENTENCE_CASE, hu: SENTENCE_CASE, sk: SENTENCE_CASE, sl: SENTENCE_CASE,
    },
  },
  /** The word before where a reporter filed from: `Andrew Roth in Moscow`. */
  filedFromPreposition: {
    phrases: { en: ['in'], fr: ['à'], de: ['aus'], es: ['en'], pt: ['em'], it: ['da'], ru: ['в'], uk: ['у', 'в'] },
    gaps: { tr: SUFFIX, ka: SUFFIX, az: SUFFIX, hy: SUFFIX, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
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
    },
  },
  /** Words that open a sub-heading (`What It Means`, `რა მოხდა`) and never a person's name: question words, articles. */
  subHeadingOpener: {
    phrases: {
      en: ['what', 'why', 'how', 'when', 'where', 'who', 'which', 'the'],
      de: ['was', 'wie', 'warum', 'wer', 'der', 'die', 'das'],
      ka: ['რა', 'რატომ', 'როგორ', 'როდის', 'სად', 'ვინ'],
    },
    gaps: { fr: SENTENCE_CASE, es: SENTENCE_CASE, it: SENTENCE_CASE, pt: SENTENCE_CASE, ru: SENTENCE_CASE, uk: SENTENCE_CASE, tr: SENTENCE_CASE, az: SENTENCE_CASE, hy: SENTENCE_CASE, fa: 'Persian has no capital letters to tell a name by', ar: 'Arabic has no capital letters to tell a name by', pl: SENTENCE_CASE, cs: SENTENCE_CASE, ro: SENTENCE_CASE, el: SENTENCE_CASE, nl: SENTENCE_CASE, lt: SENTENCE_CASE, lv: SENTENCE_CASE, et: SENTENCE_CASE, be: SENTENCE_CASE, sr: SENTENCE_CASE, hr: SENTENCE_CASE, sv: SENTENCE_CASE, da: SENTENCE_CASE, nb: SENTENCE_CASE, fi: SENTENCE_CASE, hu: SENTENCE_CASE, sk: SENTENCE_CASE, sl: SENTENCE_CASE },
  },
  /** Where the paper sent the reporter, after the names and a comma: `di Marco Rossi, inviato a Tbilisi`. */
  postedTo: {
    phrases: {
      it: [fragment(String.raw`(?:nostr[oa] )?inviat[oa] a`), fragment(String.raw`corrispondente da`)],
      fr: [fragment(String.raw`envoyée? spéciale? à`), fragment(String.raw`correspondante? à`)],
      en: [fragment(String.raw`(?:special |foreign )?correspondent in`)],
    },
    gaps: { de: NOT_SEEN, es: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
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
    gaps: { en: NOT_SEEN, de: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /**
   * A reporter sent to where the story happened, in the note after the byline's names: `(Poti (Géorgie), envoyée
   * spéciale)` (Le Monde). The place is the dateline; a correspondent's (`(Moscou, correspondant)`) is where the
   * reporter is posted, not where this story was filed.
   */
  sentThere: {
    phrases: {
      fr: [fragment(String.raw`envoyée? spéciale?`)],
      es: [fragment(String.raw`enviad[oa] especial`)],
      it: [fragment(String.raw`inviat[oa](?: speciale)?`)],
      en: ['special correspondent'],
    },
    gaps: { de: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The agencies in general after the paper's name in its own byline, `RTVE.es / AGENCIAS`: no author. */
  agenciesWord: {
    phrases: { es: ['agencias'], it: ['agenzie'], pt: ['agências'], fr: ['agences'], en: ['agencies'], de: ['agenturen'] },
    gaps: { ru: NOT_SEEN, uk: NOT_SEEN, tr: NOT_SEEN, ka: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /**
   * A reporter's job, after the names and a comma: `By Roland Oliphant, Senior Foreign Correspondent`
   * (the Telegraph). A word of the part, so `Chief Political Editor` and `Moscow Correspondent` alike.
   */
  reporterRole: {
    phrases: {
      en: [fragment(String.raw`(?:correspondent|editor|reporter|writer|journalist|columnist|analyst|producer|contributor)s?`)],
      fr: [fragment(String.raw`correspondante?|journaliste|rédact(?:eur|rice)|envoyée? spéciale?`)],
      de: [fragment(String.raw`korrespondent(?:in)?|redakteur(?:in)?|reporter(?:in)?`)],
      es: ['corresponsal', 'periodista', fragment(String.raw`redact(?:or|ora)`), fragment(String.raw`enviad[oa] especial`)],
      it: ['corrispondente', 'giornalista', fragment(String.raw`inviat[oa]`)],
      pt: ['correspondente', 'jornalista', 'repórter'],
      ru: ['корреспондент', 'обозреватель', 'журналист'],
      uk: ['кореспондент', 'оглядач', 'журналіст'],
      tr: ['muhabir', 'muhabiri'],
      ka: ['კორესპონდენტი', 'ჟურნალისტი'],
      az: ['müxbir', 'müxbiri', 'jurnalist'],
      hy: ['թղթակից', 'լրագրող'],
      fa: ['خبرنگار'],
      ar: ['مراسل', 'مراسلة', 'صحفي'],
    },
    gaps: { pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** "with" before the agency a byline's paper or reporter drew on: `Par Le Figaro avec AFP`. */
  withAgency: {
    phrases: { fr: ['avec'], en: ['with'], de: ['mit'], es: ['con'], it: ['con'], pt: ['com'] },
    gaps: { ru: NOT_SEEN, uk: 'not seen, and `з` is also "from" before a place', tr: SUFFIX, ka: SUFFIX, az: SUFFIX, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /**
   * The words before the agencies a text drew on, in a closing line of its own: `(Con información de
   * EFE y AFP)`, `С использованием материалов ТАСС`, `За матеріалами Укрінформ` (body-facts.ts, creditedAgencies).
   */
  drawnFrom: {
    phrases: {
      es: ['con información de'],
      pt: [fragment(String.raw`com informações d[aoe]s?`)],
      de: ['mit material von'],
      ru: ['с использованием материалов', 'по материалам'],
      uk: ['за матеріалами', 'з використанням матеріалів'],
    },
    gaps: { en: NOT_SEEN, fr: NOT_SEEN, it: NOT_SEEN, ka: NOT_SEEN, tr: 'Turkish credits the agency after `Kaynak:` (sourceLabel)', az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** Agencies that print their own name in lower case (`Quelle: dpa`, `(ansa)`): their sign-off has no capitals to tell it by. */
  agencyInLowerCase: {
    any: ['dpa', 'ansa'],
    phrases: {},
  },
  /** "and" between a byline's names. */
  nameConjunction: {
    phrases: { en: ['and'], de: ['und'], fr: ['et'], es: ['y'], pt: ['e'], it: ['e'], ru: ['и'], uk: ['і', 'та'], tr: ['ve'], ka: ['და'], az: ['və'], hy: ['և', 'եւ'], fa: ['و'], pl: ['i'], cs: ['a'], ro: ['și', 'şi'], el: ['και'], nl: ['en'] },
    gaps: { ar: 'Arabic joins `و` to the next word', lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The label of a photo's caption on a line of its own (the BBC's services): `Image caption, …`. */
  captionLabel: {
    phrases: {
      en: [fragment(String.raw`(?:image|media) caption`)],
      ru: ['подпись к фото'],
      uk: ['підпис до фото'],
      tr: ['fotoğraf altı yazısı'],
      es: ['pie de foto'],
      pt: ['legenda da foto'],
      // SRF: `Legende: <caption> <credit>`
      de: ['legende:'],
      fa: [fragment(String.raw`توضیح تصویر،?`)],
      ar: [fragment(String.raw`التعليق على الصورة،?`)],
    },
    gaps: { fr: 'not seen in BBC Afrique yet', it: NO_BBC_SERVICE, ka: NO_BBC_SERVICE, az: 'not seen in BBC News Azərbaycanca yet', hy: NO_BBC_SERVICE, pl: NO_BBC_SERVICE, cs: NO_BBC_SERVICE, ro: NO_BBC_SERVICE, el: NO_BBC_SERVICE, nl: NO_BBC_SERVICE, lt: NO_BBC_SERVICE, lv: NO_BBC_SERVICE, et: NO_BBC_SERVICE, be: NO_BBC_SERVICE, sr: NO_BBC_SERVICE, hr: NO_BBC_SERVICE, sv: NO_BBC_SERVICE, da: NO_BBC_SERVICE, nb: NO_BBC_SERVICE, fi: NO_BBC_SERVICE, hu: NO_BBC_SERVICE, sk: NO_BBC_SERVICE, sl: NO_BBC_SERVICE },
  },
  /** The label of a photo's credit on a line of its own (the BBC's services): `Image source, Getty Images`. */
  creditLabel: {
    phrases: {
      en: [fragment(String.raw`(?:image|media) (?:copyright|source)`)],
      ru: ['автор фото'],
      uk: ['джерело фото'],
      tr: ['fotoğraf kaynağı'],
      es: ['fuente de la imagen'],
      pt: ['crédito'],
      fa: [fragment(String.raw`منبع تصویر،?`)],
      ar: [fragment(String.raw`مصدر الصورة،?`)],
    },
    gaps: { fr: 'not seen in BBC Afrique yet', de: NO_BBC_SERVICE, it: NO_BBC_SERVICE, ka: NO_BBC_SERVICE, az: 'not seen in BBC News Azərbaycanca yet', hy: NO_BBC_SERVICE, pl: NO_BBC_SERVICE, cs: NO_BBC_SERVICE, ro: NO_BBC_SERVICE, el: NO_BBC_SERVICE, nl: NO_BBC_SERVICE, lt: NO_BBC_SERVICE, lv: NO_BBC_SERVICE, et: NO_BBC_SERVICE, be: NO_BBC_SERVICE, sr: NO_BBC_SERVICE, hr: NO_BBC_SERVICE, sv: NO_BBC_SERVICE, da: NO_BBC_SERVICE, nb: NO_BBC_SERVICE, fi: NO_BBC_SERVICE, hu: NO_BBC_SERVICE, sk: NO_BBC_SERVICE, sl: NO_BBC_SERVICE },
  },
  /** The word before a photographer's name after a caption: `Photo: Name`, `(Foto: Name)`. */
  photoLabel: {
    phrases: {
      // TVN24: `Fot. Name/Agency` (the abbreviation's point is its mark); Kathimerini: `Φωτ.: Agency/Name`; NRC: `Foto Name/Agency`
      pl: ['fot.', 'foto', 'zdjęcie'],
      cs: ['foto', 'snímek'],
      ro: ['foto', 'sursa foto'],
      el: ['φωτ.', 'φωτογραφία'],
      nl: ['foto', 'beeld'],
      // The Atlantic's lead image: `Illustration by The Atlantic. Source: …`
      en: ['photo', 'photograph', 'image', 'picture', 'pic', 'illustration'],
      fr: ['photo', 'crédit photo'],
      de: ['foto', 'bild'],
      es: ['foto'],
      it: ['foto'],
      // UOL: `<caption> Imagem: Name/AFP`
      pt: ['foto', 'imagem'],
      ru: ['фото'],
      uk: ['фото'],
      ka: ['ფოტო'],
      tr: ['fotoğraf'],
      az: ['foto'],
      hy: ['լուսանկարը', 'լուսանկար', 'ֆոտո'],
      fa: ['عکس'],
      ar: ['صورة', 'تصوير'],
      // Delfi: `Nuotr. Name/Agency`; ERR after the caption: `Autor/allikas: Name/Agency`; Nasha Niva: `Фота: Reuters`
      lt: ['nuotr.', 'foto'],
      et: ['autor/allikas', 'foto'],
      lv: ['foto'],
      be: ['фота'],
      sr: ['foto', 'фото'], hr: ['foto'],
      sv: ['foto', 'bild'], da: ['foto'], nb: ['foto'], fi: ['kuva'], hu: ['fotó'], sk: ['foto'], sl: ['foto'],
    },
  },
  /** Photo agencies that write no news, so their name alone on a line credits a photo, never a byline (the BBC today: `Getty Images` over the caption). */
  photoAgency: {
    // the Korea Herald's stock photos: `(123rf)`
    any: [fragment(String.raw`(?:[\p{L}-]+ via )?getty images`), 'pa media', 'shutterstock', 'alamy', 'eyevine', '123rf'],
    phrases: {},
  },
  /** The word between a photo's agency and the service it came through, in a credit in brackets: `(AFP via Getty Images)`. */
  creditThrough: {
    phrases: { en: ['via'] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** Who translated the article, before the name: `Translation by`, `Перевод:`. */
  translatorCredit: {
    phrases: {
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
    gaps: { pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** Where the reporter filed from, on a line of its own: `Reporting from Tbilisi, Georgia`. */
  reportingFrom: {
    phrases: { en: [fragment(String.raw`report(?:ing|ed) from`)] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /** The word for "at" between a date and its time: `30 avril 2015 à 07:19`. */
  /** A day named relative to the day the page was read, before a time: `Сегодня, 13:18`, `Yesterday at 9:05`; the day itself is not printed. */
  relativeDay: {
    phrases: {
      en: ['today', 'yesterday'],
      fr: [fragment('aujourd[’\']hui'), 'hier'],
      de: ['heute', 'gestern'],
      es: ['hoy', 'ayer'],
      it: ['oggi', 'ieri'],
      pt: ['hoje', 'ontem'],
      ru: ['сегодня', 'вчера'],
      uk: ['сьогодні', 'вчора'],
      ka: ['დღეს', 'გუშინ'],
      tr: ['bugün', 'dün'],
    },
    gaps: { az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  timeWord: {
    phrases: { en: ['at'], fr: ['à'], de: ['um'], pt: ['às'], it: ['alle', 'ore'], es: ['a las', 'a la'], ru: ['в'], uk: ['о'], tr: ['saat'], az: ['saat'], hy: ['ժամը'], fa: ['ساعت'], ar: ['الساعة'], sr: ['u', 'у'], hr: ['u'], sv: ['kl.'], da: ['kl.'], nb: ['kl.'], fi: ['klo'], sl: ['ob'], nl: ['om'] },
    gaps: { ka: 'Georgian prints the time after the date with no word between', pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN },
  },
  /** The word between a time and the date after it: `6:05 pm on 29 May 2024` (RNZ). */
  dayWord: {
    phrases: { en: ['on'] },
    gaps: { fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN },
  },
  /**
   * A mail's header field as a mail client's copy prints it, before its colon (`Subject: …`, `Date: …`): Thunderbird's
   * and Outlook's, in their interface's language (mail-copy.ts).
   */
  mailHeaderField: {
    phrases: {
      en: ['from', 'to', 'cc', 'bcc', 'date', 'sent', 'subject', 'reply-to'],
      de: ['von', 'an', 'datum', 'gesendet', 'betreff'],
      fr: ['de', 'à', 'date', 'envoyé', 'objet'],
      es: ['de', 'para', 'fecha', 'enviado', 'asunto'],
      it: ['da', 'a', 'data', 'inviato', 'oggetto'],
      pt: ['de', 'para', 'data', 'enviada', 'assunto'],
      ru: ['от', 'кому', 'копия', 'дата', 'отправлено', 'тема'],
    },
    gaps: { uk: NO_MAIL_SEEN, ka: NO_MAIL_SEEN, tr: NO_MAIL_SEEN, az: NO_MAIL_SEEN, hy: NO_MAIL_SEEN, fa: NO_MAIL_SEEN, ar: NO_MAIL_SEEN, pl: NO_MAIL_SEEN, cs: NO_MAIL_SEEN, ro: NO_MAIL_SEEN, el: NO_MAIL_SEEN, nl: NO_MAIL_SEEN, lt: NO_MAIL_SEEN, lv: NO_MAIL_SEEN, et: NO_MAIL_SEEN, be: NO_MAIL_SEEN, sr: NO_MAIL_SEEN, hr: NO_MAIL_SEEN, sv: NO_MAIL_SEEN, da: NO_MAIL_SEEN, nb: NO_MAIL_SEEN, fi: NO_MAIL_SEEN, hu: NO_MAIL_SEEN, sk: NO_MAIL_SEEN, sl: NO_MAIL_SEEN },
  },
  /** A newsletter's links around the article in its mail, each a line of its own: `View in browser`, `Read more on civil.ge`. */
  mailButton: {
    phrases: {
      en: [
        'view in browser',
        fragment(String.raw`view this (?:e-?mail|newsletter) in (?:your|a) (?:web )?browser`),
        'view online',
        'read online',
        'read the full story',
        fragment(String.raw`read more on \S+`),
        // Substack's, over and under a post sent as a mail
        fragment(String.raw`view this post on the web at \S+`),
        'read in app',
      ],
    },
    gaps: { fr: NO_MAIL_SEEN, de: NO_MAIL_SEEN, es: NO_MAIL_SEEN, it: NO_MAIL_SEEN, pt: NO_MAIL_SEEN, ru: NO_MAIL_SEEN, uk: NO_MAIL_SEEN, ka: NO_MAIL_SEEN, tr: NO_MAIL_SEEN, az: NO_MAIL_SEEN, hy: NO_MAIL_SEEN, fa: NO_MAIL_SEEN, ar: NO_MAIL_SEEN, pl: NO_MAIL_SEEN, cs: NO_MAIL_SEEN, ro: NO_MAIL_SEEN, el: NO_MAIL_SEEN, nl: NO_MAIL_SEEN, lt: NO_MAIL_SEEN, lv: NO_MAIL_SEEN, et: NO_MAIL_SEEN, be: NO_MAIL_SEEN, sr: NO_MAIL_SEEN, hr: NO_MAIL_SEEN, sv: NO_MAIL_SEEN, da: NO_MAIL_SEEN, nb: NO_MAIL_SEEN, fi: NO_MAIL_SEEN, hu: NO_MAIL_SEEN, sk: NO_MAIL_SEEN, sl: NO_MAIL_SEEN },
  },
  /** The first line of a newsletter mail's footer, under the article: `Unsubscribe`, `You are receiving this email because …`. */
  mailFooter: {
    phrases: {
      en: [
        // Substack's with its address: `Unsubscribe https://substack.com/redirect/…`
        fragment(String.raw`unsubscribe(?: from this list| here)?(?: https?://\S+)?`),
        fragment(String.raw`unsubscribe \| update (?:your|subscription) preferences`),
        fragment(String.raw`update (?:your|subscription) preferences`),
        fragment(String.raw`you (?:are receiving|received) this (?:e-?mail|newsletter|message)\b.*`),
        fragment(String.raw`(?:thanks for reading\.\s*)?forward this (?:e-?mail|newsletter) to a friend\.?`),
      ],
    },
    gaps: { fr: NO_MAIL_SEEN, de: NO_MAIL_SEEN, es: NO_MAIL_SEEN, it: NO_MAIL_SEEN, pt: NO_MAIL_SEEN, ru: NO_MAIL_SEEN, uk: NO_MAIL_SEEN, ka: NO_MAIL_SEEN, tr: NO_MAIL_SEEN, az: NO_MAIL_SEEN, hy: NO_MAIL_SEEN, fa: NO_MAIL_SEEN, ar: NO_MAIL_SEEN, pl: NO_MAIL_SEEN, cs: NO_MAIL_SEEN, ro: NO_MAIL_SEEN, el: NO_MAIL_SEEN, nl: NO_MAIL_SEEN, lt: NO_MAIL_SEEN, lv: NO_MAIL_SEEN, et: NO_MAIL_SEEN, be: NO_MAIL_SEEN, sr: NO_MAIL_SEEN, hr: NO_MAIL_SEEN, sv: NO_MAIL_SEEN, da: NO_MAIL_SEEN, nb: NO_MAIL_SEEN, fi: NO_MAIL_SEEN, hu: NO_MAIL_SEEN, sk: NO_MAIL_SEEN, sl: NO_MAIL_SEEN },
  },
} as const satisfies Record<string, Role>;

export type PhraseRole = keyof typeof PRINTED_PHRASES;

/**
 * The mark after a label (`Photo: Name`, `Author: Name`), a regex class: a colon, or the Armenian
 * `՝`, which Armenian prints where the others print a colon (`Լուսանկարը՝ Reuters`, `Հեղինակ՝ Name`).
 */
export const LABEL_MARK = '[:՝]';

const escape = (text: string) => text.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&');

/**
 * Turkish dotted and dotless i in either case: JavaScript's case-insensitive matching never folds
 * `İ` to `i` nor `I` to `ı`, so every i of a phrase matches all four (`İLGİLİ HABERLER`, `ALTI`; the
 * patterns are case-insensitive, so `i` covers `I`).
 * Escapes (`\p{L}`, `\s`) and character classes in a fragment are left as they are.
 */
const foldTurkishI = (source: string) => source.replace(/\\[pPu]\{[^}]*\}|\\.|\[(?:\\.|[^\]\\])*\]|[iıİI]/gu, (token) => (token.length === 1 ? '[iıİ]' : token));

/** Greek vowels with their accent and without: Greek capitals drop the accent (`ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ` for `Διαβάστε επίσης`), so an accented vowel of a phrase matches both. */
const GREEK_UNACCENTED: Record<string, string> = { ά: 'α', έ: 'ε', ή: 'η', ί: 'ι', ϊ: 'ι', ΐ: 'ι', ό: 'ο', ύ: 'υ', ϋ: 'υ', ΰ: 'υ', ώ: 'ω' };
const foldGreekAccents = (source: string) =>
  source.replace(/\\[pPu]\{[^}]*\}|\\.|\[(?:\\.|[^\]\\])*\]|[άέήίϊΐόύϋΰώ]/gu, (token) => (token.length === 1 ? `[${token}${GREEK_UNACCENTED[token]}]` : token));

const sourceOf = (phrase: Phrase) => foldGreekAccents(foldTurkishI(typeof phrase === 'string' ? escape(phrase) : phrase.fragment));

/** Every phrase of the roles, in every language, as one regex group to place in a line's pattern: `(?:share|partager|…)`. */
export function phrasesOf(...roles: PhraseRole[]): string {
  return groupOf(roles.flatMap((role) => [...((PRINTED_PHRASES[role] as Role).any ?? []), ...Object.values((PRINTED_PHRASES[role] as Role).phrases).flat()]));
}

/** A role's phrases in one language, as phrasesOf gives them all. */
export const phrasesIn = (role: PhraseRole, language: Language): string => groupOf((PRINTED_PHRASES[role] as Role).phrases[language] ?? []);

function groupOf(phrases: readonly Phrase[]): string {
  const sources = new Set(phrases.map(sourceOf));
  // Longest first, so `related articles` is not cut short by `related` where the pattern is not anchored after it.
  return `(?:${[...sources].sort((a, b) => b.length - a.length).join('|')})`;
}
