import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/importer/clipping-language.ts';
import { dateOrderOf } from '../../src/importer/date-names.ts';
import { resolvePrintedDate, type DateContext } from '../../src/importer/dates.ts';
import { DateError, findDate } from '../../src/importer/read-date.ts';

// Instants worked out by hand: Tokyo and Seoul are +09 all year, Shanghai and Taipei +08; 28 May 2024 was a Tuesday
// (火, 화, 星期二), 29 May a Wednesday.
const NOW = new Date('2026-01-01T00:00:00Z');
const at = (timeZone: string, languages: string[]): DateContext => ({ timeZone, languages, dateOrder: dateOrderOf(languages[0]), now: NOW });

describe('dates as Japanese, Chinese and Korean pages print them', () => {
  const cases: [printed: string, context: DateContext, published: string, certainty: string][] = [
    ['2024年5月28日 15時42分', at('Asia/Tokyo', ['ja']), '2024-05-28T15:42:00+09:00', 'exact'],
    ['2024年5月28日（火）15時42分', at('Asia/Tokyo', ['ja']), '2024-05-28T15:42:00+09:00', 'exact'],
    ['2024年5月28日 午後3時42分', at('Asia/Tokyo', ['ja']), '2024-05-28T15:42:00+09:00', 'exact'],
    ['2024年5月28日 15:42', at('Asia/Tokyo', ['ja']), '2024-05-28T15:42:00+09:00', 'exact'],
    ['2024年5月28日', at('Asia/Tokyo', ['ja']), '2024-05-28T00:00:00+09:00', 'day'],
    ['2024/05/28 15:42', at('Asia/Tokyo', ['ja']), '2024-05-28T15:42:00+09:00', 'exact'],
    ['2024年05月28日 15:42', at('Asia/Shanghai', ['zh']), '2024-05-28T15:42:00+08:00', 'exact'],
    ['2024年05月28日 星期二', at('Asia/Shanghai', ['zh']), '2024-05-28T00:00:00+08:00', 'day'],
    ['2024-05-28 15:42:10', at('Asia/Shanghai', ['zh']), '2024-05-28T15:42:10+08:00', 'exact'],
    ['2024/05/28 下午3:42', at('Asia/Taipei', ['zh-TW']), '2024-05-28T15:42:00+08:00', 'exact'],
    ['2024.05.28 15:42', at('Asia/Seoul', ['ko']), '2024-05-28T15:42:00+09:00', 'exact'],
    ['2024년 5월 28일 오후 3시 42분', at('Asia/Seoul', ['ko']), '2024-05-28T15:42:00+09:00', 'exact'],
    ['2024년 5월 28일(화) 오전 9시', at('Asia/Seoul', ['ko']), '2024-05-28T09:00:00+09:00', 'exact'],
    ['2024.05.28 (화) 15:42', at('Asia/Seoul', ['ko']), '2024-05-28T15:42:00+09:00', 'exact'],
    ['2024년 5월 28일 화요일', at('Asia/Seoul', ['ko']), '2024-05-28T00:00:00+09:00', 'day'],
  ];
  it.each(cases)('%s', (printed, context, published, certainty) => {
    expect(resolvePrintedDate(printed, context)).toEqual({ published, certainty });
  });

  it('refuses a weekday mark that disagrees with the date', () => {
    expect(() => resolvePrintedDate('2024年5月28日（水）15時42分', at('Asia/Tokyo', ['ja']))).toThrow(/says Wednesday, but May 28, 2024 was a Tuesday/);
    expect(() => resolvePrintedDate('2024년 5월 28일(수)', at('Asia/Seoul', ['ko']))).toThrow(DateError);
  });

  it('refuses an hour past twelve after a half-day word', () => {
    expect(() => resolvePrintedDate('2024년 5월 28일 오후 15시 42분', at('Asia/Seoul', ['ko']))).toThrow(/not an hour on a 12-hour clock/);
  });

  it('finds the date after a label glued to it and in a line of other words', () => {
    expect(findDate('입력 2024.05.28 15:42 수정 2024.05.28 18:03', { languages: ['ko'] })?.text).toBe('2024.05.28 15:42');
    expect(findDate('更新时间：2024年05月28日 15:42', { languages: ['zh'] })?.text).toBe('2024年05月28日 15:42');
    expect(findDate('公開日時 2024年5月28日 15時42分', { languages: ['ja'] })?.text).toBe('2024年5月28日 15時42分');
  });
});

// The Central News Agency and the Liberty Times print a recent story's date as month and day, without the year.
describe('a month and day without the year, before a time', () => {
  it('is read in the paper\'s zone with --year', () => {
    expect(resolvePrintedDate('5/28 21:03', { ...at('Asia/Taipei', ['zh-TW']), year: 2024 })).toEqual({ published: '2024-05-28T21:03:00+08:00', certainty: 'supplied' });
  });
  it('is refused without it, naming --year, never guessed', () => {
    expect(() => resolvePrintedDate('5/28 21:03', at('Asia/Taipei', ['zh-TW']))).toThrow(expect.objectContaining({ reason: expect.stringMatching(/^"5\/28 21:03" prints no year/), fix: expect.stringContaining('--year') }));
  });
  it('is no date without the time after it (a fraction, a score)', () => {
    expect(findDate('5/28', { languages: ['zh'] })).toBeUndefined();
  });
});

describe('the language of a clipping in Japanese, Chinese or Korean, by its script', () => {
  it('takes kana for Japanese, hangul for Korean and han without kana for Chinese', () => {
    expect(detectLanguage('ジョージアの議会は28日、報道機関やNGOなどを規制する法案を再可決しました。')).toBe('ja');
    expect(detectLanguage('格鲁吉亚议会28日推翻总统否决，再次通过“外国代理人”法案。')).toBe('zh');
    expect(detectLanguage('喬治亞國會28日推翻總統否決，再度通過「外國代理人」法案。')).toBe('zh');
    expect(detectLanguage('조지아 의회는 28일 대통령의 거부권을 무효화하고 법안을 다시 통과시켰다.')).toBe('ko');
  });
});

describe('a date glued to the label before it, as Japanese, Chinese and Korean pages set words', () => {
  it('is found after a character of these scripts, and not after a Latin letter', () => {
    expect(findDate('송고시간2024-05-28 21:42', { languages: ['ko'] })?.text).toBe('2024-05-28 21:42');
    expect(findDate('发布时间2024-05-28 15:42', { languages: ['zh'] })?.text).toBe('2024-05-28 15:42');
    expect(findDate('AB2024-05-28', { languages: ['en'] })).toBeUndefined();
  });
});
