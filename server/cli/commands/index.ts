import type { Command } from '../command';
import { EMULATOR_COMMAND } from './emulator';
import { provisionCommand } from './provision';
import { seedCommand } from './seed';

/** Every `tiekartta` command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [EMULATOR_COMMAND, provisionCommand, seedCommand];
