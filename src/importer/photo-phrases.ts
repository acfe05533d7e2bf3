import { fragment, NO_BBC_SERVICE, NOT_SEEN, type Role } from './phrase-table.ts';

/**
 * The words of a photo's caption and credit: their labels, picture agencies, and the service a
 * photo came through.
 */
export const PHOTO_PHRASES = {
  /** Agencies that print their own name in lower case (`Quelle: dpa`, `(ansa)`): their sign-off has no capitals to tell it by. */
  agencyInLowerCase: {
    any: ['dpa', 'ansa'],
    phrases: {},
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
      // BBC Hindi, Bangla, Tamil and Vietnamese: `इमेज कैप्शन,`, `ছবির ক্যাপশান,`, `படக்குறிப்பு,`, `Chụp lại hình ảnh,`
      hi: ['इमेज कैप्शन'], bn: ['ছবির ক্যাপশান'], ta: ['படக்குறிப்பு'], vi: ['chụp lại hình ảnh'],
    },
    gaps: { ca: NO_BBC_SERVICE, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, fr: 'not seen in BBC Afrique yet', it: NO_BBC_SERVICE, ka: NO_BBC_SERVICE, az: 'not seen in BBC News Azərbaycanca yet', hy: NO_BBC_SERVICE, pl: NO_BBC_SERVICE, cs: NO_BBC_SERVICE, ro: NO_BBC_SERVICE, el: NO_BBC_SERVICE, nl: NO_BBC_SERVICE, lt: NO_BBC_SERVICE, lv: NO_BBC_SERVICE, et: NO_BBC_SERVICE, be: NO_BBC_SERVICE, sr: NO_BBC_SERVICE, hr: NO_BBC_SERVICE, sv: NO_BBC_SERVICE, da: NO_BBC_SERVICE, nb: NO_BBC_SERVICE, fi: NO_BBC_SERVICE, hu: NO_BBC_SERVICE, sk: NO_BBC_SERVICE, sl: NO_BBC_SERVICE, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NO_BBC_SERVICE, he: NO_BBC_SERVICE, uz: NOT_SEEN },
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
      // BBC Hindi, Bangla, Tamil and Vietnamese: `इमेज स्रोत,Getty Images`, `ছবির উৎস,`, `பட மூலாதாரம்,`, `Nguồn hình ảnh,`
      hi: ['इमेज स्रोत'], bn: ['ছবির উৎস'], ta: ['பட மூலாதாரம்'], vi: ['nguồn hình ảnh'],
    },
    gaps: { ca: NO_BBC_SERVICE, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, fr: 'not seen in BBC Afrique yet', de: NO_BBC_SERVICE, it: NO_BBC_SERVICE, ka: NO_BBC_SERVICE, az: 'not seen in BBC News Azərbaycanca yet', hy: NO_BBC_SERVICE, pl: NO_BBC_SERVICE, cs: NO_BBC_SERVICE, ro: NO_BBC_SERVICE, el: NO_BBC_SERVICE, nl: NO_BBC_SERVICE, lt: NO_BBC_SERVICE, lv: NO_BBC_SERVICE, et: NO_BBC_SERVICE, be: NO_BBC_SERVICE, sr: NO_BBC_SERVICE, hr: NO_BBC_SERVICE, sv: NO_BBC_SERVICE, da: NO_BBC_SERVICE, nb: NO_BBC_SERVICE, fi: NO_BBC_SERVICE, hu: NO_BBC_SERVICE, sk: NO_BBC_SERVICE, sl: NO_BBC_SERVICE, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NO_BBC_SERVICE, he: NO_BBC_SERVICE, uz: NOT_SEEN },
  },
  /**
   * The label of a video's credit, on a line of its own between paragraphs under the video (OC Media: `Video: Name/OC Media.`).
   * Never after a caption, where `He posted a video: …` is a sentence.
   */
  videoLabel: {
    phrases: {
      ca: ['vídeo'],
      en: ['video'], fr: ['vidéo'], de: ['video'], es: ['vídeo'], it: ['video'], pt: ['vídeo'], ru: ['видео'], uk: ['відео'], ka: ['ვიდეო'],
      tr: ['video'], az: ['video'], hy: ['տեսանյութը', 'տեսանյութ'], fa: ['ویدئو', 'ویدیو'], ar: ['فيديو'], pl: ['wideo'], cs: ['video'], ro: ['video'],
      el: ['βίντεο'], nl: ['video'], uz: ['video'], lt: ['video'], et: ['video'], lv: ['video'], be: ['відэа'], sr: ['video', 'видео'], hr: ['video'],
      sv: ['video'], da: ['video'], nb: ['video'], fi: ['video'], hu: ['videó'], sk: ['video'], sl: ['video'], bg: ['видео'], he: ['וידאו'],
      ja: ['動画', '映像'], zh: ['视频', '視頻'], ko: ['영상'], id: ['video'], sw: ['video'], th: ['วิดีโอ'],
      hi: ['वीडियो'], bn: ['ভিডিও'], ta: ['வீடியோ', 'காணொளி'], vi: ['video'],
    },
  },
  /** The word before a photographer's name after a caption: `Photo: Name`, `(Foto: Name)`. */
  photoLabel: {
    phrases: {
      ca: ['foto', 'fotografia', 'imatge'],
      // TVN24: `Fot. Name/Agency` (the abbreviation's point is its mark); Kathimerini: `Φωτ.: Agency/Name`; NRC: `Foto Name/Agency`
      pl: ['fot.', 'foto', 'zdjęcie'],
      cs: ['foto', 'snímek'],
      ro: ['foto', 'sursa foto'],
      el: ['φωτ.', 'φωτογραφία'],
      nl: ['foto', 'beeld'],
      // The Atlantic's lead image: `Illustration by The Atlantic. Source: …`; Georgia Today's until 2019: `<caption> Image source: Name`
      // Premium Times in square brackets after the caption: `… [PHOTO CREDIT: @NGRSenate]`; Daily Maverick's composite
      // images: `… (Photos: Gallo Images / Frennie Shivambu)`; Gulf News under its caption: `Image Credit: Name/Gulf News` (TechCrunch: `Image Credits: Koba`);
      // Notes from Poland under the text: `Main image credit: PKP PLK` (mainPhotoLabel); Dawn past a dash after the caption:
      // `— Photo courtesy: Sindh govt`
      en: ['photo', 'photos', 'photo credit', 'photo courtesy', 'photograph', 'image', 'image source', 'image credit', 'image credits', 'main image credit', 'picture', 'pic', 'illustration'],
      // Le360 under its caption: `© Copyright : DR`; Actualite.cd glues the abbreviation to its caption: `… à Kinshasa/Ph. ACTUALITE.CD`
      // (not the `Ph. D.` of a title)
      fr: ['photo', 'crédit photo', 'copyright', fragment(String.raw`ph\.(?!\s?d\.)`)],
      // Kompas and Tempo under the photo: `Foto: Name`; Mwananchi: `Picha: Name`
      id: ['foto'], sw: ['picha'],
      // the Kölner Stadt-Anzeiger under its caption: `Copyright: Name`
      de: ['foto', 'bild', 'copyright'],
      // Página/12 after the caption: `… en La Plata. Imagen: NA`
      es: ['foto', 'imagen'],
      it: ['foto'],
      // Kun.uz under the photo: `Foto: Reuters`
      uz: ['foto', 'surat'],
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
      ja: ['写真'], zh: ['图片', '圖片', '摄影', '攝影'], ko: ['사진'],
      bg: ['снимка', 'снимки', 'фото'],
      he: ['צילום'],
      // Amar Ujala: `<caption> - फोटो : अमर उजाला`; Anandabazar: `ছবি: সংগৃহীত।`; Dinamalar: `படம்:`; Thanh Niên: `… ẢNH: LÊ QUÂN`, VnExpress: `Ảnh: Name`
      hi: ['फोटो', 'फ़ोटो', 'तस्वीर'], bn: ['ছবি'], ta: ['படம்'], vi: ['ảnh'],
    },
    gaps: { th: 'not seen, and `ภาพ` (picture) opens sentences that Thai prints without spaces between words' },
  },
  /** A credit's label that names the article's main photo, so it is that photo's under the text too (Notes from Poland: `Main image credit: PKP PLK`). */
  mainPhotoLabel: {
    phrases: { en: ['main image credit', 'main photo credit', 'top image credit', 'featured image credit'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The label of the main photo's caption and credit in brackets under the text (Index: `(Borítókép: <caption> Fotó: <credit>)`, "cover image"). */
  mainPhotoCaptionLabel: {
    phrases: { hu: ['borítókép', 'nyitókép'] },
    gaps: { ca: NOT_SEEN, en: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** What kind of photo the caption's label says it is, before the label opening the caption: `File photo: <caption>` (the Cyprus Mail). */
  photoKind: {
    // Ming Pao: `…駛經紅磡站。（資料圖片）`, "file picture"
    // Echorouk in the credit's place after its caption: `ترامواي سطيف - أرشيف` ("archive")
    phrases: { en: ['file', 'archive', 'illustrative', 'stock'], zh: ['资料', '資料'], ar: ['أرشيف'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** Photo agencies that write no news, so their name alone on a line credits a photo, never a byline (the BBC today: `Getty Images` over the caption). */
  photoAgency: {
    // the Korea Herald's stock photos: `(123rf)`; Dawn's own photographers' desk: `… on Tuesday. — White Star`
    any: [fragment(String.raw`(?:[\p{L}-]+ via )?getty images`), 'pa media', 'shutterstock', 'alamy', 'eyevine', '123rf', 'white star'],
    phrases: {},
  },
  /**
   * The mark a paper prints in a credit's place for a photo whose author it does not name: the French `DR` (droits réservés,
   * "rights reserved"), in brackets after the caption's sentence (Fraternité Matin: `… à Anyama. (DR)`).
   */
  rightsReservedMark: {
    phrases: { fr: ['DR'] },
    gaps: { ca: NOT_SEEN, en: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN },
  },
  /** The words between a photo's label and whose archive it came from (Kaktus.media: `Фото из архива Kaktus.media`, "photo from the archive of"). */
  photoArchiveSource: {
    phrases: { ru: ['из архива'], uk: ['з архіву'], be: ['з архіва'] },
    gaps: { ca: NOT_SEEN, en: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN },
  },
  /** The word between a photo's place in a gallery and the gallery's count, before its caption: AP's `1 of 4 | <caption>`. */
  galleryCountWord: {
    phrases: { en: ['of'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The word between a photo's agency and the service it came through, in a credit in brackets: `(AFP via Getty Images)`. */
  creditThrough: {
    phrases: { en: ['via'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
} as const satisfies Record<string, Role>;
