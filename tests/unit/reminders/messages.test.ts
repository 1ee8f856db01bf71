import {
  buildPreRead, messageIdFor, mimeSendMailBody, planReminders, renderReminder, statusFormLink, teamsTabLink, toMime,
  type MessageContext, type Reminder
} from '../../../src/core/reminders';
import PostalMime from 'postal-mime';
import { PEOPLE, action, at, meeting, report } from './fixtures';

const links = {
  statusPageUrl: 'https://porvoo.sharepoint.com/sites/Digiohjelma2024/SitePages/Tiekartta.aspx?debug=1#top',
  teams: { appId: '0ebd5d9d-e6a2-47a4-b57e-58738772125b', entityId: 'digitiekartta-steering', label: 'Digitiekartta' }
};
const m = meeting(1, '2025-05-20');
const previous = meeting(0, '2025-03-18', '09:00', 'held');
const a1 = action('DT25-01', 'claire.cole@porvoo.fi', 'in-progress', 'Claire Cole');
const a2 = action('DT25-02', 'claire.cole@porvoo.fi', 'paused', 'Claire Cole');
a2.title = 'Sähköinen <asiointi> & "palvelut"';
const a3 = action('DT25-03', 'david.dahl@porvoo.fi', 'planned', 'David Dahl');
const actions = [a1, a2, a3];
const titles = new Map(actions.map((a) => [a.code ?? '', a.title]));

function due(now: string, kind: Reminder['kind'], recipient: string): Reminder {
  const r = planReminders({ meetings: [previous, m], actions, statusUpdates: [], people: PEOPLE, log: [], now }).due.find((x) => x.kind === kind && x.recipient === recipient);
  if (!r) throw new Error(`no ${kind} for ${recipient}`);
  return r;
}

const ctx = (now: string, extra: Partial<MessageContext> = {}): MessageContext => ({ links, actionTitles: titles, now, ...extra });

describe('reminder messages', () => {
  it('deep-links each action to its status form and the Teams tab', () => {
    expect(statusFormLink(links.statusPageUrl, 'DT25-07')).toBe('https://porvoo.sharepoint.com/sites/Digiohjelma2024/SitePages/Tiekartta.aspx?action=DT25-07&report=1');
    const teams = new URL(teamsTabLink({ ...links.teams, channelId: '19:abc@thread.tacv2' }, 'action=DT25-07&report=1'));
    expect(teams.pathname).toBe('/l/entity/0ebd5d9d-e6a2-47a4-b57e-58738772125b/digitiekartta-steering');
    expect(JSON.parse(teams.searchParams.get('context') ?? '')).toEqual({ subEntityId: 'action=DT25-07&report=1', channelId: '19:abc@thread.tacv2' });
  });

  it('writes the owner request in English for an English speaker, with the report deadline and one link per action', () => {
    const now = at('2025-05-06');
    const msg = renderReminder(due(now, 'owner-request', 'claire.cole@porvoo.fi'), ctx(now));
    expect(msg.language).toBe('en');
    expect(msg.subject).toBe('Status report for the steering group meeting on 20 May 2025');
    expect(msg.html).toContain('<html lang="en"');
    expect(msg.html).toContain('<h1');
    expect(msg.html).toContain('The steering group meets on Tuesday, 20 May 2025 at 9:00.');
    expect(msg.html).toContain('by 17 May 2025');
    expect(msg.html).toContain('<a href="https://porvoo.sharepoint.com/sites/Digiohjelma2024/SitePages/Tiekartta.aspx?action=DT25-01&amp;report=1"');
    expect(msg.html).toContain('>Update the status: DT25-01 Toimenpide DT25-01</a>');
    // User content is escaped.
    expect(msg.html).toContain('Sähköinen &lt;asiointi&gt; &amp; &quot;palvelut&quot;');
    expect(msg.html).not.toMatch(/<img/i);
    expect(msg.html).toContain('>Open the roadmap in Teams</a>');
    expect(msg.text).toContain('- Update the status: DT25-02 Sähköinen <asiointi> & "palvelut"\n  https://porvoo.sharepoint.com/sites/Digiohjelma2024/SitePages/Tiekartta.aspx?action=DT25-02&report=1');
    expect(msg.preview).toBe('Update the status of 2 actions for the steering group meeting on 20 May 2025.');
    expect(msg.openUrl).toContain('https://teams.microsoft.com/l/entity/');
  });

  it('writes Finnish by default with Helsinki time, and drops the deadline once the pre-read day has come', () => {
    const now = at('2025-05-06');
    const r = { ...due(now, 'owner-request', 'david.dahl@porvoo.fi') };
    const msg = renderReminder(r, ctx(now));
    expect(msg.language).toBe('fi');
    expect(msg.subject).toBe('Tilannepäivitys digijohtoryhmän kokoukseen 20.5.2025');
    expect(msg.text).toContain('Digijohtoryhmä kokoontuu tiistaina 20.5.2025 klo 9.00. Päivitäthän alla olevien toimenpiteiden tilanteen viimeistään 17.5.2025');
    const late = renderReminder(r, ctx(at('2025-05-18')));
    expect(late.text).toContain('Päivitäthän alla olevien toimenpiteiden tilanteen ennen kokousta.');
  });

  it('writes the last call and says when a meeting has moved', () => {
    const now = at('2025-05-19');
    const r = { ...due(now, 'last-call', 'david.dahl@porvoo.fi'), previousStart: at('2025-05-13', '13:00') };
    const msg = renderReminder(r, ctx(now));
    expect(msg.subject).toBe('Viimeinen muistutus: tilannepäivitys puuttuu (kokous 20.5.2025)');
    expect(msg.text).toContain('Huomaa: kokous on siirretty. Uusi aika on tiistaina 20.5.2025 klo 9.00 (aiemmin tiistaina 13.5.2025 klo 13.00).');
  });

  it('writes the pre-read in Swedish with headed tables of decisions, lights, changes and missing reports', () => {
    const now = at('2025-05-17');
    const updates = [report(a1, at('2025-05-10'), { overallLight: 'red', progress: 40, done: 'Upphandling', decisionNeeded: true, decisionNote: 'Tilläggsfinansiering' })];
    const preRead = buildPreRead({ meeting: m, meetings: [previous, m], actions, statusUpdates: updates });
    const msg = renderReminder(due(now, 'steering-preread', 'bjorn.berg@borga.fi'), ctx(now, { preRead }));
    expect(msg.language).toBe('sv');
    expect(msg.subject).toBe('Förhandsmaterial: digiledningsgruppens möte 20.5.2025');
    expect(msg.html).toContain('<html lang="sv"');
    for (const h of ['Beslut som behövs', 'Röda ljus', 'Gula ljus', 'Förändringar sedan förra mötet', 'Saknade lägesrapporter']) expect(msg.html).toContain(`>${h}</h2>`);
    expect(msg.html).toContain('<th scope="col"');
    expect(msg.html).toContain('röd');
    expect(msg.html).toContain('Tilläggsfinansiering');
    expect(msg.text).toContain('sedan förra mötet (18.3.2025)');
    expect(msg.text).toContain('- DT25-01 Toimenpide DT25-01\n  Vad ska beslutas: Tilläggsfinansiering');
  });
});

