import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/importer/clipping-language.ts';
import { newSource } from '../../src/importer/new-source.ts';
import { sourceSchema } from '../../src/lib/source-schema.ts';
import { useWorkspace } from './importer-harness.ts';

// A paper the import adds gets the language its article pages mark their text with (`<article
// lang>`, for screen readers and hyphenation): it was English whenever --language was left out, so
// a Russian or Georgian paper's every article was mislabelled. Texts written for these tests.
const RUSSIAN =
  'В Тбилиси прошла акция протеста\n\nАнна Петрова\n\n14 мая 2024, 18:42\n\n' +
  'Несколько тысяч человек собрались во вторник вечером у здания парламента.\n\nПолиция не вмешивалась, но у входа были выставлены заграждения.\n';
const UKRAINIAN = 'У Тбілісі пройшла акція протесту\n\nАнна Петренко\n\n15 травня 2024, 18:42\n\nКілька тисяч людей зібралися у вівторок біля будівлі парламенту.\n';
const GEORGIAN = 'თბილისში პარლამენტთან აქცია გაიმართა\n\nნინო ბერიძე\n\n14 მაისი 2024, 18:42\n\nათასობით ადამიანი შეიკრიბა სამშაბათს საღამოს პარლამენტის შენობასთან.\n';
// Too few words to tell English from any other Latin-script language.
const SHORT = 'Metro Opens at Night\n\nNino Beridze\n\n14 May 2024, 18:42\n\nTrains run all night.\n';

/** A text of tests/fixtures/languages with a date printed under its headline. */
function dated(language: string, date: string): string {
  const [headline, ...text] = readFileSync(`tests/fixtures/languages/${language}.txt`, 'utf8').split('\n');
  return [headline, date, ...text].join('\n');
}

const yamlOf = (file: string) => sourceSchema.parse(yaml.load(readFileSync(file, 'utf8')));

