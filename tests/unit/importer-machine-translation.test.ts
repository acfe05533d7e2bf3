import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refuseMachineTranslation } from '../../src/importer/machine-translation.ts';
import { useWorkspace } from './importer-harness.ts';
import { useOutletSources } from './outlet-goldens.ts';

// A page copied as Google Translate showed it (its bar over the text, `Translated from Georgian`): the title and text are the
// machine's English, and the Georgian the paper printed is not in the copy. It was imported as Interpressnews' article in
// Georgian, its English text and title recorded as printed, silently.
describe("a machine translator's copy of a page", () => {
  const workspace = useWorkspace();
  useOutletSources(workspace);

  it('is refused, naming the bar\'s line and what to copy instead, and nothing is written', async () => {
    const [result] = await workspace.run([path.resolve('tests/fixtures/clippings/interpressnews-google-translate-bar.txt')], { sourceId: 'interpressnews' });
    expect(result!.status).toBe('failed');
    expect(result!.error).toMatchObject({ line: 1, reason: expect.stringContaining('"Translated from Georgian" is a machine translator\'s'), fix: expect.stringContaining('as the paper printed it') });
    expect(workspace.files()).toEqual([]);
  });

  it("is told by the translator's proxy address anywhere in the copy", () => {
    const printed = ['Parliament overrode the veto', '28.05.2024 17:05', 'The text.', 'https://www-interpressnews-ge.translate.goog/ka/article/805112?_x_tr_sl=ka&_x_tr_tl=en'].join('\n');
    expect(() => refuseMachineTranslation(printed)).toThrow(expect.objectContaining({ line: 4 }));
  });

  it('leaves a sentence that mentions a translation alone', () => {
    expect(() => refuseMachineTranslation('Title\nThe novel, translated from Georgian by Ana Beridze, sold out.\n')).not.toThrow();
    expect(() => refuseMachineTranslation('Title\n28.05.2024\nThe article text.\n')).not.toThrow();
  });
});
