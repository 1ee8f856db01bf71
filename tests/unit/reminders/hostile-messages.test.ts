import { MESSAGE_NOTE_MAX, buildPreRead, meetingEventBody, planReminders, renderReminder, type MessageContext, type PlannerAction, type Reminder, type ReminderPerson } from '../../../src/core/reminders';
import type { TrafficLight } from '../../../src/core/schema';
import { channelHtml } from '../../../src/data/graph/steering';
import { singleLine } from '../../../src/core/reminders/addresses';
import { TEXT_PAYLOADS, allPayloads, fit } from '../../support/hostile';
import { at, meeting, report } from './fixtures';

/**
 * Reminder e-mails (HTML and plain text) and the Teams channel post built from hostile list values:
 * every payload in every title, owner name and note, lights outside the choices. Whatever was written,
 * the markup is only ours and the plain text keeps its own lines.
 */

/** The elements and attributes the renderer writes; anything else would have come from a value. */
const OUR_TAGS = new Set(['!doctype', 'html', 'head', 'meta', 'title', 'body', 'div', 'h1', 'h2', 'p', 'strong', 'ul', 'li', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'span']);
const OUR_ATTRIBUTES = new Set(['lang', 'dir', 'http-equiv', 'content', 'name', 'style', 'role', 'aria-label', 'aria-hidden', 'href', 'scope', 'cellpadding', 'cellspacing', 'html']);

