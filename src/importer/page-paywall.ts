import { partNames } from './furniture-names.ts';
import type { PageMetadata } from './page-metadata.ts';

/**
 * A saved page cut short by its paper's paywall: it holds the article's first paragraphs, then a box
 * that asks the reader to subscribe, and nothing of the article after it. Such a page is imported
 * with what it holds, and the article says so (`paywalled`), never passed off as the whole text.
 *
 * The box is told by its class, id or naming data attribute (Der Spiegel's `data-area="paywall"`). Where the page's metadata marks the article for subscribers
 * (`isAccessibleForFree: false`), the names outlets give a subscription offer count
 * (`subscriber-only`, Piano's `tp-container`, `premium`, `abonnement`, `suscripción`); otherwise
 * only an explicit `paywall` or `regwall`, since a newsletter's "subscribe" box ends many free
 * articles. A box after which the article's text goes on (El País's offer between paragraphs, seen
 * by a subscriber) cuts nothing, and the part the metadata marks as gated (`hasPart.cssSelector`)
 * is the subscribers' text itself, never the box.
 */

/** How a saved page shows it holds only the start of its article (html-input.ts). */
export type Paywall = 'box' | 'gated part missing' | 'text shorter than declared';

const PAYWALL_NAME = /paywall|regwall/i;
const OFFER_NAME = /paywall|regwall|piano|tp-(?:container|modal)|premium|subscri|abonn|suscri|metered/i;

/** Paragraphs of text: <p>, and the <div>s some outlets print them in (Reuters' `data-testid="paragraph-0"`). */
const PARAGRAPHS = 'p, [class*="paragraph" i], [data-testid*="paragraph" i]';

/** A paragraph this long is article text; a box's "Already a subscriber? Log in" is shorter. */
const TEXT_LENGTH = 40;
/** A marked element holding this many paragraphs of text wraps the article (Google's `class="paywall"` on the gated part), it is no box. */
const WRAPPER_PARAGRAPHS = 2;

const spaced = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const isText = (paragraph: Element) => spaced(paragraph.textContent).length >= TEXT_LENGTH;

/** Does the element match one of the page's gated selectors? A selector the parser cannot read matches nothing. */
export function matchesGated(element: Element, selectors: readonly string[]): boolean {
  return selectors.some((selector) => {
    try {
      return element.matches(selector);
    } catch {
      return false;
    }
  });
}


/** Where a box may end the article: in its part of the page, never in the site's header, menus or footer (`Header__subscribe`). */
const ARTICLE_PART = 'article, [itemprop="articleBody"], main, [role="main"]';
const SITE_PARTS = 'header, nav, footer, aside, [role="banner"], [role="navigation"], [role="contentinfo"]';

function isPaywallBox(element: Element, metadata: PageMetadata): boolean {
  if (!(metadata.forSubscribers ? OFFER_NAME : PAYWALL_NAME).test(partNames(element))) return false;
  if (!element.closest(ARTICLE_PART) || element.closest(SITE_PARTS) || !spaced(element.textContent)) return false;
  if (matchesGated(element, metadata.gatedSelectors)) return false;
  return [...element.querySelectorAll(PARAGRAPHS)].filter(isText).length < WRAPPER_PARAGRAPHS;
}

/**
 * The parts of the page its metadata marks for subscribers (`hasPart.cssSelector`) hold no paragraph of
 * text: the paper left the subscribers' text out of the saved page, whatever its box is named or
 * wherever it stands (above the free text too). Only where the metadata marks the article for
 * subscribers and names the part, since then the page itself says where the rest of the text belongs.
 */
export function gatedPartMissing(document: Document, metadata: PageMetadata): boolean {
  if (!metadata.forSubscribers || metadata.gatedSelectors.length === 0) return false;
  const parts = [...document.querySelectorAll('body, body *')].filter((element) => matchesGated(element, metadata.gatedSelectors));
  return !parts.some((part) => (part.matches(PARAGRAPHS) && isText(part)) || [...part.querySelectorAll(PARAGRAPHS)].some(isText));
}

/** The empty element that marks where the box stood: furniture removal leaves it, and it holds nothing Readability could read. */
const MARKER = 'template[data-paywall-box]';

/**
 * The subscription box that ends the page's article text, marked in the document by an empty element
 * placed after it (the box itself is page furniture, removed before the text is read); undefined
 * when the page has none. Call `cutByPaywall` with the marker once the page's furniture is gone.
 */
export function markPaywall(document: Document, metadata: PageMetadata): Element | undefined {
  const boxes = [...document.querySelectorAll('body *')].filter((element) => isPaywallBox(element, metadata));
  // The outermost box: its inner parts (`paywall__content`, `paywall__title`) are the same box.
  const last = boxes.filter((box) => !boxes.some((other) => other !== box && other.contains(box))).at(-1);
  if (!last) return undefined;
  const marker = document.createElement('template');
  marker.setAttribute('data-paywall-box', '');
  last.after(marker);
  return marker;
}

/**
 * True when no paragraph of article text follows the box in the part of the page that holds it.
 * The article's text ends there, so whatever the page prints after the box (its services, teasers,
 * footer) is taken away with the marker, out of the text's reach.
 */
export function cutByPaywall(document: Document, marker: Element | undefined): boolean {
  // A box inside furniture went with it: it ends no text.
  if (!marker || !document.body.contains(marker)) return false;
  const container = marker.parentElement?.closest(ARTICLE_PART) ?? document.body;
  // Document order (linkedom's compareDocumentPosition compares depths, not places).
  const order = [...container.querySelectorAll(`${PARAGRAPHS}, ${MARKER}`)];
  const cut = !order.slice(order.indexOf(marker) + 1).some(isText);
  for (let node: ChildNode | null = marker; cut && node && node !== document.body; node = node.parentNode as ChildNode | null) {
    while (node.nextSibling) node.nextSibling.remove();
  }
  marker.remove();
  return cut;
}
