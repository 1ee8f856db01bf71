import { seedSite, SiteNotEmptyError, type SampleBuilder } from '../../seed';
import { UserError, type Command } from '../command';
import { connectSite, SITE_HELP, SITE_OPTIONS } from '../site';

/**
 * Where the sample builder comes from. The sample module (server/sample) is written on another branch;
 * until it lands the path is resolved at run time, so this file compiles without it.
 * TODO(data): replace with a static import of `buildSampleData` once server/sample is on main.
 */
export type SampleLoader = () => Promise<SampleBuilder>;

const SAMPLE_MODULE = '../../sample/index.ts';

export const loadSampleModule: SampleLoader = async () => {
  let mod: { buildSampleData?: unknown };
  try {
    mod = (await import(SAMPLE_MODULE)) as { buildSampleData?: unknown };
  } catch {
    throw new UserError('the sample data module (server/sample) is not available in this build');
  }
  if (typeof mod.buildSampleData !== 'function') throw new UserError('server/sample does not export buildSampleData(now)');
  return mod.buildSampleData as SampleBuilder;
};

export function createSeedCommand(loadSample: SampleLoader = loadSampleModule): Command {
  return {
    name: 'seed',
    summary: 'Write the sample roadmap (actions, reports, meetings, metrics) to a provisioned site',
    help: [
      'Usage: tiekartta seed --site URL [--auth MODE] [--force] [--json]',
      '',
      'Writes the clearly labelled sample data through the data layer, in batches. Run provision first.',
      'Refuses a site that already has actions unless --force is given.',
      '',
      'Options:',
      SITE_HELP,
      '  --force             add the sample even if the site already has actions',
      '  --json              one JSON object with the counts'
    ].join('\n'),
    options: { ...SITE_OPTIONS, force: { type: 'boolean' } },
    async run(options, _positionals, ctx) {
      const { sp, siteUrl } = connectSite(options, ctx);
      const build = await loadSample();
      try {
        const report = await seedSite(sp, build(ctx.now()), {
          force: options.force === true,
          progress: ctx.json ? undefined : ctx.out
        });
        if (ctx.json) ctx.out(JSON.stringify({ site: siteUrl, ...report }));
        else {
          for (const failure of report.failures) ctx.err(`  failed: ${failure}`);
          ctx.out(`Seeded ${siteUrl}${report.failures.length ? ` with ${report.failures.length} failures` : ''}.`);
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