describe('the language a clipping tells', () => {
  it('is Russian or Ukrainian by their own letters, and none for another Cyrillic language', () => {
    expect(detectLanguage(RUSSIAN)).toBe('ru');
    expect(detectLanguage(UKRAINIAN)).toBe('uk');
    // Belarusian (`ў`, its own: importer-clipping-language.test.ts), Serbian (`ј`), Kazakh (`ә`, `қ`): not Russian, not Ukrainian.
    expect(detectLanguage('Урад Беларусі ўхваліў новы закон аб СМІ')).toBe('be');
    expect(detectLanguage('Влада Србије је усвојила нови закон о медијима')).toBeUndefined();
    expect(detectLanguage('Қазақстан үкіметі жаңа заң қабылдады')).toBeUndefined();
  });

  it('is Bulgarian by its hard sign before a consonant or ending a word, or its own short words; Russian keeps its `ъ` before a vowel', () => {
    expect(detectLanguage('Парламентът на Грузия прие закона')).toBe('bg');
    expect(detectLanguage('Законът ще влезе в сила, съобщи БТА.')).toBe('bg');
    expect(detectLanguage('Правителството заяви, че законът е приет.')).toBe('bg');
    expect(detectLanguage('Объявлено, что съезд партии пройдёт в июне.')).toBe('ru');
    // Russian's `ы` beside Bulgarian's hard sign: a mixed text, no answer
    expect(detectLanguage('Парламентът прие закона, а депутаты ушли')).toBeUndefined();
  });
  it('is Thai by its script, Hindi by its commonest words among the languages written in Devanagari', () => {
    expect(detectLanguage('กรมป่าไม้ร่วมกับจังหวัดเชียงใหม่เร่งทำแนวกันไฟในพื้นที่ป่าสงวนแห่งชาติ')).toBe('th');
    expect(detectLanguage('नगर निगम ने मंगलवार को शहर के 40 बड़े नालों की सफाई का काम शुरू कर दिया है।')).toBe('hi');
    // Marathi: Devanagari, none of Hindi's words.
    expect(detectLanguage('महापालिकेने मंगळवारी शहरातील चाळीस नाल्यांची सफाई सुरू केली आहे आणि ती जूनपर्यंत पूर्ण होईल.')).toBeUndefined();
  });

  it('is Tamil, Telugu and the like by the script only each writes, Bengali by its script without Assamese\'s letters', () => {
    expect(detectLanguage('சென்னையில் 100 புதிய மின்சார பஸ்கள் அடுத்த மாதம் இயக்கப்படும் என, அதிகாரிகள் தெரிவித்தனர்.')).toBe('ta');
    expect(detectLanguage('హైదరాబాద్‌లో కొత్త మెట్రో మార్గం పనులు వచ్చే నెల ప్రారంభమవుతాయి.')).toBe('te');
    expect(detectLanguage('শহরের দু’টি পুরনো রুটে ফের ট্রাম চালানোর প্রস্তাব দিয়েছে রাজ্য পরিবহণ দফতর।')).toBe('bn');
    // Assamese: the Bengali script with its own `ৰ` and `ৱ`.
    expect(detectLanguage('গুৱাহাটীৰ নতুন দলংখনৰ কাম অহা মাহত আৰম্ভ হ’ব বুলি বিভাগে জনাইছে।')).toBeUndefined();
  });

  it('is Vietnamese by its letters with a tone mark, Swahili by its words, and Indonesian or Malay by the words each spells its own way', () => {
    expect(detectLanguage('Sở Giao thông Vận tải Hà Nội cho biết các tuyến mới sẽ dùng 60 xe buýt điện, chạy từ 5h đến 22h mỗi ngày.')).toBe('vi');
    expect(detectLanguage('Mkuu wa mkoa wa Mwanza amesema soko hilo litakamilika ndani ya miezi 18 na litawanufaisha wavuvi zaidi ya 5,000.')).toBe('sw');
    const indonesian = 'Wali Kota mengatakan pemerintah akan menambah bus listrik untuk warga karena angkutan yang ada tidak cukup, ujarnya di Bandung.';
    const malay = 'Datuk Bandar berkata kerajaan akan menambah bas elektrik untuk penduduk kerana pengangkutan yang ada tidak cukup, katanya di Shah Alam.';
    expect(detectLanguage(indonesian)).toBe('id');
    expect(detectLanguage(malay)).toBe('ms');
    // A short item with few of those words, told by its months and the words its news names otherwise.
    expect(detectLanguage('Jakarta (ANTARA) - KAI Commuter menambah 20 perjalanan KRL selama libur sekolah yang dimulai pada Kamis dan berlangsung sampai Agustus, kata dia di Jakarta.')).toBe('id');
    expect(detectLanguage('KUALA LUMPUR: Menteri Pengangkutan berkata ujian sistem LRT3 akan bermula pada Ogos ini dan laluan itu dibuka selepas cuti sekolah.')).toBe('ms');
    // The words both write alike tell neither.
    expect(detectLanguage('Pemerintah kota akan menambah 50 bus listrik untuk angkutan umum pada akhir tahun ini dan juga dalam tahun depan.')).toBeUndefined();
  });

  it('is Polish or Finnish in a brief news item, by the short words their neighbours write otherwise', () => {
    expect(detectLanguage('Do strefy nie wjadą samochody wyprodukowane przed 2010 rokiem. Rada przyjęła we wtorek uchwałę, która obejmie miasto, według urzędników.')).toBe('pl');
    expect(detectLanguage('Kaupungin mukaan veden laatua seurataan koko kesän ajan. Asukkaat ovat toivoneet rantaa jo vuosia, ja uusi ranta on auki.')).toBe('fi');
  });
});

