import { isChrome } from './chrome-lines.ts';
import { isMenuText, MENU_RUN } from './layout-item.ts';

/**
 * The site's menu over the article when the whole page is copied (`Skip to main content`, `Home`,
 * `World`, …): MENU_RUN or more short lines or buttons in a row from the first line of text. It
 * states no fact, and it may be longer than any window the paper's masthead or header is looked for in.
 */

/** One past the menu's last line among `lines` (the clipping's, blank ones included), or 0 when the page's text begins at once. */
export function topMenuEnd(lines: readonly string[]): number {
  let items = 0;
  let end = 0;
  for (const [i, line] of lines.entries()) {
    const text = line.replace(/\s+/gu, ' ').trim();
    if (text === '') continue;
    if (!isMenuText(text) && !isChrome(text)) break;
    items += 1;
    end = i + 1;
  }
  return items >= MENU_RUN ? end : 0;
}
