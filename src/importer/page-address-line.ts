import { LABEL_MARK, phrasesOf } from './printed-phrases.ts';

/**
 * The page's own address, which a print view prints under the text after its label, on the label's line or alone on
 * the next (`Адрес страницы: https://…`, Drupal's `Source URL: https://…`, `Original url:` over it): chrome in the body,
 * but a fact of the page, which the archive records as it records a saved page's canonical address.
 */
export const PAGE_ADDRESS_LABEL = String.raw`${phrasesOf('pageAddressLabel')}\s*${LABEL_MARK}`;

const LABELLED = new RegExp(String.raw`^${PAGE_ADDRESS_LABEL}\s*(?<address>https?://\S+)?$`, 'iu');

/** A line that is a web address and nothing else, as a copy prints a link alone. */
export const isAddressAlone = (line: string): boolean => /^https?:\/\/\S+$/u.test(line);

/** The address a copy's last address label gives, or undefined when it prints none. */
export function printedPageAddress(text: string): string | undefined {
  const lines = text.split('\n').map((line) => line.trim());
  for (let index = lines.length - 1; index >= 0; index -= 1) {
    const label = LABELLED.exec(lines[index]!);
    if (!label) continue;
    const address = label.groups!.address ?? lines.slice(index + 1).find((line) => line !== '');
    return address !== undefined && isAddressAlone(address) ? address : undefined;
  }
  return undefined;
}