describe('--new-source without --language', () => {
  const workspace = useWorkspace();
  const added = (language?: string) => newSource({ name: 'Tbilisi Courier', timeZone: 'Asia/Tbilisi', language }, workspace.data, workspace.contentDir);

  it.each([
    ['ru', RUSSIAN],
    ['ka', GEORGIAN],
    // Dutch and Norwegian, told by their commonest words (and Norwegian's from Danish and Swedish by the words only it writes).
    ['nl', dated('nl', '1 december 2024 18:42')],
    ['nb', dated('nb', '1. desember 2024 kl. 18.42')],
  ])('takes the language %s from the clipping\'s text, and writes it in the paper\'s file', async (language, text) => {
    const created = added();
    const [result] = await workspace.run([workspace.input('c.txt', text)], { newSource: created });
    expect(result!.status).toBe('imported');
    expect(yamlOf(created.file).language).toBe(language);
  });

  it('refuses a clipping whose text cannot tell it, naming --language, and adds no paper', async () => {
    const [result] = await workspace.run([workspace.input('short.txt', SHORT)], { newSource: added() });
    expect(result).toMatchObject({ status: 'failed', error: { reason: expect.stringContaining('the language of "Tbilisi Courier", a paper new to the archive, is not given'), fix: expect.stringContaining('pass --language TAG') } });
    expect(workspace.files()).toEqual([]);
    const [given] = await workspace.run([workspace.input('short.txt', SHORT)], { newSource: added('en') });
    expect(given!.status).toBe('imported');
  });

  it('refuses a Hindi clipping that prints only how long ago it was posted for its date, naming --date, not --language', async () => {
    // Dainik Bhaskar's place glued to `2 घंटे पहले` ("2 hours ago") over the byline and `कॉपी लिंक`: no date is printed.
    const text = readFileSync('tests/fixtures/clippings/dainik-bhaskar-time-ago.txt', 'utf8');
    const [result] = await workspace.run([workspace.input('bhaskar.txt', text)], { newSource: added() });
    expect(result).toMatchObject({ status: 'failed', error: { reason: expect.stringContaining('no date is printed'), fix: expect.stringContaining('--date YYYY-MM-DD') } });
    expect(workspace.files()).toEqual([]);
    const created = added();
    const [dated] = await workspace.run([workspace.input('bhaskar.txt', text)], { newSource: created, date: '2024-05-28' });
    expect(dated!.status).toBe('imported');
    expect(yamlOf(created.file).language).toBe('hi');
  });

  it('refuses a later clipping in another language than the first one gave the paper', async () => {
    const created = added();
    const results = await workspace.run([workspace.input('1.txt', RUSSIAN), workspace.input('2.txt', UKRAINIAN)], { newSource: created });
    expect(results.map((result) => result.status)).toEqual(['imported', 'failed']);
    expect(results[1]!.error).toMatchObject({ reason: 'this clipping is in uk, but the new paper "Tbilisi Courier" was given the language ru by 1.txt, the first clipping read', fix: expect.stringContaining('pass --language TAG') });
    expect(yamlOf(created.file).language).toBe('ru');
  });

  it('takes a saved page\'s own declaration over its text', async () => {
    const created = added();
    const html = `<!DOCTYPE html><html lang="ka"><head><meta charset="utf-8"><title>Metro Opens at Night</title></head><body><article><h1>Metro Opens at Night</h1><p>14 May 2024, 18:42</p><p>Trains run all night.</p></article></body></html>`;
    const [result] = await workspace.run([workspace.input('p.html', html)], { newSource: created, dryRun: true });
    expect(result!.status).toBe('imported');
    expect(created.source.language).toBe('ka');
  });
});

describe('a paper a saved page adds', () => {
  const workspace = useWorkspace();
  const page = (inLanguage: string | undefined, headline: string, text: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><link rel="canonical" href="https://courier.example/a">` +
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline, datePublished: '2024-05-14T18:42:00+04:00', publisher: { '@type': 'Organization', name: 'Courier' }, inLanguage })}</script>` +
    `</head><body><article><h1>${headline}</h1><p>${text}</p></article></body></html>`;
  const paperLanguage = async (html: string, language?: string) => {
    const [result] = await workspace.run([workspace.input('p.html', html)], { language });
    return result!.status === 'imported' ? yamlOf(`${workspace.contentDir}/sources/courier.yaml`).language : result!.error;
  };

  it('takes the language the page declares over the one its text tells', async () => {
    expect(await paperLanguage(page('ka', 'Акция у парламента', 'Несколько тысяч человек собрались у здания парламента.'))).toBe('ka');
  });
  it('takes the language its text tells when the page declares none', async () => {
    expect(await paperLanguage(page(undefined, 'Акция у парламента', 'Несколько тысяч человек собрались у здания парламента.'))).toBe('ru');
  });
  it('asks for --language by name when neither tells it, and takes it', async () => {
    expect(await paperLanguage(page(undefined, 'Rally at Parliament', 'Stand.'))).toMatchObject({ reason: expect.stringContaining('the language of Courier (courier.example), a paper new to the archive, is not given'), fix: expect.stringContaining('pass --language TAG') });
    expect(await paperLanguage(page(undefined, 'Rally at Parliament', 'Stand.'), 'ka')).toBe('ka');
  });
});
