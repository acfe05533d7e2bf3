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

  // No mark stands between the reporter and the place: only a place the gazetteer lists tells where the name ends.
  const places = new Set(['布魯塞爾', '台北', 'モスクワ']);
  it.each([
    ['（中央社記者林雅婷布魯塞爾28日專電）歐盟外長今天開會。', '布魯塞爾', ['林雅婷']],
    ['（中央社記者林雅婷、王心妤台北28日電）行政院今天表示。', '台北', ['林雅婷', '王心妤']],
    ['（中央社記者歐陽志明台北28日電）行政院今天表示。', '台北', ['歐陽志明']],
    ['【モスクワ山田太郎】旧ソ連のジョージア議会は28日、法案を再可決した。', 'モスクワ', ['山田太郎']],
  ])('%s, the place glued to the reporter', (paragraph, place, authors) => {
    expect(readDateline(paragraph, { places })).toEqual({ place, authors });
  });
  it('reads no glued place the gazetteer does not list, and no name of two han after a place (`【モスクワ五輪】`)', () => {
    expect(readDateline('（中央社記者林雅婷布魯塞爾28日專電）歐盟外長今天開會。', {})).toBeUndefined();
    expect(readDateline('（中央社記者林雅婷高雄28日電）市政府今天表示。', { places })).toBeUndefined();
    expect(readDateline('【モスクワ五輪】1980年の大会は多くの国が参加を見送った。', { places })).toBeUndefined();
  });
});
