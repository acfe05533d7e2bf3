import { describe, expect, it } from 'vitest';
import { cutForIndex, cutQuery, joinedPieces, joinedText, WORD_MARK } from '../../src/search/unspaced-words.ts';
import { excerptSegments } from '../../src/search/excerpt.ts';
import { concordanceLines } from '../../src/search/client/concordance.ts';
import { segmentedPage } from '../../src/search/segmented-page.ts';
import { queryForm } from '../../src/search/word-match.ts';

// Sentences of the archive's NHK and Xinhua golden clippings (tests/fixtures/clippings).
const JAPANESE = '旧ソビエトのジョージアの議会は28日、報道機関やNGOなどを規制する「外国の代理人」法案をめぐり、大統領が行使した拒否権を覆しました。';
const CHINESE = '格鲁吉亚议会28日以84票赞成、4票反对推翻总统祖拉比什维利对“外国代理人”法案的否决。';
// A sentence of the archive's Matichon golden clipping, and its headline with the spaces Thai sets between phrases.
const THAI = 'ผู้ว่าราชการจังหวัดขอนแก่นสั่งการให้หน่วยงานที่เกี่ยวข้องเร่งซ่อมแซมถนนสายหลักที่ชำรุดให้แล้วเสร็จก่อนเข้าสู่ฤดูฝน';
const THAI_HEADLINE = 'ผู้ว่าฯ ขอนแก่น สั่งเร่งซ่อมถนนสายหลักให้เสร็จก่อนฤดูฝน';
// Written for this test: "the government approved the new railway project" in Lao, Khmer and Burmese.
const LAO = 'ລັດຖະບານລາວໄດ້ອະນຸມັດໂຄງການທາງລົດໄຟສາຍໃໝ່';
const KHMER = 'រដ្ឋាភិបាលកម្ពុជាបានអនុម័តគម្រោងផ្លូវដែកថ្មី។';
const BURMESE = 'မြန်မာနိုင်ငံအစိုးရသည်ရထားလမ်းစီမံကိန်းအသစ်ကိုအတည်ပြုခဲ့သည်။';
/** A headline with the spaces Japanese headlines set between their parts. */
const HEADLINE = 'ジョージア議会 「外国の代理人」法案を再可決 大統領の拒否権覆す';

/**
 * Pagefind's words of a text: what it splits at whitespace, less what it does not index (its
 * letters and digits only; marks are kept here, so a Thai word reads as written).
 */
const pagefindWords = (text: string) => text.split(/\s+/).map((word) => word.replace(/[^\p{L}\p{M}\p{N}]/gu, ''));

describe('Chinese and Japanese words for the index', () => {
  it('makes a word in the middle of a sentence a word of its own', () => {
    expect(pagefindWords(cutForIndex(JAPANESE))).toEqual(expect.arrayContaining(['議会', '報道', '機関', '法案', '拒否']));
    expect(pagefindWords(cutForIndex(CHINESE))).toEqual(expect.arrayContaining(['议会', '推翻', '总统', '法案', '否决']));
    // Before, the run up to the comma was one word: `議会` began none.
    expect(pagefindWords(JAPANESE).some((word) => word.startsWith('議会'))).toBe(false);
  });

  it('keeps punctuation with its word and opening quotation marks with the word after them', () => {
    const words = cutForIndex(CHINESE).split(' ');
    expect(words).toContain(`${WORD_MARK}“外国`);
    expect(words).toContain(`${WORD_MARK}代理人”`);
    expect(words).toContain(`${WORD_MARK}否决。`);
  });

  it('joins back to the text exactly, the spaces the page prints kept', () => {
    for (const text of [JAPANESE, CHINESE, HEADLINE, '首相　訪米へ', 'NHK 2024年5月28日 15時42分']) {
      expect(cutForIndex(text)).not.toBe(text);
      expect(joinedText(cutForIndex(text))).toBe(text);
    }
    expect(joinedText(cutForIndex(HEADLINE)).split(' ')).toHaveLength(3);
  });

  it('leaves other scripts as they are, Korean included (it spaces its words)', () => {
    for (const text of ['The parliament overrode the veto on 28 May.', '국회는 28일 법안을 재의결했다.', 'Парламент Грузии преодолел вето', 'snake_case _underscored']) {
      expect(cutForIndex(text)).toBe(text);
      expect(cutQuery(text)).toBe(text);
      expect(joinedText(text)).toBe(text);
    }
  });

  it('cuts a query where it cuts the pages', () => {
    for (const text of [JAPANESE, CHINESE, HEADLINE]) expect(cutQuery(text)).toBe(cutForIndex(text).replaceAll(` ${WORD_MARK}`, ' '));
    expect(cutQuery('议会推翻')).toBe('议会 推翻');
    expect(cutQuery('"外国代理人"')).toBe('" 外国 代理人"');
  });

  it('joins across the pieces of a text without moving a character out of its piece', () => {
    expect(joinedPieces(['议会 ', `${WORD_MARK}推翻`, ` ${WORD_MARK}总统`])).toEqual(['议会', '推翻', '总统']);
    // Cut off from what was before it: a word of han or kana, or one cut from the next word.
    expect(joinedText(`${WORD_MARK}推翻 ${WORD_MARK}总统`)).toBe('推翻总统');
    expect(joinedText(`${WORD_MARK}28 ${WORD_MARK}日`)).toBe('28日');
    expect(joinedText('_private word')).toBe('_private word');
  });
});

