import { describe, expect, it } from 'vitest';
import type { DateOrder } from '../../src/importer/date-names.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Lines the reader took silently for another thing (issue 13: every printed fact right, nothing silently wrong), each on
// the lines that show it; the goldens in outlet-goldens.ts pin whole clippings. Lines written for these tests.
const read = (lines: string[], languages: string[], mastheads: string[] = [], dateOrder: DateOrder = 'DMY') =>
  readGenericLayout(lines, mastheads, { dateOrder, languages, places: new Set(['georgia', 'tbilisi']) });

describe('the agency credited in place of a byline', () => {
  it.each([
    [['Géorgie : le Parlement passe outre le veto présidentiel', 'La loi doit entrer en vigueur dans soixante jours.', 'Avec AFP', 'Publié le 28 mai 2024 à 13h18'], ['fr']],
    [["Georgia's parliament overrides the president's veto", 'With AFP', 'Published on: 28/05/2024 - 13:18'], ['en']],
  ] as const)('is the byline\'s line naming it, not the text\'s first line: %j', (header, languages) => {
    const text = ['Le Parlement géorgien a passé outre, mardi 28 mai, le veto de la présidente.', 'Quatre-vingt-quatre députés ont voté pour, quatre contre.'];
    const read_ = read([...header, ...text], [...languages]);
    expect(read_.authors).toEqual(['AFP']);
    expect(read_.body).toEqual([...header.slice(1).filter((line) => line.endsWith('.')), ...text]);
  });
});

// Politika's name is the Serbian word for politics: printed between the text's paragraphs, it is no masthead.
describe("the paper's name alone between the text's paragraphs", () => {
  const header = ['Друштво', 'Нови мост на Дунаву биће завршен до краја године', 'Јелена Петровић', 'уторак, 28.05.2024. у 16:42'];
  const first = 'Градоначелник Новог Сада изјавио је данас да ће мост бити завршен до краја године.';
  const second = 'Мост ће повезати Футошки пут са Каменицом, а његова изградња кошта више од 100 милиона евра.';

  it('is a line of the text, kept in the body where it is printed', () => {
    expect(read([...header, first, 'Политика', second], ['sr'], ['Politika']).body).toEqual([first, 'Политика', second]);
  });

  it('is still the masthead over the headline', () => {
    expect(read(['Политика', ...header, first, second], ['sr'], ['Politika']).body).toEqual([first, second]);
  });
});

// Nezavisimaya Gazeta prints the author's job under the name, the paper in quotes: the byline's line, not the text's.
describe("the author's job under the byline's name", () => {
  const title = 'Грузинский парламент преодолел вето президента на закон об иноагентах';
  const text = ['Парламент Грузии во вторник преодолел вето президента на закон об иноагентах.', 'Оппозиционные депутаты покинули зал заседаний еще до начала голосования.'];

  it.each(['Обозреватель отдела политики «НГ»', 'Заместитель главного редактора «НГ»'])('%s is the page\'s, the name above it the byline', (role) => {
    const read_ = read(['28.05.2024 18:42:00', title, 'Андрей Серенко', role, ...text], ['ru']);
    expect(read_.authors).toEqual(['Андрей Серенко']);
    expect(read_.body).toEqual(text);
  });

  it('is so under the title\'s standfirst too, which stays the text\'s first line', () => {
    const standfirst = 'Оппозиция обещает продолжить протесты до осенних выборов';
    const read_ = read(['28.05.2024 18:42:00', title, standfirst, 'Андрей Серенко', 'Обозреватель отдела политики «НГ»', ...text], ['ru']);
    expect(read_.authors).toEqual(['Андрей Серенко']);
    expect(read_.body).toEqual([standfirst, ...text]);
  });
});

// Medium's topic chips under a post: the site's topics, though the post names none of them.
describe('three capitalised topics under the last sentence', () => {
  const header = ['A Summer of Protest, Seen From a Balcony', 'Tamar Kiknadze', 'Jun 12, 2024'];
  const text = ['Every evening in May the noise started around eight.', 'I do not know how this summer will end. I do know the balcony has never been so loud.'];

  it('are the page\'s tags, not the text\'s last lines', () => {
    expect(read([...header, ...text, 'Politics', 'Georgia', 'Journalism'], ['en'], [], 'MDY').body).toEqual(text);
  });

  it('are not when one could sign the text (a name)', () => {
    expect(read([...header, ...text, 'Politics', 'Nino Beridze', 'Journalism'], ['en'], [], 'MDY').body).toEqual([...text, 'Politics', 'Nino Beridze', 'Journalism']);
  });
});
