import path from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readNames } from '../../src/importer/byline-lines.ts';
import { isChrome } from '../../src/importer/chrome-lines.ts';
import { loadContentData } from '../../src/importer/content-data.ts';
import { namedAsFurniture } from '../../src/importer/furniture-names.ts';
import { readHeaderCaption } from '../../src/importer/header-caption.ts';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { readClipping } from '../../src/importer/read-clipping.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Session 23: captions, credits, bylines and page lines of outlets whose clippings were read silently wrong (issue 13),
// each rule alone; each clipping is pinned whole by a golden too (outlet-goldens.ts, importer-saved-cms.test.ts).
const read = (text: string, options = {}) => readGenericLayout(text.split('\n'), [], { dateOrder: 'DMY', languages: ['en'], ...options });

describe('a caption with its photographer and agency past a bullet (CNN Brasil)', () => {
  it('reads the caption and the credit', () => {
    expect(readFactLine('Estação da Luz, no centro de São Paulo • Rovena Rosa/Agência Brasil', [], {})).toEqual({ caption: 'Estação da Luz, no centro de São Paulo', credit: 'Rovena Rosa/Agência Brasil' });
  });

  it('reads no credit where a bullet joins words that are no photographer and agency', () => {
    expect(readFactLine('Política • Economia • Mundo', [], {})).toBeUndefined();
  });
});

describe("the source labelled after the caption's sentence, under the date (Obozrevatel)", () => {
  it('reads the caption and the source as its credit', () => {
    expect(readHeaderCaption('Станція метро "Либідська". Джерело: КМДА')).toEqual({ caption: 'Станція метро "Либідська".', credit: 'КМДА' });
    expect(readHeaderCaption('Protesters outside parliament in Tbilisi. Source: Reuters')).toEqual({ caption: 'Protesters outside parliament in Tbilisi.', credit: 'Reuters' });
  });

  it('reads no credit from a source that is a sentence of its own', () => {
    expect(readHeaderCaption('The ministry confirmed the figures. Source: the ministry said the data were final.')).toBeUndefined();
  });
});

describe("a byline's newsroom after `da` (CNN Brasil: `Juliana Campos, da CNN`)", () => {
  it('reads the initials as the newsroom, no place', () => {
    expect(readNames('Juliana Campos, da CNN')).toEqual({ authors: ['Juliana Campos'], dateline: undefined });
  });

  it('still reads a place after `da` as the dateline (Italian: from)', () => {
    expect(readNames('Marco Rossi, da Tbilisi')).toEqual({ authors: ['Marco Rossi'], dateline: 'Tbilisi' });
  });
});

describe('a city the time zone database names, on its line under the byline (CNN Brasil, El Mundo)', () => {
  it('reads it as the dateline, not as a second author', () => {
    const header = read('Metrô de São Paulo terá nova linha\nJuliana Campos, da CNN\nSão Paulo\n28/05/2024 às 16:42\nO governo de São Paulo anunciou nesta terça-feira a construção de um corredor.\nO investimento é de R$ 1,2 bilhão.\n', { languages: ['pt'] });
    expect(header.authors).toEqual(['Juliana Campos']);
    expect(header.dateline).toBe('São Paulo');
    const mundo = read('Renfe suprimirá 200 trenes de Cercanías\nActualizado Viernes, 5 diciembre 2025 - 13:42\nLucía Ortega\nMadrid\nCompartir en Facebook\nRenfe suprimirá unos 200 trenes diarios de Cercanías en Madrid.\nLas líneas C-3 y C-4 serán las más afectadas.\n', { languages: ['es'] });
    expect(mundo.authors).toEqual(['Lucía Ortega']);
    expect(mundo.dateline).toBe('Madrid');
  });

  it('reads a second name there as an author', () => {
    const header = read('Metrô de São Paulo terá nova linha\nJuliana Campos\nAna Souza\n28/05/2024 às 16:42\nO governo de São Paulo anunciou nesta terça-feira a construção de um corredor.\nO investimento é de R$ 1,2 bilhão.\n', { languages: ['pt'] });
    expect(header.authors).toEqual(['Juliana Campos', 'Ana Souza']);
    expect(header.dateline).toBeUndefined();
  });
});

describe("outlets' buttons and calls, each a line of its own", () => {
  it.each(['Compartilhe:', 'Ver comentarios', 'Тільки перевірена інформація в нас у Telegram-каналі Obozrevatel та у Viber. Не ведіться на фейки!', 'Только проверенная информация у нас в Telegram-канале Obozrevatel и в Viber. Не ведитесь на фейки!'])('%s is the page\'s', (line) => {
    expect(isChrome(line)).toBe(true);
  });

  it('keeps a sentence about verified information as text', () => {
    expect(isChrome('Тільки перевірена інформація може зупинити паніку, вважають у КМДА.')).toBe(false);
  });
});

