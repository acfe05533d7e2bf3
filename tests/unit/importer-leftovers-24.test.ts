import { describe, expect, it } from 'vitest';
import { useWorkspace } from './importer-harness.ts';
import { useOutletSources } from './outlet-goldens.ts';

// Clippings session 23 left read wrong, most of them silently (issue 13), each rule checked on one more outlet with the
// same trait, and every one pinned whole by an outlet golden too (outlet-goldens.ts).
describe('an update\'s time after a publication on a day named relative to the reading', () => {
  const workspace = useWorkspace();
  useOutletSources(workspace);

  it('records `Hoje às 16:42, atualizado às 17:10` (JN) as an update on --date\'s day', async () => {
    const input = workspace.input('jn.txt', 'Metro do Porto adia a Linha Rosa\nAna Correia\nHoje às 16:42, atualizado às 17:10\nA Metro do Porto adiou a abertura da Linha Rosa.\n');
    const [result] = await workspace.run([input], { sourceId: 'jornal-de-noticias', date: '2024-05-28', dryRun: true });
    expect(result!.article).toMatchObject({ published: '2024-05-28T16:42:00+01:00', dateModified: '2024-05-28T17:10:00+01:00', dateCertainty: 'supplied' });
  });

  it('records no update for an update\'s time alone under a date --date supplies for a clipping that prints none', async () => {
    const input = workspace.input('jn.txt', 'Metro do Porto adia a Linha Rosa\nAna Correia\nAtualizado às 17:10\nA Metro do Porto adiou a abertura da Linha Rosa.\n');
    const [result] = await workspace.run([input], { sourceId: 'jornal-de-noticias', date: '2024-05-28', dryRun: true });
    expect(result!.article?.dateModified).toBeUndefined();
  });
});
