import { type LineFacts } from './line-facts.ts';
import { NAME_WORD_AFTER_FIRST } from './name-particles.ts';
import { LABEL_MARK, openingsOf, phrasesOf } from './printed-phrases.ts';

/**
 * The forms a photo's caption and credit take on a line of a clipping: labelled (`Photo: Name`),
 * after the caption's sentence, in brackets, with agencies and photographers between slashes.
 */

/**
 * `image captionProtesters gathered...`, `Image source, Getty Images` (`Image source: …` on other pages), `Подпись к фото, ...`:
 * captions and credits printed as labelled lines (the BBC's services).
 */
export const LABELLED_CAPTION = new RegExp(String.raw`^${phrasesOf('captionLabel')}\s*,?\s*(?<caption>\S.*)$`, 'iu');
export const LABELLED_CREDIT = new RegExp(String.raw`^${phrasesOf('creditLabel')}\s*[,:]?\s*(?<credit>\S.*)$`, 'iu');
/**
 * `Photo: Name`, and with a slash for the colon: `Photo / AP` (NZ Herald), but not after a capitalised word, whose name it ends
 * (HotNews: `Foto: Inquam Photos / George Călin`); an abbreviated label's point is its mark: `Fot. Name` (TVN24);
 * a dash before a short credit that ends no sentence (Denník N: `Foto – Reuters`), where a sentence's dash (`the photo – taken …`) runs on.
 */
const PHOTO_LABEL = String.raw`${phrasesOf('photoLabel')}(?:\s+by)?(?:\s*${LABEL_MARK}|(?<!\p{Lu}[\p{L}'’-]*\s+\p{L}+)\s+\/|(?<=\.)\s|\s+[–-]\s+(?=[^.!?–]{1,60}$))\s*`;
/** `Video: Name/OC Media.`: a video's credit, on a line of its own only (the credit forms that open with a label). */
const VIDEO_LABEL = String.raw`${phrasesOf('videoLabel')}\s*${LABEL_MARK}\s*`;
/**
 * `<caption> Photo: <credit>`, or with the credit in parentheses: `<caption>. (Foto: <credit>)`, `(Photo by <credit>)` (the
 * Mail & Guardian; in brackets only, since `a photo by his friend` may end a sentence). A copyright sign before the label
 * opens the credit, so the longer label after it is the label (Sud Ouest: `… à Bordeaux. © Crédit photo : Name / SUD OUEST`).
 * In brackets a word may say what kind of photo it is (the Kyiv Independent: `(Illustrative photo: Name/Getty Images)`); a
 * label inside brackets that open before it is no credit's without them. The caption ends before a longer label's first
 * words as before a copyright sign (TSA: `Le métro d'Alger. Crédit photo : DR`).
 */
const CAPTION = new RegExp(String.raw`^(?<caption>.*\S)(?<!©(?:\s*\p{L}+)?)(?<!(?:^|\s)${openingsOf('photoLabel')})\s+(?:©\s*)?(?:\((?:\p{L}+\s+)?(?:${PHOTO_LABEL}|${phrasesOf('photoLabel')}\s+by\s+)(?<bracketed>[^()]*[^()\s])\)|(?<!\([^()]*)${PHOTO_LABEL}(?<credit>\S.*))$`, 'iu');
/**
 * The label glued to the caption by a slash, the credit after it (Actualite.cd: `Le boulevard Lumumba à Kinshasa/Ph. ACTUALITE.CD`):
 * CAPTION wants a blank before its label.
 */
const SLASHED_LABEL_CREDIT = new RegExp(String.raw`^(?<caption>.*[^\s/])\/${PHOTO_LABEL}(?<credit>[^/\s].*)$`, 'iu');
/**
 * The labelled credit in square brackets after a caption that may end no sentence (Premium Times: `Senators at plenary in
 * Abuja [PHOTO CREDIT: @NGRSenate]`, `… [Photo: Twitter/@NGRSenate]`): the label says it is a photo's credit.
 */
const SQUARE_LABELLED_CREDIT = new RegExp(String.raw`^(?<caption>.*\S)\s+\[\s?${PHOTO_LABEL}(?<bracketed>[^[\]]*[^[\]\s])\s?\]$`, 'iu');
/**
 * The label and `by` opening a sentence of its own after the caption's (Ghost: `… on Mtatsminda. Photo by Name / Unsplash`; Medium:
 * `… in Kakheti. Photo by the author.`): a caption and its credit. Past a sentence's end only: `a photo by his friend` is text.
 * A capitalised word before the label says what kind of photo it is (UPI: `… last year. File Photo by Name/EPA-EFE`).
 */
