/**
 * How outlets name the page furniture that is never article text by class or id: share bars, cookie
 * banners, newsletter boxes, readers' reactions (Le Monde's `article__reactions`), a reading time set
 * in the byline's line (Le Monde's `meta__reading-time`), donation calls (Meduza's `DonatesTeaser-module_root`,
 * The Moscow Times' `contribute-block`, Ukrainska Pravda's `post_news_support`), related-links lists (the BBC's `links-block`,
 * `more-from-bbc`), menus, sidebars (Drupal's `sidebar-first`, whose news feed prints dates above the
 * headline), the box about the reporter under the text (the Los Angeles Times' `author-bio`, which the site prints under
 * each of the reporter's stories), and a footer that is a `<div>`, as a `<footer>` is furniture (SWI swissinfo.ch's `article-footer` inside the
 * `<article>`, its note on how agency stories are checked and translated).
 */
const FURNITURE_NAME = /(?:^|[-_\s])(?:donat[a-z]*|contribute|support|cookies?|consent|gdpr|share|sharing|social|related|newsletter|subscribe|signup|skip-link|promo|cta|reading-time|read-time|readtime|breadcrumbs?|comments?|reactions|paywall|popup|more-stories|more-from|read-more|links|tags?|menu|sidebar|footer|author-bios?)(?:$|[-_\s])/i;

/**
 * The data attributes sites name a page's parts with where their classes are generated (`sc-2b5e3a5a-0`):
 * Der Spiegel's `data-area="paywall"`, the BBC's `data-component="tags"` and `data-testid="related-content"`.
 * Only these: other data attributes hold addresses and tracking values, not names.
 */
const NAMING_DATA = /^data-(?:area|component|testid|module)$/;

/** The names a page gives an element: its class, its id and its naming data attributes. */
export const partNames = (element: Element): string =>
  [...element.attributes].filter((attribute) => attribute.name === 'class' || attribute.name === 'id' || NAMING_DATA.test(attribute.name)).map((attribute) => attribute.value).join(' ');

export const namedAsFurniture = (element: Element): boolean => FURNITURE_NAME.test(partNames(element));
