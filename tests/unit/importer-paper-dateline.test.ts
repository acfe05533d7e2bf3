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

// `PLACE - SOURCE` on a line of its own in the header (paper-dateline.ts): Al Arabiya's `دبي - العربية.نت`, the paper by
// its web name; Al-Ahram's `القاهرة - أ ش أ`, the agency that filed the story. Lines written for these tests.
describe('a place, a spaced dash, then who filed from there', () => {
  it('gives the dateline and no author when the paper signs by its web name, in its script or in Latin letters', () => {
    expect(read('الرياض - العربية.نت', ['Al Arabiya'])).toEqual({ dateline: 'الرياض' });
    expect(read('بيروت - Annahar.com', ['An-Nahar'])).toEqual({ dateline: 'بيروت' });
  });

  it('gives the dateline and the agency as the author when a news agency filed it', () => {
    expect(read('الإسكندرية - أ ش أ', ['Al-Ahram'])).toEqual({ dateline: 'الإسكندرية', authors: ['أ ش أ'] });
    expect(read('بيروت - رويترز', ['Al-Ahram'])).toEqual({ dateline: 'بيروت', authors: ['رويترز'] });
  });

  it('is no fact when the words after the dash name no one who files news: a headline pairing two names', () => {
    expect(read('مصر - السودان', ['Al-Ahram'])).toBeUndefined();
    expect(read('الأهلي - الزمالك', ['Al-Ahram'])).toBeUndefined();
  });
});

describe('a name, a spaced dash, then an agency or paper, in a script with capitals', () => {
  it('is no dateline: a reporter and the paper, a photographer and the agency, an agency and its full name', () => {
    expect(read('Ana Sousa - RTP', ['RTP'])?.dateline).toBeUndefined();
    expect(read('GIORGI ARJEVANIDZE - AFP', [])?.dateline).toBeUndefined();
    expect(read('AFP - Agence France Presse', [])?.dateline).toBeUndefined();
  });
});
