/**
 * The particles a name holds in lower case: words of their own (`Ursula von der Leyen`, `Peter de Jong`), or, in
 * Arabic names written in Latin letters, joined by a hyphen to the word they belong to (`Essam al-Sudani`,
 * `Rania el-Khoury`, `Salah ad-Din`). Only as a word of its own would `as` or `at` read an English phrase as a name,
 * so the Arabic article's assimilated forms count only joined.
 */
const PARTICLES = 'de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den|ter|bin|ibn|al|el|y';
const JOINED_PARTICLES = 'al|el|ad|an|ar|as|ash|at|az|bin|ibn';

/** A particle, a word of its own. */
export const PARTICLE = new RegExp(`^(?:${PARTICLES})$`, 'u');

/** A name's word with its particle joined by a hyphen: `al-Sudani`. */
export const PARTICLE_JOINED = new RegExp(`^(?:${JOINED_PARTICLES})-\\p{Lu}[\\p{L}'’-]*$`, 'u');

/** A name's word after the first in a regular expression's source: capitalised, perhaps after particles (`de Jong`, `al-Sudani`). */
export const NAME_WORD_AFTER_FIRST = String.raw`(?:(?:${PARTICLES})\s|(?:${JOINED_PARTICLES})-)*\p{Lu}[\p{L}'’-]*`;
