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

it('gives back the characters of markup quoted in the text, which Pagefind escapes', () => {
  // As Pagefind 1.6 delivers it: only < and > are escaped, & is left alone.
  expect(excerptSegments('a &lt;img src=x onerror=alert(1)&gt; &amp; &lt;mark&gt; <mark>b</mark>')).toEqual([
    { text: 'a <img src=x onerror=alert(1)> &amp; <mark> ', marked: false },
    { text: 'b', marked: true },
  ]);
});

it('marks the word, not the quotes and punctuation Pagefind marks with it', () => {
  expect(excerptSegments('said <mark>“Tsikhelashvili,”</mark> then <mark>...</mark>')).toEqual([
    { text: 'said ', marked: false },
    { text: '“', marked: false },
    { text: 'Tsikhelashvili', marked: true },
    { text: ',”', marked: false },
    { text: ' then ', marked: false },
    { text: '...', marked: false },
  ]);
});
