import type { CommandContext } from '../../../server/cli/command';
import { createSeedCommand } from '../../../server/cli/commands/seed';
import { main } from '../../../server/cli/main';
import type { SampleData } from '../../../server/seed';
import { GROUPS, SCHEMA_VERSION } from '../../../src/core/schema';
import { AccessDeniedError } from '../../../src/data/contracts';
import { claimsLogin } from '../../../src/data/people';
import { createRepositories } from '../../../src/data/repository';
import { createSp } from '../../../src/data/sp';
import { newAction, newMeeting, person } from './builders';
import { sharedTestSite } from './emulator';

/** `tiekartta provision` and `tiekartta seed` against the emulator, as a user runs them. */

const site = sharedTestSite({ provisioned: false });

function capture(json = false): { ctx: Partial<CommandContext> & CommandContext; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CommandContext = {
    lang: 'en', json, out: (l) => out.push(l), err: (l) => err.push(l), env: {}, now: () => new Date('2025-03-01T10:00:00Z')
  };
  return { ctx, out, err };
}

describe('tiekartta provision', () => {
  it('prints each step, then says a second run changed nothing', async () => {
    const first = capture();
    expect(await main(['provision', '--site', site.emulator.siteUrl], first.ctx)).toBe(0);
    expect(first.out.some((l) => /^\+ list Lists\/RoadmapActions\s+created/.test(l))).toBe(true);
    expect(first.out[first.out.length - 1]).toMatch(new RegExp(`schema version 0 → ${SCHEMA_VERSION}`));

    const second = capture(true);
    expect(await main(['provision', '--site', site.emulator.siteUrl, '--json'], second.ctx)).toBe(0);
    const result = JSON.parse(second.out[0]) as { changed: boolean; steps: { outcome: string }[] };
    expect(result.changed).toBe(false);
    expect(result.steps.every((s) => s.outcome === 'unchanged')).toBe(true);
  }, 60_000);

  it.each([
    [['provision'], /missing required option --site/],
    [['provision', '--site', 'not a url'], /not a URL/],
    [['provision', '--site', 'http://127.0.0.1:59999/sites/x'], /unreachable/],
    [['provision', '--site', 'https://x.sharepoint.com/sites/y', '--auth', 'device-code'], /--client-id/]
  ])('fails with one clear line: %j', async (argv, message) => {
    const run = capture();
    expect(await main(argv, run.ctx)).toBe(1);
    expect(run.err).toHaveLength(1);
    expect(run.err[0]).toMatch(message);
  });

  it('says when the URL is not the programme site', async () => {
    const run = capture();
    expect(await main(['provision', '--site', `${site.emulator.baseUrl}/sites/nothing-here`], run.ctx)).toBe(1);
    expect(run.err[0]).toMatch(/HTTP 404/);
  });
});

describe('tiekartta seed', () => {
  const sample: SampleData = {
    metrics: [{ title: 'Sähköisten palvelujen osuus', code: 'A1', goal: 'A', titleSv: null, titleEn: null, source: null, unit: '%' }],
    metricValues: [{ title: null, metricCode: 'A1', year: 2024, value: 41, note: null }, { title: null, metricCode: 'A1', year: 2025, value: 48, note: null }],
    meetings: [newMeeting(1), newMeeting(2)],
    actions: [
      { ...newAction(1, { owner: person('laura.niemi@porvoo.fi'), roadmapYear: 2024 }), carriedFromCode: null },
      { ...newAction(2, { owner: person('laura.niemi@porvoo.fi') }), carriedFromCode: 'T-00001' }
    ],
    statusUpdates: [{
      actionCode: 'T-00001', title: null, reportedOn: '2025-02-20T10:00:00.000Z', overallLight: 'green', scheduleLight: 'green', scheduleComment: null,
      costsLight: null, costsComment: null, scopeLight: null, scopeComment: null, risksLight: null, risksComment: null, progress: 60,
      done: 'Tehty', next: null, decisionNeeded: false, decisionNote: null, publicSummary: null, isPublic: false
    }],
    members: [{ person: person('helena.koskinen@porvoo.fi'), group: 'steering' }, { person: person('laura.niemi@porvoo.fi'), group: 'owners' }]
  };

  it('writes the sample through the repositories, links carried-over actions and grants owners', async () => {
    const seed = createSeedCommand(() => sample);
    const run = capture();
    expect(await seed.run({ site: site.emulator.siteUrl }, [], run.ctx)).toBe(0);
    const repos = createRepositories(site.sp);
    const actions = await repos.actions.list({ orderBy: { key: 'code' } });
    expect(actions.map((a) => a.code)).toEqual(['T-00001', 'T-00002']);
    expect(actions[1].carriedFrom).toBe(actions[0].id);
    expect(await repos.statusUpdates.list()).toEqual([expect.objectContaining({ action: actions[0].id, progress: 60 })]);
    expect((await repos.metricValues.list()).map((v) => v.value)).toEqual([41, 48]);
    expect(run.out).toContain('owner permissions (actions and report folders): 2');

    // A second seed would duplicate the sample: refused with one line.
    const again = capture();
    await expect(seed.run({ site: site.emulator.siteUrl }, [], again.ctx)).rejects.toThrow(/already has actions/);
  }, 60_000);
});