/** Every start and end tag of the markup, with its attribute names (the renderer quotes every value with "). */
function tagsOf(html: string): { name: string; attributes: string[] }[] {
  const tags: { name: string; attributes: string[] }[] = [];
  for (const m of html.matchAll(/<\/?([^\s>/]+)((?:\s+[^\s=>]+(?:="[^"]*")?)*)\s*\/?>/g)) {
    tags.push({ name: m[1].toLowerCase(), attributes: [...m[2].matchAll(/([^\s=]+)(?:="[^"]*")?/g)].map((a) => a[1].toLowerCase()) });
  }
  return tags;
}

function expectOnlyOurMarkup(html: string): void {
  // Every `<` opens one of our tags: a value's `<` is always `&lt;`.
  const opened = html.split('<').length - 1;
  const tags = tagsOf(html);
  expect(tags).toHaveLength(opened);
  expect([...new Set(tags.map((t) => t.name))].filter((n) => !OUR_TAGS.has(n))).toEqual([]);
  expect([...new Set(tags.flatMap((t) => t.attributes))].filter((a) => !OUR_ATTRIBUTES.has(a))).toEqual([]);
  expect(html).not.toMatch(/href="\s*(javascript|data|vbscript):/i);
  expect(html).not.toMatch(/style="[^"]*(function|undefined|\[object)/);
}

const FORGED = 'Avaa tiekartta: https://evil.example/kirjaudu';
const meetingNow = meeting(1, '2025-05-20');
const previous = meeting(0, '2025-03-18', '09:00', 'held');

const owners: ReminderPerson[] = TEXT_PAYLOADS.map((p, i) => ({ email: `owner${i}@porvoo.fi`, displayName: fit(`${p.value}\n\n${FORGED}`, 255), language: (['fi', 'sv', 'en'] as const)[i % 3] }));
const steering: ReminderPerson = { email: 'member@porvoo.fi', displayName: `${TEXT_PAYLOADS[1].value}\r\n${FORGED}`, language: 'fi', steering: true };
const actions: PlannerAction[] = TEXT_PAYLOADS.map((p, i) => ({
  id: i + 1,
  code: `DT25-${String(i + 1).padStart(2, '0')}`,
  title: fit(`${p.value}\n\n${FORGED}`, 255),
  status: 'in-progress',
  owner: { email: owners[i].email ?? '', displayName: owners[i].displayName ?? '' }
}));
const hostileLights = ['red', 'yellow', 'constructor', '__proto__', TEXT_PAYLOADS[2].value] as unknown as TrafficLight[];
const updates = actions.slice(0, 10).map((a, i) => report(a, at('2025-05-10'), {
  overallLight: hostileLights[i % hostileLights.length],
  progress: 40,
  done: `${allPayloads()}\n\n${FORGED}`,
  next: allPayloads(),
  decisionNeeded: i % 2 === 0,
  decisionNote: `${allPayloads()}\n${FORGED}`
}));
const titles = new Map(actions.map((a) => [a.code ?? '', a.title]));

function due(now: string, kind: Reminder['kind']): Reminder[] {
  const plan = planReminders({ meetings: [previous, meetingNow], actions, statusUpdates: kind === 'steering-preread' ? updates : [], people: [...owners, steering], log: [], now });
  const found = plan.due.filter((r) => r.kind === kind);
  if (found.length === 0) throw new Error(`nothing due of ${kind}`);
  return found;
}

describe('reminder e-mails built from hostile values', () => {
  const links = { statusPageUrl: 'https://porvoo.sharepoint.com/sites/digiohjelma/SitePages/Tiekartta.aspx' };
  const preRead = buildPreRead({ meeting: meetingNow, meetings: [previous, meetingNow], actions, statusUpdates: updates });
  const ctx = (now: string): MessageContext => ({ links, actionTitles: titles, now, preRead });
  const messages = [
    ...due(at('2025-05-06'), 'owner-request').map((r) => renderReminder(r, ctx(at('2025-05-06')))),
    ...due(at('2025-05-19'), 'last-call').map((r) => renderReminder(r, ctx(at('2025-05-19')))),
    ...due(at('2025-05-17'), 'steering-preread').map((r) => renderReminder(r, ctx(at('2025-05-17'))))
  ];

  it('covers every payload in titles, names and notes', () => {
    expect(messages.length).toBeGreaterThanOrEqual(TEXT_PAYLOADS.length + 1);
    const all = messages.map((m) => m.text).join('\n');
    const missing = TEXT_PAYLOADS.filter((p) => !all.includes(singleLine(p.value).slice(0, 40))).map((p) => p.name);
    expect(missing).toEqual([]);
  });

  it('writes only our own markup in the HTML and in the channel post', () => {
    for (const m of messages) {
      expectOnlyOurMarkup(m.html);
      expectOnlyOurMarkup(channelHtml(m.html));
    }
  });

  it('shows a light outside the choices as text, without a colour', () => {
    const pre = messages.find((m) => m.key.startsWith('steering-preread'))!;
    expect(pre.html).toContain('constructor');
    expect(pre.html).toContain('&quot;&gt;&lt;img');
    expect(pre.html.match(/<span style="color:/g)?.length).toBe(pre.html.match(/&#9679;/g)?.length);
  });

  it('keeps the plain text’s lines its own: a value cannot start a line that reads as ours', () => {
    for (const m of messages) {
      const lines = m.text.split('\n');
      // At the start of a line (not an item `- ` or indented under one) a value appears only in the greeting.
      const outside = lines.map((l, i) => [i, l] as const).filter(([, l]) => !/^(- | )/.test(l) && /__pwned|evil\.example|Rivi|HYPERLINK/.test(l));
      expect(outside.map(([i]) => i)).toEqual(outside.length ? [2] : []);
      expect(lines.some((l) => l.startsWith(FORGED))).toBe(false);
    }
  });

  it('links only to allowed URLs: a page URL that is not http(s) is shown as text', () => {
    const r = due(at('2025-05-06'), 'owner-request')[0];
    const m = renderReminder(r, { links: { statusPageUrl: 'javascript:alert(1)//' }, actionTitles: titles, now: at('2025-05-06') });
    expectOnlyOurMarkup(m.html);
    expect(m.html).not.toContain('<a ');
    expect(m.html).toContain('javascript:alert(1)//');
  });

  it('puts a meeting’s hostile agenda into its calendar event as text, never HTML', () => {
    const event = meetingEventBody({ title: TEXT_PAYLOADS[0].value, startsAt: at('2025-05-20'), agenda: allPayloads() });
    expect(event.body).toEqual({ contentType: 'text', content: allPayloads() });
    expect(event.subject).toBe(TEXT_PAYLOADS[0].value);
  });

  it('keeps a pre-read small whatever the notes hold: each note at most MESSAGE_NOTE_MAX characters', () => {
    const huge = 'x'.repeat(60_000);
    const big = buildPreRead({ meeting: meetingNow, meetings: [previous, meetingNow], actions, statusUpdates: updates.map((u) => ({ ...u, done: huge, next: huge, decisionNote: huge })) });
    const r = due(at('2025-05-17'), 'steering-preread')[0];
    const m = renderReminder(r, { links, actionTitles: titles, now: at('2025-05-17'), preRead: big });
    expect(m.text).not.toContain('x'.repeat(MESSAGE_NOTE_MAX));
    expect(m.text).toContain(`${'x'.repeat(MESSAGE_NOTE_MAX - 1)}…`);
    expect(m.html.length + m.text.length).toBeLessThan(2 * 10 * 3 * 4 * MESSAGE_NOTE_MAX);
  });
});