const CAPTION_THEN_CREDIT_BY = new RegExp(String.raw`^(?<caption>.*[\p{L}\d]{2}[.!?])\s+(?:\p{Lu}\p{Ll}+\s+)?${phrasesOf('photoLabel')}\s+by\s+(?<credit>\S.*)$`, 'iu');
/** `Illustration by The Atlantic. Source: Name / AFP / Getty.`: the label and `by` opening a line of its own, the credit after them. */
const CREDIT_BY_LINE = new RegExp(String.raw`^${phrasesOf('photoLabel')}\s+by\s+(?<credit>\S.*)$`, 'iu');
/**
 * A video's credit after its caption's sentence on the same line (OC Media: `… near Zugdidi. Video: Name/OC Media.`): past a
 * sentence's end, and only as a photographer and the paper or agency joined by a slash, since `He posted a video: …` is text.
 */
const CAPTION_THEN_VIDEO_CREDIT = new RegExp(String.raw`^(?<caption>.*[\p{L}\d]{2}[.!?])\s+${VIDEO_LABEL}(?<credit>[^/\s][^/.!?]*\/\s*[^/\s][^/!?]*)$`, 'iu');
/**
 * A caption's sentence in Chinese with its credit in full-width brackets right after its full stop (the Liberty Times:
 * `…國會大樓外抗議。（美聯社）`, `（路透）`): a news agency, or a photographer's name before 攝, "photographed", the
 * reporter's title before it left out (`（記者王小明攝）`), or a paper, whose name ends in its word for paper (Lianhe Zaobao:
 * `（海峡时报）`, the Straits Times). Other words in brackets after a sentence are the text's.
 */
const CJK_CAPTION_CREDIT = new RegExp(String.raw`^(?<caption>.*\p{Script=Han}[。！？])（(?:(?<bracketed>${phrasesOf('wireAgency')}|\p{Script=Han}{1,6}[报報])|(?:記者|记者)?(?<credit>\p{Script=Han}{2,12}?)[攝摄])）$`, 'u');
/**
 * `File photo: The Larnaca desalination plant` (the Cyprus Mail): the kind of photo and the label open the caption, which
 * names no one who took it, so the line is the caption as printed, no credit. CAPTION reads the kind alone as the caption
 * (`File`), which no caption is; a credit after the caption is still read (`Illustrative image: … (Photos: Name)`).
 */
const PHOTO_KIND_ALONE = new RegExp(String.raw`^${phrasesOf('photoKind')}$`, 'iu');
export const isPhotoKind = (caption: string): boolean => PHOTO_KIND_ALONE.test(caption);
/**
 * The kind of photo after the caption's sentence, no one named (the Peninsula: `… at Msheireb station. File photo`): a caption
 * as printed, as the kind before it is (PHOTO_KIND_ALONE), no credit.
 */
const KIND_AFTER_CAPTION = new RegExp(String.raw`^\p{Lu}.*[\p{L}\d]{2}[.!?]\s+${phrasesOf('photoKind')}\s+${phrasesOf('photoLabel')}$`, 'iu');
/** Chinese sets the kind in full-width brackets after the caption's full stop (Ming Pao: `…駛經紅磡站。（資料圖片）`). */
const CJK_KIND_AFTER_CAPTION = new RegExp(String.raw`^.*\p{Script=Han}[。！？]（${phrasesOf('photoKind')}${phrasesOf('photoLabel')}）$`, 'iu');
export const isCaptionThenPhotoKind = (line: string): boolean => KIND_AFTER_CAPTION.test(line) || CJK_KIND_AFTER_CAPTION.test(line);

/** Words in capitals after the caption's sentence, over a label: whose photo it is, or its kind (`INQUIRER FILE`). */
const CAPITALS_AFTER_SENTENCE = /^(?<caption>.*[\p{L}\d]{2}[.!?])\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}$/u;

/**
 * A credit printed in capitals whose owner stands before its label (the Philippine Daily Inquirer: `… in Quezon City. INQUIRER
 * FILE PHOTO / GRIG C. MONTEGRANDE`): the caption is the sentence, the credit the rest of the line as printed, label and all, since
 * CAPTION would leave the owner's words at the caption's end. Undefined when the caption read ends otherwise.
 */
export function creditWithItsOwner(caption: string, credit: string, line: string): { caption: string; credit: string } | undefined {
  const sentence = CAPITALS_AFTER_SENTENCE.exec(caption)?.groups?.caption;
  if (sentence === undefined || /\p{Ll}/u.test(credit)) return undefined;
  return { caption: sentence, credit: line.slice(sentence.length).trim() };
}
/** `Main image credit: PKP PLK` (Notes from Poland): a credit whose label names the article's main photo, wherever it stands. */
const MAIN_PHOTO_CREDIT = new RegExp(String.raw`^${phrasesOf('mainPhotoLabel')}\s*${LABEL_MARK}\s*\S`, 'iu');
export const namesMainPhoto = (line: string): boolean => MAIN_PHOTO_CREDIT.test(line);
/** `Фото: парламент Грузії (Getty Images)` (RBC-Ukraine): the label first, then the caption, the credit in brackets. */
export const LABEL_FIRST_CAPTION = new RegExp(String.raw`^${PHOTO_LABEL}(?<caption>\S.*\S)\s+\((?<credit>[^()]*[^()\s])\)$`, 'iu');
/**
 * `Foto: REUTERS/Irakli Gedenidze` on a line of its own, under its caption (Der Standard): an agency and a photographer after the label.
 * NRC prints no mark after the label (`Foto Name/Reuters`): there the slash a few words on tells the credit from a sentence.
 */
