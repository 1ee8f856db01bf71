import type { TeamsTabConfig } from '../../core/reminders/links';
import type { GraphClientLike } from '../../data/graph/client';
import type { ICycleServices } from '../../data/cycle/services';
import type { FollowupSources } from '../../report/load';

/**
 * Where the steering group lives in Microsoft 365, for the tab's Graph calls. In Teams the team and the
 * channel come from the tab's context; on a SharePoint page from the web part's settings.
 */
export interface ISteeringGraphSettings {
  /** The steering group's Microsoft 365 group (team): its members get the pre-read; its calendar holds the meetings. */
  readonly steeringGroupId?: string;
  /** The team channel the pre-read is posted to. */
  readonly channelId?: string;
  /** `me` (the signed-in user, delegated) or a shared mailbox the user may send as. */
  readonly sender: string;
}

/**
 * What the steering tab needs besides the shell's services (actions, status reports, meetings, rights,
 * clock). Built in one place: the web part from the SPFx context, the workbench from the emulator.
 */
export interface ISteeringServices {
  /** The four lists the meeting deck reads (the follow-up's one aggregation). */
  readonly followup: FollowupSources;
  /** The yearly cycle's views (ideas, proposals, carry-over). */
  readonly cycle: ICycleServices;
  /**
   * The signed-in user's delegated Graph client (src/data/graph/transport.ts, signed by SPFx), or the same
   * client against the emulator in the workbench. Undefined when Graph is not available (then reminders and calendar say so).
   */
  readonly graph?: GraphClientLike;
  readonly graphSettings: ISteeringGraphSettings;
  /** The programme site URL (the reminder job reads the lists through Graph's sites API). */
  readonly siteUrl: string;
  /** The SharePoint page with the roadmap web part: links to actions and the reminders' status-form links. */
  readonly roadmapPageUrl: string;
  /** The steering group's Teams tab, for the links in the messages, when known. */
  readonly teamsTab?: TeamsTabConfig;
}

export interface ISteeringTabProps {
  readonly steering: ISteeringServices;
}
