import * as React from 'react';
import type { Lang } from '../../../src/core/i18n/catalog';
import { WORKBENCH } from '../../../src/core/i18n/workbench';
import { Roadmap } from '../../../src/components/roadmap/Roadmap';
import type { PageKey } from './settings';

/**
 * The workbench's pages, listed in its navigation. Each renders the real product components inside the
 * chosen host frame (with the shell, services and theme around it).
 *
 * To add a page (e.g. the reminder outbox): add its key to `PageKey` in settings.ts (and to
 * `readSettings`), then an entry here. A page that is not a web part (the outbox is a view of the
 * emulator's Graph mail) may render without the frame: set `framed: false`.
 */
export interface WorkbenchPage {
  readonly key: PageKey;
  readonly label: (lang: Lang) => string;
  /** Rendered inside the SharePoint/Teams frame and the AppShell. */
  readonly framed: boolean;
  readonly render: () => React.ReactElement;
}

export const WORKBENCH_PAGES: readonly WorkbenchPage[] = [
  { key: 'roadmap', label: (lang) => WORKBENCH[lang].pageRoadmap, framed: true, render: () => <Roadmap /> }
];
