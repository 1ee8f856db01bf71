import type { SPFI } from '@pnp/sp';
import { REMINDER_LOG, entityToItem, type ReminderLogEntryFields } from '../core/schema';
import { chunk } from './graph/batch';
import type { ItemWriteResult } from './graph/sites';
import type { LogChange, LogUpdateResult, ReminderLogStore } from './graph/reminderJob';
import { describeHttpError, httpStatusOf } from './errors';
import { BATCH_SIZE } from './people';
import { ListRepository } from './repository';
import { webPathOf } from './sp';
import './pnp';

/**
 * ReminderLog through SharePoint REST with PnPjs. A SharePoint `$batch` holds 100 writes where a Graph
 * JSON batch holds 20, so a run that reminds 200 people claims them in 2 requests instead of 10, and the
 * job's Graph requests are its reads and its sendMail batches only. The job calls it between sends: claims
 * are created before anything is sent, each mark goes right after its sendMail batch (the exactly-once
 * rules do not change with the store; see docs/reminders.md).
 */

type LogResult = ItemWriteResult<typeof REMINDER_LOG>;

function failure(error: unknown): { readonly ok: false; readonly status: number; readonly message: string } {
  return { ok: false, status: httpStatusOf(error) ?? 0, message: describeHttpError(error) };
}

export function sharePointReminderLog(sp: SPFI): ReminderLogStore {
  const repository = new ListRepository(sp, REMINDER_LOG);
  const listUrl = `${webPathOf(sp)}/${REMINDER_LOG.url}`;

  return {
    async readEntries(meetingIds) {
      // By the indexed meeting lookup; a run has one or two meetings with an open reminder window.
      const perMeeting = await Promise.all([...new Set(meetingIds)].map((id) => repository.list({ where: [{ key: 'meeting', op: 'eq', value: id }] })));
      return perMeeting.flat();
    },

    async createEntries(entries) {
      // ReminderLog has no person columns, so addMany resolves nobody: one request per 100 entries. The cast:
      // addMany takes whole items, and the job's claims carry every required field (key, kind, recipient, state).
      const result = await repository.addMany(entries as readonly ReminderLogEntryFields[]);
      const failed = new Map(result.failed.map((f) => [f.index, f.error]));
      const saved = [...result.saved];
      return entries.map((_, index): LogResult => {
        const error = failed.get(index);
        if (error) return failure(error);
        const entity = saved.shift();
        return entity ? { ok: true, entity } : { ok: false, status: 0, message: 'no answer for this entry' };
      });
    },

    async updateEntries(changes: readonly LogChange[]) {
      const results: LogUpdateResult[] = new Array<LogUpdateResult>(changes.length);
      const indexed = changes.map((change, index) => ({ change, index }));
      for (const part of chunk(indexed, BATCH_SIZE)) {
        const [batched, execute] = sp.batched({ maxRequests: BATCH_SIZE });
        const list = batched.web.getList(listUrl);
        // PnPjs answers an update with the ETag header SharePoint returns on MERGE: no read-back needed.
        const pending = part.map(({ change, index }) =>
          list.items.getById(change.id).update(entityToItem(REMINDER_LOG, change.changes), change.etag || '*').then(
            (answer: { etag?: string | null }) => {
              results[index] = { ok: true, id: change.id, etag: answer.etag ?? '' };
            },
            (error: unknown) => {
              results[index] = failure(error);
            }
          )
        );
        try {
          await execute();
          await Promise.all(pending);
        } catch (error) {
          // The batch itself failed (connection lost): whether its parts ran is unknown.
          for (const { index } of part) results[index] ??= failure(error);
        }
      }
      return results;
    }
  };
}
