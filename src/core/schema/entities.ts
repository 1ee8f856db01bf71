import type { ChoiceDef, FieldDef, ListDef } from './types';
import type {
  ROADMAP_ACTIONS, STATUS_UPDATES, STEERING_MEETINGS, PROGRAMME_METRICS, METRIC_VALUES, IDEAS, REMINDER_LOG, ACTION_DECISIONS, IDEA_TRIAGE
} from './lists';

/**
 * Domain types derived from the schema: adding a field to `lists.ts` adds it to the type, so the
 * types cannot drift from what is provisioned and exported.
 */

/** A SharePoint user as the domain sees them: the e-mail is the identity people know. */
export interface Person {
  readonly email: string;
  readonly displayName?: string;
  /** The site user id, when read from SharePoint. */
  readonly id?: number;
}

/** What every stored item carries besides its fields. */
export interface ItemMeta {
  readonly id: number;
  /** The version tag for optimistic concurrency (sent as IF-Match). */
  readonly etag: string;
  /** SharePoint's version label such as `3.0`, when read. */
  readonly version?: string;
  readonly created?: string;
  readonly modified?: string;
  readonly authorEmail?: string;
  readonly editorEmail?: string;
}

type ChoiceCode<F> = F extends { readonly choices: readonly (infer C)[] } ? (C extends ChoiceDef ? C['code'] : never) : never;

export type FieldValue<F extends FieldDef> = F['kind'] extends 'text' | 'note' | 'period' | 'date' | 'datetime'
  ? string
  : F['kind'] extends 'integer' | 'number' | 'currency' | 'percent' | 'year' | 'lookup'
    ? number
    : F['kind'] extends 'boolean'
      ? boolean
      : F['kind'] extends 'choice'
        ? F extends { readonly fillIn: true }
          ? string
          : ChoiceCode<F>
        : F['kind'] extends 'multichoice'
          ? ChoiceCode<F>[]
          : F['kind'] extends 'user'
            ? Person
            : never;

/** Booleans and multi-choices always have a value (false, []); other optional fields may be null. */
type AlwaysPresent<F extends FieldDef> = F extends { readonly required: true }
  ? true
  : F['kind'] extends 'boolean' | 'multichoice'
    ? true
    : false;

type FieldsOf<L extends ListDef> = L['titleField'] | L['fields'][number];

/** The fields of a list as a plain object, keyed by domain key. */
export type Fields<L extends ListDef> = {
  -readonly [F in FieldsOf<L> as F['key']]: AlwaysPresent<F> extends true ? FieldValue<F> : FieldValue<F> | null;
};

/** A stored item: its fields plus id, etag and version. */
export type Entity<L extends ListDef> = Fields<L> & ItemMeta;

export type RoadmapAction = Entity<typeof ROADMAP_ACTIONS>;
export type RoadmapActionFields = Fields<typeof ROADMAP_ACTIONS>;
export type StatusUpdate = Entity<typeof STATUS_UPDATES>;
export type StatusUpdateFields = Fields<typeof STATUS_UPDATES>;
export type SteeringMeeting = Entity<typeof STEERING_MEETINGS>;
export type SteeringMeetingFields = Fields<typeof STEERING_MEETINGS>;
export type ProgrammeMetric = Entity<typeof PROGRAMME_METRICS>;
export type ProgrammeMetricFields = Fields<typeof PROGRAMME_METRICS>;
export type MetricValue = Entity<typeof METRIC_VALUES>;
export type MetricValueFields = Fields<typeof METRIC_VALUES>;
export type Idea = Entity<typeof IDEAS>;
export type IdeaFields = Fields<typeof IDEAS>;
export type ReminderLogEntry = Entity<typeof REMINDER_LOG>;
export type ActionDecision = Entity<typeof ACTION_DECISIONS>;
export type IdeaTriageEntry = Entity<typeof IDEA_TRIAGE>;
export type ReminderLogEntryFields = Fields<typeof REMINDER_LOG>;

export type ActionStatus = RoadmapAction['status'];
export type TrafficLight = NonNullable<RoadmapAction['trafficLight']>;
export type GoalCode = RoadmapAction['goal'];
export type LevelCode = RoadmapAction['level'];
export type NeedSource = NonNullable<RoadmapAction['needSource']>;
export type SizeClass = NonNullable<RoadmapAction['costClass']>;
export type ApprovalState = NonNullable<RoadmapAction['approvalState']>;
export type MeetingState = SteeringMeeting['state'];
export type IdeaState = Idea['state'];
export type ReminderKind = ReminderLogEntry['kind'];
