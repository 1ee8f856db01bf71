import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createRepositories } from '../../../src/data';
import { loadFollowupInput } from '../../../src/report/load';
import { buildPublication, publicationSettings, readPublicationState, SettingsError, StateError, writePublication, type PublicationSettings } from '../../publish';
import { LibraryTargetError, libraryTarget, readLibraryState, uploadPublication } from '../../publish/library';
import { requireOption, UserError, type Command, type OptionValues } from '../command';
import { FOLLOWUP_HELP, FOLLOWUP_OPTIONS, followupChoice } from '../followupOptions';
import { connectSite, SITE_HELP, SITE_OPTIONS } from '../site';

async function settingsFrom(options: OptionValues): Promise<PublicationSettings> {
  const file = typeof options.settings === 'string' ? resolve(options.settings) : undefined;
  let raw: unknown;
  if (file) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new UserError((error as NodeJS.ErrnoException).code === 'ENOENT' ? `The settings file ${file} does not exist` : `Cannot read the settings file ${file}: ${(error as Error).message}`);
    }
    try {
      raw = JSON.parse(text);
    } catch {
      throw new UserError(`The settings file ${file} is not JSON`);
    }
  }
  const text = (name: string): string | undefined => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  try {
    return publicationSettings(raw, { feedbackEmail: text('feedback-email'), statementDate: text('statement-date'), baseUrl: text('base-url') });
  } catch (error) {
    if (error instanceof SettingsError) throw new UserError(file ? `${file}: ${error.message}` : error.message);
    throw error;
  }
}

export const publishCommand: Command = {
  name: 'publish',
  summary: 'Write the open publication: a static site in Finnish, Swedish and English, change feeds and described open data',
  help: [
    'Usage: tiekartta publish --site URL --out DIR [--target library:PATH] [--settings FILE]',
    '                         [--feedback-email ADDRESS] [--statement-date YYYY-MM-DD] [--base-url URL]',
    '                         [--year YYYY] [--as-of ISO] [--json]',
    '',
    'Writes the static site for the city website into DIR: index.fi/sv/en.html (the year\'s roadmap), a page',
    'per action with its public history, metrics.*.html, the accessibility statement accessibility.*.html,',
    'change feeds feed.*.xml (Atom), actions/metrics/history CSV and JSON, datapackage.json and',
    'publication-state.json (what was published: the next run\'s feed entries are computed against it).',
    'The same list data gives the same bytes. No owner or author names or e-mail addresses appear.',
    '',
    'Options:',
    SITE_HELP,
    '  --out DIR           the folder to write (created if missing; files it wrote before are replaced)',
    '  --target library:PATH  also publish to this document library folder of the site, e.g.',
    '                      library:\'Shared Documents/julkaisu\' (the previous state is read from there)',
    '  --settings FILE     the publication settings (JSON): feedback channel, statement dates, licence,',
    '                      supervisory authority, site address; see docs/publication.md',
    '  --feedback-email ADDRESS  the accessibility feedback address (overrides the settings file)',
    '  --statement-date YYYY-MM-DD  the day the accessibility statement was prepared (overrides)',
    '  --base-url URL      the public address of the site (absolute links in the feeds)',
    FOLLOWUP_HELP,
    '  --json              one JSON object with the files written'
  ].join('\n'),
  options: {
    ...SITE_OPTIONS,
    ...FOLLOWUP_OPTIONS,
    out: { type: 'string' },
    target: { type: 'string' },
    settings: { type: 'string' },
    'feedback-email': { type: 'string' },
    'statement-date': { type: 'string' },
    'base-url': { type: 'string' }
  },
  async run(options, _positionals, ctx) {
    const dir = resolve(requireOption(options, 'out'));
    const targetText = typeof options.target === 'string' ? options.target : undefined;
    if (targetText !== undefined && !/^library:.+/.test(targetText)) throw new UserError(`--target must be library:PATH, e.g. library:'Shared Documents/julkaisu': ${targetText}`);
    const settings = await settingsFrom(options);
    const { year, asOf } = followupChoice(options, ctx);
    const { sp, siteUrl } = connectSite(options, ctx);
    const target = targetText === undefined ? undefined : libraryTarget(sp, targetText);
    try {
      const previous = target ? await readLibraryState(sp, target) : await readPublicationState(dir);
      const input = await loadFollowupInput(createRepositories(sp));
      const publication = buildPublication(input, year, asOf, settings, previous);
      const files = await writePublication(dir, publication);
      const library = target ? await uploadPublication(sp, target, publication, previous) : undefined;
      const bytes = Object.values(publication.files).reduce((n, c) => n + Buffer.byteLength(c, 'utf8'), 0);
      if (ctx.json) {
        ctx.out(JSON.stringify({
          site: siteUrl, dir, year, files, bytes, actions: publication.actions, metricValues: publication.metricValues, newEntries: publication.newEntries,
          removed: publication.removed, ...(target && library ? { library: { folder: target.folder, ...library } } : {})
        }));
      } else {
        ctx.out(`Wrote ${files.length} files (${bytes} bytes) to ${dir}: ${publication.actions} actions, ${publication.metricValues} metric values (summary of ${year}), ${publication.newEntries} new feed entries.`);
        if (target && library) ctx.out(`Library ${target.folder}: ${library.uploaded.length} files uploaded, ${library.unchanged} unchanged, ${library.recycled.length} recycled.`);
      }
      return 0;
    } catch (error) {
      if (error instanceof StateError || error instanceof SettingsError || error instanceof LibraryTargetError) throw new UserError(error.message);
      throw error;
    }
  }
};
