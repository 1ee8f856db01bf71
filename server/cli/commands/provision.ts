import { describeHttpError } from '../../../src/data/errors';
import { provision, ProvisionStepError, NewerSchemaError, type StepResult } from '../../../src/data/provision';
import { UserError, type Command } from '../command';
import { describeError } from '../errors';
import { connectSite, SITE_HELP, SITE_OPTIONS } from '../site';

const MARK: Readonly<Record<StepResult['outcome'], string>> = { created: '+', updated: '~', unchanged: '=', warning: '!' };

function stepLine(step: StepResult): string {
  const details = step.details.length > 0 ? `: ${step.details.join('; ')}` : '';
  return `${MARK[step.outcome]} ${step.step.padEnd(38)} ${step.outcome}${details}`;
}

export const provisionCommand: Command = {
  name: 'provision',
  summary: 'Create or upgrade the lists, fields, views, groups and permissions of the programme site',
  help: [
    'Usage: tiekartta provision --site URL [--auth MODE] [--json]',
    '',
    'Creates what is missing and upgrades a site provisioned by an older version in place. Idempotent:',
    'a second run reports every step "unchanged". Never deletes a list, field, view or item, and never',
    'changes the type of an existing field.',
    '',
    'Options:',
    SITE_HELP,
    '  --json              one JSON object with every step'
  ].join('\n'),
  options: { ...SITE_OPTIONS },
  async run(options, _positionals, ctx) {
    const { sp, siteUrl } = connectSite(options, ctx);
    try {
      const result = await provision(sp, { onStep: ctx.json ? undefined : (step) => ctx.out(stepLine(step)) });
      if (ctx.json) {
        ctx.out(JSON.stringify({ site: siteUrl, ...result }));
      } else {
        ctx.out(result.changed
          ? `Provisioned ${siteUrl}: schema version ${result.fromVersion} → ${result.toVersion}.`
          : `Nothing to change: ${siteUrl} is at schema version ${result.toVersion}.`);
      }
      return 0;
    } catch (error) {
      if (error instanceof NewerSchemaError) throw new UserError(error.message);
      if (error instanceof ProvisionStepError) {
        // The first step only reads the site: a wrong URL or an unreachable host is said plainly.
        if (error.step === 'site') throw error.cause;
        throw new UserError(`step "${error.step}" failed: ${error.status === undefined ? describeError(error.cause, ctx.lang) : describeHttpError(error.cause)}`);
      }
      throw error;
    }
  }
};
