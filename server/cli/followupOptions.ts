import { isLang, type Lang } from '../../src/core/i18n/catalog';
import { helsinkiDay, helsinkiInstant } from '../../src/core/time/helsinki';
import { UserError, type CommandContext, type OptionValues } from './command';

/** Options `report` and `publish` share: which roadmap year, as of when. */
export const FOLLOWUP_OPTIONS = {
  year: { type: 'string' },
  'as-of': { type: 'string' }
} as const;

export const FOLLOWUP_HELP = [
  '  --year YYYY         the roadmap year followed up (default: the current year in Helsinki);',
  '                      the next year\'s roadmap is shown with it',
  '  --as-of ISO         leave out status reports made after this instant (default: now)'
].join('\n');

export interface FollowupChoice {
  readonly year: number;
  /** The instant the summary is made as of. */
  readonly asOf: Date;
}

export function followupChoice(options: OptionValues, ctx: CommandContext): FollowupChoice {
  const asOfText = options['as-of'];
  let asOf = ctx.now();
  if (typeof asOfText === 'string') {
    // A bare day means the end of that day in Helsinki (summer or winter time alike).
    asOf = /^\d{4}-\d{2}-\d{2}$/.test(asOfText) ? helsinkiInstant(asOfText, '23:59') : new Date(asOfText);
    if (Number.isNaN(asOf.getTime())) throw new UserError(`--as-of is not a date or an instant: ${asOfText}`);
  }
  const yearText = options.year;
  const year = typeof yearText === 'string' ? Number(yearText) : Number(helsinkiDay(asOf).slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > 2099) throw new UserError(`--year must be a year such as 2024: ${String(yearText)}`);
  return { year, asOf };
}

/** `--lang fi|sv` (English only where allowed). */
export function langOption(options: OptionValues, allowed: readonly Lang[], fallback: Lang): Lang {
  const value = options.lang;
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !isLang(value) || allowed.indexOf(value) < 0) {
    throw new UserError(`--lang must be ${allowed.join(' or ')}: ${String(value)}`);
  }
  return value;
}
