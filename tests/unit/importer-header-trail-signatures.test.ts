import { describe, expect, it } from 'vitest';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Layouts four outlets showed read silently wrong (issue 13): a breadcrumb copied a link a line over the headline
// (Al-Ahram), a section over the byline and the date with the headline under them (Danas), the paper's initials signed
// after a name (Helsingin Sanomat), the byline alone under the text in Vietnamese (VnExpress). The goldens in
// outlet-goldens.ts pin the whole clippings. Lines written for these tests.
const read = (lines: string[], languages: string[], mastheads: string[] = []) => readGenericLayout(lines, mastheads, { dateOrder: 'DMY', languages, places: new Set(['tbilisi']) });

describe('a breadcrumb trail copied a link a line', () => {
  it('is the page\'s: the headline under it is the title, its section no byline', () => {
    const header = read(
      [
        'الرئيسية',
        'عربي وعالمي',
        'ارتفاع صادرات مصر الزراعية خلال الربع الأول',
        '12-4-2024 | 10:15',
        'قالت وزارة الزراعة إن الصادرات الزراعية ارتفعت خلال الربع الأول من العام.',
        'وأضافت الوزارة أن الموالح تصدرت قائمة الصادرات.',
      ],
      ['ar'],
    );
    expect(header.title).toBe('ارتفاع صادرات مصر الزراعية خلال الربع الأول');
    expect(header.authors).toEqual([]);
    expect(header.body).toEqual(['قالت وزارة الزراعة إن الصادرات الزراعية ارتفعت خلال الربع الأول من العام.', 'وأضافت الوزارة أن الموالح تصدرت قائمة الصادرات.']);
  });

  it('ends over a short headline that the date follows', () => {
    const header = read(['Home', 'World', 'Talks collapse', '12 April 2024 10:15', 'The talks collapsed on Friday after a week of meetings.', 'Both sides blamed the other.'], ['en']);
    expect(header.title).toBe('Talks collapse');
  });
});

describe('a section over the byline and the date, the headline under them', () => {
  it('reads the headline as the title and leaves the section out of the text', () => {
    const header = read(
      ['Ekonomija', 'Autor: Jelena Petrović', '14.03.2024. 09:05', 'Cene goriva ponovo rastu od petka', 'Cene goriva biće više od petka, saopštilo je ministarstvo.', 'Nove cene važe sedam dana.'],
      ['sr'],
    );
    expect(header.title).toBe('Cene goriva ponovo rastu od petka');
    expect(header.authors).toEqual(['Jelena Petrović']);
    expect(header.body).toEqual(['Cene goriva biće više od petka, saopštilo je ministarstvo.', 'Nove cene važe sedam dana.']);
  });
});

describe("the paper's initials signed after a name", () => {
  it('are no part of the name', () => {
    const lines = ['Talous', 'Vientimäärät kasvoivat keväällä', 'Liisa Korhonen HS', '14.3.2024 9:05', 'Suomen vienti kasvoi maaliskuussa.', 'Kasvu jatkui toista kuukautta.'];
    expect(read(lines, ['fi'], ['Helsingin Sanomat']).authors).toEqual(['Liisa Korhonen']);
  });

  it('stay when they are not the paper\'s: another paper\'s initials, or a name that ends in capitals', () => {
    const lines = ['Talous', 'Vientimäärät kasvoivat keväällä', 'Liisa Korhonen HS', '14.3.2024 9:05', 'Suomen vienti kasvoi maaliskuussa.', 'Kasvu jatkui toista kuukautta.'];
    expect(read(lines, ['fi'], ['Ilta-Sanomat']).authors).toEqual(['Liisa Korhonen HS']);
  });
});

describe('a name alone under the text', () => {
  const lines = (language: string, text: string[]) => ['Kinh doanh', 'Thứ năm, 14/3/2024, 09:05 (GMT+7)', 'Giá xăng tăng lần thứ ba liên tiếp', ...text];
  it('is the byline in Vietnamese, where the papers print it there', () => {
    const header = read(lines('vi', ['Giá xăng tăng từ 15h chiều nay theo điều chỉnh của liên bộ.', 'Đây là lần tăng thứ ba liên tiếp.', 'Thanh Hằng']), ['vi']);
    expect(header.authors).toEqual(['Thanh Hằng']);
    expect(header.body).toEqual(['Giá xăng tăng từ 15h chiều nay theo điều chỉnh của liên bộ.', 'Đây là lần tăng thứ ba liên tiếp.']);
  });

  // Session 24 (issue 13, Actualite.cd, Daryo): in another language too, where the paper prints no byline above and the line
  // is a name under a finished sentence; the import notes the line it read (closing-name.ts).
  it('is the byline in another language where no byline is printed above, noted', () => {
    const header = read(['Prices rise again', '14 March 2024 09:05', 'Fuel prices rose for a third week.', 'The ministry said nothing.', 'Anna Holt'], ['en']);
    expect(header.authors).toEqual(['Anna Holt']);
    expect(header.body.at(-1)).toBe('The ministry said nothing.');
    expect(header.closingByline).toEqual({ line: 5 });
  });

  it('is not taken when a byline is printed above', () => {
    const header = read(lines('vi', ['Giá xăng tăng từ 15h chiều nay theo điều chỉnh của liên bộ.', 'Đây là lần tăng thứ ba liên tiếp.', 'Thanh Hằng']).toSpliced(3, 0, 'Minh Anh'), ['vi']);
    expect(header.authors).toEqual(['Minh Anh']);
  });
});

// Session 24 (RTV SLO): the trailer took a name line over any of its headings as the name over its date, and its names
// count only where the header names no one, so a sign-off under a bylined text was dropped without a word.
describe('a sign-off over a trailer that opens with no date', () => {
  const text = ['Fares rise in June', 'By Anna Holt', '14 March 2024 09:05', 'Bus fares rise by a tenth in June.', 'The council voted on Tuesday.', 'K. S.', 'Related news', 'Trams return to the old town'];

  it('stays in the text as its last line', () => {
    const header = read(text, ['en']);
    expect(header.authors).toEqual(['Anna Holt']);
    expect(header.body).toEqual(['Bus fares rise by a tenth in June.', 'The council voted on Tuesday.', 'K. S.']);
  });

  it('is still the trailer\'s over the date printed under the text', () => {
    const header = read(['Fares rise in June', 'Bus fares rise by a tenth in June.', 'The council voted on Tuesday.', 'Anna Holt', '14 March 2024 09:05', 'Related news'], ['en']);
    expect(header.authors).toEqual(['Anna Holt']);
    expect(header.body).toEqual(['Bus fares rise by a tenth in June.', 'The council voted on Tuesday.']);
  });
});