describe('the MIME message', () => {
  const now = at('2025-05-17');
  const date = new Date(now);
  const preRead = buildPreRead({ meeting: m, meetings: [previous, m], actions, statusUpdates: [] });
  const msg = renderReminder(due(now, 'steering-preread', 'anna.aalto@porvoo.fi'), ctx(now, { preRead }));

  it('carries a plain-text part first and the HTML part last, both UTF-8, with the key and auto-reply suppression', async () => {
    const mime = await toMime(msg, { from: 'digitiekartta@porvoo.fi', fromName: 'Digitiekartta – Porvoo', date });
    expect(mime).toContain('Content-Type: multipart/alternative; boundary=');
    expect(mime.indexOf('Content-Type: text/plain; charset=utf-8')).toBeLessThan(mime.indexOf('Content-Type: text/html; charset=utf-8'));
    expect(mime.split('\r\n').every((line) => line.length <= 998)).toBe(true);
    const parsed = await PostalMime.parse(mime);
    const header = (name: string): string | undefined => parsed.headers.find((h) => h.key === name)?.value;
    expect(parsed.subject).toBe(msg.subject);
    expect(parsed.to).toEqual([{ address: 'anna.aalto@porvoo.fi', name: 'Anna Aalto' }]);
    expect(parsed.from).toEqual({ address: 'digitiekartta@porvoo.fi', name: 'Digitiekartta – Porvoo' });
    expect(parsed.text).toBe(msg.text);
    expect(parsed.html).toBe(msg.html);
    expect(header('x-digitiekartta-key')).toBe(msg.key);
    expect(header('auto-submitted')).toBe('auto-generated');
    expect(header('x-auto-response-suppress')).toBe('All');
    expect(header('content-language')).toBe('fi');
    expect(parsed.date).toBe(date.toISOString());
    // The same Message-ID on every attempt of one key, in the sender's domain.
    expect(parsed.messageId).toBe(messageIdFor(msg.key, 'digitiekartta@porvoo.fi'));
    expect(await toMime(msg, { from: 'digitiekartta@porvoo.fi', date: new Date(at('2025-05-18')) })).toContain(`Message-ID: ${messageIdFor(msg.key, 'digitiekartta@porvoo.fi')}`);
    expect(messageIdFor(msg.key, 'x@porvoo.fi')).toMatch(/^<dt\.[0-9a-f]{16}\.steering-preread@porvoo\.fi>$/);
    expect(messageIdFor(msg.key.replace('anna', 'bjorn'), 'x@porvoo.fi')).not.toBe(messageIdFor(msg.key, 'x@porvoo.fi'));
  });

  it('is sent base64-encoded as Graph sendMail expects', async () => {
    const body = await mimeSendMailBody(msg, { from: 'digitiekartta@porvoo.fi', date });
    expect(body).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect((await PostalMime.parse(Buffer.from(body, 'base64').toString('utf8'))).html).toBe(msg.html);
  });
});
