import { describe, expect, it } from 'vitest';
import { meansOffset } from '../../src/importer/dates.ts';

/**
 * Whether printed letters can mean an offset at an instant (src/importer/dates.ts meansOffset).
 * Its zones are looked up once per UTC day, so the answers around a change of offset within a
 * day must still be those of the instant, in whatever order a process asks.
 */

const HOUR = 3_600_000;
/** Britain went to BST at 01:00 UTC on 31 March 2024, and back to GMT at 01:00 UTC on 27 October 2024. */
const SPRING = Date.UTC(2024, 2, 31, 1);
const AUTUMN = Date.UTC(2024, 9, 27, 1);
/** New York went to EDT at 07:00 UTC on 10 March 2024. */
const NEW_YORK_SPRING = Date.UTC(2024, 2, 10, 7);

const at = (abbreviation: string, instant: number, minutes: number, languages: string[] = []) => meansOffset({ abbreviation }, instant, minutes, languages);

describe('printed letters meaning an offset', () => {
  it('are the zone called so at the instant, on either side of a change within the day, asked in either order', () => {
    expect(at('BST', SPRING + HOUR / 2, 60)).toBe(true);
    expect(at('BST', SPRING - HOUR / 2, 60)).toBe(false);
    expect(at('BST', SPRING - HOUR / 2, 0)).toBe(false);
    expect(at('GMT', AUTUMN - HOUR / 2, 0)).toBe(true);
    expect(at('BST', AUTUMN - HOUR / 2, 60)).toBe(true);
    expect(at('BST', AUTUMN + HOUR / 2, 60)).toBe(false);
    expect(at('EST', NEW_YORK_SPRING - HOUR / 2, -300)).toBe(true);
    expect(at('EDT', NEW_YORK_SPRING - HOUR / 2, -240)).toBe(false);
    expect(at('EDT', NEW_YORK_SPRING + HOUR / 2, -240)).toBe(true);
    expect(at('EST', NEW_YORK_SPRING + HOUR / 2, -300)).toBe(true);
  });

  it('are the names Intl gives in the clipping\u2019s language, and letters no zone has at that offset mean nothing', () => {
    const summer = Date.UTC(2024, 6, 1, 12);
    expect(at('MESZ', summer, 120)).toBe(false);
    expect(at('MESZ', summer, 120, ['de'])).toBe(true);
    expect(at('IST', summer, 330)).toBe(true);
    expect(at('IST', summer, 60)).toBe(true);
    expect(at('IST', summer, 180)).toBe(false);
    expect(at('XYZ', summer, 60)).toBe(false);
  });
});
