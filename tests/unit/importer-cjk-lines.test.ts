import { describe, expect, it } from 'vitest';
import { isChrome, startsReadAlso, startsTrailer } from '../../src/importer/chrome-lines.ts';
import { isParagraph, wordCount } from '../../src/importer/layout-item.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { SENTENCE_BREAK } from '../../src/importer/sentence-end.ts';

// Header and trailer lines of Japanese, Chinese and Korean pages, read by the generic reader.
describe('lines of Japanese, Chinese and Korean pages', () => {
  it('reads the byline with its place, the reporter before or after the word for reporter, and a caption with its source', () => {
    expect(readFactLine('モスクワ=山田太郎', [], { languages: ['ja'] })).toEqual({ authors: ['山田太郎'], dateline: 'モスクワ' });
    expect(readFactLine('김철수 기자', [], { languages: ['ko'] })).toEqual({ authors: ['김철수'] });
    expect(readFactLine('김철수·이영희 기자', [], { languages: ['ko'] })).toEqual({ authors: ['김철수', '이영희'] });
    expect(readFactLine('记者 王修远', [], { languages: ['zh'] })).toEqual({ authors: ['王修远'] });
    expect(readFactLine('議会前で法案に抗議する人たち=2024年5月28日、トビリシ、ロイター', [], { languages: ['ja'] })).toEqual({ caption: '議会前で法案に抗議する人たち', credit: 'ロイター' });
  });

  // Korean pages credit a photo the agency that took it and the Korean one that passed it on (`AP=연합뉴스`), after the
  // caption's sentence or on a line of its own under it; Yomiuri the agency alone after the caption's `＝`.
  it('reads a Korean photo credit after its caption and labelled on its own line, and a Japanese caption ending in its agency', () => {
    const caption = '28일(현지시간) 조지아 트빌리시 의회 앞에서 시민들이 시위하고 있다.';
    expect(readFactLine(`${caption} AP=연합뉴스`, [], { languages: ['ko'] })).toEqual({ caption, credit: 'AP=연합뉴스' });
    expect(readFactLine(`${caption} 트빌리시/AP 연합뉴스`, [], { languages: ['ko'] })).toEqual({ caption, credit: 'AP 연합뉴스' });
    expect(readFactLine(`${caption} /로이터 연합뉴스`, [], { languages: ['ko'] })).toEqual({ caption, credit: '로이터 연합뉴스' });
    expect(readFactLine('(사진=AP 연합뉴스)', [], { languages: ['ko'] })).toEqual({ credit: 'AP 연합뉴스' });
    expect(readFactLine('사진=연합뉴스', [], { languages: ['ko'] })).toEqual({ credit: '연합뉴스' });
    expect(readFactLine('議会前で抗議する人たち（28日、トビリシで）＝ロイター', [], { languages: ['ja'] })).toEqual({ caption: '議会前で抗議する人たち（28日、トビリシで）', credit: 'ロイター' });
    // A sentence with an equals sign is no caption: the part after it names no agency.
    expect(readFactLine('전체 의석의 과반=76석을 넘겼다.', [], { languages: ['ko'] })).toBeUndefined();
  });

  it('reads the date beside its labels: glued, after it in brackets, and the source after it', () => {
    expect(readFactLine('송고시간2024-05-28 21:42', [], { languages: ['ko'] })).toEqual({ date: { text: '2024-05-28 21:42', updated: false } });
    expect(readFactLine('2024/05/28 20:42（5/28 21:03 更新）', [], { languages: ['zh-TW'] })).toEqual({ date: { text: '2024/05/28 20:42', updated: false }, update: '5/28 21:03' });
    expect(readFactLine('2024-05-28 15:42:10 来源：新华网', [], { languages: ['zh'] })).toEqual({ date: { text: '2024-05-28 15:42:10', updated: false } });
    expect(readFactLine('수정 2024.05.28 18:03', [], { languages: ['ko'] })).toEqual({ date: { text: '2024.05.28 18:03', updated: true } });
    // Mainichi: the month without its zero, and the update's label first inside full-width brackets.
    expect(readFactLine('2024/5/28 22:14（最終更新 5/28 23:01）', [], { languages: ['ja'] })).toEqual({ date: { text: '2024/5/28 22:14', updated: false }, update: '5/28 23:01' });
  });

  it('takes the page\'s controls, notes and lists for chrome', () => {
    for (const line of ['シェアする', '分享到：', '字体：小 中 大', '字級設定：小中大特', '글자크기조정', '공유', '【纠错】 【责任编辑：李明】', '<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>', '제보는 카톡 okjebo', '有料記事', 'この記事を書いた人', '写真・図版',
      'この記事をスクラップする', 'この記事は有料記事です。', '残り512文字（全文812文字）', '小字号', '字号', '分享让更多人看到', '글씨크기 조절하기']) {
      expect(isChrome(line), line).toBe(true);
    }
    expect(startsTrailer('関連記事')).toBe(true);
    expect(startsTrailer('国際の最新ニュース')).toBe(true);
    expect(startsReadAlso('延伸閱讀')).toBe(true);
    expect(isChrome('ジョージアの議会は28日、法案を再可決しました。')).toBe(false);
  });

  it('counts three characters of Japanese or Chinese as a word, and reads `。` and a sign-off as a paragraph\'s end', () => {
    expect(wordCount('国際')).toBe(1);
    expect(wordCount('ジョージア議会、「外国の代理人」法案を再可決 大統領の拒否権覆す')).toBe(11);
    expect(isParagraph('EUは法案がジョージアの加盟手続きに影響すると警告しており、撤回を求めていた。')).toBe(true);
    expect(isParagraph('反對人士批評，這項法案仿效俄羅斯用來打壓異議人士的法律。（編輯：陳佳宜）1130528')).toBe(true);
    expect(isParagraph('喬治亞總統否決外國代理人法 批「俄羅斯式法律」')).toBe(false);
    expect(SENTENCE_BREAK.test('法案を可決した。野党は反発している。')).toBe(true);
  });
});
