import { writeFileSync } from 'node:fs';
import { intBetween, pick, seededRandom } from './random.ts';
import { buildVocabulary, capitalize } from './vocabulary.ts';

/**
 * `tsx src/bench/factiva-export.ts N FILE [--seed S]`: a Factiva export of N documents in the
 * "Full Article/Report plus Indexing" display, as text, for timing the import of a researcher's
 * download (BENCHMARKS.md). Five papers, each document 300 to 900 words in 4 to 12 paragraphs,
 * distinct headlines, dates over 2023-2024, and the indexing fields Factiva prints.
 */

const PAPERS = ['Bench Herald', 'Bench Tribune', 'Bench Courier', 'Bench Gazette', 'Bench Chronicle'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function factivaExport(count: number, seed = 1): string {
  const random = seededRandom(seed);
  const words = buildVocabulary(random, 5000);
  const sentence = () => `${capitalize(Array.from({ length: intBetween(random, 8, 20) }, () => pick(random, words)).join(' '))}.`;
  const documents: string[] = [];
  for (let n = 0; n < count; n += 1) {
    const paper = PAPERS[n % PAPERS.length]!;
    const code = paper.replace(/\W/g, '').toUpperCase().slice(0, 8).padEnd(8, '0');
    const year = 2023 + (n % 2);
    const month = intBetween(random, 1, 12);
    const day = intBetween(random, 1, 28);
    const paragraphs = Array.from({ length: intBetween(random, 4, 12) }, () => Array.from({ length: intBetween(random, 3, 6) }, sentence).join(' '));
    const serial = n.toString(36).padStart(9, '0');
    documents.push(
      [
        `HD\t${capitalize(pick(random, words))} ${Array.from({ length: 6 }, () => pick(random, words)).join(' ')} ${n + 1}`,
        `BY\tBy ${capitalize(pick(random, words))} ${capitalize(pick(random, words))}`,
        `WC\t${paragraphs.join(' ').split(' ').length} words`,
        `PD\t${day} ${MONTHS[month - 1]} ${year}`,
        `ET\t${String(intBetween(random, 0, 23)).padStart(2, '0')}:${String(intBetween(random, 0, 59)).padStart(2, '0')}`,
        `SN\t${paper}`,
        `SC\t${code}`,
        'LA\tEnglish',
        `CY\tCopyright ${year} ${paper}. All rights reserved.`,
        'LP\t',
        ...paragraphs.slice(0, 2).flatMap((paragraph) => [paragraph, '']),
        'TD\t',
        ...paragraphs.slice(2).flatMap((paragraph) => [paragraph, '']),
        'NS\tgpol : Domestic Politics | gcat : Political/General News',
        'RE\tgeorgia : Georgia',
        `PUB\t${paper} Ltd`,
        `AN\tDocument ${code}${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${serial}`,
        '',
      ].join('\n'),
    );
  }
  return documents.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [count, file] = process.argv.slice(2);
  if (!count || !file) throw new Error('usage: tsx src/bench/factiva-export.ts N FILE');
  writeFileSync(file, factivaExport(Number(count)));
}
