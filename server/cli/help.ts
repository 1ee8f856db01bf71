import { format, type Lang } from '../../src/core/i18n/catalog';
import { CLI_HELP } from '../../src/core/i18n/cliHelp';
import { AUTH_MODES } from '../auth';
import type { Command } from './command';

/** A command's `--help` in the run's language, with the shared option blocks filled in. */
export function helpText(command: Command, lang: Lang): string {
  const h = CLI_HELP[lang];
  const modes = AUTH_MODES.join(' | ');
  return format(h[command.help], {
    siteOptions: format(h.siteOptions, { modes }),
    followupOptions: h.followupOptions,
    langOption: h.langOption,
    modes,
    ...command.helpValues
  });
}
