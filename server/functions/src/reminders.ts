import { app, type InvocationContext, type Timer } from '@azure/functions';
import { deadlineAfter } from '../../../src/data/deadline';
import { runReminders, type ReminderRunResult } from '../../../src/data/graph';
import { RUN_BUDGET_MS } from './budget';
import { isLocalUrl, jobConfig, settingsFromEnv } from '../../reminders/config';
import { credentialFor, isAuthMode } from '../../reminders/credentials';
import { createGraphClient } from '../../reminders/graphClient';
import { reminderLogFor } from '../../reminders/logStore';
import { jobSharePoint } from '../../reminders/sharePoint';

/**
 * The reminder job as an Azure Functions v4 timer. Runs hourly (UTC NCRONTAB); the planner holds each
 * day's reminders until 08:00 Helsinki time, so the hour the job wakes does not matter. Azure Functions
 * runs a timer function on one instance at a time (a blob lease), and ReminderLog claims make a
 * concurrent run from the CLI harmless too. Settings come from application settings (REMINDERS_*);
 * the credential is the function app's managed identity (or a certificate, REMINDERS_AUTH=certificate).
 */

export function summarise(result: ReminderRunResult): Record<string, unknown> {
  return {
    now: result.now,
    due: result.due.length,
    sent: result.sent.length,
    skipped: result.skipped.map((s) => `${s.kind} ${s.meeting} ${s.recipient ?? s.who ?? ''}: ${s.reason}`),
    failed: result.failed.map((f) => `${f.kind} ${f.meeting} ${f.recipient}: ${f.reason}${f.final ? '' : ' (retried later)'}`),
    notificationsFailed: result.notificationsFailed
  };
}

export async function remindersTimer(timer: Timer, context: InvocationContext): Promise<void> {
  // Counted from the start: every wait and request of the run ends before the host's timeout.
  const deadline = deadlineAfter(RUN_BUDGET_MS);
  const env = process.env;
  const settings = settingsFromEnv(env);
  const config = jobConfig(settings);
  const mode = env.REMINDERS_AUTH && isAuthMode(env.REMINDERS_AUTH) ? env.REMINDERS_AUTH : 'managed-identity';
  const credential = settings.graphUrl && isLocalUrl(settings.graphUrl) ? undefined : await credentialFor(mode, env);
  const graph = createGraphClient({ graphUrl: settings.graphUrl, deadline, ...(credential ? { credential } : {}) });
  // ReminderLog through SharePoint REST by default (REMINDERS_LOG_STORE=graph keeps it on Graph); its answers
  // feed the same server clock.
  const reminderLog = reminderLogFor(settings.logStore ?? 'sharepoint', config.siteUrl, { credential, deadline, serverClock: graph.serverClock });
  // Which status reports count: the steering group and the actions' ownership history (docs/security.md).
  const sharePoint = jobSharePoint(config.siteUrl, { credential });
  if (timer.isPastDue) context.log('reminders: the timer is late; the planner catches up on what is still useful');
  const result = await runReminders({ graph, config, reminderLog, deadline, reportAuthority: sharePoint.reportAuthority, log: (line) => context.warn(line) }, new Date());
  const summary = summarise(result);
  if (result.failed.length) context.warn('reminders', JSON.stringify(summary));
  else context.log('reminders', JSON.stringify(summary));
}

app.timer('reminders', {
  schedule: '0 5 * * * *',
  runOnStartup: false,
  useMonitor: true,
  handler: remindersTimer
});

/**
 * The rights that follow the data (what `tiekartta rights` does), every hour with the same identity: a new
 * owner's rights on their action and its report folder arrive, a former owner's go, triaged ideas lock.
 * The web parts move them at once only for users who may manage permissions; otherwise this closes the
 * window within the hour (docs/security.md). `REMINDERS_ALIGN_RIGHTS=false` turns it off.
 */
export async function rightsTimer(_timer: Timer, context: InvocationContext): Promise<void> {
  const env = process.env;
  if (/^(false|0|no)$/i.test(env.REMINDERS_ALIGN_RIGHTS ?? '')) return;
  const settings = settingsFromEnv(env);
  const config = jobConfig(settings);
  const mode = env.REMINDERS_AUTH && isAuthMode(env.REMINDERS_AUTH) ? env.REMINDERS_AUTH : 'managed-identity';
  const credential = isLocalUrl(config.siteUrl) ? undefined : await credentialFor(mode, env);
  context.log(await jobSharePoint(config.siteUrl, credential ? { credential } : {}).alignRights());
}

app.timer('rights', {
  schedule: '0 35 * * * *',
  runOnStartup: false,
  useMonitor: true,
  handler: rightsTimer
});
