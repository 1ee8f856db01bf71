import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createRepositories } from '../../../src/data';
import { loadFollowupInput } from '../../../src/report/load';
import { buildPublication, publicationSettings, readPublicationState, SettingsError, writePublication, type PublicationSettings } from '../../publish';
import { libraryTarget, readLibraryState, uploadPublication } from '../../publish/library';
import { format, type Lang } from '../../../src/core/i18n/catalog';
import { CLI, cliText } from '../../../src/core/i18n/cli';
import { LocalisedUserError, requireOption, UserError, type Command, type OptionValues } from '../command';
import { FOLLOWUP_OPTIONS, followupChoice } from '../followupOptions';
import { connectSite, SITE_OPTIONS } from '../site';

async function settingsFrom(options: OptionValues, lang: Lang): Promise<PublicationSettings> {
  const file = typeof options.settings === 'string' ? resolve(options.settings) : undefined;
  let raw: unknown;
  if (file) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new UserError('settingsFileMissing', { file });
      throw new UserError('settingsFileUnreadable', { file, detail: (error as Error).message });
    }
    try {
      raw = JSON.parse(text);
    } catch {
      throw new UserError('settingsFileNotJson', { file });
    }
  }
  const text = (name: string): string | undefined => (typeof options[name] === 'string' ? (options[name] as string) : undefined);
  try {
    return publicationSettings(raw, { feedbackEmail: text('feedback-email'), statementDate: text('statement-date'), baseUrl: text('base-url') });
  } catch (error) {
    // A setting's own message, in the run's language, after the file it is in.
    if (error instanceof SettingsError && file) throw new LocalisedUserError(`${file}: ${cliText(lang, error.cliMessage)}`);
    throw error;
  }
}

export const publishCommand: Command = {
  name: 'publish',
  summary: 'summaryPublish',
  help: 'publish',
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
    if (targetText !== undefined && !/^library:.+/.test(targetText)) throw new UserError('publishTarget', { value: targetText });
    const settings = await settingsFrom(options, ctx.lang);
    const { year, asOf } = followupChoice(options, ctx);
    const { sp, siteUrl } = connectSite(options, ctx);
    const target = targetText === undefined ? undefined : libraryTarget(sp, targetText);
    // StateError, SettingsError and LibraryTargetError carry their messages in every language.
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
      const t = CLI[ctx.lang];
      ctx.out(format(t.publishWritten, { count: files.length, bytes, dir, actions: publication.actions, values: publication.metricValues, year, entries: publication.newEntries }));
      if (target && library) {
        ctx.out(format(t.publishLibrary, { folder: target.folder, uploaded: library.uploaded.length, unchanged: library.unchanged, recycled: library.recycled.length }));
      }
    }
    return 0;
  }
};