const LABELLED_CREDIT_LINE = new RegExp(String.raw`^(?:${PHOTO_LABEL}|${VIDEO_LABEL}|${phrasesOf('photoLabel')}\s+(?=[^/\s.!?][^/.!?]{0,60}\/))(?<credit>[^/\s][^/]*\/\s*\S.*)$`, 'iu');
/** `via Getty Images`: the service a photo came through, after its agency (`Name/AFP via Getty Images`, NPR). */
const THROUGH = String.raw`(?:\s${phrasesOf('creditThrough')}\s\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,2})?`;
/**
 * The agency alone on a line, as a photo's credit may be printed: in capitals (`EFE`, `REUTERS`,
 * `EPA-EFE`), or as dpa writes its name. Only where it stands tells it from a byline or a sign-off,
 * so the caller asks there; after the photo label (`Foto: EFE`) it is a credit wherever it stands (labelledCreditAlone).
 */
const AGENCY_ALONE = /^(?<agency>\p{Lu}{2,}(?:[-/]\p{Lu}{2,})*|dpa)$/u;
export const PHOTO_AGENCY = new RegExp(String.raw`^${phrasesOf('photoAgency')}$`, 'iu');

/** The agency a line alone credits (AGENCY_ALONE, or a picture agency: `Getty Images`), or undefined. */
export const agencyAlone = (line: string): string | undefined => (AGENCY_ALONE.test(line) || PHOTO_AGENCY.test(line) ? line : undefined);
/** The picture service after the agency, past a slash or a dash: `AFP/Getty Images` (Time), `AFP - Getty Images` (NBC News). */
const PICTURE_SERVICE = String.raw`(?:\s?\/\s?|\s[-–]\s)Getty Images`;
/**
 * A photographer and an agency without a label, `Nino Beridze / Reuters`, `NINO BERIDZE / AFP`,
 * `Nino Beridze (EPA)`, alone or after the caption's sentence (past a bar: `… 2024. | NAME / AFP`, Ouest-France).
 * Time joins the photographer to the agency with a dash, no blanks around it (`Name—AFP/Getty Images`; `Por AFP — Tbilisi`
 * is a byline); NBC News' copy glues the credit to the caption's full stop (`… on Tuesday.Name / AFP - Getty Images`).
 * Meduza adds the agencies it came through past spaced slashes: `Alexander Zemlianichenko / AP / Scanpix / LETA`.
 */
const AGENCY_CREDIT = new RegExp(
  String.raw`^(?:(?<caption>.*[.!?])(?:\s+(?:\|\s+)?|(?=\p{Lu})))?(?<credit>\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3}(?:(?:\s*\/\s*|—)\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,2}(?:\s\/\s\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,2}){0,3}(?:${THROUGH}|${PICTURE_SERVICE})|\s*\(\p{Lu}{2,}(?:[-/]\p{Lu}{2,})*(?:\sPhoto)?\)))$`,
  'u',
);
/**
 * `<caption>. AFP` (L'Express), and past a bar `<caption>. | REUTERS` (the Japan Times), where a longer name is no sign-off
 * (`… the bloc. REUTERS`, the Straits Times, under the text): the agency alone, in capitals, after the caption's sentence (a word's full stop: `1:35 p.m. EDT` is a time and its zone). */
const AGENCY_AFTER_CAPTION = /^(?<caption>.*[\p{L}\d]{2}[.!?])\s+(?:(?<credit>\p{Lu}{2,6}(?:-\p{Lu}{2,6})?)|\|\s+(?<bracketed>\p{Lu}{2,9}(?:-\p{Lu}{2,6})?))$/u;
/** `<caption>. Name, AFP via Getty Images` (USA Today): after the caption's sentence, the agency in capitals past a comma. */
const COMMA_AGENCY_CREDIT = new RegExp(String.raw`^(?<caption>.*[.!?])\s+(?<credit>\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3},\s\p{Lu}{2,}(?:-\p{Lu}{2,})?${THROUGH})$`, 'u');
/**
 * The photographer and agency in parentheses after the caption, unlabelled: `… mardi. (Nino Beridze/AFP)`, `… este martes (Name / AFP)`,
 * and the service it came through (the Washington Post: `(Name/AFP/Getty Images)`); a word after a comma says what kind of
 * photo it is, and is printed with the credit: `(AP Photo/Name, File)`, `(…, Pool)`; a pool's photo through AP: `(Name/Pool Photo via AP)`.
 */
