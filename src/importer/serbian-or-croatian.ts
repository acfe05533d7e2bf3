/**
 * Croatian or Serbian, for a Latin-script text in their shared commonest words (clipping-language.ts): Serbian writes
 * ekavian forms (`predsednik`, `posle`, `vreme`, `mesto`), Croatian and Bosnian ijekavian ones (`predsjednik`, `poslije`);
 * Croatian has words of its own (`tisuća`, `tijekom`, `europski`, `tjedan`, `oporba`, its months `svibanj`,
 * `listopad`), where Bosnian and Serbian write `hiljada`, `tokom`, `evropski`, `sedmica`, `šta`. Bosnian, which is
 * neither, and a text with marks of both, or too few, are no answer: the paper's language is then asked for.
 */

/** Croatian's own words (none written so in Bosnian or Serbian), by their stem. */
const CROATIAN = /^(?:tisuć|tijekom$|europsk|tjedan|tjedn|priopć|oporb|izvješć|siječ|veljač|ožuj|travan|travnj|svibanj|svibnj|lipanj|lipnj|srpanj|srpnj|kolovoz|rujan|rujn|listopad|studenog|prosinac|prosinc)/u;

/** Serbian's ekavian forms, which Bosnian and Croatian write with `ije`/`je`, and its `takođe`, `opština`, `saopštenje`. */
const SERBIAN = /^(?:predsedni|posle|vreme$|mest[oau]$|gde$|ovde$|deo$|pre$|nedelj|vest[ie]?$|sednic|vrednost|promen|zamenik|dec[aeiu]$|bezbednost|takođe$|opštin|saopšt)/u;

/** Words Bosnian and Serbian write and Croatian does not: a text with them is no Croatian one, though it may be Bosnian. */
const BOSNIAN_OR_SERBIAN = /^(?:hiljad|tokom$|evrop|sedmic|historij|istorij|uprkos$|uticaj|šta$)/u;

/** Two marks, as one may be a name or a word quoted from the other language. */
const MIN_MARKS = 2;

export function serbianOrCroatian(words: readonly string[]): 'hr' | 'sr' | undefined {
  const marks = (pattern: RegExp) => words.filter((word) => pattern.test(word)).length;
  const croatian = marks(CROATIAN);
  const serbian = marks(SERBIAN);
  if (croatian >= MIN_MARKS && serbian === 0 && marks(BOSNIAN_OR_SERBIAN) === 0) return 'hr';
  if (serbian >= MIN_MARKS && croatian === 0) return 'sr';
  return undefined;
}
