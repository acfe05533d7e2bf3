/**
 * The site's name a page's <title> prints beside its headline (`Headline - Tavush Post`, Joomla's
 * and many old CMSs' default; `Tavush Post | Headline`), for a page that names its outlet nowhere
 * else (no og:site_name, no JSON-LD publisher): a new paper is better named so than by its host.
 * Only a title that is exactly the headline and one short name, without digits (`– DW – 05/28/2024`
 * is a name and a date), gives one.
 */

/** Between a title's headline and site name: `-`, `|`, `::` (old sites: `Civil Georgia :: Headline`), ... */
const SEPARATOR = /\s+(?:[-|–—·:»]|::)\s+/u;
const MAX_NAME_WORDS = 5;

const same = (a: string, b: string) => a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();

export function siteNameInTitle(title: string | undefined, headline: string | undefined): string | undefined {
  if (!title || !headline) return undefined;
  const parts = title.split(SEPARATOR);
  if (parts.length !== 2) return undefined;
  const [first, second] = parts as [string, string];
  const name = same(first, headline) ? second : same(second, headline) ? first : undefined;
  if (!name || /\d/u.test(name) || name.trim().split(/\s+/u).length > MAX_NAME_WORDS) return undefined;
  return name.trim();
}

/**
 * The headline of a page that prints it in no <h1> (an old table layout's `<font class="title">`):
 * its text's first line, when the page's <title> is that line beside the site's name. Readability
 * otherwise takes the <title> for the headline, and with a site name of three words or more kept
 * it whole (`Civil Georgia Daily News | Headline`) or took the name for the headline.
 */
export function headlineInTitle(title: string | undefined, firstLine: string | undefined): string | undefined {
  if (!title || !firstLine || same(title, firstLine)) return undefined;
  return title.split(SEPARATOR).some((part) => same(part, firstLine)) ? firstLine : undefined;
}

/** A section a page's title prints between its headline and its site's name: a few words, no digits, no sentence's punctuation. */
const isSection = (words: string) => words.split(/\s+/u).length <= 4 && !/[\d.,;!?"“”‘’«»]/u.test(words);

/**
 * A title without the site's name it ends in (`Georgia's central bank holds rate steady - Reuters`),
 * nor the section printed before that name with the same bar or dash (`Headline | Georgia | The
 * Guardian`, `Headline - Russian Politics & Diplomacy - TASS`): a browser's title for the page,
 * which tags and clippers (MarkDownload's `# {pageTitle}`, Evernote's note title) copy, is not the headline.
 */
export function withoutSiteName(title: string | undefined, siteNames: readonly (string | undefined)[]): string | undefined {
  for (const name of siteNames) {
    if (!title || !name || !title.toLowerCase().endsWith(name.toLowerCase())) continue;
    const match = /^(.*\S)\s+([-|–—:·])\s*$/u.exec(title.slice(0, -name.length));
    if (!match) continue;
    const [, headline, separator] = match as unknown as [string, string, string];
    const bar = separator === '|' ? '\\|' : separator;
    const section = '|-–'.includes(separator) ? new RegExp(`^(.*\\S)\\s+${bar}\\s+([^${bar}]+)$`, 'u').exec(headline) : null;
    return section && isSection(section[2]!) ? section[1] : headline;
  }
  return title;
}
