import { fragment, NO_MAIL_SEEN, type Role } from './phrase-table.ts';

/**
 * The words of a newsletter's mail as a mail client's copy prints them around the article: its header
 * fields, its links (`View in browser`) and its footer (`Unsubscribe`) (mail-copy.ts).
 */
export const MAIL_PHRASES = {
  // A mail's header fields as a mail client's copy prints them, before their colon (`Subject: …`, `Date: …`): Thunderbird's
  // and Outlook's, in their interface's language (mail-copy.ts), one role for each field the copy reads.
  /** The field holding the mail's subject: `Subject: …`. */
  mailSubjectField: {
    phrases: { ca: ['assumpte'], en: ['subject'], de: ['betreff'], fr: ['objet'], es: ['asunto'], it: ['oggetto'], pt: ['assunto'], ru: ['тема'] },
    gaps: { id: NO_MAIL_SEEN, sw: NO_MAIL_SEEN, th: NO_MAIL_SEEN, hi: NO_MAIL_SEEN, bn: NO_MAIL_SEEN, ta: NO_MAIL_SEEN, vi: NO_MAIL_SEEN, uk: NO_MAIL_SEEN, ka: NO_MAIL_SEEN, tr: NO_MAIL_SEEN, az: NO_MAIL_SEEN, hy: NO_MAIL_SEEN, fa: NO_MAIL_SEEN, ar: NO_MAIL_SEEN, pl: NO_MAIL_SEEN, cs: NO_MAIL_SEEN, ro: NO_MAIL_SEEN, el: NO_MAIL_SEEN, nl: NO_MAIL_SEEN, lt: NO_MAIL_SEEN, lv: NO_MAIL_SEEN, et: NO_MAIL_SEEN, be: NO_MAIL_SEEN, sr: NO_MAIL_SEEN, hr: NO_MAIL_SEEN, sv: NO_MAIL_SEEN, da: NO_MAIL_SEEN, nb: NO_MAIL_SEEN, fi: NO_MAIL_SEEN, hu: NO_MAIL_SEEN, sk: NO_MAIL_SEEN, sl: NO_MAIL_SEEN, uz: NO_MAIL_SEEN, ja: NO_MAIL_SEEN, zh: NO_MAIL_SEEN, ko: NO_MAIL_SEEN, bg: NO_MAIL_SEEN, he: NO_MAIL_SEEN },
  },
  /** The field holding the moment the mail was sent: `Date: …`, `Sent: …`. */
  mailSentField: {
    phrases: { ca: ['data', 'enviat'], en: ['date', 'sent'], de: ['datum', 'gesendet'], fr: ['date', 'envoyé'], es: ['fecha', 'enviado'], it: ['data', 'inviato'], pt: ['data', 'enviada'], ru: ['дата', 'отправлено'] },
    gaps: { id: NO_MAIL_SEEN, sw: NO_MAIL_SEEN, th: NO_MAIL_SEEN, hi: NO_MAIL_SEEN, bn: NO_MAIL_SEEN, ta: NO_MAIL_SEEN, vi: NO_MAIL_SEEN, uk: NO_MAIL_SEEN, ka: NO_MAIL_SEEN, tr: NO_MAIL_SEEN, az: NO_MAIL_SEEN, hy: NO_MAIL_SEEN, fa: NO_MAIL_SEEN, ar: NO_MAIL_SEEN, pl: NO_MAIL_SEEN, cs: NO_MAIL_SEEN, ro: NO_MAIL_SEEN, el: NO_MAIL_SEEN, nl: NO_MAIL_SEEN, lt: NO_MAIL_SEEN, lv: NO_MAIL_SEEN, et: NO_MAIL_SEEN, be: NO_MAIL_SEEN, sr: NO_MAIL_SEEN, hr: NO_MAIL_SEEN, sv: NO_MAIL_SEEN, da: NO_MAIL_SEEN, nb: NO_MAIL_SEEN, fi: NO_MAIL_SEEN, hu: NO_MAIL_SEEN, sk: NO_MAIL_SEEN, sl: NO_MAIL_SEEN, uz: NO_MAIL_SEEN, ja: NO_MAIL_SEEN, zh: NO_MAIL_SEEN, ko: NO_MAIL_SEEN, bg: NO_MAIL_SEEN, he: NO_MAIL_SEEN },
  },
  /** The field holding the sender: `From: Civil Georgia <newsletter@civil.ge>`. */
  mailSenderField: {
    phrases: { ca: ['de'], en: ['from'], de: ['von'], fr: ['de'], es: ['de'], it: ['da'], pt: ['de'], ru: ['от'] },
    gaps: { id: NO_MAIL_SEEN, sw: NO_MAIL_SEEN, th: NO_MAIL_SEEN, hi: NO_MAIL_SEEN, bn: NO_MAIL_SEEN, ta: NO_MAIL_SEEN, vi: NO_MAIL_SEEN, uk: NO_MAIL_SEEN, ka: NO_MAIL_SEEN, tr: NO_MAIL_SEEN, az: NO_MAIL_SEEN, hy: NO_MAIL_SEEN, fa: NO_MAIL_SEEN, ar: NO_MAIL_SEEN, pl: NO_MAIL_SEEN, cs: NO_MAIL_SEEN, ro: NO_MAIL_SEEN, el: NO_MAIL_SEEN, nl: NO_MAIL_SEEN, lt: NO_MAIL_SEEN, lv: NO_MAIL_SEEN, et: NO_MAIL_SEEN, be: NO_MAIL_SEEN, sr: NO_MAIL_SEEN, hr: NO_MAIL_SEEN, sv: NO_MAIL_SEEN, da: NO_MAIL_SEEN, nb: NO_MAIL_SEEN, fi: NO_MAIL_SEEN, hu: NO_MAIL_SEEN, sk: NO_MAIL_SEEN, sl: NO_MAIL_SEEN, uz: NO_MAIL_SEEN, ja: NO_MAIL_SEEN, zh: NO_MAIL_SEEN, ko: NO_MAIL_SEEN, bg: NO_MAIL_SEEN, he: NO_MAIL_SEEN },
  },
  /** The other fields, which the copy sets aside with the header: `To: …`, `Cc: …`. */
  mailRecipientField: {
    phrases: { ca: ['per a'], en: ['to', 'cc', 'bcc', 'reply-to'], de: ['an'], fr: ['à'], es: ['para'], it: ['a'], pt: ['para'], ru: ['кому', 'копия'] },
    gaps: { id: NO_MAIL_SEEN, sw: NO_MAIL_SEEN, th: NO_MAIL_SEEN, hi: NO_MAIL_SEEN, bn: NO_MAIL_SEEN, ta: NO_MAIL_SEEN, vi: NO_MAIL_SEEN, uk: NO_MAIL_SEEN, ka: NO_MAIL_SEEN, tr: NO_MAIL_SEEN, az: NO_MAIL_SEEN, hy: NO_MAIL_SEEN, fa: NO_MAIL_SEEN, ar: NO_MAIL_SEEN, pl: NO_MAIL_SEEN, cs: NO_MAIL_SEEN, ro: NO_MAIL_SEEN, el: NO_MAIL_SEEN, nl: NO_MAIL_SEEN, lt: NO_MAIL_SEEN, lv: NO_MAIL_SEEN, et: NO_MAIL_SEEN, be: NO_MAIL_SEEN, sr: NO_MAIL_SEEN, hr: NO_MAIL_SEEN, sv: NO_MAIL_SEEN, da: NO_MAIL_SEEN, nb: NO_MAIL_SEEN, fi: NO_MAIL_SEEN, hu: NO_MAIL_SEEN, sk: NO_MAIL_SEEN, sl: NO_MAIL_SEEN, uz: NO_MAIL_SEEN, ja: NO_MAIL_SEEN, zh: NO_MAIL_SEEN, ko: NO_MAIL_SEEN, bg: NO_MAIL_SEEN, he: NO_MAIL_SEEN },
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
    gaps: { ca: NO_MAIL_SEEN, id: NO_MAIL_SEEN, sw: NO_MAIL_SEEN, th: NO_MAIL_SEEN, hi: NO_MAIL_SEEN, bn: NO_MAIL_SEEN, ta: NO_MAIL_SEEN, vi: NO_MAIL_SEEN, fr: NO_MAIL_SEEN, de: NO_MAIL_SEEN, es: NO_MAIL_SEEN, it: NO_MAIL_SEEN, pt: NO_MAIL_SEEN, ru: NO_MAIL_SEEN, uk: NO_MAIL_SEEN, ka: NO_MAIL_SEEN, tr: NO_MAIL_SEEN, az: NO_MAIL_SEEN, hy: NO_MAIL_SEEN, fa: NO_MAIL_SEEN, ar: NO_MAIL_SEEN, pl: NO_MAIL_SEEN, cs: NO_MAIL_SEEN, ro: NO_MAIL_SEEN, el: NO_MAIL_SEEN, nl: NO_MAIL_SEEN, lt: NO_MAIL_SEEN, lv: NO_MAIL_SEEN, et: NO_MAIL_SEEN, be: NO_MAIL_SEEN, sr: NO_MAIL_SEEN, hr: NO_MAIL_SEEN, sv: NO_MAIL_SEEN, da: NO_MAIL_SEEN, nb: NO_MAIL_SEEN, fi: NO_MAIL_SEEN, hu: NO_MAIL_SEEN, sk: NO_MAIL_SEEN, sl: NO_MAIL_SEEN, uz: NO_MAIL_SEEN, ja: NO_MAIL_SEEN, zh: NO_MAIL_SEEN, ko: NO_MAIL_SEEN, bg: NO_MAIL_SEEN, he: NO_MAIL_SEEN },
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
    gaps: { ca: NO_MAIL_SEEN, id: NO_MAIL_SEEN, sw: NO_MAIL_SEEN, th: NO_MAIL_SEEN, hi: NO_MAIL_SEEN, bn: NO_MAIL_SEEN, ta: NO_MAIL_SEEN, vi: NO_MAIL_SEEN, fr: NO_MAIL_SEEN, de: NO_MAIL_SEEN, es: NO_MAIL_SEEN, it: NO_MAIL_SEEN, pt: NO_MAIL_SEEN, ru: NO_MAIL_SEEN, uk: NO_MAIL_SEEN, ka: NO_MAIL_SEEN, tr: NO_MAIL_SEEN, az: NO_MAIL_SEEN, hy: NO_MAIL_SEEN, fa: NO_MAIL_SEEN, ar: NO_MAIL_SEEN, pl: NO_MAIL_SEEN, cs: NO_MAIL_SEEN, ro: NO_MAIL_SEEN, el: NO_MAIL_SEEN, nl: NO_MAIL_SEEN, lt: NO_MAIL_SEEN, lv: NO_MAIL_SEEN, et: NO_MAIL_SEEN, be: NO_MAIL_SEEN, sr: NO_MAIL_SEEN, hr: NO_MAIL_SEEN, sv: NO_MAIL_SEEN, da: NO_MAIL_SEEN, nb: NO_MAIL_SEEN, fi: NO_MAIL_SEEN, hu: NO_MAIL_SEEN, sk: NO_MAIL_SEEN, sl: NO_MAIL_SEEN, uz: NO_MAIL_SEEN, ja: NO_MAIL_SEEN, zh: NO_MAIL_SEEN, ko: NO_MAIL_SEEN, bg: NO_MAIL_SEEN, he: NO_MAIL_SEEN },
  },
  /**
   * The line a phone or an app adds under what is sent or shared from it, alone on its line wherever it stands: a mail
   * or a message holding a copied article (`Sent from my iPhone`, iOS's own words in its interface's language), a link
   * shared from a news app (`Shared from Apple News`). Never the article's text (chrome-lines.ts). A phone set to
   * English signs so whatever language it sends, hence `any`; the other languages are those iOS prints its own in.
   */
  deviceSignature: {
    any: [
      fragment(String.raw`get outlook for (?:ios|android)`),
      fragment(String.raw`sent from (?:my )?(?:iphone|ipad|galaxy|samsung galaxy smartphone\.?|mail for windows|yahoo mail (?:on android|for iphone))`),
    ],
    phrases: {
      ca: [fragment(String.raw`enviat des del meu (?:iphone|ipad)`)],
      en: ['shared from apple news', fragment(String.raw`shared (?:via|from) the [\p{L} ]{2,30} app`)],
      fr: [fragment(String.raw`envoyé de mon (?:iphone|ipad)`)],
      de: [fragment(String.raw`von meinem (?:iphone|ipad) gesendet`)],
      es: [fragment(String.raw`enviado desde mi (?:iphone|ipad)`)],
      it: [fragment(String.raw`inviato da (?:iphone|ipad)`)],
      pt: [fragment(String.raw`enviado do meu (?:iphone|ipad)`)],
      ru: [fragment(String.raw`отправлено с (?:iphone|ipad)`)],
      uk: [fragment(String.raw`надіслано з (?:iphone|ipad)`)],
      tr: [fragment(String.raw`(?:iphone|ipad)['’]umdan gönderildi`)],
      pl: [fragment(String.raw`wysłane z (?:iphone|ipad)['’]a`)],
      cs: [fragment(String.raw`odesláno z (?:iphonu|ipadu)`)],
      nl: [fragment(String.raw`verstuurd vanaf mijn (?:iphone|ipad)`)],
      sv: [fragment(String.raw`skickat från min (?:iphone|ipad)`)],
      da: [fragment(String.raw`sendt fra min (?:iphone|ipad)`)],
      nb: [fragment(String.raw`sendt fra min (?:iphone|ipad)`)],
      fi: [fragment(String.raw`lähetetty (?:iphonesta|ipadista)`)],
      ja: [fragment(String.raw`(?:iphone|ipad)から送信`)],
      zh: [fragment(String.raw`发自我的\s?(?:iphone|ipad)`), fragment(String.raw`從我的\s?(?:iphone|ipad)\s?傳送`)],
      ko: [fragment(String.raw`(?:iphone|ipad)에서 보냄`)],
    },
  },
} as const satisfies Record<string, Role>;
