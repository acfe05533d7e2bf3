import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { RunOptions } from '../../src/importer/run-import.ts';
import { sourceSchema } from '../../src/lib/source-schema.ts';
import type { Workspace } from './importer-harness.ts';

// Clippings in the layouts of other outlets, as copied from their pages (chrome lines included),
// read by the generic reader. Their papers' profiles are fixtures (tests/fixtures/outlets/sources),
// never the user's content/. Each import passes only what its clipping does not print: which paper
// (no masthead is printed), the year, or the date. The expected files were checked field by field
// against the clippings: title, byline, dateline, printed date and its instant in the paper's zone,
// caption and credit, and the body word for word without the page's chrome.
export const OUTLET_GOLDENS: [name: string, options: Partial<RunOptions>][] = [
  ['reuters-georgia-electoral-reform', {}],
  ['ap-zugdidi-farmers', {}],
  ['afp-france24-tbilisi-rally', {}],
  ['bbc-tbilisi-protest', {}],
  ['guardian-foreign-agents-law', { sourceId: 'the-guardian' }],
  ['le-monde-reforme-electorale', { sourceId: 'le-monde' }],
  ['spiegel-tiflis-proteste', { sourceId: 'der-spiegel' }],
  ['el-pais-ley-agentes', { sourceId: 'el-pais' }],
  ['interfax-zakonoproekt', {}],
  ['tass-bill-withdrawn', { year: 2023 }],
  ['oc-media-hazelnut-harvest', { sourceId: 'oc-media' }],
  ['agenda-ge-visa-centre', {}],
  ['georgia-today-ethics-code', { date: '2019-05-08' }],
  ['saqinform-etikis-kodeksi', { year: 2019 }],
  ['ukrinform-kodeks-etyky', { sourceId: 'ukrinform' }],
  ['anadolu-etik-kurallari', {}],
  ['civil-georgia-electoral-code', {}],
  ['messenger-trailer-byline', {}],
  ['messenger-news-in-brief', { year: 2019 }],
  // Only the update's time is printed (with the reader's UTC offset): the publication date is --date's.
  ['ap-updated-gmt-offset', { date: '2024-04-30' }],
  ['euronews-gmt-offset', {}],
  ['le-monde-publie-modifie', { sourceId: 'le-monde' }],
  ['interfax-moskva-dateline', { sourceId: 'interfax' }],
  // More outlets' layouts (none prints its masthead near the top, so each names its paper): share
  // and save buttons (Al Jazeera), a `Bild:` credit and a short link (DW), an author's note after the
  // article (Kyiv Independent), an update in parentheses (Corriere della Sera), Turkish labels with a
  // month-first date (Hürriyet), EDT and a `TBILISI, Georgia —` dateline (Washington Post), GMT (RFE/RL).
  ['al-jazeera-media-law', { sourceId: 'al-jazeera' }],
  ['dw-mediengesetz', { sourceId: 'dw' }],
  ['kyiv-independent-grain-corridor', { sourceId: 'kyiv-independent' }],
  ['corriere-legge-agenti', { sourceId: 'corriere-della-sera' }],
  ['publico-lei-agentes', { sourceId: 'publico' }],
  ['hurriyet-yasa-kabul', { sourceId: 'hurriyet' }],
  ['washington-post-media-law', { sourceId: 'washington-post' }],
  ['rferl-veto-override', { sourceId: 'rferl' }],
  // AFP's copy as Digital Journal republishes it: `By AFP` and the date over the caption, then the wire's own byline
  // (`Irakli METREVELI`) over `Tbilisi (AFP) -` (wire-byline.ts), and `© Agence France-Presse` under the text.
  ['digital-journal-afp-veto', { sourceId: 'digital-journal' }],
  // Asharq Al-Awsat's staff line, `تبليسي: «الشرق الأوسط»`: the place, then the paper's own name where a reporter's
  // stands (paper-dateline.ts), under its Hijri and Gregorian date line.
  ['asharq-al-awsat-fito', {}],
  // Al Jazeera's Arabic site: `آخر تحديث: 28/5/2024 11:48 م (بتوقيت مكة المكرمة)`, the update at 11:48 pm Mecca time
  // (arabic-time-words.ts), and the dateline `تبليسي-` with its hyphen joined to the place (arabic-dateline.ts).
  ['al-jazeera-net-fito', { sourceId: 'al-jazeera-net' }],
  // Its photo's caption under the update, the agency in brackets by its Arabic initials and no full stop (arabic-caption.ts).
  ['al-jazeera-net-caption-afp', { sourceId: 'al-jazeera-net' }],
  // Radio Farda: the reporter's name without a label between the title and a Solar Hijri date (arabic-script-names.ts),
  // read as its Gregorian day (`۰۸ خرداد ۱۴۰۳`, 28 May 2024).
  ['radio-farda-veto', {}],
  // Issue 13's trial input: the whole page copied from a browser (navigation glued on one line, a
  // section label, the standfirst kept in the body, the print note left in the original, `Credit...`,
  // `Reporting from`, ET).
  ['nyt-foreign-agents-bill', { sourceId: 'new-york-times' }],
  // Each recognised by the masthead it prints, as a user with the paper's profile would import it:
  // MSK for a Moscow paper and `Source: Meduza`, a place in capitals and `ROMA, 14 MAG -` (ANSA),
  // names glued to the date and `(Photo: ...)` (Eurasianet), an unlabelled `NAME / AFP` credit and
  // an audio player (Le Figaro), `(Foto: ...)` and two kickers (Süddeutsche Zeitung), `Updated:`
  // and CET as Brussels names its zone (Politico Europe), a byline glued to a weekday date
  // (Ukrainska Pravda), a time on the line below the date (Netgazeti), calls to subscribe after
  // the article, and an agency credited on the text's last line that stays there and, with no byline, is its author (Novaya Gazeta Europe).
  // Reuters' page today, copied whole: the site's menu above the headline (one item a line), the year
  // glued to the time (`May 14, 20246:20 PM GMT+4Updated 2 hours ago`), the agency first in the credit
  // (`REUTERS/Name`) with the licensing link's text after it, and `Suggested Topics:` below.
  ['reuters-media-law-signed', { sourceId: 'reuters' }],
  ['meduza-foreign-agents', {}],
  ['novaya-gazeta-europe-law', {}],
  // Its short headline right under `News`, over a standfirst with no full stop: the headline is the title, the standfirst the text's.
  ['novaya-gazeta-europe-veto-overridden', {}],
  ['ukrainska-pravda-inoahenty', {}],
  ['le-figaro-agents-etranger', {}],
  ['sueddeutsche-agentengesetz', {}],
  ['ansa-legge-agenti', {}],
  ['politico-europe-foreign-agents', {}],
  ['eurasianet-foreign-agents', {}],
  // "BBC News" is also the BBC's English masthead, so the service is named; the caption and credit
  // are labelled lines, and the author's affiliation (Би-би-си) under the name is no article text.
  ['bbc-russian-inoagenty', { sourceId: 'bbc-russian' }],
  ['netgazeti-kanoni', {}],
  // Whole pages copied from a browser, the site's menu above the headline (a dozen lines, so the
  // header is looked for below it) and share bars, related links and footers below the article
  // without a heading that names them: Kommersant (numeric date, the author's name after the text),
  // Radio Tavisupleba (a Georgian name without `By` beside the date), JAMnews (share bar, `Read
  // also`), la Repubblica (`2 minuti di lettura`, `Name (EPA)`), Libération (`(Name/AFP)` after the
  // caption) and the F.A.Z. (only `Aktualisiert am 28.05.2024-18:42` is printed, so the first
  // publication's date is --date's, and `Bildbeschreibung einblenden`).
  ['kommersant-veto-preodoleno', {}],
  ['tavisupleba-veto-daidzlia', {}],
  ['jamnews-veto-overridden', {}],
  ['repubblica-veto-superato', {}],
  ['liberation-veto-leve', {}],
  ['faz-veto-ueberstimmt', { date: '2024-05-28' }],
  // Hromadske (`Автор:`, `Фото: Name / EPA`, `Поділитися` and `Читайте також` under the text) and The
  // Moscow Times (`Read more about: …` and a call for donations under the text; `Translation by`
  // stays in the body, no author).
  ['hromadske-veto-podolano', {}],
  ['moscow-times-veto-overridden', {}],
  // AP News copied whole: `U.S.` in the menu, the masthead (`(AP) —`) beyond the first ten lines, only
  // the update's time printed (the first publication's date is --date's), and the author's box
  // (`TAMAR KIKNADZE` and a line about her) under the text, which is the page's.
  ['apnews-veto-override-page', { sourceId: 'ap', date: '2024-05-28' }],
  // Copied whole from more outlets' pages, each recognised by its masthead: Izvestia (`(МСК)` after
  // the time, the author's name alone under the date with the text right after), Die Zeit (`Zum
  // Inhalt springen`, a kicker with a colon, `Quelle: ZEIT ONLINE, dpa, …`), NZZ (`Anna Keller,
  // Tiflis`, `18.42 Uhr`, `Hören`, `Passend zum Artikel`), Le Point (`Par Le Point.fr (avec AFP)`, the
  // paper and no author; `© Name / AFP` after the caption), Cumhuriyet (`Haber Merkezi`, the newsroom,
  // and `Google News ile Abone Ol`), Xinhua (`Editor:` above the agency's dateline), a regional paper
  // printing an AP story (`By NAME Associated Press`, the wire's dateline), a correction note and an
  // opinion piece's line about its author (printed text, kept).
  ['izvestia-tbilisi-vinogradniki', {}],
  ['zeit-georgien-weinbau', {}],
  ['nzz-tiflis-weinbau', {}],
  ['le-point-tbilissi-vignes', {}],
  ['cumhuriyet-secim-yasasi', {}],
  ['xinhua-hazelnut-exports', {}],
  ['regional-ap-pickup-hazelnut', {}],
  ['correction-note-hazelnut', {}],
  ['opinion-author-bio', {}],
  // Only an update's time is printed, so the first publication's date is --date's: the tagesschau
  // (`Stand:`, `Von Name, ARD-Studio Moskau`: the studio is no author) and El Mundo (the author in
  // capitals and the city on lines of their own above `Actualizado Martes, 28 mayo 2024 - 18:42`).
  ['tagesschau-georgien-wahlrecht', { date: '2024-05-28' }],
  ['el-mundo-ley-electoral', { date: '2024-05-28' }],
  // Expresso (`Partilhar`, `Artigos Relacionados`), Interpressnews (a numeric date, no byline) and
  // Echo Kavkaza (a Russian name alone above the date).
  ['expresso-lei-eleitoral', {}],
  ['interpressnews-hazelnut', {}],
  ['ekho-kavkaza-orehi', {}],
  // The byline as the BBC's pages label it, under a heading (`Article information`, `Makale bilgisi`):
  // `Author, Name` is the byline, the `Role, …` line under it the page's; Turkish caption and credit labels.
  ['bbc-article-information', {}],
  ['bbc-turkce-makale-bilgisi', {}],
  // RBC: the section beside the date (`Политика, 28 мая 2024, 14:35`) is a menu item above, no
  // dateline; the author under the text as a label and a name (`Автор`, `Иван Смирнов`), then
  // `Читайте РБК в Telegram` and `Теги`.
  ['rbc-veto-preodoleno', {}],
  // 1TV (Georgian): no masthead copied, so the paper is named; `გააზიარე` and `მსგავსი სიახლეები`
  // under a short last sentence, which stays the text's.
  ['1tv-veto-dadzlia', { sourceId: '1tv' }],
  // A podcast episode's page (RFE/RL): `Listen`, the player's `0:00 / 31:47`, `Share this episode` and
  // `Subscribe on …` under the byline are the page's, not the episode's text.
  ['rferl-podcast-episode', { sourceId: 'rferl' }],
  // Anadolu's English edition: the subscriber disclaimer under every article (`Only a part of the news,
  // which is offered to subscribers through the AA News Broadcasting System (HAS), …`) is the agency's
  // page furniture, kept in the original only; `Update :` labels the update's date.
  ['anadolu-en-border-crossing', {}],
  // CNN: the dateline copied over three lines (`Tbilisi, Georgia`, `CNN`, ` — `) opens the text
  // again as one paragraph; the caption over its credit line (`Name/Reuters`); `, CNN` after the
  // byline's names is the newsroom, not a place; `Link Copied!`.
  ['cnn-veto-override', {}],
  // The Independent: the credit in brackets on its own line under the caption, the support plea
  // split over two lines, `More about` over the topics.
  ['independent-veto-override', { sourceId: 'the-independent' }],
  // RIA Novosti: the photo's `© Agency / Name` over the photo bank button and the caption, then the
  // `ТБИЛИСИ, 28 мая — РИА Новости.` dateline; the update in brackets beside the date.
  ['ria-veto-preodoleno', { sourceId: 'ria-novosti' }],
  // RIA Novosti's topic tags under the text, a word a line with no heading (`Грузия`, `Армения`,
  // `Тбилиси`): the page's links, each naming a topic the text names, so no article text.
  ['ria-sadakhlo-otkryt', { sourceId: 'ria-novosti' }],
  // EFE: a full stop between the agency's bracketed name and the dash, `Tiflis, 28 may (EFE).-`.
  ['efe-veto-superado', { sourceId: 'efe' }],
  // Bloomberg: an update under the date (`Updated on … at …`), and the tip line, the Terminal's
  // advertisement and `LEARN MORE` under the text.
  ['bloomberg-veto-override', { sourceId: 'bloomberg' }],
  // The date printed above the title and the byline under the title, the text right after it: `By`
  // (Kyiv Post), `Von` under a kicker (n-tv), and a name alone under a section above the date
  // (Lenta.ru, Report.az), which is the byline, not the text's first line.
  ['kyiv-post-veto-overridden', { sourceId: 'kyiv-post' }],
  ['ntv-veto-ueberstimmt', { sourceId: 'n-tv' }],
  ['lenta-veto-preodoleno', { sourceId: 'lenta-ru' }],
  ['report-az-veto-overridden', {}],
  // Report.az's Azerbaijani edition: `ə` is a letter of the title's words and the byline's names, not a break in them.
  ['report-az-veto-def-edib', {}],
  // No byline printed, a sub-heading in title case right under the date (Civil Georgia, DW): the
  // text's first line, not an author.
  ['civil-georgia-protests-spread', {}],
  ['dw-neue-proteste', { sourceId: 'dw' }],
  // The same place, a stock sub-heading whose words the text never prints in lower case (`What
  // Happened`, `Next Steps`): its words tell it from a name.
  ['civil-georgia-what-happened', {}],
  // Radio Tavisupleba again, a two-word headline over the name: the headline is no kicker and no
  // item of the menu above it, whose run of short lines ends at the date.
  ['tavisupleba-sadakhlo-gaikhsna', {}],
  // Twelve outlets' pages as a new user copies them (session 11), each read by the generic reader:
  // `Keep reading` with its screen reader's list between paragraphs and `[Name/Agency]` after the
  // caption (Al Jazeera); the date printed twice, glued (`29.11.202429. November 2024`), and `Anzeige`
  // (DW); a 15-word headline, `di Name, inviato a Tbilisi`, the caption's `(Ansa)`, `Leggi anche`
  // inside the text, the date under it above `© RIPRODUZIONE RISERVATA` (Corriere della Sera); the
  // byline and player's buttons under the date, `- Name/Agency`, tags and promotions (Folha de
  // S.Paulo); `Читайте також: …` inside the text (Ukrainska Pravda); `Haberin Devamı` (Hürriyet);
  // the source between the date and the title (Meduza in Russian); a Georgian month (Interpressnews);
  // `Par Le Figaro avec AFP`, `À lire aussi` inside the text (Le Figaro); the time and share buttons
  // under the date, `NEWS`, `© ANSA/EPA` (ANSA); an author's line under the text (Eurasianet);
  // `Read also` inside the text (JAMnews).
  ['al-jazeera-eu-talks-protests', { sourceId: 'al-jazeera' }],
  // Al Jazeera selected from the headline down: an Arabic name's particle joined by a hyphen in the byline (`By Ahmed
  // al-Rasheed`) and in the photographer's credit in square brackets (`[Essam al-Sudani/Reuters]`).
  ['al-jazeera-iraq-flooding', { sourceId: 'al-jazeera' }],
  ['dw-eu-gespraeche-ausgesetzt', { sourceId: 'dw' }],
  ['corriere-negoziati-ue', { sourceId: 'corriere-della-sera' }],
  ['folha-georgia-negociacoes-ue', { sourceId: 'folha-de-s-paulo' }],
  ['ukrainska-pravda-perehovory-yes', {}],
  ['hurriyet-ab-muzakereleri', { sourceId: 'hurriyet' }],
  ['meduza-ru-protesty-tbilisi', {}],
  ['interpressnews-ka-protesti', { sourceId: 'interpressnews' }],
  ['le-figaro-negociations-ue', {}],
  ['ansa-negoziati-sospesi', { sourceId: 'ansa' }],
  ['eurasianet-eu-talks-frozen', {}],
  ['jamnews-eu-talks-protest', {}],
  // Second clippings of two of them: `Giriş Tarihi:` over `Güncelleme Tarihi:` (Hürriyet); `Par Name,
  // envoyée spéciale à Tbilissi`, `Lecture 3 min.` and the paywall's `Abonnez-vous …` (Le Figaro).
  ['hurriyet-giris-tarihi', { sourceId: 'hurriyet' }],
  ['le-figaro-envoyee-speciale', {}],
  // Le Figaro selected from the headline down: `Publié le 5 décembre 2026 à 14:32, mis à jour hier à 18:01`, an update on
  // a day named relative to the reading (the publication is read, the update left out with a note), and `Lien copié`,
  // the confirmation `Copier le lien` leaves in the copy.
  ['le-figaro-greve-sncf-hier', { sourceId: 'le-figaro' }],
  // DW's author box under the text (the name again, then `Korrespondent in Tiflis`), the byline a
  // name without `Von` above the date.
  ['dw-autorenbox', { sourceId: 'dw' }],
  // The page between the article's paragraphs: `Advertisement` and `SKIP ADVERTISEMENT` (the New York
  // Times), and links set into the text under `Read more from Sky News:`, are the page's, and every
  // paragraph after them stays in the body. Sky News also prints the logo's `Sky News - back to
  // home`, `Watch Live`, the author's role and handle under the name, `, UK` after the time (the
  // country's time, no place), `Image:` over the caption, `Pic:` before the credit and `Why you can
  // trust Sky News`.
  ['nyt-advertisements-between', { sourceId: 'new-york-times' }],
  ['sky-news-foreign-agents-law', { sourceId: 'sky-news' }],
  // Die Welt (its masthead `WELT` over the menu): `Lesedauer: 2 Minuten` beside the date, the
  // correspondent's role under the byline, `Quelle: AFP/NAME` under the caption, `Anzeige` and `Lesen
  // Sie auch` between paragraphs, `Themen` under the text. La Vanguardia: the photo's text alternative
  // over its caption, `(Name / AFP)` after a caption with no full stop, the author's name over
  // `Moscú. Corresponsal` and the date, `Actualizado a`, `Lee también`, `Etiquetas`.
  ['welt-veto-ueberstimmt', {}],
  ['vanguardia-veto-anulado', { sourceId: 'la-vanguardia' }],
  // UNIAN (`Поділитися:`, `<caption> / фото REUTERS`, `Читайте також:` between paragraphs, the typo
  // plea and `Теги:` under the text), T24 (`T24 Dış Haberler`, the paper's desk, is no author;
  // `Etiketler`) and the South China Morning Post (the agency's one-word byline over `+ FOLLOW`,
  // `Published:` and `Updated:` with the time first, `Advertisement` between paragraphs).
  ['unian-veto-podolano', { sourceId: 'unian' }],
  ['t24-veto-gecersiz', { sourceId: 't24' }],
  ['scmp-veto-overridden', { sourceId: 'scmp' }],
  // Il Post (its masthead on top): the section `Mondo` over a headline of 15 words, an unpunctuated
  // standfirst, `Leggi anche: …` on one line between paragraphs, `Mostra i commenti`, `Tag: …`.
  ['ilpost-veto-superato', {}],
  // Observador (`Texto` over the agency's name, `Partilhe`, the credit in capitals under the caption,
  // `Leia também`, `Siga-nos`, `Comentários`), Kavkazsky Uzel (its name and a breadcrumb trail above
  // the date, the title under it; `Автор: Name` over `Источник: …`, `Все новости` under the text) and
  // Publika (Georgian: `ავტორი:`, a photographer's credit between paragraphs, the page's figure; `თეგები`).
  ['observador-veto-anulado', { sourceId: 'observador' }],
  ['kavkaz-uzel-veto-preodoleno', { sourceId: 'kavkazsky-uzel' }],
  ['publika-veto-dadzlia', { sourceId: 'publika' }],
  // franceinfo (its name on top): `Article rédigé par` over the paper's own byline with its agency
  // (`franceinfo avec AFP`, no author) and the group under it, `Temps de lecture : 2min`, `Lire
  // aussi` between paragraphs, `Partager l'article sur les réseaux sociaux`, `Voir les sujets associés`.
  ['franceinfo-veto-outrepasse', {}],
  // The Times of India: only the update is printed, after the agency (`AFP / Updated: May 28, 2024,
  // 19:12 IST`), so the first publication's date is --date's; `TBILISI:` opens the text; `Start a
  // Conversation` and `end of article` under it.
  ['toi-veto-overridden', { sourceId: 'times-of-india', date: '2024-05-28' }],
  // Haaretz (its name under the skip link): the agency's one-word byline between the standfirst and
  // the date, `Share in Facebook`, `Click the alert icon to follow topics:` over the topics.
  ['haaretz-veto-overridden', { sourceId: 'haaretz' }],
  // Formula (Georgian: `ამავე თემაზე`, "on the same topic", over a link between paragraphs) and NHK
  // World (its masthead over the title, JST), read right.
  ['formula-veto-dadzlia', { sourceId: 'formula' }],
  ['nhk-veto-overridden', {}],
  // Der Standard (its name over the menu): `30 Postings` (the readers' comments), `Foto: AGENCY/Name`
  // on its own line under the caption, `Weiterlesen` and `Diesen Artikel teilen` under the text; the
  // APA's dateline opening the text, a place and a dash (`Tiflis –`, `Tiflis/Wien –`): a place the
  // gazetteer knows, so no ordinary sentence's first word.
  ['standard-veto-ueberstimmt', {}],
  ['standard-eu-gespraeche-wien', {}],
  // g1 (its name on top): `Por g1`, the paper as its own author, is none; `Atualizado há 2 anos` beside
  // the date; `— Foto: Name/Reuters` after the caption; `LEIA TAMBÉM:` between paragraphs; `Veja também`.
  ['g1-veto-derrubado', {}],
  // Sabah (`Giriş Tarihi: … Son Güncelleme: …`, publication and update on one line; `Takip Et`; the
  // agency's `AA` sign-off stays in the text and is the author) and Vedomosti (its name under the standfirst; a photo credit with
  // no caption, the photo's credit alone; `Новости СМИ2` under it).
  ['sabah-veto-asildi', { sourceId: 'sabah' }],
  ['vedomosti-veto-preodoleno', {}],
  // Euractiv: `By Name | Euractiv.com`, `Est. 3min`, the kind of article (`News`) over the note that
  // defines it, `Read more with Euractiv` over a headline, then newsletter calls.
  ['euractiv-veto-overridden', { sourceId: 'euractiv' }],
  // ABC: `ABC Internacional` over a headline of 15 words and a longer standfirst; only the update is
  // printed (`Actualizado: … h`), so the day is --date's; `Guardar`, `Comentar`, `Más noticias`; the
  // caption under the standfirst over the agency's name alone (`EFE`), the byline under them.
  ['abc-veto-tumbado', { sourceId: 'abc', date: '2024-05-28' }],
  // Der Tagesspiegel (its name over the section): the caption under the standfirst over `Foto: dpa`,
  // the agency alone after the label, and `Von Name` under them.
  ['tagesspiegel-veto-foto-dpa', {}],
  // Armenpress (its masthead and motto on top, the agency's dateline `TBILISI, MAY 28, ARMENPRESS.`,
  // the time first and the date under the text) and Trend (`28 May 2024 15:42 (UTC +04:00)`, the
  // dateline `BAKU, Azerbaijan, May 28.` with no agency; a photo credit with no caption stays).
  ['armenpress-veto-overridden', {}],
  ['trend-veto-overridden', { sourceId: 'trend' }],
  // Daily Sabah: the paper's own byline with its agency in capitals (`DAILY SABAH WITH AFP`: no
  // author), the city over the date, the caption ending `(AFP Photo)`, the newsletter promo under the text.
  ['daily-sabah-veto-overridden', { sourceId: 'daily-sabah' }],
  // The Times of Israel: `By AFP` over the date, a share bar, the caption's credit `(Giorgi ARJEVANIDZE /
  // AFP)`, the dateline `TBILISI, Georgia —`, single newlines, the plea for members under the text.
  ['times-of-israel-veto-overridden', { sourceId: 'the-times-of-israel' }],
  // The Hindu: `Updated - <date> IST - TBILISI` at the top and `Published - <date>` under the text,
  // the agency between the date and `READ LATER`, the caption ending `| Photo Credit: Reuters`.
  ['the-hindu-veto-overridden', { sourceId: 'the-hindu' }],
  // The Straits Times: `PHOTO: REUTERS` after the caption above the date, `Published` and `Updated` lines,
  // the dateline `TBILISI -`, the agency's sign-off `REUTERS` after the last sentence (the author), the
  // Telegram channel promo under the text.
  ['straits-times-veto-overridden', { sourceId: 'the-straits-times' }],
  // CBC News: `The Associated Press` between the standfirst and `Posted: … | Last Updated: May 28, 2024`
  // (an update with no time: the day alone is recorded), `Social Sharing`, the credit `(Name/The Associated Press)`,
  // the footer links `Corrections and clarifications|Submit a news tip|` and `Related Stories`.
  ['cbc-veto-overridden', { sourceId: 'cbc-news' }],
  // The Irish Times, read right as it was: two sections over the title, the caption with `Photograph:
  // Name/AFP via Getty Images` above the byline, `Tue May 28 2024 - 18:05`, and the reporter's role
  // in a sentence under the text, which the paper prints as the article's and which stays.
  ['irish-times-veto-overridden', { sourceId: 'the-irish-times' }],
  // Session 12, Spanish: RTVE (`RTVE.es / AGENCIAS`, the paper's own byline, over `Tiflis` and `28.05.2024 |
  // 15:42 h.`; `EFE/Name` after a caption with no full stop; `Escuchar`; `Te puede interesar` between
  // paragraphs), Clarín (a four-word kicker over a 15-word headline and a standfirst sentence; `Por` alone
  // over the name and the role; `Actualizado al`; `Mirá también`; `Sobre la firma` under the text) and
  // Infobae (`(REUTERS/Name)` after the caption; `(Con información de EFE y AFP)`, the agencies as authors, since
  // no byline names one; `Seguir leyendo:` over links under the text).
  ['rtve-reforma-electoral', {}],
  ['clarin-reforma-electoral', {}],
  ['infobae-reforma-electoral', { sourceId: 'infobae' }],
  // La Stampa (its masthead in capitals, `LA STAMPA`, on a line of its own, which recognises the profile's `La
  // Stampa`): `aggiornato alle 18:05`, an update's time alone on the publication's day, `2 minuti di lettura`,
  // the caption `(Ansa)` over a text that opens with the dateline `TBILISI.`.
  ['lastampa-riforma-elettorale', {}],
  // il Fatto Quotidiano (`Mondo | Di Name | 28 Maggio 2024`: the section before a labelled byline and the date;
  // `Leggi Anche`; its plea for support, signed, under the text) and Rai News (the photo's text alternative
  // over the same words with `- Ansa` after them: the caption and its credit).
  ['fatto-riforma-elettorale', {}],
  ['rainews-legge-elettorale', {}],
  // Estadão (`28/05/2024 | 10h42`, `Atualização:`, `Foto:` after a caption with no full stop, `Continua após a
  // publicidade` between paragraphs, `Tudo Sobre` over the tags), RTP (`Name - RTP`, the newsroom after a dash;
  // publication and update on one line; a credit with no caption stays in the text, as elsewhere) and Lusa (the
  // agency's dateline `Tbilissi, 28 mai 2024 (Lusa) -`; its editors' initials and `Lusa/Fim` are the wire's text).
  ['estadao-reforma-eleitoral', { sourceId: 'estadao' }],
  ['rtp-reforma-eleitoral', {}],
  ['lusa-reforma-eleitoral', {}],
  // Russian: Novaya Gazeta (the author's name and a line about her under the text, over `Поддержите «Новую
  // газету»`), Fontanka (`ФОНТАНКА.ру` in capitals, so the paper is named; `ПО ТЕМЕ` between paragraphs; the
  // author's name over `© Фонтанка.Ру` and the comments counter) and Gazeta.Ru (`Подписывайтесь …`, then `Что
  // думаешь?` under the text; its id, `gazeta-ru`, is the slug of `Газета.Ru`, both scripts transliterated).
  ['novaya-gazeta-veto', {}],
  ['fontanka-veto', { sourceId: 'fontanka' }],
  ['gazeta-ru-veto', {}],
  // Ukrainian: Suspilne (the author's name over `Теги:` under the text), read right; NV (`Читайте також: …` on one
  // line, `Теги: …` and `Читайте нас у Telegram` under the text). Turkish: Sözcü (`SÖZCÜ` in capitals on a line of its own, its
  // masthead; `Yayınlanma:` and `Güncelleme:` on lines of their own; `İLGİLİ HABERLER` between paragraphs; `Google
  // News'te … abone olun`), Milliyet (`Giriş: … Güncelleme: …` on one line, `Haberin Devamı`; `Kaynak: AA`, the
  // agency credited in the text, stays and is the author) and DW Türkçe (the date printed twice on two lines, `Fotoğraf:` under the
  // caption, `Reklam`, the agencies' and editor's sign-off, which stays), read right.
  ['suspilne-veto-podolano', {}],
  ['nv-veto-podolano', {}],
  ['sozcu-veto-asildi', {}],
  ['milliyet-veto-gecersiz', {}],
  ['dw-turkce-veto-asildi', {}],
  // NEWS.am (`15:42, 28.05.2024`, time first; `Region:` and `Theme:` under it; the typo plea and `Follow NEWS.am on
  // Telegram` under the text) and APA (`Baku. Name – APA`: the place, the reporter and the agency over the date).
  ['news-am-veto-overridden', {}],
  ['apa-veto-overridden', {}],
  // The photo's caption above the title, read right: in brackets after a label (Milliyet, `(Fotoğraf: AFP)`) and with
  // the agency first after no full stop (RTVE, `EFE/Name`).
  ['milliyet-caption-above-title', { sourceId: 'milliyet' }],
  ['rtve-caption-above-title', {}],
  // Milliyet's photo over the section and the headline, its caption ending in the agency in brackets
  // (`… göstericiler (AA)`, `DÜNYA`): the caption, not the title, since another headline stands under the section.
  ['milliyet-aa-caption-over-section', { sourceId: 'milliyet' }],
  // The Telegraph: a bullet between the date and the time (`27 October 2024 • 3:42pm`), the reporter's
  // job after the byline's comma (`By Name, Senior Foreign Correspondent`), `Gift this article free`,
  // the caption's `Credit:`, `Related Topics` and `Join the conversation` under the text.
  ['telegraph-election-claimed', { sourceId: 'the-telegraph' }],
  // The Telegraph's other layout: `Related Topics` and its tags between the date and the text (the
  // text under them is the article's), two reporters each with a job (`Name, Role and Name, Role`).
  ['telegraph-topics-above-text', { sourceId: 'the-telegraph' }],
  // The Financial Times: the caption and its `© Name/AP` over the byline without `By`, each reporter
  // with a place (`Name in Tbilisi and Name in Riga`), `Published June 4 2024`, `Add to myFT`, `Print
  // this page`, the newsletter box over the text, the copyright line and `Reuse this content` under it.
  ['ft-central-bank-governor', { sourceId: 'financial-times' }],
  // The Economist: `Europe | Caucasian drift` over the headline, `May 16th 2024|Tbilisi`, the audio
  // offer (`Listen to this story.`, `OK`) between the date and the text, the last paragraph's `■`, and
  // the print edition's note and contents under it. Its photo credit with no caption stays in the text.
  ['economist-turning-away', { sourceId: 'the-economist' }],
  // NPR: the date and the time on two lines, `Heard on Morning Edition` over the name, `Enlarge this
  // image`, the caption over `Name/AFP via Getty Images`, `hide caption` and `toggle caption` with
  // the credit again, `Sponsor Message` between paragraphs. USA Today (its masthead under the name, in
  // capitals, which recognition does not match to `USA Today`, so the paper is named): `Published 5:15 a.m. ET May 28, 2024 | Updated …`, the credit after a comma, `Name, AFP via Getty
  // Images`; `Contributing: The Associated Press` stays in the text.
  ['npr-veto-overridden', { sourceId: 'npr' }],
  ['usa-today-veto-overridden', { sourceId: 'usa-today' }],
  // Voice of America: `By VOA News`, the paper's initials and a word, is its own newsroom and no author;
  // `(AP Photo/Name)` after the caption; `Some information for this report came from …` stays in the
  // text; `Related` under it. Axios (its name in the kicker `Axios World`): the name alone over `May 14,
  // 2024 - World` (the section, no dateline), `Caption. Photo: Name/AFP via Getty Images` under it,
  // `Why it matters:` in the text, `Go deeper: <headline>` under it. The Times (its name after the
  // date): the photo's caption and `NAME/REUTERS` above the section and the headline, the reporter's
  // job after the byline, `Tuesday May 28 2024, 5.00pm BST, The Times`, `Related articles` under the text.
  ['voa-veto-overridden', { sourceId: 'voice-of-america' }],
  ['axios-foreign-agents-law', {}],
  ['times-defies-west', {}],
  // The taz (its name in the dateline `BERLIN taz |` opening the text, read as the dateline; `Foto:
  // Name/reuters` after the caption above the date; the author's box and `Themen` under the text), the
  // Tagesspiegel (`© AFP/NAME` under the caption, `Jetzt teilen:`, `Zur Startseite`), ORF (no byline:
  // `red, ORF.at/Agenturen`, then `Publiziert am …` and `Links:` under the text; its photo credit with
  // no caption, `APA/AFP/Name`, stays in the text and is no dateline) and SRF (`Legende: <caption>
  // Reuters/Name`, and under the text `SRF 4 News, 28.05.2024, 17:00 Uhr ; sda/dpa/heis`: its programme,
  // the date, and the agencies and author's initials it drew on).
  ['taz-veto-ueberstimmt', {}],
  ['tagesspiegel-veto-ueberstimmt', { sourceId: 'tagesspiegel' }],
  // Its credit `APA/AFP/Name` names the Austrian agency, whose initials are also Azerbaijan's APA's masthead: two papers fit, so the paper is given.
  ['orf-veto-ueberstimmt', { sourceId: 'orf' }],
  ['srf-veto-ueberstimmt', {}],
  // French outlets, each its own byline with its agency (so no author), the caption's credit after it:
  // L'Express (`<caption>. AFP`, `Par L'Express avec AFP`, `À lire aussi : …` between paragraphs),
  // Ouest-France (`<caption>. | NAME / AFP`, `Écouter`), RFI (`Publié le : … - 17:42` and `Modifié
  // le : …`, `Texte par : RFI`, `Suivre`, `2 mn`, `Sur le même sujet` under the text) and 20 Minutes
  // (`Publié le 28/05/24 à 17h42 — Mis à jour le …`, `… — Name / AFP`, `Notre dossier sur la Géorgie`
  // between paragraphs).
  ['lexpress-veto-outrepasse', {}],
  ['ouest-france-veto-outrepasse', {}],
  ['rfi-veto-surmonte', {}],
  ['20-minutes-veto-outrepasse', {}],
  // Georgian outlets, none printing its name, so each names its paper: Imedi (the section over the
  // headline, `28 მაისი 2024 18:42`, `გაზიარება`, `მსგავსი სიახლეები` under the text) and Palitra News
  // (the date above the headline, `ავტორი: Name` under the text), read right as they were; On.ge (a
  // name without a label over the date, `<caption>. ფოტო: Name / AFP`, and `თეგები:`, "tags", over the
  // tags under the text, which stayed in the body).
  ['imedi-veto-dadzlia', { sourceId: 'imedi' }],
  ['on-ge-veto-dadzlia', { sourceId: 'on-ge' }],
  ['palitra-veto-dadzlia', { sourceId: 'palitra-news' }],
  // Session 13, twenty outlets in their own languages, each paper named as a new user adds it. German:
  // Handelsblatt (`Tiflis, Brüssel.` opening the text, a known place and a full stop, is the dateline;
  // `Mehr: <headline>` under the text), Stern (`·` between the date and `2 Min.`; `Tiflis (dpa) -`),
  // Deutschlandfunk (no date but its broadcast note under the text, `Diese Nachricht wurde am
  // 28.05.2024 im Programm Deutschlandfunk gesendet.`; `(picture alliance / AP / Name)` after the
  // caption), Kurier (`© APA/AFP/NAME` under the caption, the byline under them) and Tages-Anzeiger
  // (a caption that is a sentence over `Foto: Name (AFP)`; `AFP/SDA/aeg`, its sources' codes, stays
  // in the text and names AFP and SDA its authors, the editor's initials no one; `Fehler gefunden? Jetzt melden.`).
  ['handelsblatt-agentengesetz', { sourceId: 'handelsblatt' }],
  ['stern-veto-ueberstimmt', { sourceId: 'stern' }],
  ['deutschlandfunk-veto-ueberstimmt', { sourceId: 'deutschlandfunk' }],
  ['kurier-agentengesetz', { sourceId: 'kurier' }],
  // Kurier with its photo over the sections and the headline: the caption and `© APA/AFP/NAME` first.
  ['kurier-foto-ueber-titel', { sourceId: 'kurier' }],
  ['tages-anzeiger-veto', { sourceId: 'tages-anzeiger' }],
  // French: Le Parisien (`Le 28 mai 2024 à 17h42, modifié le …`, its newsletter box under the text), La
  // Croix (`Récit`, `Marie Dumont (à Tbilissi),` over `le 28/05/2024 à 17:42`, `Lecture en 3 min.`),
  // Le Soir (`Par Belga`, read right as it was), RTS (the update above the title, `[Keystone -
  // EPA/Name]` after the caption, `ats/afp/vic` under the text naming ATS and AFP its authors, the dates
  // under it) and Radio-Canada (`11 h 42 HAE`: French
  // in Canada names Eastern summer time so).
  ['le-parisien-veto-outrepasse', { sourceId: 'le-parisien' }],
  ['la-croix-loi-influence', { sourceId: 'la-croix' }],
  ['le-soir-veto-presidentiel', { sourceId: 'le-soir' }],
  ['rts-veto-surmonte', { sourceId: 'rts-info' }],
  ['radio-canada-veto-presidentiel', { sourceId: 'radio-canada' }],
  // Italian: Il Sole 24 Ore (`2' di lettura`, its audio button), Avvenire (`Georgia. Passa …`, a
  // headline opening with a place and a full stop; `<caption> - Reuters` over the text) and Il
  // Messaggero (`di Redazione Web`, `… 17:42 - Ultimo aggiornamento: 19:05`).
  ['sole-24-ore-veto-superato', { sourceId: 'il-sole-24-ore' }],
  ['avvenire-legge-agenti', { sourceId: 'avvenire' }],
  ['messaggero-veto-superato', { sourceId: 'il-messaggero' }],
  // Spanish: El Confidencial (`(Reuters/Name)` after the caption, `Por` over the name), elDiario.es
  // (`Hazte socio`), La Nación (`NAME - AFP` under the caption, `TIFLIS.-`, `Agencias AFP y Reuters`
  // in the text and no names, the Trust Project's box) and El Universal (`EFE` between a short
  // standfirst and the date, `Actualizada`, `Tiflis.-`; the editor's initials `mcc` stay in the text).
  ['el-confidencial-ley-rusa', { sourceId: 'el-confidencial' }],
  ['eldiario-veto-tumbado', { sourceId: 'eldiario-es' }],
  ['la-nacion-ley-rusa', { sourceId: 'la-nacion' }],
  ['el-universal-veto-anulado', { sourceId: 'el-universal' }],
  // Portuguese: Diário de Notícias (`DN/Lusa`, its initials and the agency, no author; `Tópicos`), O
  // Globo (`Por AFP — Tbilisi`, `12h42  Atualizado há 2 anos`) and UOL (`Da AFP, em Tbilisi`,
  // `Atualizada em`, `<caption> Imagem: Name/AFP`).
  ['diario-de-noticias-veto-ultrapassado', { sourceId: 'diario-de-noticias' }],
  ['o-globo-veto-derrubado', { sourceId: 'o-globo' }],
  ['uol-veto-derrubado', { sourceId: 'uol' }],
  // Georgian outlets' English pages (session 13). Civil Georgia's current layout (`Civil.ge` over the menu, the
  // host of its home page alone on a line, names it; `Also Read:` over a headline between paragraphs, `This post is also available in:`),
  // Business Media Georgia (`👁 1245` under the date, `#Hazelnut` tags, `Similar news`), Interpressnews'
  // English edition (its section over the date, the title under it) and Caucasus Watch (its name under the
  // text, `Imprint`), read right; Georgian Journal (`By Name` under the text over `Share on Facebook`, `Views:
  // 1532`, `Comments (0)` and WordPress's comment form) and Democracy & Freedom Watch (`By DFWatch staff •
  // Tuesday, 28 May 2024`, the paper's staff and the date on one line: no author; `TBILISI, DFWatch–`).
  ['civil-georgia-hazelnut-law', {}],
  ['bm-ge-hazelnut-price', {}],
  ['interpressnews-en-veto', { sourceId: 'interpressnews-english' }],
  ['caucasus-watch-hazelnut', {}],
  ['georgian-journal-wine-exports', {}],
  ['dfwatch-hazelnut-farmers', {}],
  // English outlets of Australia, New Zealand, Japan and Korea (session 13), each recognised by its masthead. The
  // Sydney Morning Herald: `Updated May 29, 2024 — 5.42am, first published at 2.15am` (the publication's time
  // alone, on the update's day), the text-size buttons, `Tbilisi:` opening the text (a known place and a colon),
  // `Reuters` alone under the text over `License this article` (the sign-off, its author). ABC News: `By Europe
  // correspondent Name` (the job before the name), `(Reuters: Name)` after the caption, `Posted …, updated …`.
  // NZ Herald: `2 mins to read`, `Photo / AP`, `Latest from World` and the paywall's note under the text. The Japan
  // Times: `<caption>. | REUTERS`, the reporter's agency between the byline and the date (no place), `KEYWORDS`.
  // Kyodo News: `KYODO NEWS - <date> | World, All` (sections past a bar, no dateline), `Related coverage:`.
  // Yonhap, read right: `(LEAD)` in the title, `SEOUL, May 29 (Yonhap) --`, the reporter's address and `(END)`.
  ['smh-veto-overridden', {}],
  ['abc-news-au-veto-overridden', {}],
  ['nz-herald-veto-overridden', {}],
  ['japan-times-veto-overridden', {}],
  ['kyodo-georgia-wine', {}],
  ['yonhap-georgia-visa', {}],
  // English outlets of the Middle East, the Balkans and Asia (session 15), each recognised by its masthead. Al-Monitor:
  // the caption over the byline, `<caption>. - NAME/AFP via Getty Images`, `Read more` over a headline, the author's note
  // kept. Middle East Eye: `Published date: … BST`, `(MEE/Name)`, `Read More »` over a headline, its republishing note.
  // Arab News: `Updated <day>`, the agency in capitals between the two dates (its byline), `<caption>. (Reuters)` under
  // the title, `Short Url` and the link. Balkan Insight: the names, `BIRN` and the place one a line over the date and
  // time, `This article is also available in:` over the languages, `READ MORE:`. Radio Free Asia: `By Name for RFA`,
  // `2024.06.05`, `Credit: Reuters` under the caption, the editor's credit kept. The Insider: `Photo: Name / Reuters`
  // alone. CNA: the audio player's note, `27 Oct 2024 06:15AM (Updated: …)`, `Source: Reuters/fs` (the agency, with the
  // editor's initials). The Korea Herald: `Published : … - 15:30`, `(123rf)`, the reporter's address under the text.
  // The Jakarta Post: `Tbilisi, Georgia   ●   Tue, May 28, 2024`, `Change Size`, `Topics :` over the tags.
  ['al-monitor-gulf-investors', {}],
  ['middle-east-eye-marneuli', {}],
  ['arab-news-veto-overridden', {}],
  ['balkan-insight-wine-exports', {}],
  // Two reporters' stacks (names, `BIRN`, place) under the network's name written out, from two places: both authors, no dateline.
  ['balkan-insight-two-reporters', {}],
  // Medium: `Follow`, `6 min read`, `·` and the claps and responses around the date; under the text its topic chips
  // (`Politics`, `Democracy`, `Georgia`: one names the text's topic, the others the site's), the counts again, `Written by`.
  ['medium-balcony-topic-chips', { sourceId: 'medium' }],
  // Medium's chips naming none of the post's words (`Travel`, `Urbanism`, `Writing`): three capitalised topics, the site's.
  ['medium-chips-naming-no-topic', { sourceId: 'medium' }],
  ['rfa-anaklia-port', {}],
  ['the-insider-sanctions', {}],
  ['cna-election-victory', {}],
  ['korea-herald-direct-flights', {}],
  ['jakarta-post-veto-overridden', {}],
  // English outlets of South Africa and America, and the Daily Mail (session 15). Daily Maverick: the caption over the
  // byline, `Follow`, a comment count and `Save`, `More`. Mail & Guardian: the caption over the section and the title,
  // `(Photo by Name/AFP via Getty Images)`, `Subscribe to the Mail & Guardian`. The Conversation: `Name, Chatham House`
  // over the author box (`Author`, the name, the post and institution), the disclosure and partners' boxes, `X (Twitter)`,
  // its licence note. ProPublica: `by Name and Name, ProPublica` (the paper's name is no place), `Credit: Name for
  // ProPublica`, its note over the text. The Atlantic: `Illustration by …` alone, the audio player's clock and note,
  // `About the Author`. Vox: a three-word headline at the end of the menu's run, only the update printed (--date's day),
  // the author's note under the byline kept. HuffPost: `By Name, Associated Press`, `LOADING ERROR LOADING`. The Daily
  // Mail: `By REUTERS`, `Published: 14:05 BST, 28 May 2024 | Updated: …`, `View gallery` between paragraphs.
  ['daily-maverick-agents-law', {}],
  ['mail-guardian-hazelnuts', {}],
  ['the-conversation-eu-leverage', {}],
  ['propublica-lobbyists', {}],
  ['atlantic-said-no-to-europe', {}],
  ['vox-protests-explained', { date: '2024-05-28' }],
  ['huffpost-ap-veto', {}],
  ['daily-mail-reuters-veto', {}],
  // British and New Zealand outlets and two newsletters (session 15). The Evening Standard: `<caption> (AP)` over its
  // newsletter box, `MORE ABOUT` over the tags. The Scotsman: the byline and `Published 4th Jun 2024, 17:42 BST` under the
  // text, `Picture: Getty Images`. RNZ: `6:05 pm on 29 May 2024`, `- Reuters` signing off over `Get the RNZ app`. A
  // Substack post (the newsletter's name as its masthead): like and restack counters, `Thanks for reading …! Subscribe …`
  // between paragraphs, the publication's box under `Subscribe to Caucasus Notes`, `Discussion about this post`. A Ghost
  // blog: `• 4 min read`, `<caption>. Photo by Name / Unsplash`, `Subscribe to …`, `Powered by Ghost`.
  ['evening-standard-tbilisi-rally', {}],
  ['scotsman-whisky-wine', {}],
  ['rnz-veto-overridden', {}],
  ['substack-observers-report', {}],
  ['ghost-broadcasting-rules', {}],
  // Rappler: the date above the title in `PHT` (the Philippines' letters and T; the time zone database says PST), the
  // agency alone under the title over the AI summary's note, `– Rappler.com` kept at the text's end, its mood meter.
  ['rappler-election-day', {}],
  // Pakistan, South Africa, Kenya and North America (session 13). Dawn (`DAWN.COM`, so the paper is named): `Reuters |
  // AFP`, two agencies beside the date, the byline; `<caption>. — Reuters`; `Published in Dawn, <date>` and `Comments
  // (12)` under the text. News24: `Bookmark`, the newsletter call under the text. Daily Nation (`Nation`, so the paper
  // is named): `Photo credit: AFP`, `Correspondent` and `Nation Media Group` under the byline (the page's), `What you
  // need to know:` (the article's summary, kept), the author's address under the text. The Globe and Mail: `ANNA
  // HOLT`, `TBILISI` (the dateline), `SPECIAL TO THE GLOBE AND MAIL`, `Open this photo in gallery:`, the credit in
  // capitals glued to the caption. The Los Angeles Times: the credit in brackets with slashes under the caption,
  // `Staff Writer`, `PT`, `Share via`, `More to Read`. The Wall Street Journal (no masthead copied): `By Name Follow`,
  // `Resize`, `(2 min)`, `TBILISI, Georgia—` with no blanks, the print edition's note; only the update is printed.
  ['dawn-veto-overridden', { sourceId: 'dawn' }],
  ['news24-wine-harvest', {}],
  ['daily-nation-wine-exports', { sourceId: 'daily-nation' }],
  ['globe-and-mail-veto', {}],
  ['la-times-veto', {}],
  ['wsj-veto', { sourceId: 'the-wall-street-journal', date: '2024-05-28' }],
  // Newsweek (`Senior News Reporter` under the byline, the caption's credit in capitals `via Getty Images`, the
  // editor's update note kept, `Submit Correction` under it), Hürriyet Daily News (`TBILISI` over `May 28 2024
  // 14:42:00`, `Tags` alone over the tags), Azernews (`28 May 2024 18:42 (UTC+04:00)`, `👁 1234`) and The National
  // (`Listen In English`, `Listen In Arabic`, `Updated: …` under the text), session 13.
  ['newsweek-veto', {}],
  // A title-case headline opening with a name's particle that is the Romanian byline word (`De Niro Backs …`): no byline in an
  // English clipping (own-language-phrases.ts), so the headline stays the title and Anna Holt the one author.
  ['newsweek-de-niro-title', {}],
  ['hurriyet-daily-news-wine', {}],
  ['azernews-georgia-rail', {}],
  ['the-national-veto', {}],
  // Session 13, Georgian outlets as a new user adds them (each masthead printed in Georgian, so the paper is named, but
  // Ambebi.ge's): Mtavari Arkhi (a breadcrumb and the date above the headline, `ასევე წაიკითხეთ` between paragraphs,
  // `თეგები:` under the text), Rustavi 2 (the reporter's name alone under the text over `გაზიარება`) and Batumelebi (a
  // photo credit with no caption under the text, which stays), read right; TV Pirveli (the caption above the headline,
  // the time before the date, `ნანახია: 1 245`, views, and `ავტორი:` under the text), Tabula (`4 წუთი`, the reading
  // time, between the byline's date and the caption) and Ambebi.ge (`ნანახია 1524` under the headline).
  ['mtavari-porti-proekti', { sourceId: 'mtavari-arkhi' }],
  ['tv-pirveli-aktsia', { sourceId: 'tv-pirveli' }],
  ['rustavi2-metsqeri', { sourceId: 'rustavi-2' }],
  ['tabula-ghvinis-eksporti', { sourceId: 'tabula' }],
  ['batumelebi-sanapiro', { sourceId: 'batumelebi' }],
  ['ambebi-vizit-baqoshi', {}],
  // Session 13, Russian: Sputnik Georgia (the standfirst over `© Sputnik / Name`, the caption under it over
  // `Подписаться`: the standfirst is the text's, not the caption), Rossiyskaya Gazeta (the print issue's line on
  // top, `Текст: Name`, tags under the text naming the section over the title), MK (`Изменено:`, the update;
  // `Время чтения: 2 мин`, `Просмотров: 1245`; a credit with no caption stays), Radio Svoboda (`Комментарии`) and
  // TV Rain (its name and section over the date, the title under it; no year printed, so it is --year's;
  // `Поддержите Дождь`).
  ['sputnik-georgia-izbirkod', { sourceId: 'sputnik-georgia' }],
  ['rg-eksport-vina', { sourceId: 'rossiyskaya-gazeta' }],
  ['mk-novaya-aktsiya', { sourceId: 'mk-ru' }],
  ['svoboda-aktsiya-tbilisi', { sourceId: 'radio-svoboda' }],
  ['rain-veto-preodoleno', { sourceId: 'tv-rain', year: 2024 }],
  // Session 13, Ukrainian: Ekonomichna Pravda (`Читайте також: …` on one line, `Джерело:` under the text, which stays,
  // and `Новини на тему`), LIGA.net (`Читати російською`, `2 хв`, the author's job under the name, the caption's
  // `(Фото: EPA)`), ZN.UA (`Переглядів: 1 245`, `Коментарі`), RBC-Ukraine (`Фото: <caption> (<credit>)`, the label
  // first; `Вас може зацікавити:` over a link) and TSN (`Час прочитання 2 хв`; `Автор: Name` under the text over
  // `Новини партнерів`).
  ['epravda-eksport-vyna', { sourceId: 'ekonomichna-pravda' }],
  ['liga-veto-podolano', {}],
  ['zn-veto-podolano', { sourceId: 'dzerkalo-tyzhnia' }],
  ['rbc-ukraine-veto', { sourceId: 'rbc-ukraine' }],
  ['tsn-rustaveli-perekryly', { sourceId: 'tsn' }],
  // Session 13, Turkish, each recognised by its masthead: Habertürk (`Giriş: … | Güncelleme: …` on one line, `Abone Ol`
  // under it, which is a button and no author; `Habertürk Google News'te`), NTV (`Son Güncelleme:` on a line of its own,
  // the caption's `(Fotoğraf: Reuters)`, `NTV.com.tr'yi Google News'te takip edin`), TRT Haber (`Takip Et`, `İlgili
  // Haberler` between paragraphs), read right, and Bianet (`28 Mayıs 2024, Salı 18:42`: the weekday after the date, as
  // Turkish writes it in full; `Okuma süresi: 3 dk`; the licence under the text).
  ['haberturk-veto-gecersiz', {}],
  ['ntv-tiflis-protesto', {}],
  ['trt-enerji-hatti', {}],
  // Its masthead is printed in lower case (`bianet`), alone on its line: it names the paper `Bianet`.
  ['bianet-gazetecilere-saldiri', {}],
  // The agencies' other pages and years (session 14), the agency named where its dateline stands below the first ten lines:
  // Reuters' 2012 archive page copied whole (the footer's menu and its sentences under `Our Standards:The …`, no blank),
  // 2017's capitals (`JUNE 14, 2017 / 4:52 PM / 7 YEARS AGO`, `2 MIN READ`), a Factbox of bullets under `By Reuters`
  // (the paper's own byline) with `Compiled by`; AP's 2021 page (`February 23, 2021 GMT`, `Click to copy`, `RELATED
  // TOPICS` and its tags over the text) and an explainer under its file photo's caption (`(AP Photo/Name, File)`, `BY A
  // AND B` in capitals, only the update printed, so --date).
  ['reuters-2012-archive-footer', { sourceId: 'reuters' }],
  ['reuters-2017-capitals', {}],
  // 2020's `By Reuters Staff`: the paper's own staff, so no author but the reporter its closing credit names.
  ['reuters-2020-staff-byline', {}],
  ['reuters-factbox-bullets', { sourceId: 'reuters' }],
  // Reuters today copied from Firefox: blank lines between all lines, the photo's text alternative over its caption, the
  // `Summary` box's points over the text, whose first sentence opens with the dateline.
  ['reuters-firefox-summary-points', { sourceId: 'reuters' }],
  ['ap-2021-gmt-related-topics', { sourceId: 'ap' }],
  ['ap-explainer-file-photo-first', { sourceId: 'ap', date: '2024-05-15' }],
  // Wire copy as other papers print it: `Reuters` alone between the title and `Published:`, `— Reuters` under the text (a
  // regional paper); `By Name | The Associated Press`, `PUBLISHED: … | UPDATED: …` and `Originally Published:` under the
  // text (the Denver Post).
  ['wire-reuters-republished', { sourceId: 'daily-review' }],
  ['ap-denver-post-pickup', { sourceId: 'the-denver-post' }],
  // The BBC in 2015 (`23 May 2015 Last updated at 13:42 BST`: the day, and the update's time with its zone) and today
  // (`2 hours ago` only, so --date; `Getty Images` alone over a caption with no full stop; `Reporting from Tbilisi`).
  ['bbc-2015-last-updated-bst', {}],
  ['bbc-getty-credit-hours-ago', { sourceId: 'bbc', date: '2024-12-29' }],
  // The Guardian: an opinion piece under two kickers whose headline asks a question, the author's name under it and her
  // note under the text, `1,234` comments and the call for letters; 2012's `The Guardian, Tuesday 2 October 2012 19.49
  // BST`; the photo's caption over the section and `This article is more than 6 months old`, `Related: …` between
  // paragraphs and `Most viewed` under the text.
  ['guardian-opinion-question-headline', { sourceId: 'the-guardian' }],
  ['guardian-2012-paper-date-line', { sourceId: 'the-guardian' }],
  ['guardian-caption-first-age-note', { sourceId: 'the-guardian' }],
  // AFP: France 24 in 2015 (`Latest update : 2015-05-23`, an update's date alone, so --date; `Text by NEWS WIRES`, the
  // desk; the standfirst printed again as the first paragraph) and Barron's (`By AFP - Agence France Presse`, the desk's
  // codes `bur-im/ach` under the text, which stay).
  ['afp-france24-2015-latest-update', { sourceId: 'afp', date: '2015-05-23' }],
  ['afp-barrons-agency-full-name', { sourceId: 'barrons' }],
  // Interfax's and TASS's English pages: `TBILISI. June 4 (Interfax) -`; Interfax-Ukraine's time before a dotted date
  // (day-first by its profile); TASS in 2015 under its name and `Russian News Agency` (`May 23, 2015, 13:35 UTC+3`) and
  // today copied whole (`4 JUN 2024, 14:11`, `Updated at 16:30`, `Tags`).
  ['interfax-english-dateline', { sourceId: 'interfax-english' }],
  ['interfax-ukraine-dotted-date', {}],
  ['tass-2015-utc-offset', {}],
  ['tass-updated-at-whole-page', { sourceId: 'tass' }],
  // Session 14, Azerbaijani and Armenian page chrome, which the phrase table had no words for: Oxu.az (`👁 1245`,
  // `Həmçinin oxuyun: <headline>` between paragraphs, `Müəllif: Name` under the text over `Paylaş`, `Teqlər:`,
  // `Oxu.az-ı Telegram-da izləyin`, `Bütün hüquqlar qorunur`), Azatutyun (its Armenian masthead, the skip link, the
  // caption's `Լուսանկարը՝ Reuters`: Armenian's `՝` where others print a colon), AZƏRTAC (`28.05.2024 [18:42]`, the time
  // in brackets; `Tbilisi, 28 may, AZƏRTAC` opening the text; the reporter's name, job and place under it) and CivilNet
  // (no masthead; `Հեղինակ՝ Name`, `Կարդալու ժամանակը՝ 3 րոպե`, `Կարդացեք նաև` between paragraphs, `Պիտակներ`).
  ['oxu-az-veto-def-etdi', {}],
  ['azatutyun-veto-haghtaharets', {}],
  ['azertac-veto-def-edib', {}],
  ['civilnet-veto-haghtaharets', { sourceId: 'civilnet' }],
  // Session 14, Persian: BBC Persian (its Persian masthead, `۲۸ مه ۲۰۲۴ - ۸ خرداد ۱۴۰۳`: the Gregorian date in Persian
  // digits and Iran's month name, read, beside the Solar Hijri one, not read; `منبع تصویر، Reuters` and `توضیح تصویر، …`
  // with the Persian comma; `مطالب مرتبط` under the text).
  ['bbc-persian-veto-laghv', {}],
  // Session 14, the outlets issue 13 names, in layouts their goldens above did not cover. Civil Georgia: the page
  // until 2019 copied whole (`Civil Georgia, Tbilisi / 3 Oct.'12 / 16:27`, the paper's name and the place before the
  // date; `Print Version`, `Send to a Friend`, `Reproduction of any materials …` under the text), an opinion of 2020
  // (`Opinion` over the title, `By Name`, the author's note kept as the text's), and the Georgian edition (`ეს პოსტი
  // ასევე ხელმისაწვდომია:`, the plugin's note in Georgian, and `ასევე წაიკითხეთ:` over a headline between paragraphs).
  ['civil-georgia-2012-cohabitation', {}],
  ['civil-georgia-opinion-hazelnut', {}],
  ['civil-georgia-ka-hazelnut', {}],
  // The Messenger's print-edition pages: the weekday and day above the title (no year printed: --year's), `By
  // Messenger Staff` (the paper's staff, no author); an interview, its questions and answers paragraphs of the text.
  ['messenger-print-edition', { year: 2019 }],
  ['messenger-interview', { year: 2019 }],
  // Georgia Today on Joomla until 2015 (`Written by Name`, `Hits: 1245`, `Read more: <headline>`) and on its new
  // theme (a section over the title, `by Name`, `28 May, 2024`, `Image source: <credit>` with no caption).
  ['georgia-today-joomla-2015', {}],
  ['georgia-today-new-theme', {}],
  // Agenda.ge with the place on the line under the date (`04 Jun 2024 - 13:18`, then `Tbilisi,Georgia`), in English and
  // in Georgian (`04 ივნ 2024 - 13:18`, `თბილისი,საქართველო`); OC Media's analysis under a menu that lists the kinds of
  // article (`News`, `Analysis`) and its masthead, the author's note kept, and its Russian edition (`Автор:`, `Читайте также:`).
  ['agenda-ge-border-checkpoint', {}],
  ['agenda-ge-ka-wine', {}],
  ['oc-media-analysis-wine', { sourceId: 'oc-media' }],
  ['oc-media-ru-veto', { sourceId: 'oc-media' }],
  // Interfax's page copied whole (its menu, `Фото: Reuters` alone under the title: the credit; `Читайте также` over a
  // headline between paragraphs; the tags under the text and `Все права на информацию … принадлежат ООО «Интерфакс».`),
  // a page that prints `Сегодня, 13:18` (a day relative to the reading: --date's, the printed time kept), and
  // Interfax-Ukraine's Russian page (the time before the numeric date, `Киев. 4 июня. ИНТЕРФАКС-УКРАИНА -`). TASS's
  // Russian page prints no year (`4 июня, 13:18`, --year's) and `Обновлено 4 июня, 15:02`, the update, in that year too.
  ['interfax-ru-whole-page', { sourceId: 'interfax' }],
  ['interfax-segodnya', { sourceId: 'interfax', date: '2024-06-04' }],
  ['interfax-ukraine-ru', {}],
  ['tass-ru-no-year', { sourceId: 'tass', year: 2024 }],
  // Le Monde's tribune (`Lire aussi | <headline>` between paragraphs, `Offrir l’article`, `Lire plus tard`; the author's
  // name and role under the text over `Contribuer`: the byline), Der Spiegel's interview (`Ein Interview von Name, Tiflis`;
  // the kicker `Georgiens Weinexporte` over the title, capitalised as German nouns are, is no byline; `Zur Merkliste
  // hinzufügen`, `X.com`) and El País with its update (`Actualizado: … CEST`, `Copiar enlace`, `Más información` over a
  // headline, `Sigue toda la información … en nuestra newsletter semanal.`).
  ['le-monde-tribune-vin', { sourceId: 'le-monde' }],
  ['spiegel-interview-wein', { sourceId: 'der-spiegel' }],
  ['el-pais-actualizado', { sourceId: 'el-pais' }],
  // Le Monde's page of the day: `Publié aujourd’hui à 13h18, modifié à 15h02`, the day is --date's and the time printed.
  ['le-monde-aujourdhui', { sourceId: 'le-monde', date: '2024-06-04' }],
  // Session 15, the agencies and the Guardian as users copy them on phones, in reader views, printed and in their other
  // languages. Reuters' mobile site (`2 min read`, `Updated 2h ago`, `Share`, the image's text alternative over its
  // caption, the newsletter box between paragraphs, the share bar and the author's box under the text), its page printed
  // to PDF (Chrome's margins at the page break: `6/5/24, 9:14 AM <page title>`, the address and `1/2`, the day of
  // printing and no article's) and Reuters Latam (`4 de junio de 2024 3:18 AM CST`, Mexico City's; `(Reporte de …;
  // Editado en español por …)`, `Nuestros estándares:`, `Temas sugeridos:`).
  ['reuters-mobile-hours-ago', { sourceId: 'reuters' }],
  ['reuters-print-margins', { sourceId: 'reuters' }],
  ['reuters-es-temas-sugeridos', { sourceId: 'reuters-latam' }],
  // AP on a phone (only the update printed, so --date; `Correction: …` under the text, the article's; the note on who
  // funds the beat and the author's box, the page's), AP Noticias (`Por NAME`, `4 de junio de 2024 - 8:12 GMT`, `AP
  // Foto/`) and Edge's reading view (the domain, the name alone, `4–5 minutes`; no date, so --date).
  ['ap-mobile-correction-note', { sourceId: 'ap', date: '2024-06-04' }],
  ['ap-es-noticias-gmt', { sourceId: 'ap-noticias' }],
  ['ap-edge-reading-view', { sourceId: 'ap', date: '2024-06-04' }],
  // AFP: France 24 in French (`Par : FRANCE 24 Suivre`, the paper's own byline with its follow button; `Publié le : … Modifié
  // le : …`; `Publicité` and `Lire aussi` between paragraphs; `Lire la suite sur le même thème :`), in German (`04.06.2024,
  // 13:18 Uhr`, `Tiflis (AFP) -`, the desk's codes, `© Agence France-Presse`) and in Spanish (the date only under the text,
  // `Publicado: 04/06/2024 13:18`).
  ['afp-france24-fr-par-suivre', { sourceId: 'france-24-fr' }],
  ['afp-de-desk-codes', { sourceId: 'afp-deutsch' }],
  ['afp-es-published-trailer', { sourceId: 'afp-espanol' }],
  // The BBC: its Ukrainian service (`Інформація про статтю`, `Автор, …`, `Посада, …`, `Автор фото,`, `Підпис до фото,`;
  // `Статті на цю ж тему` and `Топ новин` under the text), a page printed to PDF (the margins with the day of printing
  // over the title, the address and `1/1` under the text) and BBC Russian with `Обновлено` and a `Поправка:` (the text's).
  ['bbc-ukrainian-statti', {}],
  ['bbc-print-margins', { sourceId: 'bbc' }],
  ['bbc-russian-updated-correction', {}],
  // The Guardian: the latest update unlabelled over `First published on …` (the publication), the note `This article was
  // amended on …` (the text's); Safari's reader view (the domain, the name, the caption, and the date only under the text);
  // the AMP page (the caption over the byline, `Related:` between paragraphs, `Topics`, `comments (214)`).
  ['guardian-first-published', { sourceId: 'the-guardian' }],
  ['guardian-safari-reader-date-last', { sourceId: 'the-guardian' }],
  ['guardian-amp-related', { sourceId: 'the-guardian' }],
  // TASS in Russian with its year (`4 июня 2024, 13:18`, `Обновлено 4 июня 2024, 15:02`) and on a phone in English (`4 JUN,
  // 13:18`, no year: --year's); Interfax in English printed to PDF (`04.06.2024, 16:40 Interfax: <headline>` over the
  // address: the day of printing, day-first or not, is no date the reader is asked about).
  ['tass-ru-updated-year', { sourceId: 'tass' }],
  ['tass-en-mobile-no-year', { sourceId: 'tass', year: 2024 }],
  ['interfax-en-print-margins', { sourceId: 'interfax-english' }],
  // Reuters in French (`par Name`, `4 juin 2024 11:18 CEST Mis à jour il y a 3 heures`, `(Reportage …; version française
  // …, édité par …)`, `Nos normes :` and `Sujets suggérés :` under the text) and German (`4. Juni 2024 11:18 Uhr MESZ
  // Aktualisiert vor 3 Stunden`, the credits with the newsroom's addresses, the text's; `Unsere Standards:`), Safari's reader
  // view of Reuters (the domain, the name alone, `3–4 minutes`); France 24 in English on its AMP page (`Issued on: … Modified:
  // …` day-first, as en-GB reads; `© 2024 AFP`, `Read more on related topics:`), and AP's `Editor's note:` over the text
  // (the text's) under `Published` and `Updated` lines, the contributor's line and AP's copyright under it.
  ['reuters-fr-nos-normes', { sourceId: 'reuters-france' }],
  ['reuters-de-unsere-standards', { sourceId: 'reuters-deutschland' }],
  ['reuters-safari-reader', { sourceId: 'reuters' }],
  ['afp-france24-en-amp', { sourceId: 'france-24-en' }],
  ['ap-editors-note-published-updated', { sourceId: 'ap' }],
  // BBC News Türkçe printed to PDF (`4.06.2024 16:40 <page title>`, no comma after the day of printing) and Edge's reading
  // view of the Guardian (the domain, then the date above the title, the name alone under it, `2–3 minutes`).
  ['bbc-turkce-print-margins', {}],
  ['guardian-edge-date-over-title', { sourceId: 'the-guardian' }],
  // Session 15, the same outlets copied in forms their goldens above did not cover. Civil Georgia printed from Chrome
  // (`6/4/24, 3:02 PM <title> - Civil Georgia` over each page and `https://civil.ge/archives/604512 1/2` under it: the
  // printout's, the moment of printing never the date), in Firefox's reader view (`civil.ge`, the paper as its byline,
  // `3–4 minutes`, no date printed: --date's), its archive of 2004 (`Text size: A A A`, a correction kept as the text's,
  // `Related Articles:` with their dates) and its Georgian edition of 2017 (`15 ნოემბერი, 2017`, an editor's note kept).
  ['civil-georgia-print-view', {}],
  ['civil-georgia-firefox-reader', { date: '2024-06-04' }],
  ['civil-georgia-2004-tax-code', {}],
  ['civil-georgia-ka-2017-constitution', {}],
  // The Messenger's issue page of 2006 (`#075 (1091), Thursday, April 20, 2006`, the issue's number before its date), one
  // article copied from it; its mobile theme (`☰`, `Search`, `EDITOR’S NOTE:` under the text, kept).
  ['messenger-2006-issue-page', {}],
  ['messenger-mobile-editors-note', { year: 2019 }],
  // Georgia Today's AMP page (the date and the photo's credit above the title, `Correction, 5 June 2024:` kept, `View
  // Non-AMP Version`), Safari's reader view (no masthead: the title, the name, the date) and Firefox's printout (the
  // title over the address at each page's top, `1 of 2 6/5/24, 9:14 AM` at its foot).
  ['georgia-today-amp-correction', {}],
  ['georgia-today-safari-reader', { sourceId: 'georgia-today' }],
  ['georgia-today-firefox-print', {}],
  // Agenda.ge in 2017 (the caption, its credit, the date and the place on one line; its publisher's line right under the
  // text), its Georgian mobile page (`15.11.2017 13:18`, `მენიუ`, the publisher's line in Georgian) and a printout in a
  // day-first locale (`04/06/2024, 15:02 Agenda.ge - <title>`).
  ['agenda-ge-2017-caption-line', {}],
  ['agenda-ge-ka-mobile-dotted', {}],
  ['agenda-ge-chrome-print', {}],
  // OC Media with the photo's caption above the kind and the title, two names and an editor's note over the text (kept);
  // its Russian edition in Edge's reader view (`oc-media.org`, `3 мин. чтения`).
  ['oc-media-caption-first-note', { sourceId: 'oc-media' }],
  ['oc-media-ru-edge-reader', { sourceId: 'oc-media' }],
  // Le Monde with AFP (`Le Monde avec AFP` over `Publié le …` and `Modifié le …` on lines of their own, and again under
  // the text: no author), and printed (its signature under the text, `Name (Place, envoyée spéciale)`: the byline's).
  ['le-monde-avec-afp', { sourceId: 'le-monde' }],
  ['le-monde-print-signature', { sourceId: 'le-monde' }],
  // Der Spiegel: `Von Name und Name, Tiflis`, a `Korrektur:` kept, `DER SPIEGEL` under the text; an agency story on the
  // phone signed `jal/dpa/Reuters` (kept; dpa and Reuters its authors) over `Mehr lesen über` and its topics.
  ['spiegel-von-und-korrektur', { sourceId: 'der-spiegel' }],
  ['spiegel-agentur-kuerzel', { sourceId: 'der-spiegel' }],
  // El País: the caption above the title, two names a line each over `Madrid / Tiflis - 28 may 2024 - 18:42 CEST`, `Ir a
  // los comentarios`, `Fe de errores:` kept, `Sobre la firma` over a reporter's career; its English edition (`Tbilisi -
  // Jun 04, 2024 - 13:18 CEST`, `Share on Whatsapp`, the newsletter's call, `Archived In`).
  ['el-pais-madrid-tiflis', { sourceId: 'el-pais' }],
  ['el-pais-english-edition', { sourceId: 'el-pais' }],
  // Central Europe's and the Netherlands' pages, their words around the article read (printed-phrases.ts): iROZHLAS
  // (`Tbilisi 18:42 28. května 2024`, the place glued to the time its date follows; `<caption> | Foto: Name | Zdroj:
  // Reuters`; `Přečtěte si také` between paragraphs; the name under the text over `Témata:`), TVN24 (the date and its
  // `Aktualizacja:` over the title; `Autor:` under the lead; `Fot. Name/Reuters` under the caption; `CZYTAJ TEŻ:`,
  // `Reklama`, `Komentarze (12)`), Digi24 (the caption over the section and the title; `Data publicării:`, `Data
  // actualizării:`; `Citește și:`; `Editor : Name`, the page's editor, no author), Kathimerini (`Φωτ.: REUTERS/Name`;
  // `ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ` in capitals without accents over a headline) and NRC (`Leestijd 3 minuten`; `Foto Name/Reuters`
  // with no mark; `Lees ook`; the byline and the day under the text over the print edition's note).
  ['irozhlas-cas-pred-datem', { sourceId: 'irozhlas' }],
  ['tvn24-data-nad-tytulem', { sourceId: 'tvn24' }],
  ['digi24-foto-deasupra-titlului', { sourceId: 'digi24' }],
  ['kathimerini-diavaste-episis', { sourceId: 'kathimerini' }],
  ['nrc-auteur-onder-tekst', { sourceId: 'nrc' }],
  // The Baltic, Belarusian and Central Asian papers that cover the Caucasus: Delfi (`2024 m. gegužės 28 d. 18:42`, the
  // year first; `BNS` alone over it, the agency's byline; `Nuotr. Name/Reuters` under the caption; `Taip pat skaitykite`
  // between paragraphs; its ban on reuse under the text), ERR (`<caption>. Autor/allikas: Name/Reuters`; `Loe ka:`;
  // `Toimetaja: Name`, the editor, no author; `Allikas: Reuters, AFP`), LSM (the byline and `2024. gada 28. maijā 18:42`
  // under the text over `Kopīgot`, `Ziņot par kļūdu`, `Tēmas:`), Nasha Niva (`28 траўня 2024`, the classical spelling;
  // `Аўтар:`; `<caption>. Фота: Reuters`) and Tengrinews in Russian (Almaty's UTC+5 since March 2024).
  ['delfi-metai-pirmi', { sourceId: 'delfi' }],
  ['err-autor-allikas', { sourceId: 'err' }],
  ['lsm-datums-zem-teksta', { sourceId: 'lsm' }],
  ['nasha-niva-traunia', { sourceId: 'nasha-niva' }],
  ['tengrinews-almaty', { sourceId: 'tengrinews' }],
  // The Balkans': N1 in Serbian (`Autor:` over `28. maj 2024. 18:42`, the ordinal point after the year before the time;
  // `<caption>. Foto: Reuters`; `Pročitajte još:` between paragraphs; `Podeli`, `Komentari (5)`).
  ['n1-tacka-posle-godine', { sourceId: 'n1' }],
  // Croatian, read in Croatian clippings only (date-names.ts): Hina's wire copy as its clients carry it, the date only in its
  // dateline (`ZAGREB, 28. svibnja (Hina) -`, no year: --year), and Jutarnji list (`Vijesti`, `Svijet` over the title, the
  // standfirst, `Autor: Hina`, `Objavljeno: 28. svibnja 2024. u 18:42`, `<caption>. Foto: Reuters`, `Podijeli`, `Komentari (5)`).
  ['hina-dateline-svibnja', { sourceId: 'hina', year: 2024 }],
  ['jutarnji-list-objavljeno', { sourceId: 'jutarnji-list' }],
  // Bulgarian, told from Russian by its own words and hard sign (clipping-language.ts) and read in Bulgarian clippings only:
  // Dnevnik (`Свят` over the title, `3 юни 2024, 17:26`, `Автор:` under it, the standfirst).
  ['dnevnik-yuni-podpisa', { sourceId: 'dnevnik' }],
  // BTA's page (session 17): `Редактор:` under `Автор:`, `Чуйте новината` over the photo, `Снимка:` after the caption,
  // `Още по темата` over links between paragraphs, `Сподели`, `Принтирай`, `Коментари (0)` and its Google News call
  // under the text. Bulgarian was read for its dates only; its page words are phrase-table lines now.
  ['bta-veto-preodolya', { sourceId: 'bta' }],
  // Mediapool (read right at first): the paper's name alone under a numeric date, its own byline (no author); `Снимка: ЕПА/БГНЕС`,
  // the agencies in Cyrillic; `Прочетете още` over a link between paragraphs; `Коментари (12)` and `Сподели` under the text.
  ['mediapool-prochetete-oshte', { sourceId: 'mediapool' }],
  // Hebrew, written without capitals (session 17, caseless-names.ts): Haaretz's `מאת` ("by") before the names, `28 במאי 2024`
  // (date-fns's `he`, the month glued to its preposition), `צילום:` after the caption, `שתפו` and `תגובות` under the text;
  // Ynet's name alone between the standfirst and `פורסם:`, its update `עודכן:`, `האזינו לכתבה`, `עוד בנושא` over a link
  // between paragraphs and `פרסומת`, and the dateline `טביליסי, 28 במאי -`.
  ['haaretz-hebrew-byline-word', { sourceId: 'haaretz-hebrew' }],
  ['ynet-name-above-date', { sourceId: 'ynet' }],
  // Session 16, the named outlets' older designs as the Wayback Machine shows them. Civil Georgia until 2019 copied from
  // under its masthead (`Tbilisi / 9 Apr.'09 / 21:15`: the place, a slash, the date), and so its Russian edition (`Версия
  // для печати`, `Отправить другу`, `Перепечатка материалов …` under the text) and its Georgian one (`ბეჭდვის ვერსია`,
  // `გაუგზავნე მეგობარს`); the Messenger of 2013 (`By Name` over the issue's number and date, `The Messenger Online` over
  // its menu, not its profile's masthead: so --source); Reuters of 2012 (`TBILISI | Wed May 23, 2012 1:35pm EDT`, a zone
  // that is not its profile's, so --time-zone); guardian.co.uk (`guardian.co.uk, Tuesday 6 November 2012 18.42 GMT`,
  // `Article history`) and the BBC (`Page last updated at 18:42 GMT, Tuesday, 6 November 2012` over the title: only the
  // update is printed, so --date; `E-mail this to a friend`, `Printable version`).
  ['civil-georgia-2009-slash-dateline', {}],
  ['civil-georgia-ru-2010-slash-dateline', {}],
  ['civil-georgia-ka-2011-slash-dateline', {}],
  ['messenger-2013-issue-under-byline', { sourceId: 'the-messenger' }],
  ['reuters-2012-pipe-edt', { sourceId: 'reuters', timeZone: 'America/New_York' }],
  ['guardian-2012-co-uk-date-line', { sourceId: 'the-guardian' }],
  ['bbc-2012-page-last-updated', { sourceId: 'bbc', date: '2012-11-06' }],
  // Le Monde's site of 2012 (`LEMONDE.FR avec AFP | 06.11.2012 à 18h42 • Mis à jour le …`: the site's address and the
  // agency it drew on before the date, no author), Der Spiegel's (`Dienstag, 06.11.2012 – 18:42 Uhr`; its share box
  // `Diesen Artikel...`, `Drucken`, `Versenden`, `Senden`; `ala/dpa/AFP` kept, dpa and AFP its authors) and Interfax's
  // (`06 ноября 2012 года 18:42`, Moscow's UTC+4 of 2011-2014), read right.
  ['le-monde-2012-site-avec-afp', { sourceId: 'le-monde' }],
  ['spiegel-2012-diesen-artikel', { sourceId: 'der-spiegel' }],
  ['interfax-2012-goda', { sourceId: 'interfax' }],
  // Session 17: new stories in known layouts whose content stresses the reader. Paragraphs that open like facts (`Updated
  // figures show …`, `Photo evidence shown …`, `On 20 June, …`, `TBILISI has …`, `ST. PETERSBURG lawmakers …`), one-line
  // paragraphs (`He declined.`, `"We will not leave."`), subheadings, Q&A, a list in AP's dashes and Le Monde's, a name
  // alone as a subheading; `Writing by` among Reuters' credits; AP's contributor `in Tallinn, Estonia,` (body-facts.ts);
  // a later photo between paragraphs on two lines (the BBC's `Image source`/`Image caption`, old and Russian forms; Der
  // Spiegel's caption over `Foto: …`), left out of the body (figure-in-text.ts); `von der` in a byline; a weekday
  // before Der Spiegel's date; France 24's day-first `05/12/2024` (an en-GB profile).
  ['reuters-2019-updated-figures', { sourceId: 'reuters' }],
  ['ap-explainer-questions-list', { sourceId: 'ap', date: '2024-10-28' }],
  ['afp-france24-photo-evidence', { sourceId: 'france-24-en' }],
  ['afp-france24-fr-refus-quitter', { sourceId: 'france-24-fr' }],
  ['bbc-two-photos-subheadings', { sourceId: 'bbc' }],
  ['bbc-2019-updated-figures', { sourceId: 'bbc' }],
  ['bbc-russian-dva-avtora', { sourceId: 'bbc-russian' }],
  ['guardian-interview-q-and-a', { sourceId: 'the-guardian' }],
  ['le-monde-envoye-special-liste', { sourceId: 'le-monde' }],
  ['spiegel-von-der-interview', { sourceId: 'der-spiegel' }],
  ['spiegel-zwischentitel-zwei-fotos', { sourceId: 'der-spiegel' }],
  // El País' names a line each over the date, the second long with its particles (`Javier G. de la Cruz`), and `Fe de errores`.
  ['el-pais-firmas-particula', { sourceId: 'el-pais' }],
  // The Nordic papers' (date-fns's sv, da, nb and fi names; printed-phrases.ts): Dagens Nyheter (`Publicerad 2024-05-28
  // 16:42` and `Uppdaterad`; the name alone under `Lyssna på artikeln`, over the text), Politiken (the date above the title,
  // `28. maj 2024 kl. 16.42`; `Lyt til artiklen`, `Læsetid: 3 min.`; the name alone under the caption), NRK (`Foto: Name /
  // Reuters / NTB`; `Publisert … kl. 16:42`, `Oppdatert`; `Les også`) and Yle (`28.5.2024 16:42`, `Päivitetty`; `<caption>.
  // Kuva: Name / Reuters`; `Lue myös:`; `Jaa artikkeli`).
  ['dn-publicerad-uppdaterad', { sourceId: 'dagens-nyheter' }],
  ['politiken-lyt-dato-kl', { sourceId: 'politiken' }],
  ['nrk-publisert-foto-ntb', { sourceId: 'nrk' }],
  ['yle-paivitetty-pisteet', { sourceId: 'yle' }],
  // Central Europe's others: Telex (the year first, `2024. május 28. – 16:42`, above the title; `… – Fotó: Name / Reuters`;
  // `Kapcsolódó`; `Hirdetés`), Denník N (`Foto – Reuters`, the dash the label's mark; the name and `28. mája 2024 16:42`
  // under the text over `Zdieľať`, `Komentáre (14)`) and 24ur (`28. 5. 2024 ob 16.42`, a blank after each point;
  // `Posodobljeno:`; `Tbilisi, 28. 05. 2024 16.42` the dateline; `FOTO: Reuters`; `Avtor: M. K.` under the text).
  ['telex-ev-elol', { sourceId: 'telex' }],
  ['dennik-n-autor-pod-textom', { sourceId: 'dennik-n' }],
  ['24ur-posodobljeno', { sourceId: '24ur' }],
  // Benelux and the Alps: De Standaard (`dinsdag 28 mei 2024 om 16.42 uur`, `om` and `uur` around the time; `© REUTERS`),
  // Le Temps (`Publié le … à 16:42. / Modifié le … à 18:03.`, each fact closed by a point; `Vous avez trouvé une erreur?`).
  ['de-standaard-om-uur', { sourceId: 'de-standaard' }],
  ['le-temps-publie-modifie', { sourceId: 'le-temps' }],
  // North America: CTV News (the caption over the byline; `12:42PM EDT`, the time glued to its PM; `TBILISI, Georgia -` a
  // line of its own over the text, the dateline; `Report an error`), The Hill (`by Name - 05/28/24 12:42 PM ET`; `Share`, `Post`).
  ['ctv-news-weekday-glued-pm', { sourceId: 'ctv-news' }],
  ['the-hill-numeric-date', { sourceId: 'the-hill' }],
  // Time: `WORLD` and `GEORGIA` over the title, the caption over `Name—AFP/Getty Images` (the photographer joined to the agency by
  // a dash), `Listen to this article`, `Read More:` between paragraphs, `More Must-Reads from TIME` and its letters address under the text.
  // Its paper is `Time magazine`: `Time` is inside the Times' masthead, which --new-source refuses (both papers' clippings would fit it).
  ['time-listen-player', { sourceId: 'time-magazine' }],
  // Session 16's outlets of the Caucasus, Central Asia, Iran and East Asia, as a new user imports them (`--new-source`).
  // Turan (`Baku/28.05.24/Turan:`, the place, date and agency between slashes), IRNA (`Tehran, IRNA –`) and Kazinform
  // (`АСТАНА. КАЗИНФОРМ –`; `Фото: ru.freepik.com`, a stock site's address as the credit): the agency's own name after
  // the dateline's place. Mediamax (`Yerevan /Mediamax/.`; `Mediamax.am` under the text) and Kvira (the date above the
  // title, `ავტორი:` under the text over `კომენტარები (0)` and `kvira.ge`): the paper's web address is its masthead.
  // The Hindustan Times (`By HT News Desk` under the standfirst, the paper's newsroom; its promo line under the text),
  // the Bangkok Post (`WRITER: Reuters`; its poll), Mediazona (its plea for support and `Поддержать`). Read right at
  // first: the Global Times (`By Global Times`, its own byline), VnExpress International (`By Reuters` and the date with
  // `GMT+7` over the title), Liberali (the photo's caption and credit above the title).
  ['turan-baku-slashes-dateline', {}],
  ['irna-tehran-agency-dateline', {}],
  ['kazinform-astana-dateline', { sourceId: 'kazinform' }],
  ['mediamax-web-address-under-text', {}],
  ['kvira-byline-over-comments', {}],
  ['hindustan-times-news-desk', { sourceId: 'hindustan-times' }],
  ['bangkok-post-writer-label', { sourceId: 'bangkok-post' }],
  ['mediazona-support-plea', {}],
  ['global-times-own-byline', {}],
  ['vnexpress-byline-date-over-title', { sourceId: 'vnexpress-international' }],
  ['liberali-caption-before-title', { sourceId: 'liberali' }],
  // NDTV over Reuters copy: `World News | Reuters | Updated: …` (the section, the agency by its name, only the update's
  // date, so the publication date is --date's), `Tbilisi:` opening the text, and its syndication note under it.
  ['ndtv-agency-update-only', { sourceId: 'ndtv', date: '2024-05-28' }],
  // Session 16, the lead's import as a new user: Foreign Policy (`Argument` over its one-sentence description `An
  // expert's point of view on a current event.` above the headline, kicker-description.ts; `By Name, a nonresident fellow
  // at …`, the writer described after a comma; `Read More` and `Tags:` under the author's line).
  ['foreign-policy-argument-kicker-description', { sourceId: 'foreign-policy' }],
  // Session 17, the lead's import as a new user: bne IntelliNews (the photo's caption under the headline with the paper's
  // own credit past a spaced slash, `… on May 28. / bne IntelliNews`; `By Name in Tbilisi May 28, 2024`).
  ['bne-intellinews-slashed-credit', { sourceId: 'bne-intellinews' }],
  // The Institute for War & Peace Reporting: the place the story was written, alone on the line under the photo's caption.
  ['iwpr-place-under-caption', { sourceId: 'institute-for-war-peace-reporting' }],
  // Session 17, Japanese, Chinese and Korean pages (none read at first: no date of theirs was read). NHK (`2024年5月28日 15時42分`,
  // `シェアする`, `あわせて読みたい` under the text); Asahi (`有料記事`, the byline `モスクワ=山田太郎`, `写真・図版` and a caption with
  // `=2024年5月28日、トビリシ、ロイター`, the text opening `【モスクワ=山田太郎】`, `関連記事` between paragraphs, the writer's box
  // under the text); Xinhua (`2024-05-28 15:42:10 来源：新华网`, `字体：小 中 大`, `新华社第比利斯5月28日电（记者王修远）`,
  // `【纠错】 【责任编辑：李明】`); the Central News Agency (`2024/05/28 20:42（5/28 21:03 更新）`, the update's date without its year,
  // noted and not recorded; `（中央社提比里斯28日綜合外電報導）`, `延伸閱讀` between paragraphs, the last one signed `（編輯：陳佳宜）1130528`);
  // Yonhap (`송고시간2024-05-28 21:42`, the label glued to the date; `김철수 기자` and `기자 페이지`; `(서울=연합뉴스) 김철수 기자 =`;
  // its address, tip line and copyright under the text). Their titles have no Latin letter: the slug is transliterated whole.
  ['nhk-ja-saikaketsu', { sourceId: 'nhk' }],
  ['asahi-ja-place-equals-reporter', { sourceId: 'asahi-shimbun' }],
  ['xinhuanet-zh-agency-dispatch', { sourceId: 'xinhuanet' }],
  ['cna-zh-tw-editor-sign-off', { sourceId: 'central-news-agency' }],
  ['yonhap-ko-reporter-equals', { sourceId: 'yonhap-korean' }],
  // Session 18, more East Asian pages, imported as a new user would (`--new-source NAME --time-zone ZONE`, no --language;
  // the profiles are what that wrote). All ten tried read wrong at first. The Central News Agency's reporter glued to the
  // place, `（中央社記者林雅婷布魯塞爾28日專電）` (cjk-dateline.ts: a place the gazetteer lists ends the name); Edaily
  // (`등록 2024-05-28 오후 10:14:32`, the caption then `(사진=AP 연합뉴스)` on its own line, `[이데일리 이소현 기자]` opening the
  // text); JoongAng (`입력`, `업데이트`, `글씨크기 조절하기`, the caption ending `AP=연합뉴스`, `관련 기사` under the text); Hankyoreh
  // (`등록`, `수정`, the caption ending `트빌리시/AP 연합뉴스`: the place is the caption's); Yomiuri (`この記事をスクラップする`,
  // the caption `…（28日、トビリシで）＝ロイター`, `【モスクワ＝佐藤一郎】`, `国際の最新ニュース` under the text); Mainichi
  // (`2024/5/28 22:14（最終更新 5/28 23:01）`, the month without its zero and the update without its year, noted and not
  // recorded; `【モスクワ山田太郎】`, the place glued to the reporter; `この記事は有料記事です。` and `残り512文字（全文812文字）`);
  // People's Daily (`人民网>>国际`, `2024年05月28日21:03 | 来源：人民网－国际频道`, `小字号`, `人民网布鲁塞尔5月28日电 （记者王晓雨）`,
  // `(责编：…)` kept as the CNA's editor's sign-off is, `分享让更多人看到`).
  ['cna-zh-tw-reporter-glued-place', { sourceId: 'central-news-agency' }],
  ['edaily-ko-photo-credit-line', { sourceId: 'edaily' }],
  ['joongang-ko-caption-agency-equals', { sourceId: 'joongang-ilbo' }],
  ['hankyoreh-ko-registered-modified', { sourceId: 'hankyoreh' }],
  ['yomiuri-ja-fullwidth-equals-credit', { sourceId: 'yomiuri-shimbun' }],
  ['mainichi-ja-place-glued-reporter', { sourceId: 'mainichi-shimbun' }],
  ['people-cn-agency-dispatch', { sourceId: 'people-cn' }],
  // Session 17, the named outlets' layouts with content that looks like their page's facts: paragraphs opening like a date,
  // an update or a byline (`7 июня …`, `Updated figures show …`, `By Tuesday evening, …`, `Автор законопроекта – …`,
  // `Фото с места …`), one-sentence paragraphs and one-line quotes, a name alone, lists, sub-headings, Q&A by names and by
  // `Question:`, editor's notes and corrections with a second date, a signed statement ending in its date, author bios;
  // bylines of two and three names (`van der`, `de la`, hyphenated), credits of two agencies (`ТАСС/Reuters`), a second
  // photo in the text, two-word and hyphenated datelines (`ST. PETERSBURG.`, `САНКТ-ПЕТЕРБУРГ,`). Read right at first but
  // two: TASS's `Updated at 20:05` under a day printed without its year (the update was dropped: read-clipping.ts), and
  // Interfax's single tag over its rights line (kept in the body: text-lists.ts).
  ['interfax-ru-sankt-peterburg-two-agencies', { sourceId: 'interfax' }],
  ['interfax-ru-avtor-paragraph', { sourceId: 'interfax' }],
  ['interfax-en-st-petersburg-updated', { sourceId: 'interfax-english' }],
  ['tass-en-st-petersburg-list', { sourceId: 'tass', year: 2024 }],
  ['tass-en-updated-qa', { sourceId: 'tass', year: 2024 }],
  ['tass-ru-sankt-peterburg-hyphen', { sourceId: 'tass' }],
  ['oc-media-three-authors-photos', { sourceId: 'oc-media' }],
  ['oc-media-correction-bottom', { sourceId: 'oc-media' }],
  ['oc-media-interview-names', { sourceId: 'oc-media' }],
  ['oc-media-ru-two-authors', { sourceId: 'oc-media' }],
  ['oc-media-ru-obnovleno', { sourceId: 'oc-media' }],
  ['agenda-ge-two-agencies-list', { sourceId: 'agenda-ge' }],
  ['agenda-ge-updated-first', { sourceId: 'agenda-ge' }],
  ['agenda-ge-ka-bullets', { sourceId: 'agenda-ge' }],
  ['georgia-today-three-authors-subheads', { sourceId: 'georgia-today' }],
  ['georgia-today-op-ed-bio', { sourceId: 'georgia-today' }],
  ['georgia-today-letter-dated', { sourceId: 'georgia-today' }],
  ['civil-georgia-updated-statements', {}],
  ['civil-georgia-signed-statement', {}],
  ['civil-georgia-ru-statements', {}],
  ['civil-georgia-ka-statements', {}],
  ['messenger-two-authors-list', { year: 2019 }],
  ['messenger-staff-editors-note', { year: 2019 }],
  ['messenger-by-tuesday-evening', { year: 2019 }],
  ['messenger-quote-first', { year: 2019 }],
  // Kun.uz in Uzbek (Latin script): its section beside the date over the headline, `Jahon 19:42 / 05.12.2026` ("World"),
  // no dateline (section-label.ts); `Foto: Reuters`, the views counter, `Mavzuga oid` ("on the subject") over its links and
  // the Telegram promotion under the text.
  ['kun-uz-section-beside-date', { sourceId: 'kun-uz' }],
  // El País in 2012: the reporter's name, then the place filed from, on one line with no comma (`Pilar Bonet Tiflis`,
  // name-then-place.ts), over `6 NOV 2012 - 18:42 CET`, and `Archivado en:` with the topics under the text.
  ['el-pais-2012-name-then-place', { sourceId: 'el-pais' }],
  // El País in 2010: `Pilar Bonet Moscú`, the place in the paper's language, which the gazetteer lists for Moscow.
  ['el-pais-2010-name-then-place-moscu', { sourceId: 'el-pais' }],
  // Session 16's gaps, closed in session 17: CBS News (`London —` opening the text, a place no gazetteer of Georgia lists,
  // read by its form; `Edited By Name` under the byline; only `Updated on:` printed, so --date), Fox News (another story's
  // headline in capitals between paragraphs), NBC News (`By Name and Reuters`; another photo's caption glued to its credit
  // between paragraphs), Frontnews (`ფოტო: ფრონტნიუსი`, a credit in a script without capitals, between paragraphs), the
  // Taipei Times (`AFP, TBILISI` between the date and the title), ITAR-TASS in 2012 (`/Корр. ИТАР-ТАСС Name/.` after the
  // dateline's date: its correspondent) and Agenda.ge in 2014 (its sentence about itself under the text, worded otherwise).
  ['cbs-london-dateline', { sourceId: 'cbs-news', date: '2024-05-28' }],
  ['fox-related-capitals', { sourceId: 'fox-news' }],
  ['nbc-caption-between-paragraphs', { sourceId: 'nbc-news' }],
  ['frontnews-ka-photo-credit', { sourceId: 'frontnews' }],
  ['taipei-times-agency-place', { sourceId: 'taipei-times' }],
  ['tass-2012-correspondent', { sourceId: 'tass' }],
  ['agenda-ge-2014-publisher-line', { sourceId: 'agenda-ge' }],
  // Session 17, content17a's inputs read right only once gaps17b's figure-in-text.ts was merged: a later photo's caption and
  // credit on one line between paragraphs (AP `(AP Photo/Name)`, the Guardian's `Photograph: Name/Agency`, Le Monde's
  // `NAME / AFP`) leaves the body; AP's `On 15 May, …` and the one-line quotes stay text.
  ['ap-two-authors-on-15-may', { sourceId: 'ap' }],
  ['guardian-two-authors-amended', { sourceId: 'the-guardian' }],
  ['le-monde-deux-auteurs-lire-aussi', { sourceId: 'le-monde' }],
  // El País (content17a's input): `Más información` over a linked headline, then a later photo with its credit, then a
  // question sub-heading of the text: the photo ends the list (text-lists.ts) and leaves the body, the sub-heading stays.
  ['el-pais-dos-firmas-de-la', { sourceId: 'el-pais' }],
  // Two outlets tried as a new user (session 18): the New Humanitarian's byline stack (the name, `Freelance journalist
  // based in Tbilisi`, `GORI, Georgia`, the date; stacked-byline.ts); Le Devoir's credit over its caption, `à Tbilissi`
  // under the agency's byline, the section printed again under the date, and `À voir en vidéo` under the text.
  ['new-humanitarian-idp-housing', { sourceId: 'the-new-humanitarian' }],
  ['le-devoir-loi-agents', { sourceId: 'le-devoir' }],
  // Session 19, tried as a new user: Human Rights Watch's release (`Click to expand Image` over the photo, its caption's
  // `© 2024 Name/AP Photo`, the place in brackets opening the text: `(Berlin) –`, the region and topic tags under it);
  // Nikkei Asia (the section over the title, the subtitle, the caption's `© Reuters`, `NAME, Nikkei staff writer`, the
  // zone's letters `JST`, the typewriter's dash after the place); Carnegie Politika (the kind of article over the title,
  // `Автор` over the name, the author's box under the text).
  ['human-rights-watch-tbilisi-protest-police', { sourceId: 'human-rights-watch' }],
  ['nikkei-asia-georgia-election-count', { sourceId: 'nikkei-asia' }],
  ['carnegie-politika-georgian-dream', { sourceId: 'carnegie-politika' }],
  // UN News (its topic beside the date past a blank: `28 May 2024 Human Rights`) and an OSCE release (`TBILISI, 27 October
  // 2024 –` opening the text, its contact lines under it, which are the release's own text).
  ['un-news-rights-chief-foreign-influence', { sourceId: 'un-news' }],
  ['osce-observers-georgia-elections', { sourceId: 'osce' }],
  // Session 18, outlets new to the archive, each added by `--new-source` (its profile as that wrote it). Sputnik Armenia and
  // Sputnik Azerbaijan: the time over the date, the update in brackets, the lead over the photo whose caption ends in
  // `© Sputnik / Name`, `ЕРЕВАН, 28 мая — Sputnik.` opening the text, the topics or the Telegram call under it. Vijesti
  // (Montenegro): the lead, the name, `28. maj 2024. 14:35`, then `Foto: Name` alone (no caption), `Komentari (12)` under
  // the text. Hespress FR: its own name under the title, `mardi 28 mai 2024 - 14:35`.
  ['sputnik-armenia-update-in-brackets', { sourceId: 'sputnik-armenia' }],
  ['sputnik-azerbaijan-telegram-promo', { sourceId: 'sputnik-azerbaijan' }],
  ['vijesti-credit-alone', { sourceId: 'vijesti' }],
  ['hespress-fr-paper-under-title', { sourceId: 'hespress-fr' }],
  // Read wrong at first: Caucasian Knot's English page signs off `Author: Name Source: CK correspondent` under the text (no
  // author was read); 24.kg opens the text `24.kg, БИШКЕК -` (no dateline) and prints `Ссылка на материал обязательна.` under
  // it (left in the body); Postimees, in Estonian, whose short text told no language (refused, naming --language), prints
  // the reporter's role `reporter` under the name; the Seattle Times' `Seattle Times staff reporter` under the byline stayed
  // in the body.
  ['caucasian-knot-author-source-line', { sourceId: 'caucasian-knot' }],
  ['24-kg-site-name-dateline', { sourceId: '24-kg' }],
  ['postimees-estonian-role-line', { sourceId: 'postimees' }],
  ['seattle-times-staff-reporter-role', { sourceId: 'the-seattle-times' }],
  // Also read wrong at first: the Daily Star (Dhaka) names its desk, `Star Online Report` (read as an author), and labels the
  // update `Last update on:` (read as the photo's caption; no update), then `Related topic:` over a topic (left in the
  // body); Sud Ouest's byline `Par Name - name@sudouest.fr` (no author, the line left in the body) and its caption ending
  // `© Crédit photo : Name / SUD OUEST` (`© Crédit` kept in the caption); the Kölner Stadt-Anzeiger's `Copyright: Name`
  // under the caption (taken for a copyright footer, the caption left in the body).
  ['daily-star-desk-byline-update-label', { sourceId: 'the-daily-star' }],
  ['sud-ouest-copyright-credit-mail-byline', { sourceId: 'sud-ouest' }],
  ['kolner-stadt-anzeiger-copyright-credit', { sourceId: 'kolner-stadt-anzeiger' }],
  // Guria News (Ozurgeti), in Georgian: `28 მაისი, 2024 14:35` then `ავტორი: Name`, `გაზიარება` under the text. Radio Azadliq
  // (RFE/RL's Azerbaijani service): `28 may 2024` with no time (the day only), the name under it, `Şərhlər` under the text.
  // Both read right at first.
  ['guria-news-ka-author-label', { sourceId: 'guria-news' }],
  ['radio-azadliq-az-day-only', { sourceId: 'radio-azadliq' }],
  // The Tampa Bay Times prints no year (`Published May 28 | Updated May 28`), refused without --year, which names the line;
  // its caption's credit `[ DIRK SHADD | Times ]` was left in the body at first.
  ['tampa-bay-times-bar-credit-no-year', { sourceId: 'tampa-bay-times', year: 2024 }],
  // Session 18, the named outlets' other years and kinds of article. Interfax: an interview whose questions and answers
  // open with `- ` (kept as text, escaped, never a Markdown list), a table copied as text (its tab-parted cells were
  // one space apart at first, a row a run-on paragraph; a GFM table now, body-tables.ts), a statement quoted in full in 2008 (`10 июля 2008 года 21:10`, Moscow's
  // summer time then +04:00, the statement's own `Москва, 10 июля 2008 года` kept as its text). TASS: its section over
  // the date repeating its menu's (`Russian Politics & Diplomacy`: the title is under the date, read-layout.ts), a list of
  // ministers, `© Name/TASS` under the caption, its interviewer under an interview (`Interviewed by Name`, `Беседовала
  // Name`: the author, byline-phrases.ts), ITAR-TASS in 2008 (`11.08.2008 19:20`, day first in Russian). OC Media: an
  // opinion piece with the author's note and the paper's disclaimer (kept, as Civil Georgia's is), in Russian too, in 2018
  // with a law's article quoted, a photo story with a photo between paragraphs. Agenda.ge: an interview in 2014 (`Agenda.ge:`
  // its questions), in Georgian too, a statement quoted in full in Georgian, a table (lost its cells at first too). Georgia Today: Joomla K2's page
  // (`Published in Politics` under the date, page-note-phrases.ts; `<caption> Image source: Name`, photo-phrases.ts), an
  // interview, a list of ministers, a round-up with sub-headings. Civil Georgia: 2008 (`Civil Georgia, Gori / 11 Aug.'08`),
  // 2013 (an interview, `Q:`/`A:`), its Russian edition with a law's text and `Метки:` (its tags, list-heading-phrases.ts),
  // its Georgian edition of 2013 with a list of names, and 2024 with a numbered list. The Messenger: an op-ed on the issue
  // site of 2009, the whole issue page of 2011 with its menu and a statement, and poll figures a line each (no year: --year's).
  ['interfax-ru-interview-dashes', { sourceId: 'interfax' }],
  ['interfax-en-table-tabs', {}],
  ['interfax-ru-2008-statement', { sourceId: 'interfax' }],
  ['tass-en-list-of-names', { sourceId: 'tass' }],
  ['tass-ru-interview-besedoval', { sourceId: 'tass' }],
  ['tass-en-photo-credit-ctrl-a', { sourceId: 'tass' }],
  ['tass-en-interviewed-by', { sourceId: 'tass' }],
  ['tass-ru-2008-itar-dotted', { sourceId: 'tass' }],
  ['oc-media-opinion-disclaimer', { sourceId: 'oc-media' }],
  ['oc-media-2018-law-articles', { sourceId: 'oc-media' }],
  ['oc-media-photo-story', { sourceId: 'oc-media' }],
  ['oc-media-ru-opinion-disclaimer', { sourceId: 'oc-media' }],
  ['agenda-ge-2014-interview', {}],
  ['agenda-ge-tourism-table', {}],
  ['agenda-ge-ka-statement', {}],
  ['agenda-ge-ka-2014-interview', {}],
  ['georgia-today-k2-print-edition', {}],
  ['georgia-today-interview-questions', {}],
  ['georgia-today-cabinet-list', {}],
  ['georgia-today-week-in-brief', {}],
  ['civil-georgia-2008-gori-statement', {}],
  ['civil-georgia-2013-interview', {}],
  ['civil-georgia-ru-2024-law-text', {}],
  ['civil-georgia-ka-2013-candidates', {}],
  ['civil-georgia-2024-numbered-law', {}],
  ['messenger-2009-op-ed-bio', {}],
  ['messenger-poll-lines', { year: 2017 }],
  ['messenger-2011-whole-page-statement', {}],
  // Georgia Today's interview with its questions under `GT:` (a speaker's label opening several paragraphs, no dateline's
  // place in capitals: speaker-label.ts); TASS in Russian with `© Name/ТАСС` under the caption; Agenda.ge's page of 2014
  // copied whole (`Share`, `Tweet`, its sentence about itself and its copyright under the text); Interfax's veto with
  // its points numbered `1)`, kept as the text's.
  ['georgia-today-gt-questions', {}],
  ['tass-ru-photo-copyright', { sourceId: 'tass' }],
  ['agenda-ge-2014-ctrl-a-footer', {}],
  ['interfax-en-statement-points', {}],
  // Session 18 (gaps18a), layouts read wrong at the end of session 17. Georgia Today's "News in Brief": under the photo's
  // `Image source: Georgia Today`, the first of the compilation's sub-headings is the text's, not the photo's caption.
  ['georgia-today-news-in-brief', { sourceId: 'georgia-today' }],
  // Reuters: later photos between paragraphs, each caption and credit on one line, the credit with the kind of photo or its
  // pool after the photographer (`REUTERS/Name/File Photo`, `REUTERS/Name/Pool`): figures, out of the body.
  ['reuters-later-photos-file-pool', { sourceId: 'reuters' }],
  // El País in 2013: the caption, then ` / NAME (AGENCY)` on its line: the photographer and the agency are the credit.
  ['el-pais-2013-slash-credit', { sourceId: 'el-pais' }],
  // OC Media: a video's credit on a line of its own between paragraphs (`Video: Name/OC Media.`), out of the body.
  ['oc-media-video-credit', { sourceId: 'oc-media' }],
  // OC Media's video between paragraphs with its caption and credit on one line, `<caption>. Video: Name/OC Media.`: the
  // page's figure, left out of the body (photo-credit-lines.ts).
  ['oc-media-video-caption-inline', { sourceId: 'oc-media' }],
  // The Kathmandu Post: the name, `Published at :` and `Updated at :`, then `Kathmandu` alone over the text: the dateline,
  // now that the gazetteer knows South Asia's capitals as papers print them.
  ['kathmandu-post-place-line', { sourceId: 'the-kathmandu-post' }],
  // The Liberty Times (自由時報): `〔編譯林欣怡／綜合報導〕` opening the text names its writer and no place (cjk-dateline.ts);
  // photos between paragraphs, each a caption's sentence with its agency in full-width brackets, `（美聯社）`, `（路透）`,
  // are the page's figures (photo-credit-lines.ts).
  ['liberty-times-caption-agency', { sourceId: 'liberty-times' }],
  // Premium Times: each photo's caption with its labelled credit in square brackets, `… [PHOTO CREDIT: @NGRSenate]`, the
  // lead photo under the date and another between paragraphs (a figure, out of the body); its plea under the text
  // (`Support PREMIUM TIMES' journalism …`, its paragraph, `Donate`) is the page's.
  ['premium-times-square-credit', { sourceId: 'premium-times' }],
  // The Kyiv Independent's `(Illustrative photo: Name/… via Getty Images)` after the caption: a word for the kind of photo
  // before the label in brackets. Meduza's credit on its line under the caption, the agencies it came through past spaced
  // slashes (`Name / AP / Scanpix / LETA`), was taken for a dateline.
  ['kyiv-independent-illustrative-photo', { sourceId: 'kyiv-independent' }],
  ['meduza-credit-through-agencies', { sourceId: 'meduza' }],
  // Dawn: `Updated about 2 hours ago` under the date (the page's, as any time ago is), the caption's `— White Star`; Daily
  // Maverick: a composite image's `(Photos: …)` after a caption that opens `Illustrative image:`, `Support Daily Maverick`.
  ['dawn-white-star-credit', { sourceId: 'dawn' }],
  ['daily-maverick-composite-photos', { sourceId: 'daily-maverick' }],
  // Civil Georgia: `Update (June 6, 14:10): …` under the last paragraph, kept there; its time, in the year of the
  // article's date and the paper's zone, is the dateModified (update-note.ts).
  ['civil-georgia-update-at-bottom', {}],
  // CBS News: `By` alone on its line over the name (a label, read as `Автор` over a name is), and two topics under `In:`
  // below the author's box, too few for a menu's run: the heading ends the text.
  ['cbs-by-on-its-own-line', { sourceId: 'cbs-news' }],
  // Text pasted through a word processor, then copied as plain text: Word's line break inside a paragraph as U+2028
  // between the byline and the date, Der Spiegel's soft hyphens (`Präsidenten\u00adwahl`) and non-breaking spaces
  // (the line separator was refused, naming an edit of the clipping); Google Docs' download as .txt, a BOM and CRLF.
  ['word-paste-spiegel-praesidentenwahl', { sourceId: 'der-spiegel' }],
  ['google-docs-bbc-president-sworn-in', { sourceId: 'bbc' }],
  // Session 18, content18a: other kinds of article and other years' layouts of the wire services and papers, copied as a
  // selection or as the whole page. Reuters in 2011 (`UPDATE 2-` in the title, `Thu Jul 14, 2011 10:42am EDT`, the wire's
  // summary bullets and `(Adds …)` note over `By Name`); AP's bigstory in 2014 (`By NAME`, `Associated Press`, `Sept. 12, 2014
  // 9:31 AM EDT`), an obituary under a `FILE -` photo and `Updated` alone (so --date), and its whole page (menu, cookie
  // banner, a gallery's `1 of 4 | ` captions with a pool's credit, `RELATED COVERAGE` between paragraphs, its authors' boxes
  // and note about itself: --date again).
  ['reuters-2011-update-bullets', { sourceId: 'reuters' }],
  ['ap-2014-bigstory-sept', { sourceId: 'ap' }],
  ['ap-obituary-file-photo', { sourceId: 'ap', date: '2023-03-03' }],
  ['ap-ctrl-a-gallery-related', { sourceId: 'ap', date: '2024-12-29' }],
  // AFP as Barron's prints it with two reporters (`By Irakli METREVELI with Ola CICHOWLAS in Tbilisi`, surnames in capitals
  // as printed), and on France 24: `Video by: FRANCE 24`, `Read moreGeorgia's …` glued by the copy and `Advertising` between
  // paragraphs; France 24 in French (`Par : FRANCE 24`, its own byline, and `Avec AFP` under the text, the agency the text
  // drew on and so its author, as `С использованием материалов ТАСС` is).
  ['afp-barrons-surname-capitals', { sourceId: 'barrons' }],
  ['afp-france24-read-more-video', { sourceId: 'france-24-en' }],
  ['afp-france24-fr-decryptage-lire-aussi', { sourceId: 'france-24-fr' }],
  // The BBC in 2014 (the date over the share links and the title, `By Name` over `BBC News, Tbilisi`, `Continue reading the
  // main story` and a pull quote between `Start Quote` and `End Quote`), an obituary with a video's lone `Media caption, …`
  // and a later photo between paragraphs, and an explainer dated `3 days ago` (so --date).
  ['bbc-2014-start-quote', { sourceId: 'bbc' }],
  ['bbc-obituary-media-caption', { sourceId: 'bbc' }],
  ['bbc-explainer-days-ago', { sourceId: 'bbc', date: '2024-05-17' }],
  // The Guardian's opinion column with the author's line about herself and the letters page's call under it.
  ['guardian-obituary-born-died', { sourceId: 'the-guardian' }],
  ['guardian-opinion-bio-letters', { sourceId: 'the-guardian' }],
  // Le Monde in 2009 (`LEMONDE.FR avec AFP et Reuters | 30.09.09 | 14h23 • Mis à jour le 30.09.09 | 18h42`) and an interview
  // (`Entretien`, `Propos recueillis par Name`); El País in 2008 (`ELPAÍS.com / AGENCIAS - Madrid / Moscú - 26/08/2008`) and an
  // interview (`Pregunta.` / `Respuesta.`, its own photographer in capitals after the caption).
  ['le-monde-2009-two-digit-year', { sourceId: 'le-monde' }],
  ['le-monde-entretien-propos-recueillis', { sourceId: 'le-monde' }],
  ['el-pais-2008-agencias-slash', { sourceId: 'el-pais' }],
  ['el-pais-entrevista-pregunta-respuesta', { sourceId: 'el-pais' }],
  // SPIEGEL ONLINE in 2009: the date over a kicker and the title, `ZUM THEMA IN SPIEGEL ONLINE` under the text.
  ['spiegel-2009-kicker-url', { sourceId: 'der-spiegel' }],
  // Session 19, the named outlets copied in other ways than from the page in Chrome. From a feed reader: Feedly's line under
  // the title, `FEED / by NAME / 4y` (the feed's name and the entry's age are the reader's; the feed signing with its own
  // name, `by Civil Georgia`, `by FRANCE 24`, is no author; no date is printed: --date's) and `Visit Website` under the text;
  // Inoreader's `FEED · by NAME · Jun 4, 2024 14:20` and `View original` (`Voir l'original`).
  ['civil-georgia-feedly-electoral-code', { date: '2020-03-12' }],
  ['oc-media-feedly-minibus-fares', { sourceId: 'oc-media', date: '2024-09-16' }],
  ['afp-france24-feedly-wine-harvest', { sourceId: 'afp', date: '2024-08-22' }],
  // Inoreader prints the entry's time on the reader's clock, in a zone the copy does not name: --reader-time-zone gives it.
  ['georgia-today-inoreader-night-train', { readerTimeZone: 'Asia/Tbilisi' }],
  ['le-monde-inoreader-vignes-kakhetie', { sourceId: 'le-monde', readerTimeZone: 'Europe/Paris' }],
  // AMP and print views: the BBC's AMP page (the date alone over `Share`, the photo's `Image source,`/`Image caption,` over the
  // byline), El País' (the place on a line of its own between the name and the date, the share links, `Ver versión completa`),
  // Le Monde's (`Publié le …, modifié le …` on one line, `Lire aussi |` kept, the name again and `Voir la version complète`);
  // Interfax's print view (`ИНТЕРФАКС`, `Версия для печати`, the page's address after `Адрес страницы:` and the rights line).
  ['bbc-amp-rustaveli-sundays', {}],
  ['el-pais-amp-ley-agentes-veto', { sourceId: 'el-pais' }],
  ['le-monde-amp-loi-influence', { sourceId: 'le-monde' }],
  ['interfax-print-view-aviasoobshchenie', {}],
  // Reader views: Firefox's of Der Spiegel (the page title with its kicker, the name and place, `2–3 Minuten`) and of AP (the
  // golden `ap-zugdidi-farmers` again, without its date: --date's), Chrome's reading mode of El País (the title and the text
  // only: --source and --date).
  ['spiegel-firefox-reader-tiflis', { date: '2023-03-08' }],
  ['ap-firefox-reader-zugdidi', { date: '2019-05-23' }],
  ['el-pais-chrome-reading-mode', { sourceId: 'el-pais', date: '2023-03-08' }],
  // Safari's copy, its list items as `<tab>•<tab>item` (AP: `Updated` only, so --date; TASS with no year; Civil Georgia), and
  // Firefox's, blank lines between blocks and its list items as `  * item` (Agenda.ge with the caption, the date and the place
  // on lines of their own; the Guardian's whole page).
  ['ap-safari-beach-rules', { date: '2024-06-04' }],
  ['tass-safari-debed-crossing', { year: 2024 }],
  ['civil-georgia-safari-vocational-colleges', {}],
  ['agenda-ge-firefox-e-visas', {}],
  ['guardian-firefox-select-all-veto', { sourceId: 'the-guardian' }],
  // Session 19, tables as a browser copies them (a row a line, its cells parted by tabs), each a GFM table now; every
  // one's rows were run-on paragraphs at first. Civil.ge's preliminary results (`Party`, `Votes`, `%` over the figures),
  // a Reuters factbox of two columns that names none (its header row left empty), the Guardian's export figures (`Change
  // on 2022` over percentages), Le Monde's results (`1 120 053`, `53,9 %`) and TASS's trade partners in Russian
  // (`Товарооборот, млн долларов`).
  ['civil-georgia-2024-cec-results-table', {}],
  ['reuters-factbox-two-columns', { sourceId: 'reuters' }],
  ['guardian-wine-exports-table', { sourceId: 'the-guardian' }],
  ['le-monde-legislatives-tableau', { sourceId: 'le-monde' }],
  ['tass-ru-tovarooborot-table', { sourceId: 'tass' }],
  ['spiegel-nachruf-ein-nachruf-von', { sourceId: 'der-spiegel' }],
  // Issue 13's list of clippings still read wrong. A Reuters Breakingviews column: `Follow @handle on X` between the text and
  // its `CONTEXT NEWS` box (the box is the article's, kept as printed; the follow line and the opinion note are the page's).
  // Reuters copied whole with the site's tabs over the `Companies` section label, today and in 2019. guardian.co.uk in 2009:
  // `About this article` under the text, its record of publication and last modification (publication-record.ts). The Paper:
  // the paper's name and the reporter's rank glued to `记者`, and its editors' lines under the text. Nikkei: `保存`, `共有`,
  // `印刷`, `その他` under the date and its rights line, also copied whole (its masthead names the paper).
  ['reuters-breakingviews-context-news', { sourceId: 'reuters' }],
  ['reuters-whole-page-companies-tab', { sourceId: 'reuters' }],
  ['reuters-2019-whole-page-companies', { sourceId: 'reuters' }],
  ['guardian-2009-article-history', { sourceId: 'the-guardian' }],
  ['thepaper-reporter-glued', {}],
  ['thepaper-trainee-reporter', {}],
  ['nikkei-controls-sonota', {}],
  ['nikkei-whole-page', {}],
  // France 24's AFP story with its chapô and `Publié le : … Modifié le :`, the Guardian's `Other lives` obituary (`Name
  // obituary` is its headline, the `Name, journalist, born …; died …` line the text's) and Der Spiegel's `Nachruf auf …`
  // with `(Jahrgang 1941)` in its caption, each as a selection and as a copy of the whole page.
  ['afp-france24-fr-chapo-selection', { sourceId: 'france-24-fr' }],
  ['afp-france24-fr-chapo-whole-page', { sourceId: 'france-24-fr' }],
  ['guardian-other-lives-selection', { sourceId: 'the-guardian' }],
  ['guardian-other-lives-whole-page', { sourceId: 'the-guardian' }],
  ['spiegel-nachruf-jahrgang-selection', { sourceId: 'der-spiegel' }],
  ['spiegel-nachruf-jahrgang-whole-page', { sourceId: 'der-spiegel' }],
  // Session 19, outlets new to the archive as a new user adds them (`--new-source NAME --time-zone ZONE`, no --language: the
  // text tells it, a brief item too). Maariv (the name over `28/05/2024 16:42`; `לכל הכתבות של <name>`, the link to the
  // author's page, under the text), Gazeta Wyborcza (`28 maja 2024 | 16:42`; its note on the free article limit), Seznam
  // Zprávy (`28. 5. 2024 16:42`, `Sdílejte:`, `Foto: Name, Seznam Zprávy`: the photographer and the paper, no caption),
  // HVG (the site's address over `2024. május. 28. 16:42`, the month with its own point, above the title; no author; its
  // newsletter call), To Vima (`28 Μαΐου 2024 | 16:42`, `ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ`), Adevărul (`de Name`, `Publicat: 28 mai 2024,
  // 16:42`; `Urmărește-ne pe Google News`), de Volkskrant (the standfirst over the name and `28 mei 2024, 16:42`; `Delen`) and
  // Svenska Dagbladet (`Publicerad 28 maj 2024 kl 16.42`, `kl` without its point, over the name).
  ['maariv-haifa-ganim', { sourceId: 'maariv' }],
  ['wyborcza-strefa-krakow', { sourceId: 'gazeta-wyborcza' }],
  ['seznam-zpravy-foto-jmeno-redakce', { sourceId: 'seznam-zpravy' }],
  ['hvg-honap-pont-hirlevel', { sourceId: 'hvg' }],
  ['to-vima-metro-thessaloniki', { sourceId: 'to-vima' }],
  ['adevarul-publicat-parc-solar', { sourceId: 'adevarul' }],
  ['volkskrant-autovrije-wijk', { sourceId: 'de-volkskrant' }],
  ['svd-publicerad-kl', { sourceId: 'svenska-dagbladet' }],
  // Session 20, five of the outlets that imported silently wrong, added as a new user adds them. Danas: the section
  // `Društvo` over `Autor: Name` and `28.05.2024. 16:42`, the headline under them (it had been the title). Al-Ahram: its
  // breadcrumb copied a link a line, `الرئيسية` ("Home", which had been the title) over its section (which had been the
  // author), `28-5-2024 | 16:42`, `القاهرة - أ ش أ` (Cairo, MENA) over the text (paper-dateline.ts) and `كلمات البحث` with
  // its tags under it. Helsingin Sanomat: `Name HS`, the paper's initials after the name (paper-desk.ts). VnExpress:
  // `Thứ ba, 28/5/2024, 16:42 (GMT+7)` over the title and the reporter's name alone under the text, its byline
  // (closing-name.ts). Al Arabiya: the standfirst, `دبي - العربية.نت` (Dubai, the paper by its web name: the dateline,
  // no author), `نشر في: 28 مايو ,2024: 04:42 م GST` and its update.
  ['danas-biblioteka-zemun', { sourceId: 'danas' }],
  ['al-ahram-hawd-al-nil', { sourceId: 'al-ahram' }],
  // Al-Ahram with the place and the agency glued into the first paragraph (`القاهرة - أ ش أ: قال …`): the dateline and the
  // agency's credit, the paragraph verbatim (arabic-dateline.ts).
  ['al-ahram-dateline-in-paragraph', { sourceId: 'al-ahram' }],
  ['helsingin-sanomat-uimaranta-hs', { sourceId: 'helsingin-sanomat' }],
  ['vnexpress-xe-buyt-dien', { sourceId: 'vnexpress' }],
  ['al-arabiya-dubai-barnamaj', { sourceId: 'al-arabiya' }],
  // Three more outlets of those countries in the same layouts. Youm7: its breadcrumb a link a line, `كتب Name` ("wrote") and
  // `الثلاثاء، 28 مايو 2024 04:42 م`, the weekday before an Arabic comma, `الموضوعات المتعلقة` over its related headlines.
  // Tuổi Trẻ: `28/05/2024 16:42 GMT+7` over the title, its own initials opening the text, `TTO - …` (no dateline: kept as
  // printed), and the reporter's name in capitals alone under the text. Al Hadath, on Al Arabiya's template: `دبي - الحدث.نت`.
  ['youm7-mahattat-iskandariya', { sourceId: 'youm7' }],
  ['tuoi-tre-cau-di-bo', { sourceId: 'tuoi-tre' }],
  ['al-hadath-dubai-tiran', { sourceId: 'al-hadath' }],
  // Session 20, outlets in languages and calendars new to the archive, added as a new user adds them. Kompas (`Kompas.com -
  // 28/05/2024, 16:42 WIB` over the title, `Penulis Name | Editor Name`, the text opening `BANDUNG, KOMPAS.com -`, a `Baca
  // juga:` link between paragraphs, its Telegram call under the text), Tempo (`Reporter: Name` over `Editor: Name`, `TEMPO.CO,
  // Jakarta -`, the `Pilihan Editor:` link under the text), Mwananchi (`Jumanne, Mei 28, 2024`, then `Na Name`, Swahili's
  // "By"; its text opens `Mwanza.`, a place the gazetteer does not know, so no dateline), Thai PBS (`28 พ.ค. 67` over `16:42`,
  // the Buddhist era's year; Thai's words unspaced; `อ่านข่าว :` between paragraphs, `แชร์` under them), Hamshahri
  // (`۸ خرداد ۱۴۰۳ - ۱۶:۴۲`, Solar Hijri in Persian digits, over `کد خبر`, the site's number for the story) and Politika
  // (`уторак, 28.05.2024. у 16:42` under the name; `Коментари (3)` under the text).
  ['kompas-bus-listrik', { sourceId: 'kompas' }],
  ['tempo-harga-beras', { sourceId: 'tempo' }],
  ['mwananchi-soko-samaki', { sourceId: 'mwananchi' }],
  ['thai-pbs-fai-pa-buddhist-year', { sourceId: 'thai-pbs' }],
  ['hamshahri-metro-solar-hijri', { sourceId: 'hamshahri' }],
  ['politika-most-novi-sad', { sourceId: 'politika' }],
  // Politika's name (the Serbian word for politics) alone under the first paragraph: a line of the text, kept (paper-name-in-text.ts).
  ['politika-ime-lista-u-tekstu', { sourceId: 'politika' }],
  // Nezavisimaya Gazeta: the date over the title, the standfirst, the name, the author's job with the paper in quotes
  // (`Обозреватель отдела политики «НГ»`, the byline's line: byline-under-standfirst.ts), `Тэги:` and `Версия для печати` under the text.
  ['nezavisimaya-gazeta-dolzhnost-pod-imenem', {}],
  // Two more in these languages: Detik (`Name - detikNews`, the brand past the dash; `Foto: <caption> (Name/detikcom)`; `Jakarta -`;
  // `Baca juga:` over its headline between paragraphs; the editors' initials `(rzp/dhn)` closing the text, kept) and Matichon
  // (`วันที่ 28 พฤษภาคม 2567 - 16:42 น.`, "date", the Buddhist era's year in full, `น.` after the time; a headline with blanks).
  ['detik-mrt-libur-sekolah', { sourceId: 'detik' }],
  ['matichon-thanon-khon-kaen', { sourceId: 'matichon' }],
  // Session 20, lines read wrong before: the Jamestown Foundation (`Publication: Eurasia Daily Monitor Volume: 21 Issue: 80`,
  // the series and issue, left out; `By:`; `(Source: Civil.ge)` under the date, the photo's credit with no caption, and
  // `Executive Summary:` over the text, no caption; a `(Source: …)` note after a paragraph kept as text), the EEAS (`28.05.2024`
  // over `Press and information team of the Delegation to Georgia`, the issuing body, no author), Dawn (`— Photo courtesy:
  // Sindh govt` after the caption), and Gazeta.uz and El Tiempo, whose profiles say they print the standfirst under the title
  // over a photo with no caption (`Фото: Gazeta.uz`; `Foto: AFP` over `Por: Redacción Internacional` and the date).
  ['jamestown-edm-publication-record', { sourceId: 'jamestown-foundation' }],
  ['eeas-delegation-press-team', { sourceId: 'european-external-action-service' }],
  ['dawn-photo-courtesy', { sourceId: 'dawn' }],
  ['gazeta-uz-standfirst-over-photo', { sourceId: 'gazeta-uz' }],
  ['el-tiempo-sumario-over-photo', { sourceId: 'el-tiempo' }],
  // Session 20, more outlets new to the archive, added by a new user (`--new-source NAME --time-zone ZONE`). UPI (`May 28,
  // 2024 / 4:42 AM`, `File Photo by Name/EPA-EFE` after the caption, `May 28 (UPI) --` opening the text, its copyright
  // line), the Jerusalem Post (the name in capitals, `MAY 28, 2024 16:42` over `Updated:`, `(photo credit: NAME/REUTERS)` under
  // the caption), Tasnim (`May, 28, 2024 - 16:42`, `TEHRAN (Tasnim) –`, `Most Visited in Politics`), the Diplomat (its
  // sections joined by bars over the title, `Credit: Depositphotos` alone, the author's box), L'Orient Today (`OLJ / By
  // Name, 28 May 2024 16:42`, `(Credit: AFP)` after the caption), the Armenian Weekly (`in Armenia, Community, Featured` under
  // the date, `YEREVAN—`), Les Echos (`Publié le … à 16:42Mis à jour le …`, glued), El Español (`Publicada` and `Actualizada`
  // each over its date), il Giornale (`28 Maggio 2024 - 16:42`), Correio da Manhã (`28 de maio de 2024 às 16:42`) and 24
  // Kanal (`28 травня 2024, 16:42` over the name; `Читайте також:` and its Telegram call under the text).
  ['upi-file-photo-by', { sourceId: 'upi' }],
  ['jpost-photo-credit-caps', { sourceId: 'the-jerusalem-post' }],
  ['tasnim-month-comma-most-visited', { sourceId: 'tasnim-news-agency' }],
  ['diplomat-section-trail', { sourceId: 'the-diplomat' }],
  ['lorient-today-credit-in-brackets', { sourceId: 'lorient-today' }],
  ['armenian-weekly-categories-in', { sourceId: 'the-armenian-weekly' }],
  ['les-echos-publie-mis-a-jour', { sourceId: 'les-echos' }],
  ['el-espanol-publicada-actualizada', { sourceId: 'el-espanol' }],
  ['il-giornale-maggio-trattino', { sourceId: 'il-giornale' }],
  ['correio-da-manha-de-maio-as', { sourceId: 'correio-da-manha' }],
  ['24-kanal-telegram-call', { sourceId: '24-kanal' }],
  // Gulf News (`Image Credit:` under the caption, `Dubai:` opening the text: a city the zone database names), the Khaleej
  // Times (`by` alone over the name, `Published: Tue 28 May 2024, 4:42 PM`, its WhatsApp call), the Cyprus Mail (`File
  // photo: <caption>`, no credit), Notes from Poland (`Main image credit:` and the paper's note under the text) and BirGün
  // (`Haber Merkezi`, the newsroom, no author; `BirGün'e abone olun`).
  ['gulf-news-image-credit', { sourceId: 'gulf-news' }],
  ['khaleej-times-by-alone-whatsapp', { sourceId: 'khaleej-times' }],
  ['cyprus-mail-file-photo', { sourceId: 'cyprus-mail' }],
  ['notes-from-poland-main-image-credit', { sourceId: 'notes-from-poland' }],
  ['birgun-haber-merkezi-abone', { sourceId: 'birgun' }],
  // Session 20's other news texts, each a new paper added with --new-source: the State Department's press statement
  // (`Press Statement` over `Matthew Miller, Department Spokesperson`, the title printed twice, its breadcrumb's `hide`),
  // Chatham House's expert comment (the name and `Senior Research Fellow, Russia and Eurasia Programme` under `5 minute
  // READ`), the Council of Europe's newsroom (`Strasbourg 21/11/2025`), the World Bank's release (`WASHINGTON, May 28,
  // 2024 —`, `Contacts` under the text), UNICEF's release (`Available in:`, `English`, `ქართული`; `###` over its media
  // contacts and `About UNICEF`), a Substack post (the sign-up box over it, `∙ Paid`, `Second, Tbilisi.` no dateline),
  // Eurasianet's correction over the headline, the Georgian Foreign Ministry's news item and NATO's (`02 Jul. 2025`,
  // `Last updated: 02 Jul. 2025 17:12` under the text).
  ['state-dept-press-statement-spokesperson', { sourceId: 'state-department' }],
  ['chatham-house-expert-comment', { sourceId: 'chatham-house' }],
  ['coe-newsroom-place-numeric-date', { sourceId: 'council-of-europe' }],
  ['world-bank-press-release-contacts', { sourceId: 'world-bank' }],
  ['unicef-press-release-end-mark', { sourceId: 'unicef' }],
  ['substack-sign-up-box-paid', { sourceId: 'the-tbilisi-letter' }],
  ['eurasianet-correction-over-headline', { sourceId: 'eurasianet' }],
  ['mfa-georgia-press-release', { sourceId: 'mfa-georgia' }],
  ['nato-news-last-updated', { sourceId: 'nato' }],
  // The Kremlin's news item (the lead under the title, `September 18, 2025` over `15:40`; its `Publication status` box under
  // the text) and GOV.UK's press release (`Published` alone over the date; `From:` and the departments stay in the text;
  // `Updates to this page` and its feedback box under the text).
  ['kremlin-news-publication-status', { sourceId: 'kremlin' }],
  ['gov-uk-press-release-published-label', { sourceId: 'gov-uk' }],
  // Outlets new to the archive, each added with --new-source and its zone, from regions it held few of: La Tercera
  // (`5 DIC 2020 07:35 PM`, `Tiempo de lectura`), Página/12 (`Imagen: NA` after the caption, its subscription box), El
  // Comercio (only `Actualizado el 04/12/2020 a las 19:35` is printed: the day is --date's; `LEE TAMBIÉN |` between
  // paragraphs), the Punch (`Kindly share this story:` over and under the text, its rights notice), the Express Tribune
  // (`ISLAMABAD:` opening the text, `Published in …` and `Like Business on Facebook, …` under it), the Daily Mirror of
  // Colombo (its counters after the date, `Colombo, Dec 5 (Daily Mirror) -`), Aftenposten (`Av Name og Name`), Aftonbladet
  // (`Publicerad 2020-12-05 kl. 07.45` over `Uppdaterad`), Israel Hayom (`| צילום:`), the Chosun Ilbo (`입력 2020.12.05. 14:32`)
  // and Stuff (`05:00, Dec 06 2020`, the credit in capitals under the caption).
  ['la-tercera-metro-linea7', { sourceId: 'la-tercera' }],
  ['pagina12-paritarias-docentes', { sourceId: 'pagina-12' }],
  ['el-comercio-via-expresa', { sourceId: 'el-comercio', date: '2020-12-04' }],
  ['punch-lagos-flooding', { sourceId: 'the-punch' }],
  ['express-tribune-gas-tariff', { sourceId: 'the-express-tribune' }],
  ['daily-mirror-lk-fuel-price', { sourceId: 'daily-mirror' }],
  ['aftenposten-bompenger', { sourceId: 'aftenposten' }],
  ['aftonbladet-snostorm', { sourceId: 'aftonbladet' }],
  ['israel-hayom-rakevet', { sourceId: 'israel-hayom' }],
  ['chosun-seoul-bus', { sourceId: 'chosun-ilbo' }],
  ['stuff-kiwirail-ferries', { sourceId: 'stuff' }],
  // Session 21, the routes news takes to an archive (a webmail's copy is a mail golden, importer-golden.test.ts). Reuters shared from a phone by mail (the title, the page's address, the byline and `May 28, 2024 4:42 PM GMT+4` as
  // Reuters prints them, then the text; `Sent from my iPhone` under it, the phone's).
  ['reuters-iphone-mail-share', { sourceId: 'reuters' }],
  // The Guardian's print edition read on PressReader (`The Guardian · 29 May 2024 · 24 · Name Place` over the headline: the
  // edition's day, the page, the byline with the reporter's place; `Printed and distributed by PressReader` and its lines
  // under the text, the distributor's).
  ['guardian-pressreader-edition', { sourceId: 'the-guardian' }],
  // The Messenger's print edition on PressReader (session 22): the paper's name opening the line over the headline (`The
  // Messenger · 29 May 2024 · 1 · By Name`) names it, as a masthead does, so no --source.
  ['messenger-pressreader-veto', {}],
  // Syndicated copies, filed under the outlet whose page they were copied from, the original's credit kept as printed
  // (README): AP's story on Yahoo News (`Associated Press`, the provider, over the reporter in capitals; `Tue, May 28, 2024
  // at 4:42 PM GMT+4·3 min read` in the reader's offset; `View comments`), on the Washington Post's site (`By The
  // Associated Press`, `May 28, 2024 at 10:04 a.m. EDT`), and OC Media's story republished by Global Voices (`Written by`,
  // `Posted 4 June 2024 13:20 GMT`, the partner's note over the text, kept).
  ['yahoo-news-ap-provider-line', { sourceId: 'yahoo-news' }],
  ['washington-post-by-the-ap', { sourceId: 'washington-post' }],
  ['global-voices-originally-published', { sourceId: 'global-voices' }],
  // Reuters on MSN (`Story by Reuters`, then ` • ` and `5mo`, the story's age, no date: --date's; `Related video: …` and
  // `Continue reading` under the credits).
  ['msn-reuters-story-by', { sourceId: 'msn', date: '2024-05-28' }],
  // Session 22: the Moscow Times' print view (the masthead, the title, `May 28, 2024`, and `Original url:` with the page's
  // address under it under the text: the address recorded, the paper found by it).
  ['moscow-times-print-view-veto', {}],
  // The Toronto Star (the section `GTA` over the title, the standfirst, `By Name Role` with the job glued to the name,
  // `Sat., Dec. 5, 2026timer3 min. read`, the date glued to the reading time's icon name, `Updated … at 7:12 p.m.`, the
  // caption over its credit; no masthead printed, so --source). Read on a day after its date, which is later than the
  // harness's fixed day.
  ['toronto-star-ttc-fares', { sourceId: 'toronto-star', now: new Date('2026-12-07T12:00:00Z') }],
  // Session 22, outlets from regions the archive held few of, each added as a new user adds it (`--new-source NAME --time-zone
  // ZONE`, no other option). The Tehran Times (`May 28, 2024 - 16:42`, `TEHRAN –`), Asia-Plus (`28.05.2024 16:42`, `Автор:`,
  // `Фото: Asia-Plus` alone, its Telegram call), Panorama.am (`16:42 28/05/2024`, the time first; `Լրահոս`, its news feed, under
  // the text), Jornal de Angola (the name alone over `28 de Maio de 2024 às 16:42`).
  ['tehran-times-metro-line', { sourceId: 'tehran-times' }],
  ['asia-plus-dushanbe-trolleybus', { sourceId: 'asia-plus' }],
  ['panorama-am-yerevan-metro', { sourceId: 'panorama-am' }],
  ['jornal-de-angola-comboio', { sourceId: 'jornal-de-angola' }],
  // And four read wrong at first, silently (importer-new-outlets-22.test.ts): Berita Harian (Malay: `Oleh Name - Mei 28, 2024 @
  // 4:42pm`, the reporter's mail under it, `- Foto NSTP/Name` after the caption, `KUALA LUMPUR:`), the Philippine Daily Inquirer
  // (`By: Name - Reporter / @handle` over `Philippine Daily Inquirer / 04:42 PM May 28, 2024`, `INQUIRER FILE PHOTO / NAME` after
  // the caption, `MANILA, Philippines —`, its newsletter box and `Read Next`), Antara (`Selasa, 28 Mei 2024 16:42 WIB` under the
  // title, `ANTARA FOTO/Name/nym.` after the caption, `Jakarta (ANTARA) -`, `Pewarta:` over `Editor:` and its copyright under the
  // text) and Jeune Afrique (`Par Name - à Abidjan` over `Publié le … à 16:42`, `Temps de Lecture :`, `© Name pour JA`).
  ['berita-harian-lrt3', { sourceId: 'berita-harian' }],
  ['inquirer-edsa-busway', { sourceId: 'philippine-daily-inquirer' }],
  ['antara-krl-jatinegara', { sourceId: 'antara' }],
  ['jeune-afrique-abidjan-metro', { sourceId: 'jeune-afrique' }],
  // Session 22, photo captions and credits in and near the text, each once read silently wrong: Rzeczpospolita (`Foto: Adobe
  // Stock` alone, the author's name under it over the text; `Czytaj więcej` over a linked headline), HotNews (`<caption>.
  // Foto: Inquam Photos / George Călin`, the agency's name ending in a label's word), Novinky (`Jan Dvořák, Novinky`, the
  // name and the paper; the caption over `Foto: Ředitelství silnic a dálnic`), Index (`(Borítókép: <caption> Fotó: <credit>)`
  // under the text), Proto Thema (the standfirst, then `<caption> / EUROKINISSI`), the Standard (`<caption>. [File,
  // Standard]`) and LRT (`<caption> / Josvydo Elinsko/ELTA nuotr.`, the label after the credit).
  ['rzeczpospolita-ceny-pradu', { sourceId: 'rzeczpospolita' }],
  ['hotnews-metrou-m6', { sourceId: 'hotnews-ro' }],
  ['novinky-dalnice-d35', { sourceId: 'novinky-cz' }],
  ['index-hu-m0-felujitas', { sourceId: 'index' }],
  ['protothema-metro-thessaloniki', { sourceId: 'proto-thema' }],
  ['standard-kenya-matatu', { sourceId: 'the-standard' }],
  ['lrt-sildymo-kainos', { sourceId: 'lrt' }],
  // Session 23, the owner's trial of four outlets never seen: the Irish Independent (the standfirst, then the caption with
  // `Photo:`, the name over `Fri 5 Dec 2025 at 21:30`, `Read more` over a headline and its WhatsApp call), BILD (the kicker
  // over the headline, `Foto:` alone, `Von: A und B` over `05.12.2025 - 13:41 Uhr`, `Berlin –`), Onet (the caption over
  // `Foto:`, the name over the date, `Źródło: Onet` over `Data utworzenia: <date>` under the text, both once left in the
  // body) and Mediapart (`Par Name` over `5 décembre 2025 à 18h52`, its free-access note under the text, once left in the body).
  ['irish-independent-busconnects', { sourceId: 'irish-independent' }],
  ['bild-buergergeld-junge-union', { sourceId: 'bild' }],
  ['onet-metro-trzecia-linia', { sourceId: 'onet' }],
  ['mediapart-ecoles-marseille', { sourceId: 'mediapart' }],
  // Session 23, captions and credits inside the text, each once read silently wrong: CNN Brasil (`Name, da CNN`, the newsroom
  // after `da`, over `São Paulo`, the city filed from; `<caption> • Name/Agência Brasil`; `Compartilhe:`), Obozrevatel
  // (`<caption>. Джерело: КМДА` under the date; its Telegram and Viber call under the text) and El Mundo (only `Actualizado`
  // printed, so --date; `Madrid` under the byline; share buttons and `Ver comentarios` over `<caption>. PHOTOGRAPHER`).
  ['cnn-brasil-metro-sp', { sourceId: 'cnn-brasil' }],
  ['obozrevatel-kyiv-metro', { sourceId: 'obozrevatel' }],
  ['el-mundo-cercanias-atocha', { sourceId: 'el-mundo', date: '2025-12-05' }],
  // Graphic Online (`Dec - 05 - 2026 , 14:17`, the photo's caption with no credit under it, over the text; `Connect With Us :`
  // and its telephone numbers under the text), read a day after its date, which is later than the harness's fixed day.
  ['graphic-online-cocoa-price', { sourceId: 'graphic-online', now: new Date('2026-12-07T12:00:00Z') }],
  // More of session 23's outlets: GZH (`28/05/2024 - 16h42min`, the minutes' abbreviation; `<caption>. Name / Agencia RBS`),
  // Il Post (`<caption> (ANSA/NAME)`), Vedomosti (`<caption> / Photographer / Ведомости`) and LB.ua (`Фото: Name / LB.ua`
  // under the caption).
  ['gzh-trensurb-mercado', { sourceId: 'gzh' }],
  ['il-post-frecciarossa-mediopadana', { sourceId: 'il-post' }],
  ['vedomosti-metro-moskva-2024', { sourceId: 'vedomosti' }],
  ['lb-ua-metro-livoberezhna', { sourceId: 'lb-ua' }],
  // Zaxid.net: `<caption>. Фото: Укрзалізниця` under the date, `Читайте також:` and a linked headline under the text.
  ['zaxid-intercity-lviv', { sourceId: 'zaxid-net' }],
  // Session 23, Asian, Gulf and Dutch outlets, each once read silently wrong: Lianhe Zaobao (the reporter's name alone,
  // `吴佳蓉`, under the caption with its credit in full-width brackets, over the text), the Peninsula (`Published: … | Last
  // updated: …`, `<caption>. File photo`, the paper as its author, `Doha, Qatar:` opening the text), Jiji Press
  // (`2024年05月28日16時42分`, the link to the section's list `【経済記事一覧へ】` under the text) and NOS (the section
  // `Binnenland` over `•` and the date, `Aangepast` and the update, the caption over `ANP`).
  ['zaobao-mrt-tel', { sourceId: 'lianhe-zaobao' }],
  ['peninsula-doha-metro', {}],
  ['jiji-shinkansen-daiya', { sourceId: 'jiji-press' }],
  ['nos-ns-dienstregeling', { sourceId: 'nos' }],
  // More of session 23, written for it: Ming Pao (`發佈時間:` with Hong Kong's 佈 and `最後更新:`, `<caption>。（資料圖片）`, the
  // tags under `相關字詞﹕` and its small colon), the Gulf Times (its section and name over `Tuesday, May 28, 2024 | 04:42 PM`,
  // `Share`, `PICTURE: Supplied`; read right at first) and Kyunghyang Shinmun (`입력`/`수정`, `김철수 기자`, `… 연합뉴스` after the
  // caption; the name and mail address under the text kept as the Hankyoreh's and JoongAng's goldens keep them).
  ['mingpao-east-rail', { sourceId: 'ming-pao' }],
  ['gulf-times-ashghal-tunnel', {}],
  ['kyunghyang-gtx-a', { sourceId: 'kyunghyang-shinmun' }],
  // Session 23, Vietnamese read by the phrase tables: Thanh Niên (the sections over the title, the name alone over
  // `28/05/2024 16:42 GMT+7`, the standfirst, `<caption>. ẢNH: NAME` with the credit in capitals, `Tin liên quan` over a
  // related headline and `Bình luận (0)` under the text).
  ['thanh-nien-metro-nhon', { sourceId: 'thanh-nien' }],
  // Hindi, Bengali and Tamil, their names and places in scripts without capitals and their sentences closed by the danda (`।`):
  // Anandabazar (`নিজস্ব সংবাদদাতা`, "own correspondent", over the place `কলকাতা` over `শেষ আপডেট:`, its only date an update's, so
  // --date's; `ছবি: সংগৃহীত।`; its WhatsApp channel's call under the text), BBC Hindi (`लेखक, Name` over `पदनाम, …`, `इमेज स्रोत,`
  // and `इमेज कैप्शन,`; the call to its app under the text), Prothom Alo (`নিজস্ব প্রতিবেদক` over `ঢাকা` over `প্রকাশ: ২৮ মে ২০২৪,
  // ১৬: ৪২`, a blank after the time's colon; `আরও পড়ুন` over a link between paragraphs; `মন্তব্য করুন` under the text) and
  // Dinamani (`நமது நிருபர்`, "our reporter", over `Published on: 28 மே 2024, 4:42 pm`; `இதையும் படிக்க:` and its link).
  ['anandabazar-kolkata-tram', { sourceId: 'anandabazar-patrika', date: '2024-05-28' }],
  ['bbc-hindi-indore-metro', { sourceId: 'bbc-hindi' }],
  ['prothom-alo-metro-rail', { sourceId: 'prothom-alo' }],
  ['dinamani-metro-phase-two', { sourceId: 'dinamani' }],
  // Session 23, outlets of the Caribbean, the Pacific, West and Central Africa, the Maghreb, Central Asia, Mongolia, Nepal and
  // Myanmar, each added as a new user adds it (`--new-source NAME --time-zone ZONE`, no other option). Read right at first: Le
  // Nouvelliste (`Publié le 2024-05-28 | Le Nouvelliste` under the standfirst, `Auteur` under the name at the end), the Fiji
  // Times (the name over `Tuesday, May 28, 2024`, `Picture: NAME`), the Samoa Observer (`28 May 2024, 4:42PM`, +13:00), Le
  // Soleil (`Par Name | Publié le … | Mis à jour le …`, `(Photo : Name)`), Caliber.Az (`Photo: Baku Metro` alone, its name
  // signing under the text), the Irrawaddy (`By The Irrawaddy 28 May 2024`, its own name no author; +06:30) and the
  // Post-Courier (`By NAME`, `Picture: SUPPLIED`).
  ['nouvelliste-pont-carrefour', { sourceId: 'le-nouvelliste' }],
  ['fiji-times-nadi-bypass', { sourceId: 'the-fiji-times' }],
  ['samoa-observer-faleolo-road', { sourceId: 'samoa-observer' }],
  ['le-soleil-ter-diamniadio', { sourceId: 'le-soleil' }],
  ['caliber-baku-metro', { sourceId: 'caliber-az' }],
  ['irrawaddy-yangon-circular', { sourceId: 'the-irrawaddy' }],
  ['post-courier-highlands-highway', { sourceId: 'post-courier' }],
  // And read wrong at first (importer-new-outlets-23.test.ts): the Gleaner (`Published:Tuesday | May 28, 2024 | 12:08 AM`,
  // refused as undated; `Name/Staff Reporter`, read as a credit), Granma (`NUEVA GERONA.–`, `Temas` over its topics), Diario
  // Libre (`Santo Domingo, RD` under the name, read as a second author; `Lea también`), Montsame (`Ulaanbaatar, May 28
  // (MONTSAME).`), TSA (`Crédit photo : DR`, its `Crédit` in the
  // caption) and Le360 (`© Copyright : DR` under the caption, in the text).
  ['gleaner-jutc-routes', { sourceId: 'the-gleaner' }],
  ['granma-ferry-isla', { sourceId: 'granma' }],
  ['diario-libre-metro-linea2c', { sourceId: 'diario-libre' }],
  ['montsame-ulaanbaatar-brt', { sourceId: 'montsame' }],
  ['tsa-algerie-metro-aeroport', { sourceId: 'tsa-algerie' }],
  ['le360-tramway-rabat', { sourceId: 'le360' }],
  // Session 24, helper europe24: Catalan read with its own labels (phrase-table.ts's LANGUAGES), each wrong at first. Ara
  // (`Actualitzada 05/12/2025 19:10` and `Més informació` over a related headline, in the text), La Vanguardia's Catalan
  // edition (`Actualitzat a les 09:32`, `Llegeix també`), El Periódico (`Actualitzada 05 des 2025 8:15`, `Notícies
  // relacionades`), El Nacional (`Per Name`, `Temps de lectura: 3 min`, `Et pot interessar`), 3Cat (`Redacció` alone,
  // `5 de desembre del 2025 a les 18:42`, refused as undated; `Escolta la notícia`) and Diari de Girona (`dt., 5 d'agost de 2025`,
  // refused as undated; `Per Name`).
  ['ara-habitatge-metropolitana', { sourceId: 'ara' }],
  ['la-vanguardia-ca-rodalies-garraf', { sourceId: 'la-vanguardia' }],
  ['el-periodico-ca-vaga-docents', { sourceId: 'el-periodico-catala' }],
  ['el-nacional-cat-metro-l9', { sourceId: 'el-nacional-cat' }],
  ['tres-cat-324-incendi-bages', { sourceId: 'tres-cat' }],
  ['diari-de-girona-ocupacio-costa-brava', { sourceId: 'diari-de-girona' }],
  // RÚV (`5. desember 2025 kl. 14:35`, its tags under the text), refused at first as a new paper: Icelandic was not told.
  ['ruv-straeto-ferdir', { sourceId: 'ruv' }],
  // Helper leftovers24 (session 24): session 23's clippings still read wrong, each with one more outlet of the same trait.
  // Global Media's papers print the update's time after a publication `Hoje` or `Ontem`: JN (`Hoje às 16:42, atualizado às
  // 17:10`, its caption's `Foto: NAME/Global Imagens`) and DN (`Ontem às 21:05, atualizado às 22:40`), the day --date's.
  ['jn-metro-porto-linha-rosa', { sourceId: 'jornal-de-noticias', date: '2024-05-28' }],
  ['dn-ponte-ferroviaria-tejo', { sourceId: 'diario-de-noticias', date: '2024-05-27' }],
  // Tamil papers open the text with the place and a colon, where a cased script prints it in capitals: Dinamalar
  // (`சென்னை:`, under `பதிவு செய்த நாள்: மே 28,2024 16:42`) and Hindu Tamil Thisai (`மதுரை:`, under its desk `செய்திப்பிரிவு`).
  ['dinamalar-chennai-bus', { sourceId: 'dinamalar' }],
  ['hindu-tamil-madurai-metro', { sourceId: 'hindu-tamil-thisai' }],
  // A caption set between paragraphs, one sentence over its copyright credit, is the page's figure: VRT NWS (`Archiefbeeld
  // van een trein …` over `© BELGA/KURT DESPLENTER`; `Bijgewerkt` over the update; its Dutch told without --language) and
  // Le Soir (`Une rame du tram …` over `© BELGA/BRUNO FAHY`).
  ['vrt-nws-nmbs-gent', { sourceId: 'vrt-nws' }],
  ['le-soir-tram-liege', { sourceId: 'le-soir' }],
  // Japanese papers credit their own photographer in brackets after the caption, `（NAME撮影）`: Tokyo Shimbun (Sankei's
  // clipping, which prints it too, is still read with its section trail `ライフ`, `くらし` in the text: drafts24).
  ['tokyo-np-haneda-access-line', { sourceId: 'tokyo-shimbun' }],
  // A local section's name that is also the reporter's city, under the byline: Heraldo de Aragón (`Zaragoza` over the title
  // and under `Marta López`, over `Actualizada 28/5/2024 a las 16:42`, so --date) and La Voz de Galicia (`Vigo`). A whole
  // page's copy takes the first into its menu; the second is still the dateline.
  ['heraldo-delicias-catenaria', { sourceId: 'heraldo-de-aragon', date: '2024-05-28' }],
  ['la-voz-vigo-ave', { sourceId: 'la-voz-de-galicia' }],
  // Session 24 (helper trial24): the Nordic, Baltic, Slovak, Slovenian and Belarusian papers the archive had one or two of,
  // each added as a new user adds it (`--new-source NAME --time-zone ZONE`). Read right at first: DR (`(Foto: Name © Ritzau
  // Scanpix)` after the caption, `Journalist` under the name, `Opdateret …`), Berlingske (`Lyt til artiklen`, `Læs mere`), VG
  // (`Publisert: 28.05.24 16:42`, a two-digit year), Aktuality.sk (`28. mája 2024, 16:42`, `Zdroj: Aktuality.sk, TASR`), Delo
  // (`28. 5. 2024 | 16:42`, `FOTO: Name/Delo`), Õhtuleht (`28. mai 2024, 16:42`), Belsat (`28.05.2024 16:42`, its name under
  // the text) and SVT (`Publicerad 28 maj 2024 16.42`, `Uppdaterad …`, the name under the text). And read wrong at first
  // (importer-new-outlets-24.test.ts): TVNET (`LETA` over the date, read as the dateline; `Seko "TVNET" arī …` in the text),
  // 15min (`Eriko Ovčarenko / BNS nuotr.`, the photographer read as the caption; `Skaitykite daugiau`), Radio Svaboda (its
  // call to its Telegram channel in the text), SME (`28. máj 2024 o 16:42`, no date; `Čítajte viac` and its link in the
  // text) and Ilta-Sanomat (refused: its language not told from Estonian's). SME's, Iltalehti's (`28.5.2024 klo 16.42`) and
  // Dagbladet's (`Publisert 28.05.2024 kl. 16:42`) short texts still tell no language: their profiles took `--language`.
  // RTV SLO's clipping (`Ljubljana - MMC RTV SLO, STA` over the headline, once read as the title) still loses the initials
  // under its text, so it is a draft, not a golden (its line's rule: importer-new-outlets-24.test.ts).
  ['dr-letbane-brabrand', { sourceId: 'dr' }],
  ['berlingske-metro-hvidovre', { sourceId: 'berlingske' }],
  ['vg-bybane-bergen', { sourceId: 'vg' }],
  ['aktuality-dialnica-d1', { sourceId: 'aktuality-sk' }],
  ['delo-tir-divaca', { sourceId: 'delo' }],
  ['ohtuleht-rail-baltic', { sourceId: 'ohtuleht' }],
  ['belsat-vakzal-brest', { sourceId: 'belsat' }],
  ['svt-tunnelbana-nacka', { sourceId: 'svt-nyheter' }],
  ['tvnet-tilts-daugava', { sourceId: 'tvnet' }],
  ['15min-tiltas-vilnius', { sourceId: '15min' }],
  ['svaboda-tralejbus-minsk', { sourceId: 'radio-svaboda' }],
  ['sme-elektricka-petrzalka', { sourceId: 'sme' }],
  ['ilta-sanomat-raitiotie-tampere', { sourceId: 'ilta-sanomat' }],
  ['iltalehti-lansimetro', { sourceId: 'iltalehti' }],
  ['dagbladet-e18-vestkorridoren', { sourceId: 'dagbladet' }],
  // Session 24, africa24 (issue 13), each read silently wrong at first (importer-captions-24.test.ts), and another outlet
  // with the same trait: Fraternité Matin and Le Soleil (`… à Anyama. (DR)`, the caption's credit for an unnamed
  // photographer), Daryo (`Foto: …` between the text and the reporter's name alone under it, no byline above: the byline,
  // with a note), Kaktus.media and 24.kg (`Фото из архива Kaktus.media`, whose archive the photo came from), Echorouk and
  // Ennahar (the bare `تحديث:` update label; `… - أرشيف`, the file photo's word in the credit's place).
  ['fratmat-metro-abidjan', { sourceId: 'fraternite-matin' }],
  ['le-soleil-brt-guediawaye', { sourceId: 'le-soleil' }],
  ['daryo-metro-tashkent', { sourceId: 'daryo' }],
  ['kaktus-trolleybus-bishkek', { sourceId: 'kaktus-media' }],
  ['24-kg-electrobus-archive-photo', { sourceId: '24-kg' }],
  ['echorouk-tramway-setif', { sourceId: 'echorouk' }],
  ['ennahar-metro-alger', { sourceId: 'ennahar' }],
  // Session 24's merge (drafted by africa24): the site's section `Kathmandu` over the headline and the wire's dateline
  // `KATHMANDU, MAY 28` under the byline; a whole page's copy, whose menu also prints `Kathmandu`, lost the dateline.
  ['himalayan-times-ring-road', { sourceId: 'the-himalayan-times' }],
  ['dhaka-tribune-metro-rail', { sourceId: 'dhaka-tribune' }],
  // Session 24's merge (drafted by trial24): RTV SLO's `Ljubljana - MMC RTV SLO, STA` over the title (the dateline, the
  // agency as author) and the journalist's initials `K. S.` over the related-links heading, a sign-off that stays.
  ['rtvslo-ljubljanski-potniski-center', { sourceId: 'rtv-slo' }],
];

/** The outlets' papers, as fixtures (tests/fixtures/outlets/sources), added to the workspace's known sources. */
export function useOutletSources(workspace: Workspace): void {
  const folder = path.resolve('tests/fixtures/outlets/sources');
  for (const file of readdirSync(folder)) {
    workspace.data.sources.set(path.basename(file, '.yaml'), sourceSchema.parse(yaml.load(readFileSync(path.join(folder, file), 'utf8'))));
  }
}
