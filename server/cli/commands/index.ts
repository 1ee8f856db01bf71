import type { Command } from '../command';
import { DEMO_COMMAND } from './demo';
import { EMULATOR_COMMAND } from './emulator';
import { provisionCommand } from './provision';
import { seedCommand } from './seed';
import { rightsCommand } from './rights';
import { exportCommand } from './export';
import { importCommand } from './import';
import { remindersCommand } from './reminders';
import { reportCommand } from './report';
import { publishCommand } from './publish';
import { teamsManifestCommand } from './teams-manifest';

/** Every `tiekartta` command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [
  DEMO_COMMAND, EMULATOR_COMMAND, provisionCommand, seedCommand, exportCommand, importCommand, rightsCommand, remindersCommand, reportCommand, publishCommand, teamsManifestCommand
];
