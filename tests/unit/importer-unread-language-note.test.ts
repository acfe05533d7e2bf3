import { describe, expect, it } from 'vitest';
import { unreadLanguageNotes } from '../../src/importer/unread-language-note.ts';

// A clipping in a language the phrase tables know no labels in (Galician's update line `Actualizado`, a related-links heading
// `Máis información`) may keep them as text: the import says so by name instead of passing over it in silence.
describe('the note on a clipping in a language whose printed labels the importer does not know', () => {
  it('names Galician and Icelandic, with their tags', () => {
    expect(unreadLanguageNotes(['gl'])).toEqual([expect.stringMatching(/^the importer knows no labels printed in Galician \(gl\): .*check it$/)]);
    expect(unreadLanguageNotes([undefined, 'is'])).toEqual([expect.stringContaining('Icelandic (is)')]);
  });

  it('says nothing of a language the phrase tables read, with or without its region', () => {
    expect(unreadLanguageNotes(['en-GB', 'fr', 'pt-BR', 'ca', undefined])).toEqual([]);
  });

  it('says nothing of Malay, whose clippings are read with Indonesian\'s phrases (Berita Harian)', () => {
    expect(unreadLanguageNotes(['ms'])).toEqual([]);
  });
});
