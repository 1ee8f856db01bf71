import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { createRepositories } from '../../../src/data';
import { summariseYear } from '../../../src/core/followup';
import { helsinkiDay } from '../../../src/core/time/helsinki';
import { renderMeetingDeck } from '../../../src/report/deck';
import { loadFollowupInput } from '../../../src/report/load';
import { requireOption, UserError, type Command } from '../command';
import { FOLLOWUP_HELP, FOLLOWUP_OPTIONS, followupChoice, langOption } from '../followupOptions';
import { connectSite, SITE_HELP, SITE_OPTIONS } from '../site';

export const reportCommand: Command = {
  name: 'report',
  summary: 'Write the steering group meeting deck (PowerPoint) from the lists',
  help: [
    'Usage: tiekartta report --site URL --out FILE.pptx [--year YYYY] [--lang fi|sv] [--meeting YYYY-MM-DD] [--json]',
    '',
    'Builds the follow-up deck in the structure of the 8.11.2024 slides: topics, background, ICT budget,',
    'metrics, the year\'s started and completed projects, and the next year\'s projects with impact against',
    'cost, long-term benefit, need source, level and responsible director, with native PowerPoint charts.',
    'The figures are the dashboard\'s and the publication\'s (one aggregation).',
    '',
    'Options:',
    SITE_HELP,
    '  --out FILE.pptx     where to write the deck',
    FOLLOWUP_HELP,
    '  --lang fi|sv        the deck\'s language (default fi)',
    '  --meeting DAY       the meeting day on the title slide and in the footers (default: today)',
    '  --json              one JSON object: file, year, language, slides, bytes'
  ].join('\n'),
  options: { ...SITE_OPTIONS, ...FOLLOWUP_OPTIONS, out: { type: 'string' }, lang: { type: 'string' }, meeting: { type: 'string' } },
  async run(options, _positionals, ctx) {
    const out = resolve(requireOption(options, 'out'));
    if (!out.toLowerCase().endsWith('.pptx')) throw new UserError(`--out must be a .pptx file: ${out}`);
    const lang = langOption(options, ['fi', 'sv'], 'fi');
    const { year, asOf } = followupChoice(options, ctx);
    const meeting = typeof options.meeting === 'string' ? options.meeting : helsinkiDay(asOf);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(meeting)) throw new UserError(`--meeting must be a day YYYY-MM-DD: ${meeting}`);
    const { sp, siteUrl } = connectSite(options, ctx);

    const input = await loadFollowupInput(createRepositories(sp));
    const summary = summariseYear(input, year, asOf);
    const deck = await renderMeetingDeck(summary, { lang, meetingDay: meeting });
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, deck.bytes);

    if (ctx.json) ctx.out(JSON.stringify({ site: siteUrl, file: out, year, lang, meeting, slides: deck.slides, bytes: deck.bytes.length }));
    else ctx.out(`Wrote ${out}: ${deck.slides} slides, roadmap ${year} and ${year + 1} (${lang}), ${summary.roadmap.total} + ${summary.next.total} actions.`);
    return 0;
  }
};
