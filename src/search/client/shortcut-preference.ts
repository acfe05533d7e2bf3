/**
 * A one-key shortcut must be possible to switch off (WCAG 2.2, 2.1.4 Character Key Shortcuts):
 * the search page offers the switch, and the choice is kept in this browser only.
 */
const KEY = 'dateline:search-shortcut';

export function shortcutEnabled(): boolean {
  try {
    return localStorage.getItem(KEY) !== 'off';
  } catch {
    // Storage can be unavailable (privacy settings); the shortcut then stays on.
    return true;
  }
}

export function setShortcutEnabled(enabled: boolean): void {
  try {
    if (enabled) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, 'off');
  } catch {
    // Nothing to keep the choice in; it lasts for this page only.
  }
}
