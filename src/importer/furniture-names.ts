/**
 * How outlets name the page furniture that is never article text by class or id: share bars, cookie
 * banners, newsletter boxes, donation calls (Meduza's `DonatesTeaser-module_root`), related-links
 * lists, menus, sidebars (Drupal's `sidebar-first`, whose news feed prints dates above the headline).
 */
const FURNITURE_NAME = /(?:^|[-_\s])(?:donat[a-z]*|cookies?|consent|gdpr|share|sharing|social|related|newsletter|subscribe|signup|skip-link|promo|cta|breadcrumbs?|comments?|paywall|popup|more-stories|read-more|tags?|menu|sidebar)(?:$|[-_\s])/i;

export const namedAsFurniture = (element: Element): boolean => FURNITURE_NAME.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
