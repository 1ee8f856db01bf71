import { alignRights } from '../../../src/data/reconcile';
import { format } from '../../../src/core/i18n/catalog';
import { CLI } from '../../../src/core/i18n/cli';
import type { Command } from '../command';
import { connectSite, SITE_OPTIONS } from '../site';

/** `tiekartta rights`: the rights that follow the data (owners on their actions and report folders, triaged ideas). */
export const rightsCommand: Command = {
  name: 'rights',
  summary: 'summaryRights',
  help: 'rights',
  options: { ...SITE_OPTIONS },
  async run(options, _positionals, ctx) {
    const { sp, siteUrl } = connectSite(options, ctx);
    const { owners, ideas: ideaLocks } = await alignRights(sp);
    if (ctx.json) ctx.out(JSON.stringify({ owners, ideas: ideaLocks }));
    else {
      const t = CLI[ctx.lang];
      for (const f of owners.failed) ctx.err(format(t.rightsFailedAction, { code: f.code, detail: f.message }));
      for (const f of ideaLocks.failed) ctx.err(format(t.rightsFailedIdea, { idea: f.idea, detail: f.message }));
      ctx.out(format(t.rightsSummary, {
        site: siteUrl, granted: owners.granted, unchanged: owners.unchanged, revoked: owners.revoked, folders: owners.foldersCreated,
        locked: ideaLocks.locked, unlocked: ideaLocks.unlocked, ideasUnchanged: ideaLocks.unchanged
      }));
    }
    return owners.failed.length + ideaLocks.failed.length > 0 ? 1 : 0;
  }
};
