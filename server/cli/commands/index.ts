import type { Command } from '../command';
import { EMULATOR_COMMAND } from './emulator';
import { remindersCommand } from './reminders';

/** Every `tiekartta` command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [EMULATOR_COMMAND, remindersCommand];
