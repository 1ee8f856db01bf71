import type { Command } from '../command';
import { remindersCommand } from './reminders';

/** Every `tiekartta` command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [remindersCommand];
