import { agencyForm } from './news-agencies.ts';

/**
 * `AFP, TBILISI`, `Reuters, MOSCOW` (the Taipei Times, by its title): the news agency that wrote the
 * story, then where it was filed, in capitals as a dateline prints its place, so a weekday or any
 * other word after an agency's comma (`Reuters, Tuesday`) is none.
 */
const AGENCY_THEN_PLACE = /^(?<agency>[^,]{2,40}),\s*(?<place>\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,2})$/u;

/** The agency as the author and the place as the dateline of an `AFP, TBILISI` line; undefined for any other line. */
export function readAgencyAndPlace(line: string): { authors: string[]; dateline: string } | undefined {
  const groups = AGENCY_THEN_PLACE.exec(line.trim())?.groups;
  const agency = groups === undefined ? undefined : agencyForm(groups.agency!);
  return agency === undefined ? undefined : { authors: [agency], dateline: groups!.place! };
}
