import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/importer/body-facts.ts';

// Datelines as Japanese, Chinese and Korean papers open their text, the reporter named inside them.
describe('datelines in Japanese, Chinese and Korean', () => {
  it.each([
    ['【モスクワ=山田太郎】旧ソ連のジョージア議会は28日、法案を再可決した。', 'モスクワ', ['山田太郎']],
    ['【ワシントン=共同】米国務省は28日、声明を出した。', 'ワシントン', ['共同']],
    ['(서울=연합뉴스) 김철수 기자 = 조지아 의회가 28일 법안을 통과시켰다.', '서울', ['김철수']],
    ['[서울=뉴시스] 김철수·이영희 기자 = 조지아 의회가 28일 법안을 통과시켰다.', '서울', ['김철수', '이영희']],
    ['新华社第比利斯5月28日电（记者王修远）格鲁吉亚议会28日推翻总统否决。', '第比利斯', ['王修远']],
    ['中新社北京5月28日电 中国外交部发言人28日表示。', '北京', []],
    ['（中央社提比里斯28日綜合外電報導）喬治亞國會今天推翻總統否決。', '提比里斯', []],
  ])('%s', (paragraph, place, authors) => {
    expect(readDateline(paragraph, {})).toEqual({ place, authors });
  });

  it('reads no place where a reporter is glued to it with no mark between (`記者林雅婷布魯塞爾`)', () => {
    expect(readDateline('（中央社記者林雅婷布魯塞爾28日專電）喬治亞國會今天推翻總統否決。', {})).toBeUndefined();
  });
});
