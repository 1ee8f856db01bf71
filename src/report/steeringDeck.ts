import { summariseYear, type IctBudget } from '../core/followup';
import { loadFollowupInput, type FollowupSources } from './load';

export interface ISteeringDeckRequest {
  /** The roadmap year followed up (the next year's roadmap comes with it). */
  readonly year: number;
  readonly lang: 'fi' | 'sv';
  /** The instant the deck is made as of (status reports after it are left out). */
  readonly now: Date;
  /** The meeting day (`YYYY-MM-DD`) on the title slide and in the footers; default: now's day. */
  readonly meetingDay?: string;
  readonly budgets?: readonly IctBudget[];
}

/**
 * For the steering tab's "meeting deck" button: reads the lists, summarises the year with the one
 * aggregation and downloads the PowerPoint. pptxgenjs is its own chunk, fetched only on this call, so a
 * tab that imports this module stays light. Returns the file name.
 */
export async function downloadSteeringDeck(sources: FollowupSources, request: ISteeringDeckRequest): Promise<string> {
  const [input, deck] = await Promise.all([
    loadFollowupInput(sources, request.budgets),
    import(/* webpackChunkName: 'deck' */ './deck')
  ]);
  const summary = summariseYear(input, request.year, request.now);
  return deck.downloadMeetingDeck(summary, { lang: request.lang, meetingDay: request.meetingDay ?? summary.asOf ?? undefined });
}
