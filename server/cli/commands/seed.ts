import { isLocalSite } from '../../auth';
import { buildSampleData } from '../../sample';
import { seedSite, SiteNotEmptyError, type SampleBuilder } from '../../seed';
import { createSp } from '../../../src/data/sp';
import { UserError, type Command } from '../command';
import { connectSite, SITE_HELP, SITE_OPTIONS } from '../site';

/** `tiekartta seed`; the builder is a parameter so that tests can seed a small fixture. */
export function createSeedCommand(build: SampleBuilder = buildSampleData): Command {
  return {
    name: 'seed',
    summary: 'Write the sample roadmap (actions, reports, meetings, metrics, ideas) to a provisioned site',
    help: [
      'Usage: tiekartta seed --site URL [--auth MODE] [--force] [--json]',
      '',
      'Writes the clearly labelled SAMPLE data (server/sample) through the data layer, in batches: metrics',
      'and their values, steering meetings, the roadmap actions and their carry-over links, group members,',
      'status reports and ideas, each owner\'s right to edit their actions, and triaged ideas locked. Run provision first.',
      'Refuses a site that already has actions unless --force is given.',
      'Against the local emulator each report is written as its author; against a tenant, as you.',
      '',
      'Options:',
      SITE_HELP,
      '  --force             add the sample even if the site already has actions',
      '  --json              one JSON object with the counts'
    ].join('\n'),
    options: { ...SITE_OPTIONS, force: { type: 'boolean' } },
    async run(options, _positionals, ctx) {
      const { sp, siteUrl, auth } = connectSite(options, ctx);
      // Only the emulator lets a client act as another user (its `emu:<email>` bearer identities).
      const actAs = isLocalSite(siteUrl) && auth === 'none'
        ? (email: string) => createSp({ siteUrl, headers: { Authorization: `Bearer emu:${email}` } })
        : undefined;
      try {
        const report = await seedSite(sp, build(ctx.now()), {
          force: options.force === true,
          actAs,
          progress: ctx.json ? undefined : ctx.out
        });
        if (ctx.json) ctx.out(JSON.stringify({ site: siteUrl, ...report }));
        else {
          for (const failure of report.failures) ctx.err(`  failed: ${failure}`);
          ctx.out(`Seeded ${siteUrl} with the sample data${report.failures.length ? `; ${report.failures.length} failures` : ''}.`);
        }
        return report.failures.length > 0 ? 1 : 0;
      } catch (error) {
        if (error instanceof SiteNotEmptyError) throw new UserError(error.message);
        throw error;
      }
    }
  };
}

export const seedCommand: Command = createSeedCommand();