describe('tiekartta rights', () => {
  const asUser = (email: string): ReturnType<typeof createSp> =>
    createSp({ siteUrl: site.emulator.siteUrl, headers: { Authorization: `Bearer emu:${email}` }, retry: { interval: 5 } });

  it('moves the right to edit an action to its new owner, and a second run changes nothing', async () => {
    const repos = createRepositories(site.sp);
    const action = (await repos.actions.list({ orderBy: { key: 'code' } }))[1];
    expect(action.owner?.email).toBe('laura.niemi@porvoo.fi');
    await repos.actions.update(action.id, action.etag, { owner: person('matti.heinonen@porvoo.fi') });

    const run = capture(true);
    expect(await main(['rights', '--site', site.emulator.siteUrl, '--json'], run.ctx)).toBe(0);
    expect(JSON.parse(run.out[0]).owners).toEqual({ granted: 1, unchanged: 1, revoked: 1, foldersCreated: 0, failed: [] });

    const mattis = createRepositories(asUser('matti.heinonen@porvoo.fi')).actions;
    const current = await mattis.get(action.id);
    await expect(mattis.update(current.id, current.etag, { progress: 70 })).resolves.toMatchObject({ progress: 70 });
    const lauras = createRepositories(asUser('laura.niemi@porvoo.fi')).actions;
    const again = await lauras.get(action.id);
    await expect(lauras.update(again.id, again.etag, { progress: 80 })).rejects.toBeInstanceOf(AccessDeniedError);

    const second = capture(true);
    expect(await main(['rights', '--site', site.emulator.siteUrl, '--json'], second.ctx)).toBe(0);
    expect(JSON.parse(second.out[0]).owners).toEqual({ granted: 0, unchanged: 2, revoked: 0, foldersCreated: 0, failed: [] });
  }, 60_000);

  it('makes a triaged idea read-only to its proposer, and editable again when it is reopened', async () => {
    const proposer = createRepositories(asUser('karin.lindqvist@porvoo.fi')).ideas;
    await site.sp.web.siteGroups.getByName(GROUPS.filter((g) => g.key === 'readers')[0].name).users.add(claimsLogin('karin.lindqvist@porvoo.fi'));
    const idea = await proposer.add({
      title: 'Digital bokning', what: 'Boka idrottsplatser på nätet.', why: null, beneficiaries: ['residents'], goal: 'A', costClass: 'S',
      impactClass: 'M', state: 'new', outcome: null, action: null, proposer: person('karin.lindqvist@porvoo.fi'), language: 'sv'
    });
    const admin = createRepositories(site.sp).ideas;
    const reviewed = await admin.update(idea.id, (await admin.get(idea.id)).etag, { state: 'under-review' });

    const run = capture(true);
    expect(await main(['rights', '--site', site.emulator.siteUrl, '--json'], run.ctx)).toBe(0);
    expect(JSON.parse(run.out[0]).ideas).toEqual({ locked: 1, unlocked: 0, unchanged: 0, failed: [] });
    const mine = await proposer.get(idea.id);
    expect(mine.state).toBe('under-review');
    await expect(proposer.update(mine.id, mine.etag, { state: 'accepted' })).rejects.toBeInstanceOf(AccessDeniedError);

    await admin.update(reviewed.id, (await admin.get(reviewed.id)).etag, { state: 'new' });
    const reopen = capture(true);
    expect(await main(['rights', '--site', site.emulator.siteUrl, '--json'], reopen.ctx)).toBe(0);
    expect(JSON.parse(reopen.out[0]).ideas).toEqual({ locked: 0, unlocked: 1, unchanged: 0, failed: [] });
    const again = await proposer.get(idea.id);
    await expect(proposer.update(again.id, again.etag, { why: 'Färre samtal.' })).resolves.toMatchObject({ why: 'Färre samtal.' });
  }, 60_000);
});
