import { describe, expect, it } from 'vitest';
import { isChrome, startsReadAlso } from '../../src/importer/chrome-lines.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';

// The words Bulgarian pages print around an article (BTA, Dnevnik, Mediapool): Bulgarian was read for its dates only, so
// its share and listen buttons, comment counters, `Още по темата` over links and `Снимка:` credits stayed in the text.
// The golden bta-veto-preodolya reads a whole page; these pin each word alone.
describe('the words Bulgarian pages print around an article', () => {
  it.each(['Сподели', 'Принтирай', 'Чуйте новината', 'Коментари (0)', 'Реклама'])('`%s` is the page\'s', (line) => {
    expect(isChrome(line)).toBe(true);
  });

  it.each(['Още по темата', 'Прочетете още'])('`%s` heads links set into the text', (line) => {
    expect(startsReadAlso(line)).toBe(true);
  });

  it('reads a `Снимка:` credit after the caption', () => {
    expect(readFactLine('Протестиращи пред сградата на парламента в Тбилиси. Снимка: Ираклий Геденидзе/Ройтерс', [], { languages: ['bg'] })).toMatchObject({
      caption: 'Протестиращи пред сградата на парламента в Тбилиси.',
      credit: 'Ираклий Геденидзе/Ройтерс',
    });
  });

  it('reads the update label', () => {
    expect(readFactLine('Обновена: 28 май 2024, 19:05', [], { languages: ['bg'] })?.date?.updated).toBe(true);
  });
});
