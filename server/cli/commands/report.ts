import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createRepositories } from '../../../src/data';
import { summariseYear } from '../../../src/core/followup';
import { helsinkiDay } from '../../../src/core/time/helsinki';
import { renderMeetingDeck } from '../../../src/report/deck';
import { loadFollowupInput } from '../../../src/report/load';
import { format } from '../../../src/core/i18n/catalog';
import { CLI } from '../../../src/core/i18n/cli';
import { requireOption, UserError, type Command } from '../command';
import { FOLLOWUP_OPTIONS, followupChoice } from '../followupOptions';
import { connectSite, SITE_OPTIONS } from '../site';

export const reportCommand: Command = {
  name: 'report',
  summary: 'summaryReport',
  help: 'report',
  options: { ...SITE_OPTIONS, ...FOLLOWUP_OPTIONS, out: { type: 'string' }, lang: { type: 'string' }, meeting: { type: 'string' } },
  async run(options, _positionals, ctx) {
    const out = resolve(requireOption(options, 'out'));
    if (!out.toLowerCase().endsWith('.pptx')) throw new UserError('outPptx', { path: out });
    // The deck exists in Finnish and Swedish; an English run writes it in Finnish unless --lang says otherwise.
    if (options.lang !== undefined && ctx.lang === 'en') throw new UserError('langDeck', { value: ctx.lang });
    const lang = ctx.lang === 'sv' ? 'sv' : 'fi';
    const { year, asOf } = followupChoice(options, ctx);
    const meeting = typeof options.meeting === 'string' ? options.meeting : helsinkiDay(asOf);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(meeting)) throw new UserError('meetingInvalid', { value: meeting });
    const { sp, siteUrl } = connectSite(options, ctx);

    const input = await loadFollowupInput(createRepositories(sp));
    const summary = summariseYear(input, year, asOf);
    const deck = await renderMeetingDeck(summary, { lang, meetingDay: meeting });
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, deck.bytes);

    if (ctx.json) ctx.out(JSON.stringify({ site: siteUrl, file: out, year, lang, meeting, slides: deck.slides, bytes: deck.bytes.length }));
    else {
      ctx.out(format(CLI[ctx.lang].reportWritten, {
        file: out, slides: deck.slides, year, next: year + 1, lang, actions: summary.roadmap.total, nextActions: summary.next.total
      }));
    }
    return 0;
  }
};
