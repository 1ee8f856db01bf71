import type { ParseArgsConfig } from 'node:util';
import type { Lang } from '../../src/core/i18n/catalog';

/** What a command gets from the shell: parsed options, language, output streams and the clock. */
export interface CommandContext {
  readonly lang: Lang;
  readonly json: boolean;
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly env: NodeJS.ProcessEnv;
  /** Injected so that commands (reminders, carry-over) can run "as of" a given instant. */
  readonly now: () => Date;
}

export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface Command {
  readonly name: string;
  /** One line for `tiekartta --help`. */
  readonly summary: string;
  /** Usage and option descriptions for `tiekartta <name> --help`. */
  readonly help: string;
  readonly options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code: 0 success, 1 handled error. */
  run(options: OptionValues, positionals: string[], ctx: CommandContext): Promise<number>;
}

/**
 * An error the user can fix (bad argument, unreachable site, invalid file). Printed as one line,
 * never with a stack trace.
 */
export class UserError extends Error {
  public readonly name = 'UserError';
}

export function requireOption(options: OptionValues, name: string): string {
  const v = options[name];
  if (typeof v !== 'string' || v === '') throw new UserError(`Missing required option --${name}`);
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