describe("a <div> named as a footer inside the <article> (SWI swissinfo.ch's `article-footer`)", () => {
  const { document } = parseHTML('<article><div class="article-body"><p>Text.</p></div><div class="article-footer"><p>Note.</p></div><div class="footnotes"><p>1. A source.</p></div></article>');

  it('is furniture; the text and its footnotes are not', () => {
    expect(namedAsFurniture(document.querySelector('.article-footer')!)).toBe(true);
    expect(namedAsFurniture(document.querySelector('.article-body')!)).toBe(false);
    expect(namedAsFurniture(document.querySelector('.footnotes')!)).toBe(false);
  });
});

describe("a photo's caption printed with no credit under the date, over the text (Graphic Online)", () => {
  const clipping = 'COCOBOD raises farmgate price of cocoa\nEmmanuel Bonney\nDec - 05 - 2026 , 14:17\nThe Chief Executive of COCOBOD, Dr Kwame Asante, announcing the new price in Accra\nThe Ghana Cocoa Board has raised the producer price of cocoa.\nThe new price takes effect from Monday.\n';

  it('reads it as the caption, out of the body, and says it may be the standfirst', () => {
    const header = read(clipping);
    expect(header).toMatchObject({ caption: 'The Chief Executive of COCOBOD, Dr Kwame Asante, announcing the new price in Accra', uncreditedCaptionLine: 4 });
    expect(header.body.filter(Boolean)).toEqual(['The Ghana Cocoa Board has raised the producer price of cocoa.', 'The new price takes effect from Monday.']);
    const data = loadContentData(path.resolve('content'));
    const { notes } = readClipping(clipping, data, { sourceId: 'civil-georgia', now: new Date('2027-01-01T00:00:00Z') });
    expect(notes.join('\n')).toMatch(/^line 4, the line under the date over the text, which ends no sentence, was read as the photo's caption; papers print their standfirst there too/mu);
  });

  it("reads it as the text's when the paper's profile says its photos have no caption", () => {
    const header = read(clipping, { standfirstOverPhoto: true });
    expect(header.caption).toBeUndefined();
    expect(header.body.filter(Boolean)[0]).toBe('The Chief Executive of COCOBOD, Dr Kwame Asante, announcing the new price in Accra');
  });

  it('reads no caption from a short line there, nor where a caption is read already', () => {
    expect(read(clipping.replace('The Chief Executive of COCOBOD, Dr Kwame Asante, announcing the new price in Accra', 'Cocoa season 2026/27')).caption).toBeUndefined();
    expect(read(clipping.replace('Emmanuel Bonney\n', 'Emmanuel Bonney\nPhoto: Reuters\n')).caption).not.toBe('The Chief Executive of COCOBOD, Dr Kwame Asante, announcing the new price in Accra');
  });
});

describe("a standfirst of two sentences under the date, the last without its full stop (il Fatto Quotidiano)", () => {
  it('stays the text\'s, no caption', () => {
    const header = read("Georgia, passa la riforma elettorale\nMondo | Di Luca Marchetti | 28 Maggio 2024\nLa maggioranza ha approvato la legge in terza lettura. L'opposizione ha lasciato l'aula\nIl Parlamento della Georgia ha approvato martedì la riforma.\nIl voto è arrivato dopo settimane di proteste.\n", { languages: ['it'] });
    expect(header.caption).toBeUndefined();
    expect(header.body.filter(Boolean)[0]).toBe("La maggioranza ha approvato la legge in terza lettura. L'opposizione ha lasciato l'aula");
  });
});

describe('clippings of outlets new to the archive, each once read wrong', () => {
  it("reads GZH's time with the minutes' abbreviation (`16h42min`)", () => {
    expect(readFactLine('28/05/2024 - 16h42min', [], { dateOrder: 'DMY' })?.date?.text).toBe('28/05/2024 - 16h42min');
    // `min` after a time with a colon is none of its
    expect(readFactLine('28/05/2024 16:42min', [], { dateOrder: 'DMY' })?.date?.text).not.toBe('28/05/2024 16:42min');
  });

  it("reads Vedomosti's photographer and paper between spaced slashes after the caption", () => {
    const header = read('Московское метро запустит поезда\n28 мая 2024, 16:42\nАнна Петрова\nПоезд «Москва-2024» в электродепо «Измайлово» / Андрей Гордеев / Ведомости\nМосковский метрополитен до конца года запустит первые поезда.\nВсего на линию планируется вывести 40 поездов.\n', { languages: ['ru'] });
    expect(header).toMatchObject({ caption: 'Поезд «Москва-2024» в электродепо «Измайлово»', credit: 'Андрей Гордеев / Ведомости' });
  });

  it("reads Heraldo de Aragón's photographer named in the name's own case after the caption's sentence", () => {
    expect(readHeaderCaption('Vista del vestíbulo de la estación Delicias de Zaragoza, este martes. Oliver Duch')).toEqual({ caption: 'Vista del vestíbulo de la estación Delicias de Zaragoza, este martes.', credit: 'Oliver Duch' });
    expect(readHeaderCaption('Adif restableció la circulación. los técnicos Trabajaron')).toBeUndefined();
  });
});
