import { describe, expect, it } from 'vitest';
import { readGenericLayout } from '../../src/importer/read-layout.ts';
import { useWorkspace } from './importer-harness.ts';
import { useOutletSources } from './outlet-goldens.ts';

// The rules a select-all copy of an article page needs, which the copy-variant check
// (importer-copy-variants.test.ts) found missing: the site's menu above the article and its footer below.
const read = (text: string) => readGenericLayout(text.split('\n'), [], { dateOrder: 'MDY', languages: ['en'], places: new Set(['georgia', 'tbilisi']) });

const MENU = ['Skip to main content', 'Home', 'World', 'Business', 'Markets', 'Sustainability', 'Legal', 'Breakingviews', 'Technology', 'Investigations', 'Sports'];
const TEXT = [
  "TBILISI (Reuters) - Georgia's parliament on Thursday passed next year's budget after a day of debate.",
  'The opposition voted against it.',
];

describe('a copy of the whole page', () => {
  const workspace = useWorkspace();
  useOutletSources(workspace);

  it('names the paper by its masthead below a site menu longer than the masthead window', async () => {
    const file = workspace.input('menu.txt', [...MENU, "Georgia's parliament passes budget", 'May 23, 2019 / 1:35 PM', ...TEXT, ''].join('\n'));
    const [result] = await workspace.run([file], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ source: 'reuters', title: "Georgia's parliament passes budget", dateline: 'TBILISI' });
  });

  it("reads a paper's own header rules from its masthead among the menu's lines, and leaves the footer out", async () => {
    const clipping = ['Home', 'World', 'Politics', 'Business', 'The messenger logo', 'News in Brief', 'Friday, March 8', 'Flowers were laid at the monument in Tbilisi on Friday morning.', 'Back to top', 'About us', 'Contact us', '© 2019 All rights reserved.', ''];
    const [result] = await workspace.run([workspace.input('messenger.txt', clipping.join('\n'))], { dryRun: true, year: 2019 });
    expect(result!.error).toBeUndefined();
    expect(result!.article).toMatchObject({ source: 'the-messenger', title: 'News in Brief', printedDate: 'Friday, March 8', body: 'Flowers were laid at the monument in Tbilisi on Friday morning.\n' });
  });

  // fast-check's counterexamples (importer-properties.test.ts): under a paper's own header rules every line stays
  // the text's but the footer's, which ends in its copyright line or the link back up, not in any chrome.
  it.each([[['Ͱ']], [['〱𠀀', '㐀Ⰰ', '⬀']]])("keeps last paragraphs of chrome's and links' shape under a paper's own header rules: %j", async (paragraphs) => {
    const [result] = await workspace.run([workspace.input('civil.txt', `A Title\nCivil Georgia, Tbilisi / 15 Nov.'17 / 12:31\n\n${paragraphs.join('\n\n')}\n`)], { dryRun: true });
    expect(result!.error).toBeUndefined();
    expect(result!.article!.body).toBe(`${paragraphs.join('\n\n')}\n`);
  });

  it("leaves the footer's links over its copyright line out of the body, in a language no phrase table lists them in", () => {
    const header = read(['Budget passed', 'May 23, 2019', ...TEXT, 'Qui sommes-nous', 'Contact', 'Politique de confidentialité', '© 2019 Tous droits réservés.', ''].join('\n'));
    expect(header.body).toEqual(TEXT);
  });

  it("keeps the text's last short lines above the footer: the agency's end mark and sign-off in the body, a name signing it as the byline", () => {
    expect(read(['Budget passed', 'May 23, 2019', ...TEXT, 'AYC // APN', 'Lusa/Fim', 'Quem somos', 'Contactos', 'Política de privacidade', '© 2019 Todos os direitos reservados.'].join('\n')).body).toEqual([...TEXT, 'AYC // APN', 'Lusa/Fim']);
    expect(read(['Budget passed', 'May 23, 2019', ...TEXT, 'Anna Smith', '© Example News', 'Comments', 'About us', 'Contact us'].join('\n'))).toMatchObject({ body: TEXT, authors: ['Anna Smith'] });
    expect(read(['Budget passed', 'May 23, 2019', ...TEXT.slice(1), 'The budget takes effect in January.', 'AA', 'Künye', 'İletişim', '© 2024 Tüm hakları saklıdır.'].join('\n'))).toMatchObject({ body: [...TEXT.slice(1), 'The budget takes effect in January.', 'AA'], authors: ['AA'] });
  });

  it('takes no line of tags under the text (`Georgia / world politics / laws`) for a dateline that would end the header there', () => {
    const header = read(['Budget passed', 'May 23, 2019', 'The parliament passed the budget.', 'The opposition voted against it.', 'Related Topics', 'Georgia / world politics / laws', ''].join('\n'));
    expect(header).toMatchObject({ title: 'Budget passed', body: ['The parliament passed the budget.', 'The opposition voted against it.'] });
  });
});
