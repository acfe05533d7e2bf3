import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/importer/body-facts.ts';
import { readByline, readNames } from '../../src/importer/byline-lines.ts';
import { isChrome, startsReadAlso } from '../../src/importer/chrome-lines.ts';
import { detectLanguage } from '../../src/importer/clipping-language.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { findDate } from '../../src/importer/read-date.ts';

// Hebrew is written without capitals, and the rules that tell names from places lean on them: a caseless line was "in
// capitals", so the name before a date was read as the dateline's place (session 16's attempt was reverted for it). Its
// names are read after `מאת` ("by") or alone on a short line; its places only as the gazetteer knows them or before an agency
// in brackets (caseless-script.ts). The goldens haaretz-hebrew-byline-word and ynet-name-above-date read whole pages.
const HEBREW = { languages: ['he'], dateOrder: 'DMY' as const };

describe('Hebrew', () => {
  it('is told by its script', () => {
    expect(detectLanguage('הפרלמנט בגאורגיה עקף את הווטו של הנשיאה על חוק הסוכנים הזרים')).toBe('he');
  });

  it('reads its long date, the month glued to its preposition (date-fns\'s `he`)', () => {
    expect(findDate('28 במאי 2024, 18:42', HEBREW)?.printed).toMatchObject({ year: 2024, month: 5, day: 28, time: { hour: 18, minute: 42 } });
  });

  it('reads the names after its byline word, and after it only names', () => {
    expect(readByline('מאת נועה לנדאו')).toEqual({ authors: ['נועה לנדאו'] });
    expect(readByline('מאת איתי כהן, נועה לנדאו')).toEqual({ authors: ['איתי כהן', 'נועה לנדאו'] });
    expect(readByline('מאת הכתב שלנו בטביליסי שדיווח היום')).toBeUndefined();
  });

  it('reads a name before a date as names, not as the place it was taken for', () => {
    expect(readFactLine('איתי כהן | 28.05.24 | 18:42', [], HEBREW)).toMatchObject({ authors: ['איתי כהן'] });
    expect(readFactLine('איתי כהן | 28.05.24 | 18:42', [], HEBREW)?.dateline).toBeUndefined();
  });

  it('takes no section label or sentence for a name', () => {
    expect(readNames('חדשות בעולם')).toBeUndefined();
    expect(readNames('הוא אמר את זה')).toBeUndefined();
  });

  it('reads a dateline\'s place only as the gazetteer knows it or before an agency in brackets', () => {
    const places = new Set(['טביליסי']);
    expect(readDateline('טביליסי, 28 במאי - הפרלמנט של גאורגיה עקף היום את הווטו.', { ...HEBREW, places })).toEqual({ place: 'טביליסי', date: '28 במאי' });
    expect(readDateline('ירושלים (רויטרס) - הממשלה החליטה היום על צעדים.', { ...HEBREW, places })).toEqual({ place: 'ירושלים' });
    // "The government decided today, 28 May - on steps": a sentence's first words, no place.
    expect(readDateline('הממשלה החליטה היום, 28 במאי - על צעדים חדשים.', { ...HEBREW, places })).toBeUndefined();
  });

  it('reads its page words: the photo credit, share and comment lines, the related heading', () => {
    expect(readFactLine('מפגינים מול בניין הפרלמנט בטביליסי. צילום: אירקלי גדנידזה / רויטרס', [], HEBREW)).toMatchObject({
      caption: 'מפגינים מול בניין הפרלמנט בטביליסי.',
      credit: 'אירקלי גדנידזה / רויטרס',
    });
    expect(readFactLine('עודכן: 28.05.24, 20:05', [], HEBREW)?.date?.updated).toBe(true);
    expect(['שתפו', 'תגובות (3)', 'האזינו לכתבה', 'פרסומת'].filter((line) => !isChrome(line))).toEqual([]);
    expect(startsReadAlso('עוד בנושא')).toBe(true);
  });
});
