import { detectLanguage } from '../../src/importer/clipping-language.ts';

/**
 * The ways real users' copies of one article page differ from the copy a golden pins, none of which
 * changes a printed fact: how the browser or editor separated the lines, the line ends, blanks a
 * table layout or `&nbsp;` leaves, invisible characters, and how much of the page was selected.
 * Each variant says whether it applies to a clipping (one that changes nothing is no test) and makes
 * the variant's text from the golden's.
 */
export interface CopyVariant {
  name: string;
  /** The variant's text, or undefined when the clipping has nothing it changes; `language` is the paper's. */
  change(text: string, language: string | undefined): string | undefined;
}

const lines = (text: string) => text.replace(/\n+$/u, '').split('\n');
const unless = (original: string, changed: string) => (changed === original ? undefined : changed);

/** Every line of text on its own, separated by `blanks` blank lines (Chrome copies each block so; Firefox with none). */
const separated = (blanks: number) => (text: string) =>
  unless(text, `${lines(text).filter((line) => line.trim() !== '').join('\n'.repeat(blanks + 1))}\n`);

/** The blanks a table layout or `&nbsp;` leaves: a space, a no-break space or a tab, in turn, on each line of text. */
const BLANKS = [' ', '\u00a0', '\t', '\u00a0 '];
const padded = (where: 'start' | 'end') => (text: string) => {
  let turn = 0;
  const pad = (line: string) => {
    if (line.trim() === '') return line;
    const blank = BLANKS[turn++ % BLANKS.length]!;
    return where === 'start' ? `${blank}${line}` : `${line}${blank}`;
  };
  return `${lines(text).map(pad).join('\n')}\n`;
};

/** A zero-width space after every third space (a page's markup breaks long lines so): it prints nothing. */
function zeroWidthSpaces(text: string): string | undefined {
  let spaces = 0;
  return unless(text, text.replace(/ /gu, () => (++spaces % 3 === 0 ? ' \u200b' : ' ')));
}

/**
 * What a select-all copy adds around an article, in the page's language: the skip link and the site's
 * menu above the headline, the link back up and the footer's links and copyright line below the text.
 */
const PAGE_CHROME: Record<string, { above: string[]; below: string[] }> = {
  en: { above: ['Skip to main content', 'Home', 'World', 'Politics', 'Business', 'Sport'], below: ['Back to top', 'About us', 'Contact us', 'Privacy policy', '© 2024 All rights reserved.'] },
  fr: { above: ['Aller au contenu principal', 'Accueil', 'International', 'Politique', 'Économie', 'Sport'], below: ['Qui sommes-nous', 'Contact', 'Politique de confidentialité', '© 2024 Tous droits réservés.'] },
  de: { above: ['Zum Inhalt springen', 'Startseite', 'Politik', 'Ausland', 'Wirtschaft', 'Sport'], below: ['Impressum', 'Kontakt', 'Datenschutz', '© 2024 Alle Rechte vorbehalten.'] },
  es: { above: ['Ir al contenido principal', 'Inicio', 'Internacional', 'Política', 'Economía', 'Deportes'], below: ['Quiénes somos', 'Contacto', 'Política de privacidad', '© 2024 Todos los derechos reservados.'] },
  it: { above: ['Vai al contenuto principale', 'Home', 'Esteri', 'Politica', 'Economia', 'Sport'], below: ['Chi siamo', 'Contatti', 'Privacy policy', '© 2024 Tutti i diritti riservati.'] },
  pt: { above: ['Saltar para o conteúdo', 'Início', 'Mundo', 'Política', 'Economia', 'Desporto'], below: ['Quem somos', 'Contactos', 'Política de privacidade', '© 2024 Todos os direitos reservados.'] },
  tr: { above: ['Ana Sayfa', 'Dünya', 'Politika', 'Ekonomi', 'Spor'], below: ['Künye', 'İletişim', 'Gizlilik Politikası', '© 2024 Tüm hakları saklıdır.'] },
  ru: { above: ['Перейти к основному содержанию', 'Главная', 'В мире', 'Политика', 'Экономика', 'Спорт'], below: ['О нас', 'Контакты', 'Политика конфиденциальности', '© 2024 Все права защищены.'] },
  uk: { above: ['Головна', 'Світ', 'Політика', 'Економіка', 'Спорт'], below: ['Про нас', 'Контакти', 'Політика конфіденційності', '© 2024 Всі права захищені.'] },
  ka: { above: ['მთავარი', 'მსოფლიო', 'პოლიტიკა', 'ეკონომიკა', 'სპორტი'], below: ['ჩვენ შესახებ', 'კონტაქტი', '© 2024 ყველა უფლება დაცულია.'] },
};

/**
 * The page around the text, for clippings in a language of PAGE_CHROME (the clipping's, else its paper's); `menus` times the menu, as pages print it in
 * their top bar and again in the drawer that opens from it, which makes it longer than the masthead's window.
 */
const wholePage = (menus: number) => (text: string, language: string | undefined) => {
  const chrome = PAGE_CHROME[detectLanguage(text) ?? language ?? ''];
  if (!chrome) return undefined;
  const above = Array.from({ length: menus }, () => chrome.above).flat();
  return `${above.join('\n')}\n${text.replace(/\n*$/u, '\n')}${chrome.below.join('\n')}\n`;
};

export const COPY_VARIANTS: CopyVariant[] = [
  // A browser copies each block of the page (a paragraph, the headline, the byline) as one line, and
  // separates blocks by a newline (Firefox, some editors) or by blank lines (Chrome): an archivist expects
  // a single newline to break paragraphs as a blank line does, each line one paragraph, none joined or split.
  { name: 'single newlines', change: separated(0) },
  { name: 'a blank line between lines', change: separated(1) },
  { name: 'two blank lines between lines', change: separated(2) },
  { name: 'three blank lines between lines', change: separated(3) },
  { name: 'CRLF line ends', change: (text) => text.replace(/\n/gu, '\r\n') },
  { name: 'no final newline', change: (text) => unless(text, text.replace(/\n+$/u, '')) },
  { name: 'leading blank lines', change: (text) => `\n\n${text}` },
  { name: 'blanks at line ends', change: padded('end') },
  { name: 'blanks at line starts', change: padded('start') },
  { name: 'a byte-order mark', change: (text) => (text.startsWith('\ufeff') ? undefined : `\ufeff${text}`) },
  { name: 'zero-width spaces between words', change: zeroWidthSpaces },
  { name: 'the whole page selected', change: wholePage(1) },
  { name: 'the whole page selected, its menu twice', change: wholePage(2) },
];
