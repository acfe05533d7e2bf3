import { type LineFacts } from './line-facts.ts';
import { isWireAgency } from './byline-lines.ts';

/**
 * The byline of wire copy another paper republishes as the wire sent it (Digital Journal's AFP
 * stories: `By AFP`, the date, the photo's caption, then `Irakli METREVELI`, then `Tbilisi (AFP) -
 * …`). The wire prints its reporter's name over the text, so a line of names alone right over a
 * first paragraph whose dateline credits a news agency in brackets is the story's byline, not
 * article text; the agency's name alone there (`AFP`) is the wire's credit line, printed again in
 * the dateline. A line of words that is no name, or a dateline crediting no agency, is left as text.
 */

/** `Tbilisi (AFP) -`, `MOSCOW (Reuters) —`: a dateline that credits the agency in brackets; the agency. */
const AGENCY_DATELINE = /^[^()]{1,60}\((?<agency>[^()]{2,40})\)\s*[-–—]/u;

const creditsAgency = (paragraph: string): boolean => {
  const agency = AGENCY_DATELINE.exec(paragraph)?.groups?.agency;
  return agency !== undefined && isWireAgency(agency);
};

/**
 * What the line right over the text's first paragraph is, when that paragraph's dateline credits
 * an agency: the reporter (`names` reads a line of names without `By`, as the header's byline does),
 * or the agency's credit; undefined when neither.
 */
export function wireByline(line: string, firstParagraph: string, names: (text: string) => LineFacts | undefined): (LineFacts & { chrome?: true }) | undefined {
  if (!creditsAgency(firstParagraph)) return undefined;
  if (isWireAgency(line)) return { chrome: true };
  return names(line);
}

/** A byline that names only news agencies (`By AFP`): it gives way to the wire's reporter named over the text. */
export const namesOnlyAgencies = (facts: LineFacts | undefined): boolean => facts?.authors !== undefined && facts.authors.length > 0 && facts.authors.every(isWireAgency);
