import { describe, expect, it } from 'vitest';
import { readFactLine } from '../../src/importer/line-facts.ts';

// `PLACE: «PAPER»`, the line an Arabic paper prints where a reporter's name stands when its staff
// wrote the story (paper-dateline.ts). Lines written for these tests.
const MASTHEADS = ['Asharq Al-Awsat', 'الشرق الأوسط'];
const read = (line: string, mastheads = MASTHEADS) => readFactLine(line, mastheads, { languages: ['ar'] });

describe('a place, then the paper\'s own name in quotation marks', () => {
  it('gives the dateline and no author', () => {
    expect(read('تبليسي: «الشرق الأوسط»')).toEqual({ dateline: 'تبليسي' });
    expect(read('واشنطن : «الشرق الأوسط»')).toEqual({ dateline: 'واشنطن' });
  });

  it('is no fact when the quotation is not the paper\'s name: a speaker quoted, as headlines quote people', () => {
    expect(read('زيلينسكي: «الهجوم المضاد بدأ»')).toBeUndefined();
    expect(read('تبليسي: «الشرق الأوسط»', ['Asharq Al-Awsat'])).toBeUndefined();
  });
});
