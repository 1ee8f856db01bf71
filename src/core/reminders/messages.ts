import { format, LOCALE_OF, type Lang } from '../i18n/catalog';
import { formatDay } from '../i18n/format';
import { REMINDERS } from '../i18n/reminders';
import { choiceByCode, choiceLabel, ROADMAP_ACTIONS, fieldByKey, type TrafficLight } from '../schema';
import { helsinkiDay, PROGRAMME_TIME_ZONE, shiftDay } from '../time/helsinki';
import { linkHref } from '../untrusted/links';
import { clipText, containBidi, plainTextBlock } from '../untrusted/text';
import { singleLine } from './addresses';
import { roadmapPageLink, statusFormLink, teamsTabLink, type ReminderLinks } from './links';
import type { PreRead, PreReadEntry } from './preread';
import { DEFAULT_REMINDER_POLICY, type Reminder, type ReminderPolicy } from './types';

/**
 * Renders a reminder as an e-mail: accessible HTML that reads well in Outlook (lang attribute, real
 * headings, lists and tables with headers, dark text on white, no images, link texts that say where
 * they go) and the same content as plain text, in the recipient's language. Dates in the recipient's
 * locale, times in Helsinki time. Pure.
 */

export interface ReminderMessage {
  readonly key: string;
  readonly to: { readonly address: string; readonly name?: string };
  readonly language: Lang;
  readonly subject: string;
  readonly html: string;
  readonly text: string;
  /** One line for a Teams activity notification. */
  readonly preview: string;
  /** Where the notification opens: the Teams tab when configured, else the page. */
  readonly openUrl: string;
}

export interface MessageContext {
  readonly links: ReminderLinks;
  /** Titles by action code. */
  readonly actionTitles: ReadonlyMap<string, string>;
  /** The pre-read, for a `steering-preread` reminder. */
  readonly preRead?: PreRead;
  readonly policy?: ReminderPolicy;
  /** The instant of sending (decides whether the report deadline is still ahead). */
  readonly now: Date | string;
}

type Strings = (typeof REMINDERS)['fi'];

const LIGHT_FIELD = fieldByKey(ROADMAP_ACTIONS, 'trafficLight');
const LIGHT_COLOUR: Readonly<Record<TrafficLight, string>> = { green: '#107c10', yellow: '#8a6d00', red: '#c50f1f' };

// Colours chosen for at least 4.5:1 contrast on white; meaning is always also in the text.
const STYLE = {
  body: 'margin:0;padding:0;background:#ffffff;',
  wrap: 'max-width:720px;padding:16px;font-family:Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5;color:#1b1b1b;background:#ffffff;',
  h1: 'font-size:20px;line-height:1.3;margin:0 0 12px 0;color:#1b1b1b;',
  h2: 'font-size:17px;line-height:1.3;margin:20px 0 8px 0;color:#1b1b1b;',
  p: 'margin:0 0 12px 0;',
  a: 'color:#0f548c;text-decoration:underline;',
  table: 'border-collapse:collapse;width:100%;margin:0 0 12px 0;',
  th: 'text-align:left;vertical-align:top;padding:6px 8px;border-bottom:2px solid #616161;font-weight:600;',
  td: 'text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #c7c7c7;',
  notice: 'margin:0 0 12px 0;padding:8px 12px;border-left:4px solid #0f548c;background:#f3f6fa;',
  footer: 'margin:24px 0 0 0;font-size:13px;color:#505050;'
} as const;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A link, only to a URL that `linkHref` allows; otherwise its text and the URL as text. */
function linkHtml(url: string, label: string): string {
  const href = linkHref(url);
  return href === null ? `${escapeHtml(label)}: ${escapeHtml(url)}` : `<a href="${escapeHtml(href)}" style="${STYLE.a}">${escapeHtml(label)}</a>`;
}

/** `torstai 13.3.2025` / `torsdag 13.3.2025` / `Thursday 13 Mar 2025`, in Helsinki. */
export function formatMeetingDate(instant: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE_OF[lang], {
    weekday: 'long', day: 'numeric', month: lang === 'en' ? 'short' : 'numeric', year: 'numeric', timeZone: PROGRAMME_TIME_ZONE
  }).format(new Date(instant));
}

/** Helsinki wall-clock time in the recipient's locale (`9.00`, `09:00`). */
export function formatMeetingTime(instant: string, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE_OF[lang], { hour: 'numeric', minute: '2-digit', timeZone: PROGRAMME_TIME_ZONE }).format(new Date(instant));
}

function whenText(s: Strings, instant: string, lang: Lang): string {
  return format(s.when, { date: formatMeetingDate(instant, lang), time: formatMeetingTime(instant, lang) });
}

function lightText(light: TrafficLight | null | undefined, lang: Lang, s: Strings): string {
  return light ? choiceLabel(LIGHT_FIELD, light, lang) : s.lightNone;
}

