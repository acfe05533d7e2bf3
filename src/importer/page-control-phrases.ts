import { fragment, NO_BBC_SERVICE, NOT_SEEN, type Role } from './phrase-table.ts';

/**
 * The web page's buttons, links and labels around an article (share, listen, follow, skip links,
 * advertisement labels): never article text, wherever they stand.
 */
export const PAGE_CONTROL_PHRASES = {
  /** A skip link or section navigation, which a browser copy glues together (`Skip to contentSkip to site index`); also looked for inside a title. */
  skipLink: {
    phrases: {
      // 3Cat's and Ara's first link: `Vés al contingut`
      ca: [fragment(String.raw`(?:vés|ves|salta|saltar) al contingut(?: principal)?`)],
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
      id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN,
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
      ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN,
      bg: NOT_SEEN,
      he: NOT_SEEN,
      uz: NOT_SEEN,
    },
  },
  /** Share, save, print and comment buttons, and the social networks' names, each a line of its own. */
  shareButton: {
    // `X (Twitter)` and `Messenger` (The Conversation)
    any: ['facebook', 'twitter', 'x', 'x (twitter)', 'messenger', 'whatsapp', 'telegram', 'linkedin', 'вконтакте', 'одноклассники', 'google news'],
    phrases: {
      // Ara, El Periódico: `Comparteix`, `Compartir a WhatsApp`, `Copia l'enllaç`
      ca: ['comparteix', 'compartir', fragment(String.raw`compart(?:eix|ir) (?:a|en|per) \p{L}+`), "copia l'enllaç", "copiar l'enllaç", 'envia per correu'],
      // TVN24: `Udostępnij`, `Kopiuj link`, `Pokaż komentarze`; iROZHLAS: `Sdílet na Facebooku`; Digi24: `Distribuie pe WhatsApp`; Kathimerini: `Κοινοποίηση`, and its call to comment; NRC: `Deel dit artikel`, `Reageren`
      pl: ['udostępnij', 'kopiuj link', 'pokaż komentarze', 'komentarze'],
      cs: ['sdílet', fragment(String.raw`sdílet na \p{L}+`), 'kopírovat odkaz', 'komentáře', 'sdílejte'],
      ro: ['distribuie', fragment(String.raw`distribuie pe \p{L}+`), 'comentarii'],
      el: ['κοινοποίηση', 'σχόλια', 'λάβετε μέρος στη συζήτηση'],
      nl: ['delen', 'deel dit artikel', 'reageren', 'reacties'],
      en: [
        fragment(String.raw`share(?: this(?: article| story| post| page| episode)?| (?:on|in|via|by) \p{L}+| full article| to(?: or)?)?\d*`),
        'click here to share on social media',
        // the Punch over and under the text
        'kindly share this story',
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
        // the button that makes the paper a preferred source in Google's results (CBS News: `Add CBS News on Google`)
        fragment(String.raw`add [\p{L}\d.&'’ -]{2,40} on google`),
      ],
      // Le Monde's buttons: to give the article away, to keep it, to reuse it, to write to the paper; Le Figaro's
      // confirmation under `Copier le lien`, which the copy keeps: `Lien copié`
      fr: ['partager', fragment(String.raw`partager (?:l[’']article|cet article)(?: sur (?:les réseaux sociaux|\p{L}+))?`), 'copier le lien', 'lien copié', 'commenter', 'ajouter à mes favoris', fragment('offrir l[’\']article'), 'lire plus tard', 'réutiliser ce contenu', 'contribuer'],
      // Der Spiegel's: `Zur Merkliste hinzufügen`, `X.com`, `Artikel verschenken`
      // and its share box until 2014: `Diesen Artikel...` over `Drucken`, `Versenden`, `Senden`, `Merken`
      de: ['teilen', 'jetzt teilen', 'diesen artikel teilen', fragment(String.raw`diesen artikel(?:\.\.\.|…)`), 'versenden', 'senden', 'merken', 'drucken', 'kommentar', 'kommentare', 'zur merkliste hinzufügen', 'x.com', 'artikel verschenken', 'feedback'],
      es: ['compartir', fragment(String.raw`compartir en \p{L}+`), fragment(String.raw`enviar por (?:e-?mail|correo)`), 'comentario', 'comentarios', 'comentar', 'guardar', 'copiar enlace', 'ir a los comentarios', 'ver comentarios'],
      // ANSA's buttons: suggest to a friend, print, copy the link, embed
      it: ['condividi', 'commenti', 'mostra i commenti', 'suggerisci', 'stampa', 'copia link', 'ottieni il codice embed'],
      // CNN Brasil over the text: `Compartilhe:`
      pt: ['compartilhar', 'compartilhe', 'partilhar', 'partilhe', 'comentários'],
      // Gazeta.Ru's prompt over its comments: `Что думаешь?`
      // Civil Georgia's Russian and Georgian editions until 2019 under the text: `Версия для печати`, `Отправить другу`
      // and ITAR-TASS's `Распечатать` under the text until 2014
      ru: ['поделиться', 'копировать ссылку', 'что думаешь?', 'комментарии', 'версия для печати', 'отправить другу', 'распечатать'],
      uk: ['поділитися', 'коментарі'],
      tr: ['paylaş', fragment(String.raw`google news ile (?:abone ol|takip et)`)],
      // Liberali under the text: `გააზიარეთ სტატია` ("share the article")
      ka: ['გაზიარება', 'გააზიარე', 'გააზიარეთ', 'გააზიარეთ სტატია', 'ელფოსტა', 'კომენტარები', 'ბეჭდვის ვერსია', 'გაუგზავნე მეგობარს'],
      az: ['paylaş', 'paylaşın', 'çap et', 'şərhlər'],
      hy: ['կիսվել', 'տպել', 'մեկնաբանություններ'],
      fa: ['اشتراک‌گذاری', 'اشتراک گذاری', 'هم‌رسانی'],
      ar: ['شارك', 'مشاركة', 'طباعة'],
      id: ['bagikan'], sw: ['shiriki'], th: ['แชร์'],
      // Delfi: `Dalintis`; ERR: `Jaga`; LSM: `Kopīgot`, and its button to report a mistake; Nasha Niva: `Падзяліцца`, `Каментары`
      lt: ['dalintis', 'komentarai'],
      et: ['jaga', 'kommentaarid'],
      lv: ['kopīgot', 'dalīties', 'komentāri', 'ziņot par kļūdu'],
      be: ['падзяліцца', 'каментары'],
      // N1: `Podeli`, `Komentari (5)`
      sr: ['podeli', 'podelite', 'поделите', 'komentari', 'коментари'],
      hr: ['podijeli', 'komentari'],
      sv: ['dela'], da: ['del', 'del artikel', 'del artiklen'], nb: ['del', 'del artikkelen'], fi: ['jaa', 'jaa artikkeli'], hu: ['megosztás'], sk: ['zdieľať'], sl: ['deli'],
      // NHK's `シェアする`, Asahi's `シェア`, `ツイート`, `ブックマーク`, `メール` one a line; Yomiuri's `この記事をスクラップする` (save it);
      // Xinhua's `分享到：`; People's Daily's `分享让更多人看到` (share it so more see it); Yonhap's `공유`, `댓글` (comments), `인쇄` (print)
      // Nikkei's `保存`, `共有`, `印刷` and `その他` (save, share, print and the menu of more) one a line, under the date
      ja: ['シェア', 'シェアする', 'ツイート', 'ブックマーク', 'メール', 'この記事をスクラップする', '保存', '共有', '印刷', 'その他'], zh: ['分享', '分享到', '分享至', '分享让更多人看到'], ko: ['공유', '공유하기', '댓글', '인쇄'],
      bg: ['сподели', 'споделяне', 'принтирай', 'коментари'],
      he: ['שתפו', 'שתף', 'שיתוף', 'הדפסה'],
      hi: ['शेयर', 'शेयर करें'], bn: ['শেয়ার', 'শেয়ার করুন'], ta: ['பகிர்', 'பகிரவும்'], vi: ['chia sẻ'],
    },
  },
  /** A media player's button: to hear the article or the episode, to watch the live stream. */
  listenButton: {
    phrases: {
      // 3Cat, Ara: `Escolta la notícia`
      ca: ['escolta', 'escoltar', 'escolta la notícia'],
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
      bg: ['чуйте новината', 'слушайте'],
      he: ['האזינו לכתבה'],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The button that closes a box the page laid over the text (the Economist's audio offer: `OK`). */
  dismissButton: {
    // Fox News' video player over the text: `close`; the State Department's over its breadcrumb trail: `hide`
    phrases: { en: ['ok', 'got it', 'close', 'hide'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The heading of the box a newsletter's page lays over a post for readers not subscribed (Substack: `Discover more from The Tbilisi Letter`). */
  signUpBoxHeading: {
    phrases: { en: [fragment(String.raw`discover more from \S.{0,60}`)] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The line that closes that box, under its blurb, its subscribers' count and its button (Substack: `Already have an account? Sign in`). */
  signUpBoxEnd: {
    phrases: { en: [fragment(String.raw`already have an account\?\s*sign in`)] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** A badge beside a button, printed in English whatever the page's language (Corriere's player: `NEW`). */
  newBadge: {
    any: ['new'],
    phrases: {},
  },
  /** Buttons that change the size of the text (Folha; Civil.Ge's archive: `Text size: A A A`). */
  textSizeButton: {
    // Xinhua's `字体：小 中 大`, the Central News Agency's `字級設定：小中大特`, People's Daily's `小字号`, the Paper's `字号`,
    // Yonhap's `글자크기조정`, JoongAng's `글씨크기 조절하기`
    phrases: { pt: ['diminuir fonte', 'aumentar fonte'], en: [fragment(String.raw`(?:normal|larger|very large) text size`), 'resize', 'change size', fragment(String.raw`text size:?(?:\s*a[+-]?){1,3}`)], ja: ['文字サイズ'], zh: [fragment(String.raw`字(?:体|體|級設定|号|號)\s*[：:]?\s*(?:[小中大特]\s*)+`), '小字号', '字号', '字號'], ko: ['글자크기조정', '글자 크기 조정', '글씨크기 조절하기'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** A line between two paragraphs that links to the rest of the article (Hürriyet's `Haberin Devamı`). */
  continueReading: {
    // the BBC in 2014 between paragraphs, over a pull quote: `Continue reading the main story`
    phrases: { en: ['continue reading', 'continue reading the main story'], tr: ['haberin devamı'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** What a box that loads after the page shows in the copy: `Carregando...`. */
  loadingIndicator: {
    // HuffPost's video box: `LOADING ERROR LOADING`
    phrases: { en: [fragment(String.raw`loading(?:\.{3}|…)?`), 'loading error loading'], pt: [fragment(String.raw`carregando(?:\.{3}|…)?`)] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /**
   * The link from a copy of the article to the page it copies, under its text: a feed reader's (Feedly's `Visit
   * Website`, Inoreader's `View original`), an AMP page's to the paper's full page (`View Non-AMP Version`, El País'
   * `Ver versión completa`, Le Monde's `Voir la version complète`).
   */
  originalPageLink: {
    phrases: {
      en: ['visit website', 'view original', fragment(String.raw`view (?:non-amp|full) version`)],
      fr: [fragment(String.raw`voir l[’']original`), 'voir la version complète'],
      es: ['ver versión completa', 'ver original'],
    },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, de: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The label before the page's own address, which a print view prints under the text: `Адрес страницы: https://…`, Drupal's `Source URL: https://…`, `Original url:` (the Moscow Times). */
  pageAddressLabel: {
    phrases: { en: ['source url', 'page address', 'original url'], ru: ['адрес страницы'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The link back up the page, and the marker where an article ends (`end of article`, the Times of India). */
  backToTop: {
    phrases: { en: ['back to top', 'end of article'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The first link of a breadcrumb trail, before its separator: `Home / World`. */
  homeLink: {
    phrases: { ca: ['inici'], en: ['home'], fr: ['accueil'], de: ['startseite'], es: ['inicio'], it: ['home'], pt: ['início'], ru: ['главная'], uk: ['головна'], tr: ['ana sayfa'], ka: ['მთავარი'], az: ['ana səhifə', 'əsas səhifə'], hy: ['գլխավոր'], fa: ['خانه'], ar: ['الرئيسية'] },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
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
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, ka: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /**
   * A link to the paper's page on the story's topic, a line of its own between paragraphs (20 Minutes: `Notre dossier sur la
   * Géorgie`), or under the text to the list of its section's articles (Jiji Press: `【経済記事一覧へ】`, "to the economy articles' list").
   */
  topicPageLink: {
    phrases: {
      he: [fragment(String.raw`לכל הכתבות של [\p{L}'" -]+`)],
      fr: [fragment(String.raw`notre dossier sur [\p{L}’' -]+`)],
      ja: [fragment(String.raw`【[\p{Script=Han}\p{Script=Katakana}ー・]{1,12}記事一覧へ】`)],
    },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, en: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, uz: NOT_SEEN },
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
      // Asahi's `この記事を書いた人` over the writer's name and post; Yonhap's link `기자 페이지` under the byline
      ja: ['この記事を書いた人'], ko: ['기자 페이지'],
    },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: 'not seen in BBC Afrique yet', de: NO_BBC_SERVICE, it: NO_BBC_SERVICE, ka: NO_BBC_SERVICE, az: 'not seen in BBC News Azərbaycanca yet', hy: NO_BBC_SERVICE, pl: NO_BBC_SERVICE, cs: NO_BBC_SERVICE, ro: NO_BBC_SERVICE, el: NO_BBC_SERVICE, nl: NO_BBC_SERVICE, lt: NO_BBC_SERVICE, lv: NO_BBC_SERVICE, et: NO_BBC_SERVICE, be: NO_BBC_SERVICE, sr: NO_BBC_SERVICE, hr: NO_BBC_SERVICE, sv: NO_BBC_SERVICE, da: NO_BBC_SERVICE, nb: NO_BBC_SERVICE, fi: NO_BBC_SERVICE, hu: NO_BBC_SERVICE, sk: NO_BBC_SERVICE, sl: NO_BBC_SERVICE, zh: NOT_SEEN, bg: NO_BBC_SERVICE, he: NO_BBC_SERVICE, uz: NOT_SEEN },
  },
  /** The reporter's role in the BBC's byline block, before a comma: `Role, BBC News`. */
  bylineRoleLabel: {
    phrases: { en: ['role'], tr: ['unvan'], ru: ['должность'], uk: ['посада'], es: ['cargo'], pt: ['função'], hi: ['पदनाम'], vi: ['vai trò'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, fr: 'not seen in BBC Afrique yet', de: NO_BBC_SERVICE, it: NO_BBC_SERVICE, ka: NO_BBC_SERVICE, az: 'not seen in BBC News Azərbaycanca yet', hy: NO_BBC_SERVICE, fa: 'not seen in BBC Persian yet', ar: 'not seen in BBC News Arabic yet', pl: NO_BBC_SERVICE, cs: NO_BBC_SERVICE, ro: NO_BBC_SERVICE, el: NO_BBC_SERVICE, nl: NO_BBC_SERVICE, lt: NO_BBC_SERVICE, lv: NO_BBC_SERVICE, et: NO_BBC_SERVICE, be: NO_BBC_SERVICE, sr: NO_BBC_SERVICE, hr: NO_BBC_SERVICE, sv: NO_BBC_SERVICE, da: NO_BBC_SERVICE, nb: NO_BBC_SERVICE, fi: NO_BBC_SERVICE, hu: NO_BBC_SERVICE, sk: NO_BBC_SERVICE, sl: NO_BBC_SERVICE, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NO_BBC_SERVICE, he: NO_BBC_SERVICE, uz: NOT_SEEN },
  },
  /** The button that shows or hides a photo's caption. */
  captionToggle: {
    phrases: {
      de: [fragment(String.raw`bildbeschreibung (?:ein|aus)blenden`)],
      // NPR: `Enlarge this image` over the photo, `hide caption` and `toggle caption` under it; Human Rights Watch: `Click to expand Image`
      en: [fragment(String.raw`(?:show|hide|toggle) caption`), 'enlarge this image', 'click to expand image'],
      fr: ['afficher la légende'],
      es: ['mostrar pie de foto'],
      // Asahi's `写真・図版` where its photo stands, the link to the enlarged photo
      ja: ['写真・図版'],
    },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The marks around a pull quote set between paragraphs, each a line of its own (the BBC in 2014: `Start Quote`, `End Quote`). */
  pullQuoteMark: {
    phrases: { en: ['start quote', 'end quote'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The label before who made the page's video, in its header (France 24: `Video by: FRANCE 24`, `Vidéo par :`): not the article's byline. */
  videoCredit: {
    phrases: { en: ['video by'], fr: ['vidéo par'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The call closing a newsletter's promotion set between paragraphs (Reuters: `… with our Morning Bid U.S. newsletter. Sign up here.`). */
  signUpHere: {
    phrases: { en: ['sign up here'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** A cookie banner's buttons, each a line of its own in a whole page's copy (Reuters: `Accept All Cookies`, `Cookies Settings`). */
  cookieButton: {
    phrases: {
      ca: ['accepta totes les galetes', 'acceptar totes les galetes', 'configuració de galetes'],
      en: ['accept all cookies', fragment(String.raw`cookies? settings`), 'accept cookies', 'reject all cookies', 'manage cookies'],
      fr: ['paramétrer les cookies', 'accepter les cookies'],
      de: ['alle cookies akzeptieren', 'cookie-einstellungen'],
      es: ['aceptar todas las cookies', 'configuración de cookies'],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The words that make a line a cookie banner's sentence, wherever they stand in it (AP: `We use cookies to personalize content …`). */
  cookieNotice: {
    phrases: {
      ca: ['utilitzem galetes'],
      en: ['we use cookies', fragment(String.raw`(?:this|our) (?:web)?site uses cookies`), 'the storing of cookies'],
      fr: ['nous utilisons des cookies'],
      de: ['wir verwenden cookies'],
      es: ['utilizamos cookies'],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** An advertisement's label. */
  advertisement: {
    phrases: {
      ca: ['publicitat'],
      pl: ['reklama'], cs: ['reklama'], ro: ['publicitate'], el: ['διαφήμιση'], nl: ['advertentie'],
      // the Washington Post between paragraphs: `Story continues below advertisement`
      // France 24 between paragraphs: `Advertising`
      en: ['advertisement', 'advertising', 'skip advertisement', 'sponsor message', 'story continues below advertisement'],
      tr: ['reklam'],
      ru: ['реклама'],
      uk: ['реклама'],
      fr: ['publicité'],
      de: ['anzeige'],
      es: ['publicidad'],
      it: ['pubblicità'],
      // Estadão between paragraphs: `Continua após a publicidade`
      pt: ['publicidade', 'continua após a publicidade'],
      id: ['iklan'], sw: ['tangazo'], th: ['โฆษณา'],
      ka: ['რეკლამა'],
      uz: ['reklama'],
      az: ['reklam'],
      hy: ['գովազդ'],
      fa: ['تبلیغات', 'آگهی'],
      ar: ['إعلان'],
      lt: ['reklama'], et: ['reklaam'], lv: ['reklāma'], be: ['рэклама'],
      sr: ['reklama', 'реклама'], hr: ['oglas'],
      sv: ['annons'], da: ['annonce'], nb: ['annonse'], fi: ['mainos'], hu: ['hirdetés'], sk: ['reklama'], sl: ['oglas'],
      ja: ['広告'], zh: ['广告', '廣告'], ko: ['광고'],
      bg: ['реклама'],
      he: ['פרסומת'],
      // Amar Ujala between paragraphs: `विज्ञापन`
      hi: ['विज्ञापन'], bn: ['বিজ্ঞাপন'], ta: ['விளம்பரம்'], vi: ['quảng cáo'],
    },
  },
  /** The button beside an author's name to follow them (`+ FOLLOW`, South China Morning Post). */
  followButton: {
    phrases: { ca: ['segueix'], en: ['follow'], fr: ['suivre'], de: ['folgen'], es: ['seguir'], it: ['segui'], pt: ['seguir'], tr: ['takip et', 'abone ol'], ru: ['подписаться'], uk: ['підписатися'], az: ['izlə', 'abunə ol'], hy: ['հետևել'] },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, ka: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /**
   * The bar a machine translator lays over the page it shows in another language, in the reader's interface language
   * (Google Translate's: `Translated from Georgian`, then `Show original`): the text under it is the machine's
   * (machine-translation.ts).
   */
  translatorBar: {
    phrases: { en: [fragment(String.raw`translated from [\p{L} ]{2,40}?(?: to [\p{L} ]{2,40})?`)] },
    gaps: { ca: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN },
  },
} as const satisfies Record<string, Role>;
