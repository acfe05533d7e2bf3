import { describe, expect, it } from 'vitest';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// A byline printed without a label in Persian or Arabic, which have no capitals (arabic-script-names.ts).
// Texts written for these tests.
const read = (text: string) => readGenericLayout(text.split('\n'), [], { languages: ['fa'], dateOrder: 'DMY' });
const TEXT = ['پارلمان گرجستان روز سه‌شنبه وتوی رئیس‌جمهور را لغو کرد.', 'اتحادیه اروپا گفته است که این قانون روند پیوستن را متوقف می‌کند.'];

describe('a Persian or Arabic line between the title and the date', () => {
  it('is the byline when it is two or three words with none of the languages\' small words', () => {
    expect(read(`پارلمان گرجستان وتو را لغو کرد\nمریم احمدی\n28 مه 2024\n${TEXT.join('\n')}\n`)).toMatchObject({ authors: ['مریم احمدی'], body: TEXT });
  });

  it('stays in the text when it is longer, or holds a small word as a sub-heading does', () => {
    for (const line of ['اعتراض‌ها در تفلیس ادامه دارد', 'واکنش اتحادیه اروپا به قانون', 'واکنش به قانون']) {
      expect(read(`پارلمان گرجستان وتو را لغو کرد\n${line}\n28 مه 2024\n${TEXT.join('\n')}\n`)).toMatchObject({ authors: [], body: [line, ...TEXT] });
    }
  });
});
