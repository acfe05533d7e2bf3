import { fragment, NOT_SEEN, type Role } from './phrase-table.ts';

/**
 * The words around a printed date: the labels of publication and update, a day named relative to
 * today, and the words between a date and its time.
 */
export const DATE_PHRASES = {
  /** The label before an update's date: `Updated`, `Mis à jour le`, `Stand:`. */
  updateLabel: {
    phrases: {
      // Ara: `Actualitzada 05/12/2025 19:10`; La Vanguardia: `Actualitzat a les 09:32`
      ca: [fragment(String.raw`actualitza(?:t|da)(?: el| a les| a la)?`), 'darrera actualització', 'última actualització'],
      // TVN24: `Aktualizacja: 28.05.2024, 19:05`; Digi24: `Data actualizării: 28.05.2024 19:05`; NOS: `Aangepast`
      pl: ['aktualizacja', 'zaktualizowano'],
      cs: ['aktualizováno', 'aktualizace'],
      ro: ['data actualizării', 'actualizat', 'actualizare'],
      el: ['ενημερώθηκε', 'τελευταία ενημέρωση'],
      nl: ['aangepast', 'bijgewerkt'],
      // France 24 in 2015: `Latest update : 2015-05-23`
      // the BBC until 2013 over the title: `Page last updated at 18:42 GMT, Wednesday, 6 November 2012`
      // The Daily Star (Dhaka): `Last update on: Tue May 28, 2024 04:10 PM`
      en: [fragment(String.raw`(?:(?:page )?last )?updated(?: on| at)?`), fragment(String.raw`(?:latest |last )?update(?: on)?`), fragment(String.raw`last modified(?: on)?`), fragment(String.raw`modified(?: on)?`)],
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
      // Echorouk: `تحديث: 2024/05/28 17:05`, "update"
      ar: ['آخر تحديث', 'تحديث'],
      lt: ['atnaujinta'], et: ['uuendatud'], lv: ['atjaunināts'], be: ['абноўлена'],
      sv: ['uppdaterad'], da: ['opdateret'], nb: ['oppdatert'], fi: ['päivitetty'], hu: ['frissítve'], sk: ['aktualizované'], sl: ['posodobljeno'],
      ja: ['更新', '更新日時', '最終更新'], zh: ['更新', '更新时间', '更新時間', '最后更新', '最後更新'], ko: ['수정', '업데이트', '기사수정'],
      bg: ['обновена', 'обновено', 'актуализирана', 'последна актуализация'],
      he: ['עודכן', 'עדכון אחרון'],
      // Anandabazar: `শেষ আপডেট: ২৮ মে ২০২৪ ১৬:৪২`; Prothom Alo: `আপডেট: …`; Aaj Tak: `(अपडेटेड 28 मई 2024, 4:42 PM IST)`; Dinamalar: `மாற்றம் செய்த நாள்:`; Dân trí: `Cập nhật: …`
      hi: ['अपडेटेड', 'अपडेट'], bn: ['শেষ আপডেট', 'আপডেট'], ta: ['மாற்றம் செய்த நாள்'], vi: [fragment(String.raw`cập nhật(?: lúc| ngày)?`)],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, uz: NOT_SEEN },
  },
  /**
   * The label of the first publication's date, printed under the latest update's, which stands unlabelled above it
   * (the Guardian: `Tue 4 Jun 2024 15.02 BST`, then `First published on Tue 4 Jun 2024 11.18 BST`).
   */
  firstPublishedLabel: {
    phrases: { en: [fragment(String.raw`(?:first|originally) published(?: on| at)?`)] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, fr: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The label before the publication's date: `Published`, `Publié le`, `Опубликовано`. */
  publishedLabel: {
    phrases: {
      ca: [fragment(String.raw`publica(?:t|da)(?: el)?`)],
      // Digi24: `Data publicării: 28.05.2024 18:42`; Rzeczpospolita: `Publikacja: 05.12.2026 09:14`, over `Aktualizacja:`
      // Onet under the text: `Data utworzenia: 5 grudnia 2025, 14:35` (the date the article was made)
      pl: ['opublikowano', 'data publikacji', 'publikacja', 'data utworzenia'],
      cs: ['publikováno', 'zveřejněno'],
      ro: ['data publicării', 'publicat'],
      el: ['δημοσιεύθηκε', 'δημοσίευση'],
      nl: ['gepubliceerd'],
      // `Originally Published: <date>` under the text (MediaNews Group's papers)
      // `Published date: 3 June 2024 14:25 BST` (Middle East Eye)
      // The Kathmandu Post: `Published at : May 28, 2024`
      en: [fragment(String.raw`(?:originally )?published(?: on| at| date)?`), fragment(String.raw`posted(?: on)?`), 'issued on', 'date'],
      // `Le 28 mai 2024 à 17h42` (Le Parisien), `le 28/05/2024 à 17:42` (La Croix): the article alone before the date
      fr: [fragment(String.raw`publié(?: le)?`), 'le'],
      // Deutschlandfunk's note under its news: `Diese Nachricht wurde am <date> im Programm Deutschlandfunk gesendet.`
      de: [fragment(String.raw`veröffentlicht(?: am)?`), fragment(String.raw`publiziert(?: am)?`), 'diese nachricht wurde am'],
      // El Español: `Publicada`, then `28 mayo 2024 16:42h` on a line of its own (the feminine, for `noticia`)
      es: [fragment(String.raw`publicad[oa](?: el)?`)],
      pt: [fragment(String.raw`publicad[oa](?: em)?`)],
      it: [fragment(String.raw`pubblicat[oa](?: il)?`)],
      ru: ['опубликовано'],
      uk: ['опубліковано'],
      tr: [fragment(String.raw`yayınlanma(?: tarihi)?`), 'yayın tarihi', fragment(String.raw`oluşturulma(?: tarihi)?`), fragment(String.raw`giriş(?: tarihi)?`)],
      ka: ['გამოქვეყნდა'],
      az: [fragment(String.raw`dərc (?:edilib|olunub)`)],
      hy: ['հրապարակվել է', 'հրապարակված է'],
      fa: ['تاریخ انتشار'],
      // Al Arabiya: `نشر في: 28 مايو ,2024: 04:42 م GST` ("published on"), over `آخر تحديث:`
      ar: ['تاريخ النشر', 'نشر في'],
      lt: ['paskelbta'], et: ['avaldatud'], lv: ['publicēts'], be: ['апублікавана'],
      // Jutarnji list and Index.hr: `Objavljeno: 28. svibnja 2024. u 18:42`
      hr: ['objavljeno'],
      sv: ['publicerad'], da: ['publiceret'], nb: ['publisert'], fi: ['julkaistu'], hu: ['publikálva'], sk: ['publikované'], sl: ['objavljeno'],
      // Yonhap's `송고시간2024-05-28 21:42`, the label glued to the date; Lianhe Zaobao's `发布/2024年5月28日 16:42`; Ming Pao's
      // `發佈時間: 2024/05/28 16:42`, written with Hong Kong's 佈
      ja: ['公開日', '公開日時', '配信'], zh: ['发布时间', '發布時間', '發佈時間', '发稿时间', '發稿時間', '发布', '發布', '發佈'], ko: ['입력', '송고시간', '기사입력', '등록'],
      bg: ['публикувана', 'публикувано'],
      he: ['פורסם'],
      // Matichon: `วันที่ 28 พฤษภาคม 2567 - 16:42 น.` ("date")
      th: ['วันที่'],
      // Dinamalar: `பதிவு செய்த நாள்: மே 28,2024 16:42` ("date filed"); Daily Thanthi: `பதிவு: …`; Prothom Alo: `প্রকাশ: ২৮ মে ২০২৪, ১৬: ৪২`
      hi: ['प्रकाशित', 'प्रकाशित तिथि'], bn: ['প্রকাশ', 'প্রকাশিত'], ta: ['பதிவு செய்த நாள்', 'பதிவு'], vi: ['ngày đăng', 'đăng lúc'],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, sr: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The word for "at" between a date and its time: `30 avril 2015 à 07:19`. */
  /** A day named relative to the day the page was read, before a time: `Сегодня, 13:18`, `Yesterday at 9:05`; the day itself is not printed. */
  relativeDay: {
    phrases: {
      ca: ['avui', 'ahir'],
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
      bg: ['днес', 'вчера'],
      he: ['היום', 'אתמול'],
    },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, uz: NOT_SEEN },
  },
  timeWord: {
    // `5 de desembre del 2025 a les 18:42`
    // SME: `28. máj 2024 o 16:42`, Slovak's `o` before the time
    phrases: { ca: ['a les', 'a la'], en: ['at'], fr: ['à'], de: ['um'], pt: ['às'], it: ['alle', 'ore'], es: ['a las', 'a la'], ru: ['в'], uk: ['о'], tr: ['saat'], az: ['saat'], hy: ['ժամը'], fa: ['ساعت'], ar: ['الساعة'], sr: ['u', 'у'], hr: ['u'], sv: [fragment('kl\\.?')], da: [fragment('kl\\.?')], nb: [fragment('kl\\.?')], fi: ['klo'], sl: ['ob'], nl: ['om'], bg: ['в'], he: ['בשעה'], sk: ['o'] },
    gaps: { id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, ka: 'Georgian prints the time after the date with no word between', pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, hu: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, uz: NOT_SEEN },
  },
  /** The word between a time and the date after it: `6:05 pm on 29 May 2024` (RNZ). */
  dayWord: {
    // French dates the day with the article: `Anyama, le 27 mai 2024 (Fraternité Matin) -`
    phrases: { en: ['on'], fr: ['le'] },
    gaps: { ca: NOT_SEEN, id: NOT_SEEN, sw: NOT_SEEN, th: NOT_SEEN, hi: NOT_SEEN, bn: NOT_SEEN, ta: NOT_SEEN, vi: NOT_SEEN, de: NOT_SEEN, es: NOT_SEEN, it: NOT_SEEN, pt: NOT_SEEN, ru: NOT_SEEN, uk: NOT_SEEN, ka: NOT_SEEN, tr: NOT_SEEN, az: NOT_SEEN, hy: NOT_SEEN, fa: NOT_SEEN, ar: NOT_SEEN, pl: NOT_SEEN, cs: NOT_SEEN, ro: NOT_SEEN, el: NOT_SEEN, nl: NOT_SEEN, lt: NOT_SEEN, lv: NOT_SEEN, et: NOT_SEEN, be: NOT_SEEN, sr: NOT_SEEN, hr: NOT_SEEN, sv: NOT_SEEN, da: NOT_SEEN, nb: NOT_SEEN, fi: NOT_SEEN, hu: NOT_SEEN, sk: NOT_SEEN, sl: NOT_SEEN, ja: NOT_SEEN, zh: NOT_SEEN, ko: NOT_SEEN, bg: NOT_SEEN, he: NOT_SEEN, uz: NOT_SEEN },
  },
} as const satisfies Record<string, Role>;