const BRACKETED_AGENCY_CREDIT = new RegExp(
  String.raw`^(?<caption>.*\S)\s+\((?<credit>\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3}(?:\s*\/\s*\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,2}){1,3}${THROUGH}(?:,\s\p{Lu}\p{Ll}+)?)\)$`,
  'u',
);
/** The agency and the photographer in brackets past a colon, after the caption's sentence: `… as MPs voted. (Reuters: Irakli Gedenidze)` (ABC News, Australia). */
const BRACKETED_COLON_CREDIT = /^(?<caption>.*[.!?])\s+\((?<credit>\p{Lu}[\p{L}&.'’ ]{1,30}:\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3})\)$/u;
/**
 * The credit past a spaced slash after the caption's sentence: `… in Tbilisi on May 28. / bne IntelliNews` (bne IntelliNews),
 * the paper or agency as it spells itself (in lower case too), a photographer's name: a few words, the last capitalised,
 * so no sentence of their own; El País adds the photographer's agency in brackets (`… el 3 de junio. / NAME (REUTERS)`).
 */
const SLASHED_CREDIT_AFTER_CAPTION = /^(?<caption>.*[\p{L}\d]{2}[.!?])\s+\/\s+(?<credit>(?:\p{L}[\p{L}&.'’-]*\s){0,3}\p{Lu}[\p{L}&'’-]*(?:\s\(\p{Lu}[\p{L}&.-]*(?:\s?\/\s?\p{Lu}[\p{L}&.-]*){0,2}\))?)$/u;
/** The credit in capitals glued to the caption's full stop, photographer and agencies between slashes: `… on Tuesday.GIORGI ARJEVANIDZE/AFP/GETTY IMAGES` (the Globe and Mail). */
const GLUED_CAPITALS_CREDIT = /^(?<caption>.*\p{Ll}[.!?])(?<credit>\p{Lu}[\p{Lu}'’-]*(?:\s\p{Lu}[\p{Lu}'’-]*){0,3}(?:\/\p{Lu}[\p{Lu}&.-]*(?:\s\p{Lu}[\p{Lu}&.-]*){0,2}){1,3})$/u;
/**
 * The label past a dash after the caption's sentence, no mark after it, then the paper's desk and the photographer joined by a
 * slash (Berita Harian: `… di Shah Alam. - Foto NSTP/Faiz Anuar`).
 */
const DASHED_LABEL_CREDIT = new RegExp(String.raw`^(?<caption>.*[\p{L}\d]{2}[.!?])\s+[-–—]\s+${phrasesOf('photoLabel')}\s+(?<credit>\p{Lu}[^.!?/]*\/\s?\p{Lu}[^.!?]*\S)$`, 'iu');
/** `<caption> - Copyright AFP Vano SHLAMOV` (Digital Journal): the word for the copyright sign past a dash, then the credit. */
const DASHED_COPYRIGHT_CREDIT = /^(?<caption>.*\S)\s+[-–—]\s+Copyright\s+(?<credit>\p{Lu}.*)$/u;
/**
 * A news or photo agency past a dash after the caption's sentence: `… on Tuesday. — Reuters`, `— White Star`
 * (Dawn), or a labelled credit there, a few words that end no sentence: `— Photo courtesy: X/@CMShehbaz` (Dawn).
 */
const DASHED_AGENCY_CREDIT = new RegExp(
  String.raw`^(?<caption>.*[.!?])\s+[—–]\s+(?:(?<credit>${phrasesOf('wireAgency', 'photoAgency')})|${PHOTO_LABEL}(?<bracketed>[^.!?\s][^.!?]{0,59}))$`,
  'iu',
);
/** The agency's own photo, no photographer, after the caption's sentence: `… May 28, 2024. (AFP Photo)`, `(AA Photo)` (Daily Sabah). */
const AGENCY_PHOTO_CREDIT = /^(?<caption>.*[.!?])\s+\((?<credit>\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2})\s+Photo\)$/u;
/** The paper's own file photo, unbracketed, after the caption's sentence: `… will be fined. Post File Photo` (the Kathmandu Post). */
const FILE_PHOTO_CREDIT = /^(?<caption>.*[.!?])\s+(?<credit>\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*){0,2}\s+File\s+Photo)$/u;
/**
 * After the photographer, past another slash or two, what kind of photo it is or whose it was (Reuters:
 * `REUTERS/Name/File Photo`, `REUTERS/Name/Pool`, a partner's `REUTERS/Name/AFP`): capitalised words, part of the credit.
 */
const PHOTO_KIND = String.raw`(?:\/\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*)?){0,2}`;
/**
 * The agencies first (one to three, in capitals or not), after the caption's sentence: `... May 13, 2024. REUTERS/Nino Beridze`,
 * `EPA-EFE/Name`, `… Tausende. Reuters/Irakli Gedenidze` (SRF), `APA/AFP/Name` (ORF).
 */
const AGENCIES_THEN_PHOTOGRAPHER = String.raw`(?:(?:\p{Lu}{2,}(?:-\p{Lu}{2,})?|\p{Lu}\p{Ll}+)\/){1,3}\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}${PHOTO_KIND}`;
export const AGENCIES_FIRST_CREDIT = new RegExp(String.raw`^(?<caption>.*[.!?])\s+(?<credit>${AGENCIES_THEN_PHOTOGRAPHER})$`, 'u');
/**
 * The agency's name and its word for photo in capitals, then the photographer, and the photo editor's initials past another
 * slash, after the caption's sentence (Antara: `… Selasa (28/5/2024). ANTARA FOTO/Name/nym.`; AFP's `AFP PHOTO / Name`). The
 * initials name no one, but are printed with the credit, so kept in it; the last full stop is the sentence's.
 */
const AGENCY_PHOTO_THEN_NAME = /^(?<caption>.*[.!?])\s+(?<credit>\p{Lu}{2,}\s(?:FOTO|PHOTO)\s?\/\s?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}(?:\/\p{Ll}{2,4})?)\.?$/u;
/** The same in brackets: `… en Tiflis. (Reuters/Irakli Gedenidze)` (El Confidencial). */
const BRACKETED_AGENCIES_FIRST_CREDIT = new RegExp(String.raw`^(?<caption>.*[.!?])\s+\((?<bracketed>${AGENCIES_THEN_PHOTOGRAPHER})\)$`, 'u');
/** The agency in capitals, then the photographer: `REUTERS/Nino Beridze`, `EPA-EFE/Name`, `EFE/ Name`. */
const AGENCY_THEN_NAME = String.raw`\p{Lu}{2,}(?:-\p{Lu}{2,})?\/\s?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}${PHOTO_KIND}`;
/**
 * One agency in capitals first, after a caption with no full stop too (RTVE: `… en Tiflis EFE/Name`) or in
 * brackets (Infobae: `… en Tiflis (REUTERS/Name)`), since the agency's capitals and the slash end no sentence
 * (a capitalised `Tbilisi/Batumi` may end a headline, so AGENCIES_FIRST_CREDIT wants the caption's full stop).
 */
