import fc from 'fast-check';
import PostalMime from 'postal-mime';
import {
  KEY_HEADER, headerText, mailboxAddress, planReminders, renderReminder, toMime, type Reminder, type ReminderMessage
} from '../../../src/core/reminders';
import { ACTIVITY_PREVIEW_MAX, activityNotificationRequest, sendMailRequest } from '../../../src/data/graph/mail';
import { action, at, meeting } from './fixtures';

/**
 * Issue 17: a display name or a subject must never change who receives a reminder. Every message is read
 * back with a real mail parser (postal-mime), not with our own code.
 */

const SENDER = 'digitiekartta@porvoo.fi';
const SENDER_NAME = 'Digitiekartta – Porvoo';
const OWNER = 'anna-maria.nystrom@porvoo.fi';
const DATE = new Date(at('2025-05-06', '08:00'));
const links = { statusPageUrl: 'https://porvoo.sharepoint.com/sites/Digiohjelma2024/SitePages/Tiekartta.aspx' };

/** Exactly the headers we write; a parser must find these and no other. */
const OUR_HEADERS = [
  'auto-submitted', 'content-language', 'content-type', 'date', 'from', 'message-id', 'mime-version', 'subject', 'to', 'x-auto-response-suppress', 'x-digitiekartta-key'
];

function reminderFor(name: string | undefined, address = OWNER): Reminder {
  return {
    key: `owner-request:1:2025-05-20:${address}`, kind: 'owner-request', meetingId: 1, meetingTitle: 'Digijohtoryhmä', meetingStart: at('2025-05-20'),
    meetingDay: '2025-05-20', recipient: address, ...(name !== undefined ? { recipientName: name } : {}), language: 'fi', actions: ['DT25-01'],
    plannedDay: '2025-05-06', catchUp: false
  };
}

function messageFor(name: string | undefined, subject?: string): ReminderMessage {
  const rendered = renderReminder(reminderFor(name), { links, actionTitles: new Map([['DT25-01', 'Asiointipalvelu']]), now: at('2025-05-06') });
  return subject === undefined ? rendered : { ...rendered, subject };
}

/** Reads the message back and checks every promise of Issue 17. */
async function expectReadsBack(message: ReminderMessage, senderName = SENDER_NAME): Promise<void> {
  const raw = await toMime(message, { from: SENDER, fromName: senderName, date: DATE });
  expect(raw.split('\r\n').every((line) => line.length <= 998)).toBe(true);
  const parsed = await PostalMime.parse(raw);
  // Exactly the one intended recipient, from the sender, nothing on Cc or Bcc.
  expect(parsed.to?.map((a) => a.address)).toEqual([OWNER]);
  expect(parsed.cc ?? []).toEqual([]);
  expect(parsed.bcc ?? []).toEqual([]);
  expect(parsed.from?.address).toBe(SENDER);
  expect(parsed.from?.name).toBe(headerText(senderName, SENDER.length));
  // Names and the subject as given (controls read as spaces, over-long ones shortened to fit a header line).
  expect(parsed.to?.[0].name ?? '').toBe(message.to.name === undefined ? '' : headerText(message.to.name, OWNER.length));
  expect(parsed.subject ?? '').toBe(headerText(message.subject));
  // No header more than ours, and ours once each.
  expect(parsed.headers.map((h) => h.key).sort()).toEqual(OUR_HEADERS);
  expect(parsed.headers.find((h) => h.key === KEY_HEADER.toLowerCase())?.value).toBe(message.key);
  // Both parts decode to what was rendered (text/plain travels with CRLF line breaks, read as line breaks).
  expect(parsed.text).toBe(message.text.replace(/\r\n?/g, '\n'));
  expect(parsed.html).toBe(message.html);
}

const HOSTILE_NAMES: readonly (readonly [string, string])[] = [
  ['the finding: a comma, quotes and a second address', 'Evil, "x" <attacker@evil.example>'],
  ['quotes only', '"Nyström" "Anna"'],
  ['commas and semicolons', 'Nyström, Anna-Maria; Kaupunkikehitys'],
  ['angle brackets', '<attacker@evil.example>'],
  ['backslashes and quotes', 'Anna \\"Maria\\" \\\\ Nyström'],
  ['an @', 'anna@evil.example'],
  ['a group', 'undisclosed-recipients:;'],
  ['CR and LF with a header', 'Anna\r\nBcc: attacker@evil.example'],
  ['a bare LF and a bare CR', 'Anna\nTo: attacker@evil.example\rX'],
  ['an encoded word of its own', '=?utf-8?B?YXR0YWNrZXJAZXZpbC5leGFtcGxl?= <attacker@evil.example>'],
  ['Finnish letters only', 'Äijälä Ööpekki Åkerö'],
  ['Swedish letters only', 'Åsa Östergård-Ärlig'],
  ['emoji', 'Anna 🚀👩‍💻 Nyström'],
  ['RTL marks and overrides', '\u202Eelgoog\u202C Anna \u200Fمرحبا\u200E'],
  ['a very long name', `${'Anna-Maria Nyström-Åkerblom, '.repeat(60)}<attacker@evil.example>`],
  ['a very long name of four-byte letters', '😀'.repeat(400)],
  ['nothing', '']
];

