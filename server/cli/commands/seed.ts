import { isLocalSite } from '../../auth';
import { buildSampleData } from '../../sample';
import { seedSite, SiteNotEmptyError, type SampleBuilder, type SeedStep } from '../../seed';
import { format } from '../../../src/core/i18n/catalog';
import { CLI } from '../../../src/core/i18n/cli';
import { createSp } from '../../../src/data/sp';
import { UserError, type Command } from '../command';
import { connectSite, SITE_OPTIONS } from '../site';

function seedStepLine(step: SeedStep, t: (typeof CLI)['en']): string {
  switch (step.kind) {
    case 'list': return step.failed ? format(t.seedListAddedFailed, step) : format(t.seedListAdded, step);
    case 'members': return format(t.seedMembers, step);
    case 'owners': return format(t.seedOwners, step);
  }
}

/** `tiekartta seed`; the builder is a parameter so that tests can seed a small fixture. */
export function createSeedCommand(build: SampleBuilder = buildSampleData): Command {
  return {
    name: 'seed',
    summary: 'summarySeed',
    help: 'seed',
    options: { ...SITE_OPTIONS, force: { type: 'boolean' } },
    async run(options, _positionals, ctx) {
      const { sp, siteUrl, auth } = connectSite(options, ctx);
      // Only the emulator lets a client act as another user (its `emu:<email>` bearer identities).
      const actAs = isLocalSite(siteUrl) && auth === 'none'
        ? (email: string) => createSp({ siteUrl, headers: { Authorization: `Bearer emu:${email}` } })
        : undefined;
      const t = CLI[ctx.lang];
      try {
        const report = await seedSite(sp, build(ctx.now()), {
          force: options.force === true,
          actAs,
          progress: ctx.json ? undefined : (step) => ctx.out(seedStepLine(step, t))
        });
        if (ctx.json) ctx.out(JSON.stringify({ site: siteUrl, ...report }));
        else {
          for (const failure of report.failures) ctx.err(format(t.seedFailure, { detail: failure }));
          ctx.out(report.failures.length ? format(t.seededWithFailures, { site: siteUrl, count: report.failures.length }) : format(t.seeded, { site: siteUrl }));
        }
        return report.failures.length > 0 ? 1 : 0;
      } catch (error) {
        if (error instanceof SiteNotEmptyError) throw new UserError('siteNotEmpty');
        throw error;
      }
    }
  };
}

export const seedCommand: Command = createSeedCommand();