const AGENCY_FIRST_CREDIT = new RegExp(
  String.raw`^(?<caption>.*[^\s©])\s+(?:(?<credit>${AGENCY_THEN_NAME})|\((?<bracketed>${AGENCY_THEN_NAME})\))$`,
  'u',
);
/** An agency's or photographer's name in a credit: up to four capitalised words (`Getty Images`, `AFP`). */
const CREDITED_NAME = String.raw`\p{Lu}[\p{L}&.'’-]*(?:\s\p{Lu}[\p{L}&.'’-]*){0,3}`;
/**
 * `Photo: Reuters`, `Foto: dpa`, `Фото: ТАСС`: the label and the credit alone, no caption printed. The label
 * is matched in any case; the credit, checked apart without the `i` flag, must be names (CREDITED_NAME) or an
 * agency that spells itself in lower case, so a label before a sentence (`Foto: Demonstranten vor dem …`) is none.
 */
// A word may say what kind of photo it is before the label: `Stock photo: Getty Images` (Ukrainska Pravda), `Archive photo: …`.
// A copyright sign may open it (Le360: `© Copyright : DR`).
// No mark after the label before the words saying whose archive the photo is from (Kaktus.media: `Фото из архива Kaktus.media`).
const LABELLED_LINE = new RegExp(String.raw`^(?:©\s*)?(?:(?!${openingsOf('photoLabel')}\s)\p{L}+\s+)?(?:${PHOTO_LABEL}|${VIDEO_LABEL}|${phrasesOf('photoLabel')}\s+(?=${phrasesOf('photoArchiveSource')}\s))(?<credit>\S.*)$`, 'iu');
// or a stock site's web address, as Kazinform credits its pictures: `Фото: ru.freepik.com`
const CREDITED_ADDRESS = String.raw`[\p{Ll}\d-]+(?:\.[\p{Ll}\d-]+)*\.\p{Ll}{2,6}`;
/**
 * or names in a script without capitals (Georgian, Arabic, Persian, Hebrew, Chinese), whose first letter tells
 * nothing: one to three words of its letters and no sentence's mark (`ფოტო: ფრონტნიუსი`, `عکس: ایرنا`); a sentence
 * after the label is longer or ends in its full stop.
 */
const CASELESS_NAME = String.raw`[\p{Lo}\p{Script=Georgian}][\p{L}\p{M}'’-]*(?:\s[\p{Lo}\p{Script=Georgian}][\p{L}\p{M}'’-]*){0,2}`;
// the photographer and the agency or paper after a comma: `Foto: Jiří Novotný, Seznam Zprávy`
// or the archive it came from, by name or address (`из архива Kaktus.media`, `из архива 24.kg`)
const CREDIT_ALONE = new RegExp(String.raw`^(?:${CREDITED_NAME}(?:,\s${CREDITED_NAME})?|${phrasesOf('agencyInLowerCase')}|${CREDITED_ADDRESS}|${CASELESS_NAME}|(?i:${phrasesOf('photoArchiveSource')})\s(?:${CREDITED_NAME}|${CREDITED_ADDRESS}))$`, 'u');

