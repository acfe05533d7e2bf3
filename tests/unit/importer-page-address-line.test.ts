import { describe, expect, it } from 'vitest';
import { isChrome } from '../../src/importer/chrome-lines.ts';
import { printedPageAddress } from '../../src/importer/page-address-line.ts';

// A print view prints the page's address under the text after a label, on the label's line or under it (the Moscow
// Times: `Original url:` then the address). The label and the address are no article text; the address is the page's.
describe("a print view's address of the page", () => {
  const text = (...last: string[]) => ['Georgian Parliament Overrides Veto', 'May 28, 2024', 'The law passed.', ...last].join('\n');

  it('is read on the label\'s line and under a label alone', () => {
    expect(printedPageAddress(text('Адрес страницы: https://www.interfax.ru/world/965432'))).toBe('https://www.interfax.ru/world/965432');
    expect(printedPageAddress(text('Original url:', 'https://www.themoscowtimes.com/2024/05/28/a85245'))).toBe('https://www.themoscowtimes.com/2024/05/28/a85245');
  });

  it('is none when the label is not followed by an address, or there is no label', () => {
    expect(printedPageAddress(text('Original url:', 'The Moscow Times'))).toBeUndefined();
    expect(printedPageAddress(text('https://www.themoscowtimes.com/'))).toBeUndefined();
  });

  it('leaves the body, label alone included', () => {
    expect(isChrome('Original url:')).toBe(true);
    expect(isChrome('Source URL: https://example.org/node/12')).toBe(true);
    expect(isChrome('Original url: the law passed')).toBe(false);
  });
});
