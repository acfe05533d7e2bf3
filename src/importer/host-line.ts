/**
 * A web host alone on a line: `civil.ge`, `www.reuters.com`, `Civil.Ge` as the site prints its name over its menu, or
 * Firefox's reader view prints the page's host over the title. It names the site, as a masthead does, and is never the
 * article's title.
 */
const HOST_LINE = /^(?:[a-z0-9-]+\.)+[a-z]{2,}$/i;

export const isHostLine = (line: string): boolean => HOST_LINE.test(line);

/** A mail address, as a page prints a reporter's: `aholt@ke.nationmedia.com`. */
export const MAIL_ADDRESS = String.raw`[\p{L}\d._%+-]+@[\p{L}\d.-]+\.\p{L}{2,}`;