/**
 * The words after a photo's label on a line of their own, whatever they are (Novinky: `Foto: Ředitelství silnic a dálnic`, an
 * institution in lower case but its first word): a credit only where the line stands says so (photo-near-top.ts).
 */
export const afterPhotoLabel = (line: string): string | undefined => LABELLED_LINE.exec(line)?.groups?.credit;

/** The credit of a `Photo: Reuters` line, or undefined. */
export const labelledCreditAlone = (line: string): string | undefined => {
  const credit = afterPhotoLabel(line);
  return credit !== undefined && CREDIT_ALONE.test(credit) ? credit : undefined;
};
/**
 * `(AFP via Getty Images)`, `(Reuters)`, `(Name / AFP/Getty Images)`: a photo's credit in brackets on a line of its own, under
 * its caption (The Independent, the Los Angeles Times).
 * Without the `i` flag the table's phrases are matched with elsewhere: under it `\p{Lu}` would take
 * any letter, and a credit's names are capitalised.
 */
const BRACKETED_CREDIT_LINE = new RegExp(String.raw`^\((?<credit>${CREDITED_NAME}(?:\s${phrasesOf('creditThrough')}\s${CREDITED_NAME}|(?:\s?\/\s?${CREDITED_NAME}){1,2})?)\)$`, 'u');
/** `Foto: Giorgi Arjevanidze (AFP)` on a line of its own, under its caption (Tages-Anzeiger): the photographer after the label, the agency in brackets. */
const LABELLED_BRACKETED_CREDIT = new RegExp(String.raw`^${PHOTO_LABEL}(?<credit>${CREDITED_NAME}\s\(${CREDITED_NAME}\))$`, 'iu');
/**
 * The photo's agencies and photographer in square brackets after the caption, joined by a dash or a
 * slash: `… l'influence étrangère". [Keystone - EPA/David Mdzinarishvili]` (RTS); or the photographer
 * and the paper past a bar, blanks inside the brackets: `… in St. Petersburg. [ DIRK SHADD | Times ]` (the Tampa Bay Times);
 * or past a comma, the photographer or `File` before the paper (the Standard, Kenya: `… in Nairobi. [File, Standard]`).
 */
const JOINED_CREDIT_IN_SQUARE = new RegExp(String.raw`^(?<caption>.*\S)\s+\[\s?(?<bracketed>${CREDITED_NAME}(?:(?:\s[-–|]\s|\s?\/\s?|,\s)${CREDITED_NAME}){1,3})\s?\]$`, 'u');
/**
 * A photographer and the agency in capitals past a dash, on a line of their own under the caption:
 * `GIORGI ARJEVANIDZE - AFP` (La Nación). In capitals only: `Ana Sousa - RTP` is a byline (RTP).
 */
const CAPITALS_DASH_AGENCY = /^(?<credit>\p{Lu}[\p{Lu}'’-]*(?:\s\p{Lu}[\p{Lu}'’-]*){1,3}\s[-–]\s\p{Lu}{2,}(?:[-/]\p{Lu}{2,})*)$/u;
/**
 * The agencies and photographer between spaced slashes in brackets after the caption, some in lower
 * case: `… in Tiflis (picture alliance / AP / Zurab Tsertsvadze)` (Deutschlandfunk). The spaced
 * slashes tell a credit from a bracketed aside (`(Tiflis/Batumi)`).
 */
const SLASHED_CREDIT_IN_BRACKETS = /^(?<caption>.*\S)\s+\((?<credit>\p{L}[\p{L}&.'’-]*(?:\s\p{L}[\p{L}&.'’-]*){0,3}(?:\s\/\s\p{L}[\p{L}&.'’-]*(?:\s\p{L}[\p{L}&.'’-]*){0,3}){1,3})\)$/u;
/** `<caption> / фото REUTERS` (UNIAN): the photo label after a slash, no colon. */
const SLASHED_PHOTO_CREDIT = new RegExp(String.raw`^(?<caption>.*\S)\s+\/\s+${phrasesOf('photoLabel')}:?\s+(?<credit>\p{Lu}.*)$`, 'iu');
/** The main photo's label, caption and labelled credit in brackets, a line under the text (Index: `(Borítókép: A Megyeri híd. Fotó: Name / Index)`). */
const MAIN_PHOTO_IN_BRACKETS = new RegExp(String.raw`^\(${phrasesOf('mainPhotoCaptionLabel')}\s*${LABEL_MARK}\s*(?<caption>[^()]*\S)\s+${PHOTO_LABEL}(?<bracketed>[^()]*[^()\s])\)$`, 'iu');
/**
 * The label after the credit, past a spaced slash after the caption, as Lithuanian writes "photo by" (LRT: `Vilniaus
 * katilinė / Josvydo Elinsko/ELTA nuotr.`): the credit is the names between, the label left out as it is after `Foto:`.
 * Names alone before the label, the photographer and agency past a spaced slash, are all credit and no caption (15min:
 * `Eriko Ovčarenko / BNS nuotr.`): the caption is the words before the first slash past which only capitalised names stand,
 * told in their case whatever the label's.
 */
