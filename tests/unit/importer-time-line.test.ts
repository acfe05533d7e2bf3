import { describe, expect, it } from 'vitest';
import { useWorkspace } from './importer-harness.ts';

// The place a saved page prints on its date's line (time-line.ts): El País' `Tiflis - ` beside the
// <time> in the byline's block. Pages written for these tests.
const page = (dateLine: string) =>
  `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><link rel="canonical" href="https://diario.example/a">` +
  `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Georgia cierra la vendimia', datePublished: '2024-06-04T13:18:07+02:00', author: { '@type': 'Person', name: 'Lucía Vidal' }, publisher: { '@type': 'Organization', name: 'Diario' } })}</script>` +
  `</head><body><article><h1>Georgia cierra la vendimia</h1><div class="meta">${dateLine}</div>` +
  '<p>La vendimia de este año en Kajetia ha terminado con una cosecha récord.</p><p>Los productores atribuyen el resultado a un verano seco.</p></article></body></html>';
const TIME = '<time datetime="2024-06-04T13:18:07+02:00">04 jun 2024 - 13:18 CEST</time>';

describe('the place on a saved page\'s date line', () => {
  const workspace = useWorkspace();
  const dateline = async (dateLine: string) => {
    const [result] = await workspace.run([workspace.input('p.html', page(dateLine))], { dryRun: true });
    expect(result!.error).toBeUndefined();
    return result!.article!.dateline;
  };

  it('is the dateline when printed before the published date in its block, through inline wrapping', async () => {
    expect(await dateline(`<span>Tiflis - </span><a href="/hemeroteca/">${TIME}</a>`)).toBe('Tiflis');
  });

  it('is none when the line is an update\'s, or the date stands alone, or the block is longer than a line', async () => {
    expect(await dateline(`<span>Actualizado: </span>${TIME}`)).toBeUndefined();
    expect(await dateline(TIME)).toBeUndefined();
    const box = '<span>Lucía Vidal es corresponsal de este diario en el Cáucaso y escribe sobre política y economía desde 2015. </span>';
    expect(await dateline(`${box}Tiflis - ${TIME}`)).toBeUndefined();
  });
});
