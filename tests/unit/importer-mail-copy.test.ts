import { describe, expect, it } from 'vitest';
import { copiedMail } from '../../src/importer/mail-copy.ts';

// A newsletter copied from a mail client: the mail's header, the newsletter's name and links and its footer are not the
// article's, and the moment the mail was sent is the article's date only when the newsletter is the article.
const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

describe('a newsletter copied from a mail client', () => {
  it('sets aside Thunderbird\'s header, the newsletter\'s name and links and the footer', () => {
    const mail = copiedMail(
      [
        'Subject: Civil Georgia Daily Digest – Parliament overrides the veto',
        'From: Civil Georgia <newsletter@civil.ge>',
        'Date: 28/05/2024, 21:05',
        'To: reader@example.com',
        '',
        'View in browser',
        'Civil Georgia Daily Digest',
        'Parliament overrides the veto',
        '28/05/2024 - 18:42',
        'The Parliament overrode the veto on May 28.',
        'Read more on civil.ge',
        'You are receiving this email because you subscribed to our newsletter.',
        'Support our work',
      ].join('\n'),
    );
    expect(mail).toMatchObject({ subject: 'Civil Georgia Daily Digest – Parliament overrides the veto', sent: { text: '28/05/2024, 21:05', line: 3 }, isArticle: false });
    expect(lines(mail!.text)).toEqual(['Parliament overrides the veto', '28/05/2024 - 18:42', 'The Parliament overrode the veto on May 28.']);
    // Every line keeps its number.
    expect(mail!.text.split('\n')).toHaveLength(13);
  });

  it('reads Gmail\'s header: the subject and its label, the sender, the date and `to me`', () => {
    const mail = copiedMail(
      ['The Caucasus Weekly: Hazelnut farmers count their losses', 'Inbox', '', 'OC Media <newsletter@oc-media.org> Unsubscribe', 'Fri, May 31, 2024, 10:02 AM (2 days ago)', 'to me', '', 'OC Media', 'The Caucasus Weekly', 'Hazelnut farmers count their losses', 'By Mariam Nikuradze', 'Farmers say the harvest will be small.', 'Unsubscribe from this list', 'Copyright © 2024 OC Media'].join('\n'),
    );
    expect(mail).toMatchObject({ sent: { text: 'Fri, May 31, 2024, 10:02 AM', line: 5 }, isArticle: false });
    expect(lines(mail!.text)).toEqual(['Hazelnut farmers count their losses', 'By Mariam Nikuradze', 'Farmers say the harvest will be small.']);
  });

  it('reads Outlook on the web\'s header: the subject, the sender\'s initials, the sender, `To:` and its names, the date', () => {
    const header = ['Eurasianet Daily: Parliament overrides the veto', 'EN', 'Eurasianet <newsletter@eurasianet.org>'];
    const rest = ['Wed 5/29/2024 8:02 AM', 'View in browser', 'Parliament overrides the veto', 'Giorgi Lomsadze', 'The ruling party pushed the law through.', 'Read more on Eurasianet'];
    for (const recipients of [['To:', 'You'], ['To: You']]) {
      const mail = copiedMail([...header, ...recipients, ...rest].join('\n'));
      expect(mail).toMatchObject({ subject: 'Eurasianet Daily: Parliament overrides the veto', sent: { text: 'Wed 5/29/2024 8:02 AM', line: header.length + recipients.length + 1 }, isArticle: false });
      expect(lines(mail!.text)).toEqual(['Parliament overrides the veto', 'Giorgi Lomsadze', 'The ruling party pushed the law through.']);
    }
  });

  // The subject is the title printed under it (a post sent as a mail): the moment of sending is its publication, put where a date over the title stands.
  it('puts the mail\'s date over the title when the newsletter is the article', () => {
    const mail = copiedMail(['Subject: Why farmers are leaving', 'From: Caucasus Notes <notes@substack.com>', 'Date: Tue, 28 May 2024 18:42:00 +0400', '', 'Why farmers are leaving', 'Prices fell by a third.'].join('\n'));
    expect(mail?.isArticle).toBe(true);
    expect(mail!.text.split('\n').slice(0, 5)).toEqual(['', '', 'Tue, 28 May 2024 18:42:00 +0400', '', 'Why farmers are leaving']);
  });

  // A client that copies each field as a block leaves blank lines between them; the header is still the mail's.
  it('reads a header copied with blank lines between its fields and before it', () => {
    for (const gap of ['\n', '\n\n', '\n\n\n\n']) {
      const text = ['', 'Subject: Digest – Parliament overrides the veto', 'From: Civil Georgia <newsletter@civil.ge>', 'Sent: Tuesday, May 28, 2024 9:05 PM', 'Parliament overrides the veto', 'The Parliament overrode the veto.'].join(gap);
      expect(lines(copiedMail(text)!.text)).toEqual(['Parliament overrides the veto', 'The Parliament overrode the veto.']);
      const gmail = ['Digest: Parliament overrides the veto', 'Inbox', 'Civil Georgia <newsletter@civil.ge>', 'Tue, May 28, 2024, 9:05 PM', 'to me', 'Parliament overrides the veto', 'The Parliament overrode the veto.'].join(gap);
      expect(lines(copiedMail(gmail)!.text)).toEqual(['Parliament overrides the veto', 'The Parliament overrode the veto.']);
    }
  });

  it('takes a clipping whose first lines only look like fields, with no sender\'s address, for no mail', () => {
    expect(copiedMail(['Date: the day the law passed', 'Subject: the new law', 'The Parliament passed the law.'].join('\n'))).toBeUndefined();
    expect(copiedMail(['Parliament overrides the veto', 'Tbilisi / 28 May.\'24 / 18:42', 'The Parliament overrode the veto.'].join('\n'))).toBeUndefined();
  });
});