describe('Thai, Lao, Khmer and Burmese words for the index', () => {
  it('makes a word in the middle of a run of letters a word of its own', () => {
    expect(pagefindWords(cutForIndex(THAI))).toEqual(expect.arrayContaining(['ซ่อมแซม', 'ถนน', 'ชำรุด', 'ฤดู']));
    expect(pagefindWords(cutForIndex(LAO))).toEqual(expect.arrayContaining(['ອະນຸມັດ', 'ໂຄງການ']));
    expect(pagefindWords(cutForIndex(KHMER))).toEqual(expect.arrayContaining(['អនុម័ត', 'គម្រោង']));
    expect(pagefindWords(cutForIndex(BURMESE))).toEqual(expect.arrayContaining(['အစိုးရ', 'ရထား']));
    // Before, the sentence was one word: `ซ่อมแซม` (to repair) began none.
    expect(pagefindWords(THAI).some((word) => word.startsWith('ซ่อมแซม'))).toBe(false);
  });

  it('keeps the vowel and tone marks with their letters and joins back to the text exactly', () => {
    // `ผู้` holds a vowel and a tone mark, `ว่า` a tone mark: each mark stays on its word.
    expect(cutForIndex(THAI).split(' ').slice(0, 3)).toEqual(['ผู้', `${WORD_MARK}ว่า`, `${WORD_MARK}ราชการ`]);
    for (const text of [THAI, THAI_HEADLINE, LAO, KHMER, BURMESE]) {
      expect(cutForIndex(text)).not.toBe(text);
      expect(joinedText(cutForIndex(text))).toBe(text);
    }
    expect(joinedText(cutForIndex(THAI_HEADLINE)).split(' ')).toHaveLength(3);
  });

  it('cuts a query where it cuts the pages', () => {
    for (const text of [THAI, THAI_HEADLINE, LAO, KHMER, BURMESE]) expect(cutQuery(text)).toBe(cutForIndex(text).replaceAll(` ${WORD_MARK}`, ' '));
    expect(cutQuery('ซ่อมแซมถนน')).toBe('ซ่อมแซม ถนน');
  });

  it('shows an excerpt as printed, the marked word alone marked', () => {
    const excerpt = cutForIndex(THAI).replace(` ${WORD_MARK}ซ่อมแซม`, ` <mark>${WORD_MARK}ซ่อมแซม</mark>`);
    const segments = excerptSegments(excerpt);
    expect(segments.map((segment) => segment.text).join('')).toBe(THAI);
    expect(segments.filter((segment) => segment.marked)).toEqual([{ text: 'ซ่อมแซม', marked: true }]);
  });

  it('has a Thai page\'s text cut in the copy handed to Pagefind', () => {
    const page = `<html lang="th"><body><div data-pagefind-body><h1>${THAI_HEADLINE}</h1><p>${THAI}</p></div></body></html>`;
    const copy = segmentedPage(page)!;
    // The paragraph is cut from the heading's last word too, as Chinese text is cut across elements.
    expect(copy).toContain(`<p>${cutForIndex(THAI, THAI_HEADLINE)}</p>`);
    expect(copy.replaceAll(` ${WORD_MARK}`, '')).toBe(page);
  });
});

describe('Chinese and Japanese text shown from the index', () => {
  it('shows an excerpt as printed, the marked word alone marked', () => {
    const excerpt = cutForIndex(JAPANESE).replace(` ${WORD_MARK}報道`, ` <mark>${WORD_MARK}報道</mark>`);
    const segments = excerptSegments(excerpt);
    expect(segments.map((segment) => segment.text).join('')).toBe(JAPANESE);
    expect(segments.filter((segment) => segment.marked)).toEqual([{ text: '報道', marked: true }]);
  });

  it('shows a concordance line as printed', () => {
    const content = cutForIndex(CHINESE);
    const position = content.split(' ').indexOf(`${WORD_MARK}推翻`);
    const [line] = concordanceLines({ url: '/a/', content, locations: [position], meta: { title: '格鲁吉亚议会推翻总统否决', published: '2024-05-28T15:42:10+08:00' }, sub_results: [] });
    // Eight words each side, the first of them cut from the word before it.
    expect(line).toMatchObject({ left: '日以84票赞成、4票反对', hit: '推翻', right: '总统祖拉比什维利对' });
  });
});

