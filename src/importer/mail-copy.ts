/**
 * A newsletter as received by e-mail and copied from the mail client: the mail's own header (its
 * subject, sender, recipient and the moment it was sent) over the article, the newsletter's name and
 * links around it, and its footer under it. None of these is the article's: they are set aside before
 * the text is read, and the mail's date is the article's only when the newsletter is the article.
 */
import { phrasesOf } from './printed-phrases.ts';

/** `Subject: …`, `Date: …`, `Von: …` (Thunderbird, Outlook). */
const HEADER_FIELD = new RegExp(String.raw`^(?<field>${phrasesOf('mailSubjectField', 'mailSentField', 'mailSenderField', 'mailRecipientField')})\s?:\s*(?<value>.*)$`, 'iu');
/** The fields that hold the subject, the moment of sending and the sender, in the clients' languages. */
const SUBJECT_FIELD = new RegExp(String.raw`^${phrasesOf('mailSubjectField')}$`, 'iu');
const SENT_FIELD = new RegExp(String.raw`^${phrasesOf('mailSentField')}$`, 'iu');
const SENDER_FIELD = new RegExp(String.raw`^${phrasesOf('mailSenderField')}$`, 'iu');
/** A sender with an address: `Civil Georgia <newsletter@civil.ge>`, and Gmail's `Unsubscribe` link after it. */
const SENDER = /^(?<name>[^<>@]*?)\s*<[^<>\s@]+@[^<>\s@]+>(?:\s+unsubscribe)?$/iu;
/** Gmail's line under the date: `to me`, `to reader, me`. */
const GMAIL_RECIPIENT = /^to\s+\S.*$/iu;
/** Gmail's label beside the subject: `Inbox`, `External`. */
const GMAIL_LABEL = /^(?:inbox|external|updates|promotions)$/iu;
const BUTTON = new RegExp(String.raw`^${phrasesOf('mailButton')}$`, 'iu');
const FOOTER = new RegExp(String.raw`^${phrasesOf('mailFooter')}$`, 'iu');
/** The printed lines Gmail's header may take: the subject, a label or two, the sender, the date and the recipient. */
const HEADER_LINES = 8;
/** `The Caucasus Weekly: <title>`, `Civil Georgia Daily Digest – <title>`: the newsletter's name, then what this issue carries. */
const NAME_SEPARATOR = /\s*(?::|\s[–—|-])\s+/u;

export interface CopiedMail {
  /** The copy with the mail's lines blank (so every other line keeps its number), and the mail's date in place when it is the article's. */
  text: string;
  subject: string;
  /** The moment the mail was sent, as the client prints it, and its line. */
  sent?: { text: string; line: number };
  /** Whether the newsletter is the article: its subject is the title printed under it, so the mail's date is the article's. */
  isArticle: boolean;
}

interface MailHeader {
  /** The header's lines, by index. */
  lines: number[];
  subject: string;
  sender?: string;
  sent?: { text: string; index: number };
}

/** Thunderbird's and Outlook's header: field lines, among them the sender's with an address and a subject. */
function fieldHeader(lines: readonly string[]): MailHeader | undefined {
  const header: MailHeader = { lines: [], subject: '' };
  let hasAddress = false;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.trim();
    const field = HEADER_FIELD.exec(line)?.groups;
    // A copy may hold blank lines before the header and between its fields (a client that copies each as a block).
    if (line === '') continue;
    if (!field) break;
    header.lines.push(index);
    const value = field.value!.trim();
    if (SUBJECT_FIELD.test(field.field!)) header.subject = value;
    if (SENT_FIELD.test(field.field!)) header.sent = { text: value, index };
    const sender = SENDER_FIELD.test(field.field!) ? SENDER.exec(value) : null;
    if (sender) [hasAddress, header.sender] = [true, sender.groups!.name!.replace(/^"|"$/gu, '')];
  }
  return hasAddress && header.subject !== '' ? header : undefined;
}

/** Gmail's: the subject (and its labels), the sender with an address, the date, then `to me`. */
function gmailHeader(lines: readonly string[]): MailHeader | undefined {
  const filled = lines.flatMap((line, index) => (line.trim() === '' ? [] : [index])).slice(0, HEADER_LINES);
  const senderAt = filled.findIndex((index) => SENDER.test(lines[index]!.trim()));
  const [subject, date, recipient] = [filled[0], filled[senderAt + 1], filled[senderAt + 2]];
  if (senderAt < 1 || subject === undefined || date === undefined || recipient === undefined || !GMAIL_RECIPIENT.test(lines[recipient]!.trim())) return undefined;
  const labels = filled.slice(1, senderAt).filter((index) => GMAIL_LABEL.test(lines[index]!.trim()));
  if (labels.length !== senderAt - 1) return undefined;
  const sender = SENDER.exec(lines[filled[senderAt]!]!.trim())!.groups!.name!;
  // `Fri, May 31, 2024, 10:02 AM (2 days ago)`: how long ago is the moment of reading, not of sending.
  const sent = lines[date]!.trim().replace(/\s*\([^()]*\)$/u, '');
  return { lines: [subject, ...labels, filled[senderAt]!, date, recipient], subject: lines[subject]!.trim(), sender, sent: { text: sent, index: date } };
}

