import { parsePeriod, periodBounds } from '../schema/period';
import { issue, type ValidationIssue } from './issues';

/**
 * Rules across fields, per list. Each rule sees the values and whether a field is valid and non-empty
 * on its own (so that a bad date gives one message, not two), and appends its issues.
 */
export type CrossFieldRule = (
  values: Readonly<Record<string, unknown>>,
  valid: (key: string) => boolean,
  out: ValidationIssue[]
) => void;

/**
 * An action must not end before it starts. Periods are compared by their bounds: `2025-Q2` to
 * `2025-04-15` is fine (the end falls inside the start quarter), `2025-Q2` to `2025-03-31` is not.
 */
const actionEndNotBeforeStart: CrossFieldRule = (values, valid, out) => {
  if (!valid('start') || !valid('end')) return;
  const start = parsePeriod(String(values.start));
  const end = parsePeriod(String(values.end));
  if (!start || !end) return;
  if (periodBounds(end).last < periodBounds(start).first) out.push(issue('end', values.end, 'endBeforeStart', { start: String(values.start) }));
};

/** A completed action has progress 100; anything else is questioned (a warning, see `validateFields`). */
const completedActionIsFull: CrossFieldRule = (values, valid, out) => {
  if (values.status !== 'completed' || !valid('progress')) return;
  const progress = values.progress as number;
  if (progress < 100) out.push(issue('progress', progress, 'completedNotFull', {}, 'warning'));
};

/** A meeting ends after it starts. */
const meetingEndsAfterStart: CrossFieldRule = (values, valid, out) => {
  if (!valid('startsAt') || !valid('endsAt')) return;
  if (Date.parse(String(values.endsAt)) < Date.parse(String(values.startsAt))) {
    out.push(issue('endsAt', values.endsAt, 'endBeforeStart', { start: String(values.startsAt) }));
  }
};

const RULES: Readonly<Record<string, readonly CrossFieldRule[]>> = {
  actions: [actionEndNotBeforeStart, completedActionIsFull],
  meetings: [meetingEndsAfterStart]
};

export function crossFieldRules(listKey: string): readonly CrossFieldRule[] {
  return RULES[listKey] ?? [];
}
