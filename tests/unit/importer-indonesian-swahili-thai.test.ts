import { describe, expect, it } from 'vitest';
import { readDateline } from '../../src/importer/body-facts.ts';
import { readNames } from '../../src/importer/byline-lines.ts';
import { isChrome, startsReadAlso } from '../../src/importer/chrome-lines.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Session 20: Kompas, Tempo, Mwananchi, Thai PBS and Hamshahri were read silently wrong (no author, the outlet's name in
// the dateline, the page's links and calls in the text) or refused.
const indonesian = { languages: ['id'] };
const swahili = { languages: ['sw'] };

describe('Indonesian and Swahili bylines', () => {
  it('reads Kompas\'s `Penulis Name | Editor Name`: the writer is the author, the editor past the bar no author', () => {
    expect(readFactLine('Penulis Rina Marlina | Editor Agus Salim', [], indonesian)).toEqual({ authors: ['Rina Marlina'] });
  });
  it('reads Tempo\'s `Reporter: Name`, its `Editor: Name` the page\'s', () => {
    expect(readFactLine('Reporter: Dewi Lestari', [], indonesian)).toEqual({ authors: ['Dewi Lestari'] });
    expect(readFactLine('Editor: Budi Santoso', [], indonesian)).toEqual({ chrome: true });
    // The English word opens no byline in an English clipping: a sub-heading may begin so.
    expect(readFactLine('Reporter Jane Smith', [], { languages: ['en'] })).toBeUndefined();
    expect(readFactLine('Reporter Jane Smith', [], indonesian)).toEqual({ authors: ['Jane Smith'] });
  });
  it('reads Mwananchi\'s `Na Name`, Swahili\'s "By", and two names joined by `na`', () => {
    expect(readFactLine('Na Neema Mushi', [], swahili)).toEqual({ authors: ['Neema Mushi'] });
    expect(readFactLine('Na Neema Mushi na Juma Issa', [], swahili)).toEqual({ authors: ['Neema Mushi', 'Juma Issa'] });
    // Swahili's "and" opens no byline in another language's clipping.
    expect(readFactLine('Na Neema Mushi', [], { languages: ['en'] })).toBeUndefined();
  });
  it('reads Detik\'s `Name - detikNews`, the brand past the dash in camel case', () => {
    expect(readNames('Rizky Pratama - detikNews')?.authors).toEqual(['Rizky Pratama']);
  });
});

describe('a dateline with the outlet\'s web name', () => {
  it('keeps the place without the outlet\'s name, on either side of it', () => {
    expect(readDateline('BANDUNG, KOMPAS.com - Pemerintah Kota Bandung akan menambah 50 bus listrik.', indonesian)?.place).toBe('BANDUNG');
    expect(readDateline('TEMPO.CO, Jakarta - Harga beras medium turun sekitar lima persen.', indonesian)?.place).toBe('Jakarta');
  });
});

describe('Detik\'s photo line', () => {
  it('reads the caption before the brackets naming the photographer and the outlet, capitalised as a place is', () => {
    expect(readFactLine('Foto: Stasiun MRT Bundaran HI (Ari Saputra/detikcom)', [], indonesian)).toEqual({ caption: 'Stasiun MRT Bundaran HI', credit: 'Ari Saputra/detikcom' });
  });
});

describe('Indonesian, Thai and Persian page lines', () => {
  it('reads the links set into the text as the page\'s: `Baca juga:`, `Pilihan Editor:`, `อ่านข่าว :`', () => {
    expect(startsReadAlso('Baca juga: Uji Coba Bus Listrik di Bandung Diperpanjang hingga Juni')).toBe(true);
    expect(startsReadAlso('Pilihan Editor: Pemerintah Siapkan Cadangan Beras untuk Musim Kemarau')).toBe(true);
    expect(startsReadAlso('อ่านข่าว : ไฟป่าดอยสุเทพลุกไหม้ซ้ำ เจ้าหน้าที่เร่งควบคุมเพลิง')).toBe(true);
  });
  it('reads Kompas\'s call to join its channel, Thai PBS\'s share button and Hamshahri\'s number for the story as chrome', () => {
    expect(isChrome('Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update"')).toBe(true);
    expect(isChrome('แชร์')).toBe(true);
    expect(isChrome('کد خبر 850123')).toBe(true);
    expect(isChrome('کد خبر ۸۵۰۱۲۳')).toBe(true);
  });
});

describe('Matichon\'s date line', () => {
  it('reads `วันที่` ("date") as the date\'s label and `น.` after the time as Thai\'s "o\'clock"', () => {
    expect(readFactLine('วันที่ 28 พฤษภาคม 2567 - 16:42 น.', [], { languages: ['th'] })?.date).toEqual({ text: '28 พฤษภาคม 2567 - 16:42 น.', updated: false });
  });
});

// Thai sets no blank between words and ends no sentence with a mark: a headline and a paragraph were each one "word", and
// no line was a paragraph, so the text's first line was taken for the page's and the next for the title.
describe('a Thai clipping', () => {
  it('gives the headline as its title and every paragraph as its text', () => {
    const lines = [
      'ข่าวภูมิภาค',
      'เชียงใหม่เร่งแก้ฝุ่นควันก่อนฤดูฝน',
      '28 พ.ค. 67',
      '16:42',
      'กรมป่าไม้ร่วมกับจังหวัดเชียงใหม่เร่งทำแนวกันไฟในพื้นที่ป่าสงวนแห่งชาติก่อนเข้าสู่ฤดูฝน',
      'เจ้าหน้าที่ระบุว่าในปีนี้จุดความร้อนลดลงเมื่อเทียบกับปีที่ผ่านมา แต่ยังต้องเฝ้าระวังต่อเนื่อง',
      'อ่านข่าว : ไฟป่าดอยสุเทพลุกไหม้ซ้ำ เจ้าหน้าที่เร่งควบคุมเพลิง',
      'ชาวบ้านในพื้นที่ได้รับการอบรมการดับไฟป่าเบื้องต้นแล้วกว่า 500 คน',
      'แชร์',
    ];
    expect(readGenericLayout(lines, [], { languages: ['th'] })).toMatchObject({
      title: 'เชียงใหม่เร่งแก้ฝุ่นควันก่อนฤดูฝน',
      body: [lines[4], lines[5], lines[7]],
    });
  });
  it('takes a headline with blanks between its phrases for the title, not a paragraph (Matichon)', () => {
    const lines = [
      'ภูมิภาค',
      'ผู้ว่าฯ ขอนแก่น สั่งเร่งซ่อมถนนสายหลักให้เสร็จก่อนฤดูฝน',
      'วันที่ 28 พฤษภาคม 2567 - 16:42 น.',
      'แชร์',
      'ผู้ว่าราชการจังหวัดขอนแก่นสั่งการให้หน่วยงานที่เกี่ยวข้องเร่งซ่อมแซมถนนสายหลักที่ชำรุดให้แล้วเสร็จก่อนเข้าสู่ฤดูฝน',
      'แขวงทางหลวงขอนแก่นระบุว่าจะใช้งบประมาณกว่า 40 ล้านบาท และคาดว่าจะแล้วเสร็จภายในเดือนมิถุนายน',
    ];
    expect(readGenericLayout(lines, [], { languages: ['th'] })).toMatchObject({ title: lines[1], body: [lines[4], lines[5]] });
  });
});
