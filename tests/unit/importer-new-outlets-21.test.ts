import { describe, expect, it } from 'vitest';
import { isChrome } from '../../src/importer/chrome-lines.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { readPrintedDate } from '../../src/importer/read-date.ts';

// Lines of outlets new to the archive (Latin America, Africa, South Asia, the Nordics, Central Europe, Korea), each once
// read silently wrong or refused (issue 13); each clipping is pinned whole by an outlet golden too (outlet-goldens.ts).
describe('the day\'s ordinal point after a year-first date with dots (the Chosun Ilbo, Index)', () => {
  it('reads `2026.12.05. 14:32` with its time, under a Korean label, as the publication\'s and the update\'s', () => {
    expect(readFactLine('입력 2026.12.05. 14:32', [], { languages: ['ko'] })).toEqual({ date: { text: '2026.12.05. 14:32', updated: false } });
    expect(readFactLine('업데이트 2026.12.05. 16:10', [], { languages: ['ko'] })).toEqual({ date: { text: '2026.12.05. 16:10', updated: true } });
    expect(readPrintedDate('2026.12.05. 14:32')).toMatchObject({ year: 2026, month: 12, day: 5, time: { hour: 14, minute: 32 } });
  });
  it('takes no point that ends a sentence going on after the date', () => {
    expect(readFactLine('2026.12.05. A new line opened', [], {})).toBeUndefined();
  });
});

describe('the page\'s counters after the date (the Daily Mirror, Sri Lanka)', () => {
  it('reads the date past ` - 4 - 2,318`, comments and views', () => {
    expect(readFactLine('05 December 2026 09:41 pm - 4      - 2,318', [], { languages: ['en'] })).toEqual({ date: { text: '05 December 2026 09:41 pm', updated: false } });
  });
});

describe('labels and words of outlets new to the archive', () => {
  it('reads Rzeczpospolita\'s `Publikacja:` as the publication\'s date, not text', () => {
    expect(readFactLine('Publikacja: 05.12.2026 09:14', [], { languages: ['pl'], dateOrder: 'DMY' })).toEqual({ date: { text: '05.12.2026 09:14', updated: false } });
  });
  it('reads Página/12\'s `Imagen:` after the caption as its credit', () => {
    expect(readFactLine('Docentes en una protesta frente a la gobernación en La Plata. Imagen: NA', [], { languages: ['es'] })).toEqual({
      caption: 'Docentes en una protesta frente a la gobernación en La Plata.',
      credit: 'NA',
    });
  });
  it('reads both names of a Norwegian byline joined by `og` (Aftenposten)', () => {
    expect(readFactLine('Av Ingrid Solberg og Magnus Haugen', [], { languages: ['nb'] })).toEqual({ authors: ['Ingrid Solberg', 'Magnus Haugen'] });
  });
  it('leaves out the Punch\'s share call, Página/12\'s subscription box and the Express Tribune\'s call to follow', () => {
    for (const line of [
      'Kindly share this story:',
      'Suscribite a Página|12',
      'Apoyá el periodismo independiente. Suscribite.',
      'Like Business on Facebook, follow @TribuneBiz on Twitter to stay informed and join in the conversation.',
    ]) expect(isChrome(line), line).toBe(true);
  });
});
