import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/importer/body-facts.ts';
import { readHeaderCaption } from '../../src/importer/header-caption.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { readPrintedDate } from '../../src/importer/read-date.ts';

// How Arabic pages print a time's half of the day, its zone and the dateline (arabic-time-words.ts,
// arabic-dateline.ts). Lines written for these tests.
const ar = { languages: ['ar'], dateOrder: 'DMY' as const };

describe('an Arabic time', () => {
  it('reads `م` as after noon and `ص` as before it', () => {
    expect(readPrintedDate('28/5/2024 11:48 م', ar).time).toEqual({ hour: 23, minute: 48, second: 0 });
    expect(readPrintedDate('28/5/2024 08:05 ص', ar).time).toEqual({ hour: 8, minute: 5, second: 0 });
  });

  it('reads Mecca\'s and Greenwich\'s time in brackets as their zones, and no other city', () => {
    expect(readPrintedDate('28/5/2024 11:48 م (بتوقيت مكة المكرمة)', ar).zone).toBe('Asia/Riyadh');
    expect(readPrintedDate('28/5/2024 20:48 (بتوقيت غرينتش)', ar).zone).toBe('UTC');
    expect(readFactLine('آخر تحديث: 28/5/2024 11:48 م (بتوقيت مكة المكرمة)', [], ar)).toEqual({ date: { text: '28/5/2024 11:48 م (بتوقيت مكة المكرمة)', updated: true } });
    expect(readFactLine('آخر تحديث: 28/5/2024 11:48 م (بتوقيت القاهرة)', [], ar)).toBeUndefined();
  });

  it('still reads the Gregorian era\'s mark after a year as no time', () => {
    expect(readFactLine('28 مايو 2024 م', [], ar)).toEqual({ date: { text: '28 مايو 2024', updated: false } });
  });
});

describe('an Arabic dateline', () => {
  it('is the place with a hyphen joined to it at the text\'s start', () => {
    expect(readDateline('تبليسي- تجاوز البرلمان الجورجي اليوم الثلاثاء الفيتو الرئاسي.', ar)).toEqual({ place: 'تبليسي' });
    expect(readDateline('الدار البيضاء- قال مسؤولون إن الميناء سيفتح.', ar)).toEqual({ place: 'الدار البيضاء' });
  });

  it('is none where a dash is set off by spaces, as a sentence sets one, or stands further in', () => {
    expect(readDateline('تجاوز البرلمان - كما كان متوقعا - الفيتو الرئاسي.', ar)).toBeUndefined();
    expect(readDateline('وقال الرئيس إن البرلمان- في رأيه - أخطأ.', ar)).toBeUndefined();
  });

  // Egyptian and Gulf papers running wire copy glue the place and the agency into the first paragraph, as Reuters'
  // `TBILISI, May 23 (Reuters) -` opens an English one: the place is the dateline, the agency its credit.
  it('is the place before a dash and an agency the table knows, its colon opening the text', () => {
    expect(readDateline('القاهرة - أ ش أ: قال وزير الري إن الاجتماع سيعقد في يونيو.', ar)).toEqual({ place: 'القاهرة', authors: ['أ ش أ'] });
    expect(readDateline('دبي - رويترز: أعلنت الإمارات اليوم إطلاق برنامج جديد.', ar)).toEqual({ place: 'دبي', authors: ['رويترز'] });
  });

  it('is none where the words after the dash name no agency, as a speaker\'s label does', () => {
    expect(readDateline('وزير الخارجية - في تصريح للصحفيين: الاجتماع سيعقد في يونيو.', ar)).toBeUndefined();
  });
});

describe('an Arabic caption with its agency in brackets', () => {
  it.each([
    ['متظاهرون أمام مبنى البرلمان الجورجي في تبليسي (رويترز)', 'متظاهرون أمام مبنى البرلمان الجورجي في تبليسي', 'رويترز'],
    ['الشرطة تفرّق المحتجين قرب البرلمان، مساء الثلاثاء (أ ف ب)', 'الشرطة تفرّق المحتجين قرب البرلمان، مساء الثلاثاء', 'أ ف ب'],
    ['رئيس الوزراء إيراكلي كوباخيدزه في تبليسي (أ.ف.ب)', 'رئيس الوزراء إيراكلي كوباخيدزه في تبليسي', 'أ.ف.ب'],
    ['جلسة البرلمان الجورجي يوم 28 مايو 2024 (الأناضول)', 'جلسة البرلمان الجورجي يوم 28 مايو 2024', 'الأناضول'],
  ])('reads %j as the caption and the agency\'s credit, as printed', (line, caption, credit) => {
    expect(readHeaderCaption(line)).toEqual({ caption, credit });
  });
  it('reads no sentence of the text so, nor a bracket that names no agency', () => {
    expect(readHeaderCaption('وصوّت 84 نائبا لصالح القانون. وقاطعت المعارضة الجلسة (رويترز)')).toBeUndefined();
    expect(readHeaderCaption('متظاهرون أمام مبنى البرلمان الجورجي في تبليسي (أرشيف)')).toBeUndefined();
  });
});

// Youm7's header (Egyptian papers): `كتب Name` ("wrote") and the weekday with its Arabic comma over the date.
describe('an Egyptian paper\'s byline and date', () => {
  it('reads the weekday before the Arabic comma, and checks it against the date', () => {
    expect(readPrintedDate('الثلاثاء، 28 مايو 2024 04:42 م', ar).weekday).toBe(2);
    expect(readFactLine('الأربعاء، 29 مايو 2024 09:10 ص', [], ar)).toEqual({ date: { text: 'الأربعاء، 29 مايو 2024 09:10 ص', updated: false } });
  });

  it('reads `كتب` before the names as a byline\'s word', () => {
    expect(readFactLine('كتب أحمد جمعة', [], ar)).toEqual({ authors: ['أحمد جمعة'] });
  });
});

// A newsroom's initials opening the text (Tuổi Trẻ: `TTO - Sáng 28-5, …`) are no place, though a place in capitals takes the same form.
describe('two or three capitals and a dash opening the text', () => {
  it('are no dateline', () => {
    expect(readDateline('TTO - Sáng 28-5, UBND TP.HCM khởi công xây dựng cầu mới.', { languages: ['vi'] })).toBeUndefined();
    expect(readDateline('PLO - Chiều 28-5, Sở Y tế công bố số liệu mới.', { languages: ['vi'] })).toBeUndefined();
  });

  it('are when the gazetteer knows the place, and a longer place in capitals is one', () => {
    expect(readDateline('UAE - The ministry said on Tuesday that talks would resume.', { languages: ['en'], places: new Set(['UAE']) })?.place).toBe('UAE');
    expect(readDateline('HANOI - The ministry said on Tuesday that talks would resume.', { languages: ['en'] })?.place).toBe('HANOI');
  });
});
