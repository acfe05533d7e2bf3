import { randomUUID } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { isOffsetOnlyZone, sourceSchema } from '../lib/source-schema.ts';
import { printableName } from './errors.ts';

/**
 * `npm run import -- --source ID --set-time-zone ZONE`: records a paper's IANA zone for good, for a
 * paper the importer added from a saved page (whose zone it could not know) or one whose file holds
 * only a UTC offset. Only the `timeZone` line changes, so the archivist's comments and fields stay.
 */

export const setZoneCommand = (id: string) => `npm run import -- --source ${id} --set-time-zone ZONE`;

/** The comment a paper created without a zone carries; setting the zone takes it out again. */
const UNKNOWN_ZONE_NOTE = '# Its time zone is not known (a page gives a UTC offset, not a zone): set it with';

export const unknownZoneComment = (id: string) => `${UNKNOWN_ZONE_NOTE} ${setZoneCommand(id)}`;

/** A zone the archivist cannot set: the CLI prints it with the usage text. */
export class SourceZoneError extends Error {
  override name = 'SourceZoneError';
}

/** Sets the zone and says what changed. */
export function setSourceZone(id: string, zone: string, contentRoot: string): string {
  if (isOffsetOnlyZone(zone)) {
    throw new SourceZoneError(`--set-time-zone ${zone}: a UTC offset is not a paper's zone (it says nothing of summer time); give the IANA zone of the paper's place, e.g. America/New_York or Asia/Tbilisi.`);
  }
  if (!sourceSchema.shape.timeZone.safeParse(zone).success) throw new SourceZoneError(`--set-time-zone ${zone}: must be an IANA time zone such as Asia/Tbilisi.`);
  const file = path.join(contentRoot, 'sources', `${id}.yaml`);
  const text = readFileSync(file, 'utf8');
  const before = sourceSchema.parse(yaml.load(text)).timeZone;
  const lines = text.split('\n').filter((line) => !line.startsWith(UNKNOWN_ZONE_NOTE));
  const at = lines.findIndex((line) => /^timeZone\s*:/.test(line));
  if (at >= 0) lines[at] = `timeZone: ${zone}`;
  else lines.splice(lines.at(-1) === '' ? -1 : lines.length, 0, `timeZone: ${zone}`);
  const updated = lines.join('\n');
  // The one line written must give the zone, and nothing else in the file may change meaning.
  const parsed = sourceSchema.parse(yaml.load(updated));
  if (parsed.timeZone !== zone) throw new SourceZoneError(`${printableName(file)}: its timeZone could not be set (its YAML is not one field a line); write "timeZone: ${zone}" in it.`);
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${randomUUID()}.tmp`);
  try {
    writeFileSync(temp, updated, { flag: 'wx' });
    renameSync(temp, file);
  } finally {
    rmSync(temp, { force: true });
  }
  const was = before === undefined ? 'it had none' : `it was ${before}`;
  return `${printableName(file)}: the time zone of ${parsed.name} is now ${zone} (${was}); its clippings are read in it from now on, and articles already imported keep their dates.`;
}