describe('a reminder whose display name or subject is hostile', () => {
  it.each(HOSTILE_NAMES)('goes to the one intended address only (%s)', async (_label, name) => {
    await expectReadsBack(messageFor(name));
  });

  it.each(HOSTILE_NAMES)('keeps its headers when the subject holds it (%s)', async (_label, text) => {
    await expectReadsBack(messageFor('Anna-Maria Nyström', text));
  });

  it('keeps the From correct whatever the sender name holds', async () => {
    for (const [, name] of HOSTILE_NAMES) await expectReadsBack(messageFor('Anna'), name);
  });

  it('reads back names and subjects exactly when they hold no control characters and fit a header line', async () => {
    const name = 'Evil, "x" <attacker@evil.example>';
    const parsed = await PostalMime.parse(await toMime(messageFor(name, `Muistutus: ${name}`), { from: SENDER, date: DATE }));
    expect(parsed.to).toEqual([{ address: OWNER, name }]);
    expect(parsed.subject).toBe(`Muistutus: ${name}`);
  });

  it('never writes a name into the headers as syntax', async () => {
    const raw = await toMime(messageFor('Evil, "x" <attacker@evil.example>'), { from: SENDER, date: DATE });
    const head = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(head).not.toContain('attacker');
    expect(head).toMatch(/^To: =\?utf-8\?B\?[A-Za-z0-9+/=]+\?= <anna-maria\.nystrom@porvoo\.fi>$/m);
  });
});

describe('addresses from lists and the directory', () => {
  it.each([
    'anna.aalto@porvoo.fi', 'O\'Brien+reminders@porvoo.fi', 'x_y-z@sub.porvoo.fi'
  ])('accepts a plain mailbox: %s', (address) => {
    expect(mailboxAddress(address)).toBe(address.toLowerCase());
  });

  it.each([
    'attacker@evil.example, anna@porvoo.fi', 'Anna <anna@porvoo.fi>', '"a b"@porvoo.fi', 'anna@porvoo.fi>\r\nBcc: x@evil.example',
    'anna@porvoo.fi\u0000', 'anna@[127.0.0.1]', 'anna(comment)@porvoo.fi', 'änna@porvoo.fi', 'anna@porvoo', '.anna@porvoo.fi', 'anna..b@porvoo.fi',
    'group:anna@porvoo.fi;', '', `${'a'.repeat(65)}@porvoo.fi`
  ])('refuses anything else: %j', async (address) => {
    expect(mailboxAddress(address)).toBeUndefined();
    await expect(toMime(messageFor('Anna', 'x'), { from: address, date: DATE })).rejects.toThrow(/plain e-mail address/);
  });

  it('does not plan a reminder to an owner whose address is not one plain mailbox (reported as without an address)', () => {
    const m = meeting(1, '2025-05-20');
    const plan = planReminders({
      meetings: [m], actions: [action('DT25-01', 'attacker@evil.example, anna@porvoo.fi'), action('DT25-02', 'claire.cole@porvoo.fi')],
      statusUpdates: [], people: [], log: [], now: at('2025-05-06', '09:00')
    });
    expect(plan.due.map((r) => r.recipient)).toEqual(['claire.cole@porvoo.fi']);
    expect(plan.skipped.map((s) => [s.reason, s.actions.join()])).toEqual([['missing-email', 'DT25-01']]);
  });
});

describe('the other paths a name or a list value takes', () => {
  it('Graph\'s JSON sendMail: one recipient with the checked address, names and subject as text only', async () => {
    const message = messageFor('Evil, "x" <attacker@evil.example>\r\nBcc: a@evil.example', 'Aihe\r\nBcc: a@evil.example');
    const request = await sendMailRequest('1', message, { senderPath: '/me', from: '', format: 'json', date: DATE });
    const body = request.body as { message: { subject: string; toRecipients: { emailAddress: { address: string; name?: string } }[]; internetMessageHeaders: { name: string; value: string }[] } };
    expect(body.message.toRecipients).toEqual([{ emailAddress: { address: OWNER, name: 'Evil, "x" <attacker@evil.example>  Bcc: a@evil.example' } }]);
    expect(body.message.subject).toBe('Aihe  Bcc: a@evil.example');
    expect(body.message.internetMessageHeaders).toEqual([{ name: KEY_HEADER, value: message.key }]);
    await expect(sendMailRequest('1', { ...message, to: { address: `${OWNER}, attacker@evil.example` } }, { senderPath: '/me', from: '', format: 'json', date: DATE })).rejects.toThrow(/plain e-mail address/);
  });

  it('the Teams activity notification: one-line texts within Teams\' limits, the user id encoded in the path', () => {
    const message = { ...messageFor('Anna'), subject: 'Aihe\r\nrivi', preview: `Esikatselu\n${'ä'.repeat(400)}` };
    const request = activityNotificationRequest('1', '../../users/x?$top=1', 'owner-request', message);
    const body = request.body as { topic: { value: string }; previewText: { content: string }; templateParameters: { value: string }[] };
    expect(request.url).toBe('/users/..%2F..%2Fusers%2Fx%3F%24top%3D1/teamwork/sendActivityNotification');
    expect(body.topic.value).toBe('Aihe  rivi');
    expect([...body.previewText.content]).toHaveLength(ACTIVITY_PREVIEW_MAX);
    expect(body.previewText.content).not.toMatch(/[\r\n]/);
    expect(body.templateParameters[0].value).toBe(body.previewText.content);
  });
});

describe('any name and any subject (property)', () => {
  const hostile = fc.constantFrom('"', ',', ';', '<', '>', '\\', '@', ':', '\r', '\n', '\r\n', '=?utf-8?B?', '?=', '\u202E', '\u200F', '😀', 'ä', 'Å', ' ', '\t');
  const text = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 120 }),
    fc.array(fc.oneof(hostile, fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''))
  );

  it('always reaches exactly the one intended address, from the sender, and reads back', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, text, async (name, subject, senderName) => {
        await expectReadsBack(messageFor(name, subject), senderName);
      }),
      { numRuns: 300 }
    );
  });
});
