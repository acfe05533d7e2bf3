import { phrasesOf } from './printed-phrases.ts';

/**
 * The paper's sentence about itself under every article (Agenda.ge in 2014: `Agenda.ge is a news
 * portal of the Georgian Public Broadcaster, providing news about Georgia in English.`): its own
 * name, then what it is. Each paper words it its own way and changes the wording over the years, so
 * it is told by its form, not listed; a sentence of the text names the paper for what it did
 * (`Agenda.ge reported …`), not for what it is.
 */
const IS_A = new RegExp(String.raw`^\s+${phrasesOf('paperIsA')}\s`, 'iu');

export const isPaperAboutItself = (line: string, mastheads: readonly string[]): boolean =>
  mastheads.some((name) => line.toLowerCase().startsWith(name.toLowerCase()) && IS_A.test(line.slice(name.length)));
