import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/importer/body-facts.ts';
import { isChrome } from '../../src/importer/chrome-lines.ts';
import { cjkFactLine } from '../../src/importer/cjk-lines.ts';
import { detectLanguage } from '../../src/importer/clipping-language.ts';
import { nameLine } from '../../src/importer/name-lines.ts';
import type { Item } from '../../src/importer/layout-item.ts';
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

describe('a place in India\'s letters and a colon opening the text', () => {
  it('reads `சென்னை:` (Dinamalar) and `नई दिल्ली:` as the dateline, where a cased script prints `CHENNAI:`', () => {
    expect(readDateline('சென்னை: சென்னையில் 100 புதிய மின்சார பஸ்கள் அடுத்த மாதம் முதல் இயக்கப்படும்.', { languages: ['ta'] })).toEqual({ place: 'சென்னை' });
    expect(readDateline('नई दिल्ली: दिल्ली मेट्रो की मैजेंटा लाइन पर छह नई ट्रेनें चलाई जाएंगी।', { languages: ['hi'] })).toEqual({ place: 'नई दिल्ली' });
  });

  it('reads no dateline in a heading that ends no sentence, nor in a sentence that quotes after three words', () => {
    expect(readDateline('சென்னை மெட்ரோ: புதிய வழித்தடம்', { languages: ['ta'] })).toBeUndefined();
    expect(readDateline('இது குறித்து அதிகாரிகள் கூறியதாவது: பணிகள் முடிந்தன.', { languages: ['ta'] })).toBeUndefined();
  });

  it('reads Hindu Tamil Thisai\'s `செய்திப்பிரிவு` ("news division") over the date as its desk, the page\'s line, no place', () => {
    expect(isChrome('செய்திப்பிரிவு')).toBe(true);
  });
});

describe('a caption between paragraphs over its copyright credit (VRT NWS)', () => {
  const workspace = useWorkspace();
  useOutletSources(workspace);

  it('leaves the caption\'s sentence out of the text with `© BELGA/NAME` under it', async () => {
    const text = 'Le tram de Liège roulera en septembre\nPar Pierre Dumont\nPublié le 28/05/2024 à 16:42\nLe tram de Liège accueillera ses premiers voyageurs en septembre.\nUne rame du tram lors d’un essai place Saint-Lambert.\n© BELGA/BRUNO FAHY\nLe chantier a accumulé près de trois ans de retard.\n';
    const [result] = await workspace.run([workspace.input('soir.txt', text)], { sourceId: 'le-soir', dryRun: true });
    expect(result!.article!.body).toBe('Le tram de Liège accueillera ses premiers voyageurs en septembre.\n\nLe chantier a accumulé près de trois ans de retard.\n');
  });
});

describe('a short Dutch news item', () => {
  it('is told Dutch by its short words, though `in` is Slovenian\'s too', () => {
    const text = 'De NMBS zet vanaf december extra treinen in tussen Gent en Brussel. In de ochtendspits komen er twee extra treinen bij, in de avondspits nog eens twee. Volgens de NMBS reizen er op de lijn dagelijks meer dan 50.000 pendelaars in en uit. Dat heeft de maatschappij in Brussel bekendgemaakt.';
    expect(detectLanguage(text)).toBe('nl');
  });
});

describe('Japanese papers\' own photographers and bylines', () => {
  it('reads `…（NAME撮影）` after the caption as the photographer\'s credit (Sankei, Tokyo Shimbun)', () => {
    expect(cjkFactLine('新型車両の出発式でテープカットする関係者＝28日午前、羽田空港第3ターミナル駅（山田健太郎撮影）')).toEqual({
      caption: '新型車両の出発式でテープカットする関係者＝28日午前、羽田空港第3ターミナル駅',
      credit: '山田健太郎',
    });
  });

  it('reads a sentence with a bracket that names no photographer as no caption', () => {
    expect(cjkFactLine('同社は新型車両（10000形）を導入した。')).toBeUndefined();
  });

  it('reads `山田 健太郎`, a name with a blank between its parts, under the date as the byline (Sankei)', () => {
    const items: Item[] = [
      { text: '2024/5/28 16:42', facts: { date: { text: '2024/5/28 16:42', updated: false } } },
      { text: '山田 健太郎', facts: undefined },
      { text: '東京モノレールは28日、新型車両の運行を始めた。', facts: undefined },
    ].map((item, index) => ({ ...item, index, lineOfText: index }));
    expect(nameLine(items, 1, new Set())).toEqual({ authors: ['山田 健太郎'] });
  });
});

describe('a place under the byline that the menu names as a section too (Heraldo de Aragón)', () => {
  const workspace = useWorkspace();
  useOutletSources(workspace);

  it('reads `Zaragoza` under the name as the dateline, though a whole page\'s copy takes the section `Zaragoza` into its menu', async () => {
    const menu = ['Ir al contenido principal', 'Inicio', 'Internacional', 'Política', 'Economía', 'Deportes', 'Zaragoza'];
    const text = [...menu, 'La estación Delicias recupera los trenes a Madrid', 'Marta López', 'Zaragoza', 'Actualizada 28/5/2024 a las 16:42', 'La estación Delicias de Zaragoza recuperó este martes la circulación de los trenes.', ''].join('\n');
    const [result] = await workspace.run([workspace.input('heraldo.txt', text)], { sourceId: 'heraldo-de-aragon', date: '2024-05-28', dryRun: true });
    expect(result!.article).toMatchObject({ authors: ['Marta López'], dateline: 'Zaragoza' });
  });
});
