import { expect, it } from 'vitest';
import { excerptSegments } from '../../src/search/excerpt.ts';

it('splits an excerpt at the mark tags into marked and plain text', () => {
  expect(excerptSegments('met <mark>Bibilov</mark> in <mark>Moscow</mark>.')).toEqual([
    { text: 'met ', marked: false },
    { text: 'Bibilov', marked: true },
    { text: ' in ', marked: false },
    { text: 'Moscow', marked: true },
    { text: '.', marked: false },
  ]);
});

it('keeps any other markup in the text as characters, never as elements', () => {
  expect(excerptSegments('a <img src=x onerror=alert(1)> <mark>b</mark>')).toEqual([
    { text: 'a <img src=x onerror=alert(1)> ', marked: false },
    { text: 'b', marked: true },
  ]);
});
