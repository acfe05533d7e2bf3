import { describe, expect, it } from 'vitest';
import { dayLabel, longDate, monthLabel, monthShort, publishedLabel } from '../../src/views/format.ts';

describe('site dates', () => {
  it('shows the paper’s own local day and time, whatever the machine’s zone', () => {
    // 00:30 in Tbilisi is still the previous day in UTC and in most of the world.
    expect(longDate('2019-03-08T00:30:00+04:00')).toBe('8 March 2019');
    expect(publishedLabel({ published: '2017-11-15T12:31:00+04:00', dateCertainty: 'exact' })).toBe('15 November 2017, 12:31');
    expect(publishedLabel({ published: '2019-03-08T00:00:00+04:00', dateCertainty: 'supplied' })).toBe('8 March 2019');
    expect(publishedLabel({ published: '2020-01-31T23:59:00-05:00', dateCertainty: 'day' })).toBe('31 January 2020');
  });

  it('labels archive months and days', () => {
    expect(monthLabel('2017', '11')).toBe('November 2017');
    expect(monthShort('09')).toBe('Sep');
    expect(dayLabel('2019', '03', '08')).toBe('8 March 2019');
  });

  it('refuses what is not a date rather than printing nonsense', () => {
    expect(() => longDate('March 8')).toThrow(/not an ISO 8601/);
    expect(() => monthLabel('2019', '13')).toThrow(/not a month/);
  });
});
