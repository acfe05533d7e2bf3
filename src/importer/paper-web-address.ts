import { isHostLine } from './host-line.ts';

/**
 * The paper's name as its web address, on a line of its own: `Mediamax.am` under Mediamax's text,
 * `kvira.ge` under Kvira's; or as the site brands itself, its name as printed before the domain
 * (`Le Monde.fr`, the name of its feed). It signs the page as the masthead does, so it is no article
 * text. Only the paper's own name counts: another site's address is a source the text names.
 */
export function namesPaperAtAddress(line: string, masthead: string): boolean {
  const host = line.trim();
  const [name, ...domain] = host.split('.');
  const branded = domain.length === 1 && /^[a-z]{2,3}$/u.test(domain[0]!);
  return (isHostLine(host) || branded) && domain.length === 1 && name!.replace(/\s+/gu, '').toLowerCase() === masthead.replace(/\s+/gu, '').toLowerCase();
}