const CASED_NAME = String.raw`(?-i:${CREDITED_NAME})`;
const CREDIT_THEN_LABEL = new RegExp(
  String.raw`^(?:(?<caption>.*?\S)\s+\/\s+)??(?<credit>${CASED_NAME}(?:\s*\/\s*${CASED_NAME})*)\s+${phrasesOf('photoLabel')}$`,
  'iu',
);
/**
 * `Quelle: AFP/GIORGI ARJEVANIDZE` (Die Welt): under a source label, an agency and a photographer are a photo's credit;
 * an editor's initials after the slash are sign-off codes, no photographer (CNA: `Source: Reuters/fs`, body-facts.ts).
 */
const SOURCE_CREDIT = new RegExp(String.raw`^${phrasesOf('sourceLabel')}\s*${LABEL_MARK}\s*(?<credit>[^/\s][^/]*\/\s*(?!\p{L}{2,4}$)\S.*)$`, 'iu');
/**
 * `© РИА Новости / Нино Беридзе`, `© APA/AFP/GIORGI ARJEVANIDZE` (Kurier): a photo's agencies and
 * photographer between slashes (RIA), not the page's copyright footer, which names a year.
 */
export const PHOTO_COPYRIGHT = /^©\s*(?<credit>[^\d/©]*[^\d\s/©](?:\s*\/\s*[^\d/©]*[^\d\s/©])+)$/u;
/**
 * The credit after the caption with the copyright sign: `… en Kakhétie. © Nino Beridze / AFP`, with
 * the photo's year after a caption's sentence (Human Rights Watch: `… May 14, 2024. © 2024 Name/AP
 * Photo`), or after a caption that is no sentence, `Manifestanti davanti al Parlamento © ANSA/EPA`
 * (ANSA), when the credit names no year (a footer's `© 2024 …` is chrome).
 */
const COPYRIGHT_CREDIT = /^(?<caption>.*[.!?])\s+©\s*(?:\d{4}\s+)?(?<credit>\p{L}.*)$|^(?<plain>.*\S)\s+©\s*(?<agency>\p{L}[^\d©]*)$/u;
/**
 * A caption that is no sentence with its agency in brackets, `Manifestanti davanti al Parlamento
 * (Ansa)` (Corriere): read only right over the text's first paragraph, since a headline may end
 * in a bracketed word too.
 */
const AGENCY_IN_BRACKETS = /^(?<caption>\S+(?:\s\S+){2,}[^.!?\s])\s+\((?<credit>\p{Lu}[\p{L}-]+)\)$/u;

/**
 * The same after a dash: `Manifestanti a Tbilisi contro la legge - Reuters` (Avvenire), or a spaced slash (Proto Thema: `…
 * Θεσσαλονίκης / EUROKINISSI`), the photographer before the paper past another (Vedomosti: `… «Измайлово» / Андрей Гордеев /
 * Ведомости`): the caption is the words before the first slash the credit's names allow.
 */
const AGENCY_AFTER_DASH = /^(?<caption>\S+(?:\s\S+){2,}?)(?<![.!?])\s+[-–—/]\s+(?<credit>(?:\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){1,3}\s\/\s)?\p{Lu}[\p{L}-]+)$/u;

/**
 * The word for a file photo in the credit's place past a dash (Echorouk: `ترامواي سطيف - أرشيف`, "archive"), after a caption of
 * any length, in a script without capitals too: the word tells the credit, where AGENCY_AFTER_DASH needs its capital.
 */
const KIND_AFTER_DASH = new RegExp(String.raw`^(?<caption>\S+(?:\s\S+)*?)(?<![.!?])\s+[-–—]\s+(?<credit>${phrasesOf('photoKind')})$`, 'iu');

export function readCaptionOverText(line: string): LineFacts | undefined {
  const groups = (AGENCY_IN_BRACKETS.exec(line) ?? AGENCY_AFTER_DASH.exec(line) ?? KIND_AFTER_DASH.exec(line))?.groups;
  return groups && { caption: groups.caption!, credit: groups.credit! };
}

/** A photographer and agency joined by a slash, and the service it came through: `Irakli Gedenidze/Reuters`, `Essam al-Sudani/Reuters`, `VANO SHLAMOV/AFP via Getty Images` (Al-Monitor). */
const PHOTOGRAPHER_AGENCY = String.raw`\p{Lu}[\p{L}'’-]*(?:\s${NAME_WORD_AFTER_FIRST}){1,3}\s?\/\s?\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*){0,2}${THROUGH}`;
/**
 * The photographer and agency after a caption that is no sentence, past a dash (`… em Tbilisi -
 * Irakli Gedenidze/Reuters`: Folha) or a bullet (CNN Brasil: `… no centro de São Paulo • Rovena Rosa/Agência Brasil`), or in
 * square brackets (`… on November 30, 2024 [Irakli Gedenidze/Reuters]`: Al Jazeera, which may write `File:` before it).
 */
