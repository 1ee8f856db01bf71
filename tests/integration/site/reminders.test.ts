import { helsinkiDay, helsinkiInstant, shiftDay } from '../../../src/core/time/helsinki';
import { provision } from '../../../src/data/provision';
import { createRepositories } from '../../../src/data/repository';
import { newAction, newMeeting, person } from '../data/builders';
import { cli } from '../reminders/world';
import { sharedTarget, TARGET_TIMEOUT } from './target';

/**
 * `tiekartta reminders` against the site and Microsoft Graph (the emulator's Graph part, or Graph itself
 * on a tenant): a dry run sends nothing, then one real send to the test mailbox, exactly once (both targets).
 */

jest.setTimeout(TARGET_TIMEOUT);

const site = sharedTarget();
// A meeting a month ahead, and the morning its owners are asked for their reports (14 days before).
const MEETING_DAY = shiftDay(helsinkiDay(new Date()), 30);
const REQUEST_MORNING = helsinkiInstant(shiftDay(MEETING_DAY, -14), '09:00').toISOString();

beforeAll(async () => {
  await provision(site.sp);
  const repos = createRepositories(site.sp);
  await repos.meetings.add({ ...newMeeting(1), startsAt: helsinkiInstant(MEETING_DAY, '09:00').toISOString(), endsAt: helsinkiInstant(MEETING_DAY, '11:00').toISOString() });
  await repos.actions.add(newAction(1, { owner: person(site.people.owner), status: 'in-progress' }));
}, TARGET_TIMEOUT);

interface Summary {
  readonly due: { kind: string; recipient: string }[];
  readonly sent: number;
  readonly failed: unknown[];
}

async function reminders(...extra: string[]): Promise<Summary> {
  const run = await cli(['reminders', ...site.reminderArgs, '--now', REQUEST_MORNING, '--json', ...extra], site.cliEnv);
  expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: [] });
  return JSON.parse(run.out[0]) as Summary;
}

describe('the reminders before a steering meeting', () => {
  it('shows the owner’s request in a dry run and sends nothing', async () => {
    const dry = await reminders('--dry-run');
    expect(dry.due.map((d) => [d.kind, d.recipient.toLowerCase()])).toEqual([['owner-request', site.people.owner.toLowerCase()]]);
    expect(dry.sent).toBe(0);
    expect(await createRepositories(site.sp).reminderLog.list()).toEqual([]);
  });

  it('sends it once for real to the test mailbox, and not again on the next run', async () => {
    expect(await reminders()).toMatchObject({ sent: 1, failed: [] });
    const log = await createRepositories(site.sp).reminderLog.list();
    expect(log.map((e) => [e.kind, e.recipient.toLowerCase(), e.state])).toEqual([['owner-request', site.people.owner.toLowerCase(), 'sent']]);
    expect(await reminders()).toMatchObject({ sent: 0, failed: [] });
    expect(await createRepositories(site.sp).reminderLog.list()).toHaveLength(1);
  });
});
