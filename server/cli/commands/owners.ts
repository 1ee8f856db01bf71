import { createRepositories } from '../../../src/data/repository';
import { syncOwnerRights } from '../../../src/data/permissions';
import type { Command } from '../command';
import { connectSite, SITE_HELP, SITE_OPTIONS } from '../site';

/** `tiekartta owners`: the actions' item-level edit rights follow their owner field. */
export const ownersCommand: Command = {
  name: 'owners',
  summary: 'Give each action\'s owner the right to edit it, and take it from former owners',
  help: [
    'Usage: tiekartta owners --site URL [--auth MODE] [--json]',
    '',
    'Owners edit the actions they own through an item-level right (the list itself is read-only to them).',
    'Run this as a site admin after owners change in the web part or an Excel import, or on a schedule:',
    'it grants the right to each action\'s owner and removes it from people who no longer own the action.',
    'A second run changes nothing. Exit 1 when an action could not be updated.',
    '',
    'Options:',
    SITE_HELP,
    '  --json              {"granted":n,"unchanged":n,"revoked":n,"failed":[{"code","message"}]}'
  ].join('\n'),
  options: { ...SITE_OPTIONS },
  async run(options, _positionals, ctx) {
    const { sp, siteUrl } = connectSite(options, ctx);
    const repos = createRepositories(sp);
    const actions = await repos.actions.list();
    const result = await syncOwnerRights(sp, actions, repos.people);
    if (ctx.json) ctx.out(JSON.stringify(result));
    else {
      for (const f of result.failed) ctx.err(`  failed: ${f.code}: ${f.message}`);
      ctx.out(`${siteUrl}: ${result.granted} owners granted, ${result.unchanged} already had the right, ${result.revoked} former owners' rights removed.`);
    }
    return result.failed.length > 0 ? 1 : 0;
  }
};