const DASHED_OR_SQUARE_CREDIT = new RegExp(String.raw`^(?<caption>.*\S)\s+(?:[-–—•]\s+(?<credit>${PHOTOGRAPHER_AGENCY})|\[(?:File:\s*)?(?<bracketed>${PHOTOGRAPHER_AGENCY})\])$`, 'u');
/**
 * `<caption>Credit...<credit>` (copying glues it to the caption's last word), `<caption> Credit: <credit>`,
 * `<caption> | Photo Credit: <credit>` (the Hindu), `<caption>. Photo credit: AFP` (Daily Nation), or a credit alone. Only capitalised: "tightened
 * credit: loans fell" is a sentence. The caption's first letter is the line's first (no lazy `.*?` before it): any
 * caption end a later letter allows, the first allows too, and a lazy scan for it made the line's every failure
 * quadratic in its length (a quarter of the importer's CPU on the bench's paragraphs).
 */
const CREDIT = /^(?:(?<caption>[^\p{L}\n\r\u2028\u2029]*\p{L}.*?\S)\s*\|?\s*)?(?:Photo\s+[Cc]redit|Credit)(?:\.{3}|…|:)\s*(?<credit>\S.*)$/u;
/**
 * `(Photo: Name)`, `(Credit: Name)`, `(Source: Civil.ge)`: the label and the credit in brackets, on a line of their own under the
 * picture (the Jamestown Foundation, whose photo has no caption but the source it was taken from), or after the caption
 * (L'Orient Today: `… Oct. 26, 2022. (Credit: AFP)`), which CREDIT would cut inside the brackets.
 */
const BRACKETED_LABELLED_CREDIT = new RegExp(String.raw`^(?:(?<caption>.*\S)\s+)?\((?:${PHOTO_LABEL}|(?:Photo\s+credit|Credit|${phrasesOf('sourceLabel')})\s*:\s*)(?<credit>[^()]*[^()\s])\)$`, 'iu');

/**
 * The forms a photo's caption and credit take on a line, in the order they are tried: the first that
 * matches reads the line. Each names its parts `caption` (or `plain`), `credit`, `bracketed` or
 * `agency`; a form before another is the more specific of two that can match the same line.
 */
export const CAPTION_FORMS: readonly RegExp[] = [
  MAIN_PHOTO_IN_BRACKETS,
  DASHED_LABEL_CREDIT,
  CAPTION,
  SLASHED_LABEL_CREDIT,
  SQUARE_LABELLED_CREDIT,
  CREDIT_BY_LINE,
  CAPTION_THEN_CREDIT_BY,
  CAPTION_THEN_VIDEO_CREDIT,
  CJK_CAPTION_CREDIT,
  LABELLED_CREDIT_LINE,
  SLASHED_PHOTO_CREDIT,
  CREDIT_THEN_LABEL,
  SOURCE_CREDIT,
  BRACKETED_LABELLED_CREDIT,
  CREDIT,
  AGENCY_CREDIT,
  COMMA_AGENCY_CREDIT,
  AGENCY_AFTER_CAPTION,
  BRACKETED_AGENCY_CREDIT,
  BRACKETED_COLON_CREDIT,
  DASHED_AGENCY_CREDIT,
  DASHED_COPYRIGHT_CREDIT,
  GLUED_CAPITALS_CREDIT,
  SLASHED_CREDIT_AFTER_CAPTION,
  AGENCY_PHOTO_CREDIT,
  FILE_PHOTO_CREDIT,
  AGENCY_PHOTO_THEN_NAME,
  AGENCIES_FIRST_CREDIT,
  AGENCY_FIRST_CREDIT,
  COPYRIGHT_CREDIT,
  DASHED_OR_SQUARE_CREDIT,
  BRACKETED_CREDIT_LINE,
  LABELLED_BRACKETED_CREDIT,
  SLASHED_CREDIT_IN_BRACKETS,
  JOINED_CREDIT_IN_SQUARE,
  BRACKETED_AGENCIES_FIRST_CREDIT,
  CAPITALS_DASH_AGENCY,
];

/**
 * The text of Reuters' licensing link after a photo's credit, whatever the credit's form (`… REUTERS/Name Purchase Licensing
 * Rights, opens new tab`, `… Name/Pool via REUTERS Purchase Licensing Rights`): the page's, no part of the credit.
 */
const LICENSING_LINK = /\s+Purchase Licensing Rights(?:, opens new tab)?$/u;

/** The first of CAPTION_FORMS that reads the line, past a licensing link's text. */
export const matchCaptionForm = (line: string): RegExpExecArray | undefined => {
  const text = line.replace(LICENSING_LINK, '');
  for (const form of CAPTION_FORMS) {
    const match = form.exec(text);
    if (match) return match;
  }
  return undefined;
};
