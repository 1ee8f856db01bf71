import type { ParseArgsConfig } from 'node:util';
import type { Lang } from '../../src/core/i18n/catalog';
import { MessageError, type CliKey, type MessageValues } from '../../src/core/i18n/cli';
import type { CLI_HELP } from '../../src/core/i18n/cliHelp';

/** What a command gets from the shell: parsed options, language, output streams and the clock. */
export interface CommandContext {
  /** The run's one language: `--lang`, else LC_ALL / LC_MESSAGES / LANG, else Finnish. */
  readonly lang: Lang;
  readonly json: boolean;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** Injected so that commands (reminders, carry-over) can run "as of" a given instant. */
  readonly now: () => Date;
}

export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export type HelpKey = keyof (typeof CLI_HELP)['en'];

export interface Command {
  readonly name: string;
  /** One line for `tiekartta --help` (a key of the help catalog). */
  readonly summary: HelpKey;
  /** Usage and option descriptions for `tiekartta <name> --help` (a key of the help catalog). */
  readonly help: HelpKey;
  /** Values for the help text's own placeholders (defaults, lists of modes). */
  readonly helpValues?: MessageValues;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code: 0 success, 1 handled error. */
  run(options: OptionValues, positionals: string[], ctx: CommandContext): Promise<number>;
}

/**
 * An error the user can fix (bad argument, unreachable site, invalid file). Printed as one line in the
 * run's language, never with a stack trace.
 */
export class UserError extends MessageError {
  public readonly name = 'UserError';
  public constructor(key: CliKey, values?: MessageValues) {
    super({ key, values });
  }
}

/** A user error whose text is already in the run's language (the Excel catalog's messages). */
export class LocalisedUserError extends Error {
  public readonly name = 'LocalisedUserError';
}

export function requireOption(options: OptionValues, name: string): string {
  const v = options[name];
  if (typeof v !== 'string' || v === '') throw new UserError('missingOption', { option: name });
  return v;
}

/** Resolves on Ctrl+C (SIGINT) or SIGTERM: long-running commands (emulator, demo) stop their servers then. */
export function waitForStopSignal(): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      process.off('SIGINT', done);
      process.off('SIGTERM', done);
      resolve();
    };
    process.on('SIGINT', done);
    process.on('SIGTERM', done);
  });
}
