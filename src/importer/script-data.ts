/**
 * The data a page's scripts render into its text: a page saved as its server sent it ("HTML only")
 * may show none of the article, which is then only in this data. The Next.js JSON is read
 * (page-embedded.ts); a script's own code (`window.__NUXT__=(function(a,b){…}(…))`) is never run,
 * so such a page is refused, naming the data and how to save the page as the browser shows it.
 */

/** The page's script data, by the name it is printed under: the first found names it. */
const SCRIPT_DATA: [name: string, pattern: RegExp][] = [
  ['window.__NUXT__', /\bwindow\.__NUXT__\s*=/],
  ['__NUXT_DATA__', /^__NUXT_DATA__$/],
  ['window.__INITIAL_STATE__', /\bwindow\.__INITIAL_STATE__\s*=/],
  ['window.__PRELOADED_STATE__', /\bwindow\.__PRELOADED_STATE__\s*=/],
  ['window.__APOLLO_STATE__', /\bwindow\.__APOLLO_STATE__\s*=/],
  ['self.__next_f', /\bself\.__next_f\.push\(/],
  ['__NEXT_DATA__', /^__NEXT_DATA__$/],
];

/** The name of the first script data the page carries (in a script's code, or as a data script's id), or undefined. */
export function scriptDataOf(document: Document): string | undefined {
  for (const script of document.querySelectorAll('script')) {
    const code = script.hasAttribute('src') ? '' : (script.textContent ?? '');
    const id = script.getAttribute('id') ?? '';
    const found = SCRIPT_DATA.find(([, pattern]) => pattern.test(pattern.source.startsWith('^') ? id : code));
    if (found) return found[0];
  }
  return undefined;
}
