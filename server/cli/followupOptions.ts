import { helsinkiDay, helsinkiInstant } from '../../src/core/time/helsinki';
import { UserError, type CommandContext, type OptionValues } from './command';

/** Options `report` and `publish` share: which roadmap year, as of when. */
export const FOLLOWUP_OPTIONS = {
  year: { type: 'string' },
  'as-of': { type: 'string' }
} as const;


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
    if (Number.isNaN(asOf.getTime())) throw new UserError('asOfInvalid', { value: asOfText });
  }
  const yearText = options.year;
  const year = typeof yearText === 'string' ? Number(yearText) : Number(helsinkiDay(asOf).slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > 2099) throw new UserError('yearInvalid', { value: String(yearText) });
  return { year, asOf };
}
