import { isRoleAndUnit } from './chrome-lines.ts';
import { isParagraph, type Item } from './layout-item.ts';

/**
 * The byline under the title's standfirst, the author's job under the name, then the text (Nezavisimaya Gazeta: the
 * title, `Оппозиция обещает …`, `Андрей Серенко`, `Обозреватель отдела политики «НГ»`): no date under them holds them in
 * the header, so the header is taken to the job's line here, the name as the byline (read as the name under a line that
 * may be a headline: bylineUnderHeadline) and its job as the byline's, the page's line. Returns the header's new end.
 */
export function bylineUnderStandfirst(items: readonly Item[], end: number): number | undefined {
  const [standfirst, name, role, text] = items.slice(end, end + 4);
  if (!standfirst || standfirst.facts || !name?.byline || !role || !isRoleAndUnit(role.text) || !text || !isParagraph(text.text)) return undefined;
  [name.facts, role.facts] = [name.byline, { chrome: true }];
  return end + 3;
}
