import { resolve } from 'node:path';
import { createRepositories } from '../../../src/data';
import { loadFollowupInput } from '../../../src/report/load';
import { buildPublication, writePublication } from '../../publish';
import { requireOption, type Command } from '../command';
import { FOLLOWUP_HELP, FOLLOWUP_OPTIONS, followupChoice } from '../followupOptions';
import { connectSite, SITE_HELP, SITE_OPTIONS } from '../site';

export const publishCommand: Command = {
  name: 'publish',
  summary: 'Write the open publication (CSV, JSON, HTML in Finnish and Swedish) of progress and metrics',
  help: [
    'Usage: tiekartta publish --site URL --out DIR [--year YYYY] [--as-of ISO] [--json]',
    '',
    'Writes actions.csv/.json (each action\'s progress and costs), metrics.csv/.json (the yearly metric',
    'values) and a static, accessible page index.fi.html / index.sv.html for the city website. No personal',
    'data: no owner or author names or e-mail addresses.',
    '',
    'Options:',
    SITE_HELP,
    '  --out DIR           the folder to write (created if missing; files in it are replaced)',
    FOLLOWUP_HELP,
    '  --json              one JSON object with the files written'
  ].join('\n'),
  options: { ...SITE_OPTIONS, ...FOLLOWUP_OPTIONS, out: { type: 'string' } },
  async run(options, _positionals, ctx) {
    const dir = resolve(requireOption(options, 'out'));
    const { year, asOf } = followupChoice(options, ctx);
    const { sp, siteUrl } = connectSite(options, ctx);
    const input = await loadFollowupInput(createRepositories(sp));
    const publication = buildPublication(input, year, asOf);
    const files = await writePublication(dir, publication);
    if (ctx.json) ctx.out(JSON.stringify({ site: siteUrl, dir, year, files, actions: publication.actions, metricValues: publication.metricValues }));
    else ctx.out(`Wrote ${files.length} files to ${dir}: ${publication.actions} actions, ${publication.metricValues} metric values (summary of ${year}).`);
    return 0;
  }
};
