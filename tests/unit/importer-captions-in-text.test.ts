import { describe, expect, it } from 'vitest';
import { readFactLine } from '../../src/importer/line-facts.ts';
import { isPaperName } from '../../src/importer/paper-desk.ts';
import { readGenericLayout } from '../../src/importer/read-layout.ts';

// Photo captions and credits of European and African outlets, inside or near the text (session 22), each once read
// silently wrong (issue 13) and pinned whole by an outlet golden too (outlet-goldens.ts).
const layout = (text: string, mastheads: string[], language: string) => readGenericLayout(text.split('\n'), mastheads, { dateOrder: 'DMY', languages: [language] });

describe('a caption and its credit on one line', () => {
  it('keeps an agency whose name ends in a label word whole (HotNews: `Foto: Inquam Photos / George Călin`)', () => {
    expect(readFactLine('Lucrări la magistrala M6, în zona 1 Mai. Foto: Inquam Photos / George Călin', [], { languages: ['ro'] })).toEqual({
      caption: 'Lucrări la magistrala M6, în zona 1 Mai.',
      credit: 'Inquam Photos / George Călin',
    });
  });

  it('still reads the slash for a colon after a sentence (NZ Herald: `… Photo / AP`)', () => {
    expect(readFactLine('Protesters outside the parliament in Tbilisi on Tuesday. Photo / AP', [], { languages: ['en'] })).toEqual({
      caption: 'Protesters outside the parliament in Tbilisi on Tuesday.',
      credit: 'AP',
    });
  });

  it('reads a credit in square brackets past a comma (the Standard: `[File, Standard]`)', () => {
    expect(readFactLine('Matatus at the Githurai stage in Nairobi. [File, Standard]', [], { languages: ['en'] })).toEqual({
      caption: 'Matatus at the Githurai stage in Nairobi.',
      credit: 'File, Standard',
    });
  });

  it('reads the label after the credit, as Lithuanian prints "photo by" (LRT: `… / Name/ELTA nuotr.`)', () => {
    expect(readFactLine('Vilniaus šilumos tinklų katilinė / Josvydo Elinsko/ELTA nuotr.', [], { languages: ['lt'] })).toEqual({
      caption: 'Vilniaus šilumos tinklų katilinė',
      credit: 'Josvydo Elinsko/ELTA',
    });
  });

  it('reads the main photo\'s caption and credit in brackets (Index: `(Borítókép: … Fotó: …)`)', () => {
    expect(readFactLine('(Borítókép: A Megyeri híd 2025. szeptember 12-én. Fotó: Papajcsik Péter / Index)', [], { languages: ['hu'] })).toEqual({
      caption: 'A Megyeri híd 2025. szeptember 12-én.',
      credit: 'Papajcsik Péter / Index',
    });
  });
});

describe('the photo in the header, over the text', () => {
  it('reads `<caption> / AGENCY` under a standfirst that ends no sentence, the standfirst left the text\'s (Proto Thema)', () => {
    const header = layout(
      'ΕΛΛΑΔΑ\nΜετρό Θεσσαλονίκης: Ξεκινούν τα έργα για την επέκταση προς τα δυτικά\nNewsroom\n05.12.2026 | 14:32\nΗ υπογραφή της σύμβασης ανοίγει τον δρόμο για δύο νέους σταθμούς έως το 2030\nΣτιγμιότυπο από σταθμό του μετρό Θεσσαλονίκης / EUROKINISSI\nΥπεγράφη την Παρασκευή η σύμβαση για την επέκταση του μετρό προς τους δυτικούς συνοικισμούς.\nΗ επέκταση θα έχει μήκος 4,8 χιλιομέτρων.\n',
      ['Proto Thema'],
      'el',
    );
    expect([header.caption, header.credit]).toEqual(['Στιγμιότυπο από σταθμό του μετρό Θεσσαλονίκης', 'EUROKINISSI']);
    expect(header.body[0]).toBe('Η υπογραφή της σύμβασης ανοίγει τον δρόμο για δύο νέους σταθμούς έως το 2030');
    expect(header.body).toHaveLength(3);
  });

  it('reads an institution credited under its caption, and the paper after the name as no dateline (Novinky)', () => {
    const header = layout(
      'Domácí\nŘidiči se dočkali. Další úsek dálnice D35 se otevře před Vánoci\nŘeditelství silnic a dálnic zprovozní 15. prosince úsek dálnice D35.\nJan Dvořák, Novinky\n5. prosince 2026, 14:32\nNový úsek dálnice D35 u Opatovce\nFoto: Ředitelství silnic a dálnic\nÚsek dálnice D35 mezi Opatovcem a Dětřichovem bude pro řidiče otevřen 15. prosince.\nCelá dálnice D35 má být hotová v roce 2029.\n',
      ['Novinky.cz'],
      'cs',
    );
    expect([header.caption, header.credit]).toEqual(['Nový úsek dálnice D35 u Opatovce', 'Ředitelství silnic a dálnic']);
    expect(header.authors).toEqual(['Jan Dvořák']);
    expect(header.dateline).toBeUndefined();
    expect(header.body).not.toContain('Nový úsek dálnice D35 u Opatovce');
    expect(header.body).toHaveLength(3);
  });

  it('reads names under a credit alone, over the text, as the byline, no caption (Rzeczpospolita)', () => {
    const header = layout(
      'Energetyka\nURE zatwierdził nowe taryfy. Rachunki za prąd wzrosną od stycznia\nOd 1 stycznia gospodarstwa domowe zapłacą za energię więcej.\nPublikacja: 05.12.2026 09:14\nFoto: Adobe Stock\nMichał Kowalski\nUrząd Regulacji Energetyki zatwierdził w piątek taryfy na 2027 r.\nDla przeciętnego gospodarstwa oznacza to wzrost rachunku.\nCzytaj więcej\nBon energetyczny 2027. Kto dostanie wsparcie i ile wyniesie\n',
      ['Rzeczpospolita'],
      'pl',
    );
    expect(header.authors).toEqual(['Michał Kowalski']);
    expect([header.caption, header.credit]).toEqual([undefined, 'Adobe Stock']);
    expect(header.body).toEqual([
      'Od 1 stycznia gospodarstwa domowe zapłacą za energię więcej.',
      'Urząd Regulacji Energetyki zatwierdził w piątek taryfy na 2027 r.',
      'Dla przeciętnego gospodarstwa oznacza to wzrost rachunku.',
    ]);
  });
});

describe('the paper\'s own name', () => {
  it('is printed without its web name\'s domain too', () => {
    expect(isPaperName('Novinky', ['Novinky.cz'])).toBe(true);
    expect(isPaperName('novinky.cz', ['Novinky.cz'])).toBe(true);
    expect(isPaperName('Praha', ['Novinky.cz'])).toBe(false);
  });
});