function lightHtml(entry: PreReadEntry, lang: Lang, s: Strings): string {
  // A light outside the field's choices (SharePoint stores what a REST client sends) gets no colour, only its text.
  const colour = entry.light && choiceByCode(LIGHT_FIELD, entry.light) ? LIGHT_COLOUR[entry.light] : undefined;
  const dot = colour ? `<span style="color:${colour}" aria-hidden="true">&#9679;</span> ` : '';
  const now = entry.light ? `${dot}${escapeHtml(lightText(entry.light, lang, s))}` : escapeHtml(s.lightNone);
  if (entry.previousLight === undefined) return now;
  return escapeHtml(format(s.lightChange, { from: lightText(entry.previousLight, lang, s), to: '' })) + now;
}

function lightPlain(entry: PreReadEntry, lang: Lang, s: Strings): string {
  const now = lightText(entry.light, lang, s);
  return entry.previousLight === undefined ? now : format(s.lightChange, { from: lightText(entry.previousLight, lang, s), to: now });
}

/**
 * A report's note in a message: at most this many characters (the message links to the roadmap, where
 * the whole text is). One long note must not take a pre-read past Graph's 4 MB request limit.
 */
export const MESSAGE_NOTE_MAX = 1500;

function clipNote(text: string): string {
  return clipText(text, MESSAGE_NOTE_MAX);
}

function progressText(value: number | null, s: Strings): string {
  return value === null || value === undefined ? '' : format(s.progressValue, { value });
}

interface Section {
  readonly heading: string;
  readonly html: string;
  readonly text: string;
}

function ownerSection(reminder: Reminder, ctx: MessageContext, s: Strings): Section {
  const items = reminder.actions.map((code) => {
    const title = ctx.actionTitles.get(code) ?? '';
    const label = singleLine(format(s.reportLink, { code, title }).trim());
    const url = statusFormLink(ctx.links.statusPageUrl, code);
    return { label, url };
  });
  return {
    heading: s.ownerActionsHeading,
    html: `<ul>${items.map((i) => `<li style="margin:0 0 6px 0;">${linkHtml(i.url, i.label)}</li>`).join('')}</ul>`,
    text: items.map((i) => `- ${i.label}\n  ${i.url}`).join('\n')
  };
}

interface Column {
  readonly header: string;
  readonly html: (e: PreReadEntry) => string;
  readonly text: (e: PreReadEntry) => string;
}

function tableSection(heading: string, entries: readonly PreReadEntry[], columns: readonly Column[], ctx: MessageContext, s: Strings): Section {
  if (entries.length === 0) {
    return { heading, html: `<p style="${STYLE.p}">${escapeHtml(s.noneListed)}</p>`, text: s.noneListed };
  }
  const actionCell = (e: PreReadEntry): string => linkHtml(statusFormLink(ctx.links.statusPageUrl, e.code), `${e.code} ${e.title}`);
  const head = `<tr><th scope="col" style="${STYLE.th}">${escapeHtml(s.colAction)}</th>${columns.map((c) => `<th scope="col" style="${STYLE.th}">${escapeHtml(c.header)}</th>`).join('')}</tr>`;
  const rows = entries
    .map((e) => `<tr><th scope="row" style="${STYLE.td}font-weight:normal;">${actionCell(e)}</th>${columns.map((c) => `<td style="${STYLE.td}">${c.html(e)}</td>`).join('')}</tr>`)
    .join('');
  const html = `<table aria-label="${escapeHtml(heading)}" style="${STYLE.table}" cellpadding="0" cellspacing="0"><thead>${head}</thead><tbody>${rows}</tbody></table>`;
  const text = entries
    .map((e) => {
      const parts = columns.map((c) => [c.header, c.text(e)] as const).filter(([, v]) => v !== '');
      return [`- ${singleLine(`${e.code} ${e.title}`)}`, ...parts.map(([h, v]) => `  ${h}: ${plainTextBlock(v, '    ')}`)].join('\n');
    })
    .join('\n');
  return { heading, html, text };
}

function preReadSections(preRead: PreRead, lang: Lang, ctx: MessageContext, s: Strings): Section[] {
  const light: Column = { header: s.colLight, html: (e) => lightHtml(e, lang, s), text: (e) => lightPlain(e, lang, s) };
  const progress: Column = { header: s.colProgress, html: (e) => escapeHtml(progressText(e.progress, s)), text: (e) => progressText(e.progress, s) };
  const done: Column = { header: s.colDone, html: (e) => escapeHtml(clipNote(e.done ?? '')), text: (e) => clipNote(e.done ?? '') };
  const next: Column = { header: s.colNext, html: (e) => escapeHtml(clipNote(e.next ?? '')), text: (e) => clipNote(e.next ?? '') };
  const owner: Column = { header: s.colOwner, html: (e) => escapeHtml(e.ownerName ?? ''), text: (e) => singleLine(e.ownerName ?? '') };
  const decision: Column = {
    header: s.colDecision,
    html: (e) => escapeHtml(clipNote(e.decisionNote ?? s.decisionUnspecified)),
    text: (e) => clipNote(e.decisionNote ?? s.decisionUnspecified)
  };
  return [
    tableSection(s.decisionsHeading, preRead.decisions, [decision, owner], ctx, s),
    tableSection(s.redHeading, preRead.red, [light, progress, owner], ctx, s),
    tableSection(s.yellowHeading, preRead.yellow, [light, progress, owner], ctx, s),
    tableSection(s.changedHeading, preRead.changed, [light, progress, done, next], ctx, s),
    tableSection(s.missingHeading, preRead.missing, [owner], ctx, s)
  ];
}

