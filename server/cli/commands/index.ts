import type { Command } from '../command';
import { provisionCommand } from './provision';
import { seedCommand } from './seed';
import { exportCommand } from './export';
import { importCommand } from './import';

/** Every `tiekartta` command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [provisionCommand, seedCommand, exportCommand, importCommand];
