import { alignRights } from '../../../src/data/reconcile';
import type { Command } from '../command';
import { connectSite, SITE_HELP, SITE_OPTIONS } from '../site';

/** `tiekartta rights`: the item-level rights that follow the data (action owners, triaged ideas). */
export const rightsCommand: Command = {
  name: 'rights',
  summary: 'Item-level rights follow the data: owners edit their actions, triaged ideas are locked',
  help: [
    'Usage: tiekartta rights --site URL [--auth MODE] [--json]',
    '',
    'Two rights follow what the lists say, and the web parts cannot set them for a steering member',
    '(SharePoint\'s Edit level has no Manage Permissions):',
    '  - each action\'s owner edits that action and adds status reports in its folder of StatusUpdates (the',
    '    lists themselves are read-only to owners); people who no longer own an action lose both rights;',
    '  - a triaged idea is read-only to its proposer; an idea reopened as new is editable again.',
    'Run it as a site admin after owners change in the web part or an Excel import; the scheduled reminder',
    'job (tiekartta reminders, the Azure Function) runs it after each run too.',
    'A second run changes nothing. Exit 1 when an item could not be updated.',
    '',
    'Options:',
    SITE_HELP,
    '  --json              {"owners":{"granted","unchanged","revoked","foldersCreated","failed"},"ideas":{"locked","unlocked","unchanged","failed"}}'
  ].join('\n'),
  options: { ...SITE_OPTIONS },
  async run(options, _positionals, ctx) {
    const { sp, siteUrl } = connectSite(options, ctx);
    const { owners, ideas: ideaLocks } = await alignRights(sp);
    if (ctx.json) ctx.out(JSON.stringify({ owners, ideas: ideaLocks }));
    else {
      for (const f of owners.failed) ctx.err(`  failed: action ${f.code}: ${f.message}`);
      for (const f of ideaLocks.failed) ctx.err(`  failed: idea ${f.idea}: ${f.message}`);
      ctx.out(`${siteUrl}: owners ${owners.granted} granted, ${owners.unchanged} unchanged, ${owners.revoked} former owners removed; ` +
        `ideas ${ideaLocks.locked} locked, ${ideaLocks.unlocked} reopened, ${ideaLocks.unchanged} unchanged.`);
    }
    return owners.failed.length + ideaLocks.failed.length > 0 ? 1 : 0;
  }
};
