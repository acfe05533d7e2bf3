import type { LineFacts } from './line-facts.ts';
import { phrasesOf } from './printed-phrases.ts';

/**
 * `متظاهرون أمام مبنى البرلمان في تبليسي (رويترز)`: a photo's caption in Arabic under the title, the agency in brackets by
 * its Arabic name (`أ ف ب`, `رويترز`, `الأناضول`: news-agencies.ts), with no full stop, as Arabic pages print it (Al Jazeera,
 * Asharq Al-Awsat, Anadolu's Arabic service). A line with a sentence's stop inside is the text's, never a caption; the
 * caller asks only in the header, as of a caption in another script (header-caption.ts).
 */
const ARABIC_CAPTION = new RegExp(String.raw`^(?<caption>\p{Script=Arabic}[^().!?؟]{2,200}[\p{Script=Arabic}\d])\s*\((?<credit>${phrasesOf('wireAgency')})\)$`, 'u');

export function readArabicCaption(line: string): LineFacts | undefined {
  const groups = ARABIC_CAPTION.exec(line)?.groups;
  return groups && { caption: groups.caption!, credit: groups.credit! };
}
