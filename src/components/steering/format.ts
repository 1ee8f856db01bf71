import { LOCALE_OF, format, type Lang } from '../../core/i18n/catalog';
import { formatDay, formatPercent } from '../../core/i18n/format';
import { STEERING } from '../../core/i18n/steering';
import { actionState, pageLink } from '../../core/roadmap/deepLink';
import { TRAFFIC_LIGHTS } from '../../core/schema/choices';
import type { TrafficLight } from '../../core/schema';
import { helsinkiDay, PROGRAMME_TIME_ZONE } from '../../core/time/helsinki';
import { DEFAULT_MEETING_MINUTES } from '../../core/steering/overview';
import { describeError } from '../shell/errors';

/** Times in Helsinki time, written the user's way (9.00 in Finnish and Swedish, 09:00 in English). */
export function formatClock(instant: string | Date, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE_OF[lang], { hour: 'numeric', minute: '2-digit', timeZone: PROGRAMME_TIME_ZONE }).format(new Date(instant));
}

/** `7.11.2025 klo 9.00–11.00` */
export function meetingWhen(meeting: { readonly startsAt: string; readonly endsAt?: string | null }, lang: Lang): string {
  const end = meeting.endsAt ?? new Date(Date.parse(meeting.startsAt) + DEFAULT_MEETING_MINUTES * 60_000).toISOString();
  return format(STEERING[lang].when, { day: formatDay(helsinkiDay(meeting.startsAt), lang), start: formatClock(meeting.startsAt, lang), end: formatClock(end, lang) });
}

export function meetingDayText(instant: string, lang: Lang): string {
  return formatDay(helsinkiDay(instant), lang);
}

export function lightName(light: TrafficLight | null | undefined, lang: Lang): string {
  if (!light) return STEERING[lang].noReport;
  return TRAFFIC_LIGHTS.find((l) => l.code === light)?.labels[lang] ?? light;
}

export function progressText(progress: number | null | undefined, lang: Lang): string {
  return typeof progress === 'number' ? formatPercent(progress, lang) : STEERING[lang].noProgress;
}

/** The roadmap page with the action's details open. */
export function actionHref(roadmapPageUrl: string, code: string): string {
  return pageLink(roadmapPageUrl, actionState(code));
}

/**
 * A readable reason for a failed call, also for the Graph client's errors (which carry `statusCode`
 * rather than `status`).
 */
export function describeFailure(error: unknown, lang: Lang): string {
  const statusCode = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof statusCode === 'number' && statusCode > 0) {
    const wrapped = Object.assign(new Error(error instanceof Error ? error.message : String(error)), { status: statusCode });
    return describeError(wrapped, lang);
  }
  return describeError(error, lang);
}

/** Starts an async handler from an event: its own errors are shown by it; anything unexpected is logged. */
export function run(task: Promise<unknown>): void {
  task.catch((error: unknown) => console.error('[Digitiekartta] steering', error));
}
