import { describeHttpError } from '../../../src/data/errors';
import { provision, ProvisionStepError, NewerSchemaError, type StepResult } from '../../../src/data/provision';
import { format, type Lang } from '../../../src/core/i18n/catalog';
import { CLI, type CliKey } from '../../../src/core/i18n/cli';
import { UserError, type Command } from '../command';
import { describeError } from '../errors';
import { connectSite, SITE_OPTIONS } from '../site';

const MARK: Readonly<Record<StepResult['outcome'], string>> = { created: '+', updated: '~', unchanged: '=', warning: '!' };
const OUTCOME: Readonly<Record<StepResult['outcome'], CliKey>> = {
  created: 'outcomeCreated', updated: 'outcomeUpdated', unchanged: 'outcomeUnchanged', warning: 'outcomeWarning'
};

/** One step: its mark, what it provisioned (list URLs and field names are the same in every language), the outcome. */
function stepLine(step: StepResult, lang: Lang): string {
  const details = step.details.length > 0 ? `: ${step.details.join('; ')}` : '';
  return `${MARK[step.outcome]} ${step.step.padEnd(38)} ${CLI[lang][OUTCOME[step.outcome]]}${details}`;
}

export const provisionCommand: Command = {
  name: 'provision',
  summary: 'summaryProvision',
  help: 'provision',
  options: { ...SITE_OPTIONS },
  async run(options, _positionals, ctx) {
    const { sp, siteUrl } = connectSite(options, ctx);
    try {
      const result = await provision(sp, { onStep: ctx.json ? undefined : (step) => ctx.out(stepLine(step, ctx.lang)) });
      if (ctx.json) {
        ctx.out(JSON.stringify({ site: siteUrl, ...result }));
      } else {
        ctx.out(result.changed
          ? format(CLI[ctx.lang].provisioned, { site: siteUrl, from: result.fromVersion, to: result.toVersion })
          : format(CLI[ctx.lang].provisionNothing, { site: siteUrl, to: result.toVersion }));
      }
      return 0;
    } catch (error) {
      if (error instanceof NewerSchemaError) throw new UserError('newerSchema', { site: error.siteVersion, known: error.knownVersion });
      if (error instanceof ProvisionStepError) {
        // The first step only reads the site: a wrong URL or an unreachable host is said plainly.
        if (error.step === 'site') throw error.cause;
        throw new UserError('provisionStepFailed', { step: error.step, detail: error.status === undefined ? describeError(error.cause, ctx.lang) : describeHttpError(error.cause) });
      }
      throw error;
    }
  }
};
