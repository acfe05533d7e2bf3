import { describe, expect, it } from 'vitest';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Lines of names under the title: who wrote the story, and what only looks like a name.
const read = (lines: string[], mastheads: string[], languages: string[]) => readGenericLayout(lines, mastheads, { dateOrder: 'DMY', languages });

describe('the paper\'s own desk under the byline', () => {
  it('reads `BBC News, Tbilisi` on a paper named BBC as the desk and the place, no author', () => {
    const header = read(['Georgia protests: Parliament speaker resigns', 'By Rayhan Demytrie', 'BBC News, Tbilisi', '21 June 2019', 'The speaker resigned on Friday.'], ['BBC'], ['en']);
    expect([header.authors, header.dateline]).toEqual([['Rayhan Demytrie'], 'Tbilisi']);
  });

  // The BBC in 2014: the date over the title, the desk's line the header's last, over the text (paper-desk.ts, placeAfterPaperDesk).
  it('reads the desk and the place over the text when the date stands over the title', () => {
    const header = read(['21 June 2014', 'Georgia protests: Parliament speaker resigns', 'By Rayhan Demytrie', 'BBC News, Tbilisi', 'The speaker resigned on Friday.'], ['BBC'], ['en']);
    expect([header.authors, header.dateline, header.body]).toEqual([['Rayhan Demytrie'], 'Tbilisi', ['The speaker resigned on Friday.']]);
  });

  it('keeps a second author whose name only starts like another paper\'s', () => {
    const header = read(['Georgia protests: Parliament speaker resigns', 'By Rayhan Demytrie', 'Reuters Staff', '21 June 2019', 'The speaker resigned on Friday.'], ['BBC'], ['en']);
    expect(header.authors).toEqual(['Rayhan Demytrie', 'Reuters Staff']);
  });
});

describe('names a line each over the date', () => {
  it('reads both names when the second is long with its particles (El País: `María R. Sahuquillo`, `Javier G. de la Cruz`)', () => {
    const header = read(
      ['La policía georgiana detiene a cientos de manifestantes', 'El Gobierno acusa a la oposición de preparar una revolución', 'María R. Sahuquillo', 'Javier G. de la Cruz', 'Tiflis / Moscú - 06 dic 2024 - 18:42 CET', 'La policía ha detenido a más de 400 personas.'],
      [],
      ['es'],
    );
    expect(header.authors).toEqual(['María R. Sahuquillo', 'Javier G. de la Cruz']);
    expect(header.body).toEqual(['El Gobierno acusa a la oposición de preparar una revolución', 'La policía ha detenido a más de 400 personas.']);
  });
});
