import { resolve } from 'node:path';
import { createRepositories } from '../../../src/data';
import { loadFollowupInput } from '../../../src/report/load';
import { buildPublication, writePublication } from '../../publish';
import { format } from '../../../src/core/i18n/catalog';
import { CLI } from '../../../src/core/i18n/cli';
import { requireOption, type Command } from '../command';
import { FOLLOWUP_OPTIONS, followupChoice } from '../followupOptions';
import { connectSite, SITE_OPTIONS } from '../site';

export const publishCommand: Command = {
  name: 'publish',
  summary: 'summaryPublish',
  help: 'publish',
  options: { ...SITE_OPTIONS, ...FOLLOWUP_OPTIONS, out: { type: 'string' } },
  async run(options, _positionals, ctx) {
    const dir = resolve(requireOption(options, 'out'));
    const { year, asOf } = followupChoice(options, ctx);
    const { sp, siteUrl } = connectSite(options, ctx);
    const input = await loadFollowupInput(createRepositories(sp));
    const publication = buildPublication(input, year, asOf);
    const files = await writePublication(dir, publication);
    if (ctx.json) ctx.out(JSON.stringify({ site: siteUrl, dir, year, files, actions: publication.actions, metricValues: publication.metricValues }));
    else ctx.out(format(CLI[ctx.lang].publishWritten, { count: files.length, dir, actions: publication.actions, values: publication.metricValues, year }));
    return 0;
  }
};