function linksFooter(ctx: MessageContext, s: Strings): { readonly html: string; readonly text: string } {
  const links = [{ label: s.pageLink, url: roadmapPageLink(ctx.links.statusPageUrl) }];
  if (ctx.links.teams) links.unshift({ label: s.teamsLink, url: teamsTabLink(ctx.links.teams) });
  return {
    html: `<ul>${links.map((l) => `<li>${linkHtml(l.url, l.label)}</li>`).join('')}</ul>`,
    text: links.map((l) => `${l.label}: ${l.url}`).join('\n')
  };
}

export function renderReminder(reminder: Reminder, ctx: MessageContext): ReminderMessage {
  const lang = reminder.language;
  const s = REMINDERS[lang];
  const policy = ctx.policy ?? DEFAULT_REMINDER_POLICY;
  const date = formatDay(reminder.meetingDay, lang);
  const when = whenText(s, reminder.meetingStart, lang);
  const count = reminder.actions.length;

  let subject: string;
  let intro: string;
  let preview: string;
  let sections: Section[];
  if (reminder.kind === 'steering-preread') {
    subject = format(s.prereadSubject, { date });
    const preRead = ctx.preRead;
    const hasPrevious = preRead?.previousMeetingId !== undefined;
    intro = hasPrevious && preRead ? format(s.prereadIntro, { when, since: formatDay(helsinkiDay(preRead.since), lang) }) : format(s.prereadIntroFirst, { when });
    preview = format(s.notifyPreread, { date });
    sections = preRead ? preReadSections(preRead, lang, ctx, s) : [];
  } else if (reminder.kind === 'last-call') {
    subject = format(s.lastCallSubject, { date });
    intro = format(s.lastCallIntro, { when });
    preview = format(s.notifyLastCall, { count, date });
    sections = [ownerSection(reminder, ctx, s)];
  } else {
    subject = format(s.requestSubject, { date });
    // Reports are due by the pre-read's day, so they are in it; once that day has come, "before the meeting".
    const preReadOffset = policy.offsetDays['steering-preread'];
    const deadlineDay = preReadOffset > 0 ? shiftDay(reminder.meetingDay, -preReadOffset) : undefined;
    const today = helsinkiDay(new Date(ctx.now));
    intro = deadlineDay && deadlineDay > today
      ? format(s.requestIntro, { when, deadline: formatDay(deadlineDay, lang) })
      : format(s.requestIntroNoDeadline, { when });
    preview = format(s.notifyRequest, { count, date });
    sections = [ownerSection(reminder, ctx, s)];
  }

  // A name from the directory is one line of text, whatever it holds, and its overrides stay in it.
  const greeting = reminder.recipientName ? format(s.greeting, { name: containBidi(singleLine(reminder.recipientName)) }) : s.greetingNoName;
  const moved = reminder.previousStart ? format(s.movedNotice, { when, previous: whenText(s, reminder.previousStart, lang) }) : undefined;
  const footer = linksFooter(ctx, s);

  const html = [
    '<!DOCTYPE html>',
    `<html lang="${lang}" dir="ltr">`,
    '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(subject)}</title></head>`,
    `<body style="${STYLE.body}">`,
    `<div role="article" aria-label="${escapeHtml(subject)}" lang="${lang}" style="${STYLE.wrap}">`,
    `<h1 style="${STYLE.h1}">${escapeHtml(subject)}</h1>`,
    `<p style="${STYLE.p}">${escapeHtml(greeting)}</p>`,
    moved ? `<p style="${STYLE.notice}"><strong>${escapeHtml(moved)}</strong></p>` : '',
    `<p style="${STYLE.p}">${escapeHtml(intro)}</p>`,
    ...sections.map((sec) => `<h2 style="${STYLE.h2}">${escapeHtml(sec.heading)}</h2>${sec.html}`),
    footer.html,
    `<p style="${STYLE.footer}">${escapeHtml(s.footer)}</p>`,
    '</div></body></html>'
  ].join('\n');

  const text = [
    subject,
    '',
    greeting,
    '',
    ...(moved ? [moved, ''] : []),
    intro,
    '',
    ...sections.flatMap((sec) => [sec.heading, '-'.repeat(Math.min(sec.heading.length, 60)), sec.text, '']),
    footer.text,
    '',
    '-- ',
    s.footer,
    ''
  ].join('\n');

  const openUrl = ctx.links.teams ? teamsTabLink(ctx.links.teams) : roadmapPageLink(ctx.links.statusPageUrl);
  return { key: reminder.key, to: { address: reminder.recipient, name: reminder.recipientName }, language: lang, subject, html, text, preview, openUrl };
}