describe('the copy of an article page handed to Pagefind', () => {
  const page = [
    '<html lang="en"><head><title>格鲁吉亚议会推翻总统否决 | Dateline</title></head><body>',
    '<nav>最新：议会推翻</nav>',
    '<div data-pagefind-body><h1 data-pagefind-meta="url:/a/">格鲁吉亚议会推翻总统否决</h1>',
    '<header data-pagefind-ignore><span data-pagefind-meta="byline">王修远</span></header>',
    `<p>${CHINESE}</p><p>数千名民众在<a href="/places/tbilisi/">第比利斯</a>议会大楼前集会抗议。</p></div>`,
    '<span data-pagefind-filter="source">新华网</span></body></html>',
  ].join('');

  it('has the text Pagefind indexes cut into words, and nothing else changed', () => {
    const copy = segmentedPage(page)!;
    expect(copy).toContain(`<h1 data-pagefind-meta="url:/a/">${cutForIndex('格鲁吉亚议会推翻总统否决')}</h1>`);
    expect(copy).toContain(`<p>${cutForIndex(CHINESE)}</p>`);
    // The link's text is cut from the words around it.
    expect(copy).toContain(`在<a href="/places/tbilisi/"> ${WORD_MARK}第 ${WORD_MARK}比利 ${WORD_MARK}斯</a> ${WORD_MARK}议会`);
    // Not indexed as words: the head, the navigation, ignored text, a filter's and a byline's text.
    for (const kept of ['<title>格鲁吉亚议会推翻总统否决 | Dateline</title>', '<nav>最新：议会推翻</nav>', '>王修远</span>', '>新华网</span>']) expect(copy).toContain(kept);
    expect(copy.replaceAll(` ${WORD_MARK}`, '')).toBe(page);
  });

  it('is no copy for a page without Chinese or Japanese text to index', () => {
    expect(segmentedPage('<html><body><nav>议会</nav><div data-pagefind-body><p>The parliament met.</p></div></body></html>')).toBeNull();
  });
});

/**
 * A word as Pagefind indexes it from a page's text or searches it from a query: lower case, no
 * marks (queryForm, the archive's model of Pagefind's rule), letters and digits only.
 */
const indexedForm = (text: string) => queryForm(text).replace(/[^\p{L}\p{N}]/gu, '');

describe('letters written two ways', () => {
  // Written for this test, each as a paper prints it and as a reader types it.
  const cases = [
    { script: 'Persian printed with Arabic letters, typed with Persian ones', printed: 'رئيس مجلس شوراي اسلامي', typed: 'شورای' },
    { script: 'Persian printed with Persian letters, typed with Arabic ones', printed: 'وزیر کشور گفت', typed: 'كشور' },
    { script: 'Arabic with a dotless final ye, typed with its dots', printed: 'وصل الوزير إلى القاهرة', typed: 'الي' },
    { script: 'Arabic stretched with tatweel', printed: 'أعلنت الحكومـــة الجديدة', typed: 'الحكومة' },
    { script: 'Turkish capital I, typed in lower case', printed: 'Irak sınırında', typed: 'ırak' },
    { script: 'Turkish dotless i, typed without Turkish letters', printed: 'Cumhurbaşkanı açıkladı', typed: 'cumhurbaskani' },
    { script: 'Greek final sigma, typed in capitals', printed: 'Ο νόμος ψηφίστηκε', typed: 'ΝΟΜΟΣ' },
  ];

  it.each(cases)('indexes a word as the query asks it, and shows the text as printed: $script', ({ printed, typed }) => {
    const indexed = cutForIndex(printed).split(/\s+/).map(indexedForm);
    // Pagefind lowers a query letter by letter: a capital sigma at the end of a word becomes σ, not ς.
    const asked = [...cutQuery(typed)].map((letter) => letter.toLowerCase()).join('');
    expect(indexed).toContain(indexedForm(asked));
    // Before, the word as typed was not the word as printed.
    expect(printed.split(/\s+/).map(indexedForm)).not.toContain(indexedForm([...typed].map((letter) => letter.toLowerCase()).join('')));
    expect(joinedText(cutForIndex(printed))).toBe(printed);
    const words = cutForIndex(printed).split(' ');
    expect(joinedPieces(words.map((word, i) => (i === 0 ? word : ` ${word}`)))).toEqual(printed.split(' ').map((word, i) => (i === 0 ? word : ` ${word}`)));
  });

  it('leaves the letters every language writes one way as they are', () => {
    for (const text of ['İstanbul Büyükşehir', 'Η Βουλή ψήφισε', 'הַכְּנֶסֶת אִשְּׁרָה', 'საქართველოს პარლამენტმა', 'برنامه‌ها']) {
      expect(cutForIndex(text)).toBe(text);
      expect(cutQuery(text)).toBe(text);
    }
  });

  it('folds them in the copy of a page handed to Pagefind, and only there', () => {
    const page = '<html lang="fa"><body><nav>کشور</nav><div data-pagefind-body><h1>وزیر کشور</h1><p>وزیر کشور گفت</p></div></body></html>';
    const copy = segmentedPage(page)!;
    expect(copy).toContain(`<h1>${cutForIndex('وزیر کشور')}</h1>`);
    expect(copy).toContain('<nav>کشور</nav>');
    expect(joinedText(copy)).toBe(page);
  });
});