/** Outlook on the web's circle with the sender's initials, beside the sender: `EN`. */
const OUTLOOK_INITIALS = /^\p{Lu}{1,3}$/u;
/** Outlook on the web's recipients' field, its label alone on its line (the names under it) or with them: `To:`, then `You`. */
const RECIPIENT_FIELD = new RegExp(String.raw`^${phrasesOf('mailRecipientField')}\s?:\s*(?<names>.*)$`, 'iu');

/** Outlook on the web's: the subject, the sender's initials, the sender with an address, `To:` and the recipients, then the date. */
function outlookWebHeader(lines: readonly string[]): MailHeader | undefined {
  const filled = lines.flatMap((line, index) => (line.trim() === '' ? [] : [index])).slice(0, HEADER_LINES);
  const text = (at: number) => lines[filled[at]!]?.trim() ?? '';
  const senderAt = filled.findIndex((index) => SENDER.test(lines[index]!.trim()));
  if (senderAt < 1 || senderAt > 2 || (senderAt === 2 && !OUTLOOK_INITIALS.test(text(1)))) return undefined;
  const recipients = RECIPIENT_FIELD.exec(text(senderAt + 1))?.groups;
  if (!recipients) return undefined;
  const dateAt = senderAt + (recipients.names === '' ? 3 : 2);
  if (filled[dateAt] === undefined) return undefined;
  const sender = SENDER.exec(text(senderAt))!.groups!.name!;
  return { lines: filled.slice(0, dateAt + 1), subject: text(0), sender, sent: { text: text(dateAt), index: filled[dateAt]! } };
}

/**
 * The lines over the article that name the newsletter, not the story: each a part of the subject that
 * is not the story's title after the newsletter's name (`The Caucasus Weekly` in `The Caucasus Weekly:
 * Hazelnut farmers count their losses`, both words of `GEORGIA TODAY Morning Briefing`), or the sender.
 */
function newsletterName(line: string, subject: string, sender: string | undefined): boolean {
  if (line === '' || line === subject) return false;
  if (sender !== undefined && line.toLowerCase() === sender.toLowerCase()) return true;
  const separator = NAME_SEPARATOR.exec(subject);
  const title = separator ? subject.slice(separator.index + separator[0].length) : undefined;
  return subject.includes(line) && line !== title;
}

/** The copy read as a newsletter's mail, or undefined when it does not start with a mail's header. */
export function copiedMail(text: string): CopiedMail | undefined {
  const lines = text.split('\n');
  const header = fieldHeader(lines) ?? gmailHeader(lines) ?? outlookWebHeader(lines);
  if (!header) return undefined;
  const blank = new Set(header.lines);
  const start = Math.max(...header.lines) + 1;
  // Over the article: the newsletter's links and name lines, up to the first line that is neither (its title).
  let titleAt: number | undefined;
  for (let index = start; index < lines.length && titleAt === undefined; index += 1) {
    const line = lines[index]!.trim();
    if (BUTTON.test(line) || newsletterName(line, header.subject, header.sender)) blank.add(index);
    else if (line !== '') titleAt = index;
  }
  // Under it: links between and after paragraphs, and the footer from its first line to the end.
  let inFooter = false;
  for (let index = (titleAt ?? lines.length) + 1; index < lines.length; index += 1) {
    const line = lines[index]!.trim();
    inFooter ||= FOOTER.test(line);
    if (inFooter || BUTTON.test(line)) blank.add(index);
  }
  const isArticle = titleAt !== undefined && lines[titleAt]!.trim() === header.subject;
  const kept = lines.map((line, index) => (blank.has(index) ? '' : line));
  // The newsletter is the article: the moment it was sent is its publication, printed above its title.
  if (isArticle && header.sent) kept[header.sent.index] = header.sent.text;
  return { text: kept.join('\n'), subject: header.subject, ...(header.sent ? { sent: { text: header.sent.text, line: header.sent.index + 1 } } : {}), isArticle };
}

export const mailNote = (mail: CopiedMail): string =>
  mail.isArticle
    ? `the clipping is a newsletter's mail whose subject is the article's title: the mail's header and footer were set aside, and the moment it was sent is the article's`
    : `the clipping is a newsletter's mail ("${mail.subject}"): the mail's header, the newsletter's name and links and its footer were set aside`;
