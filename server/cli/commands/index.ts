import type { Command } from '../command';

/** Every `tiekartta` command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [];
