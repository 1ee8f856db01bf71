import * as React from 'react';
import type { Lang } from '../../../src/core/i18n/catalog';
import { WORKBENCH } from '../../../src/core/i18n/workbench';
import { Roadmap } from '../../../src/components/roadmap/Roadmap';
import { IdeasApp } from '../../../src/components/ideas/IdeasApp';
import { CycleArea } from '../../../src/components/cycle/CycleArea';
import { CYCLE } from '../../../src/core/i18n/cycle';
import { IDEAS } from '../../../src/core/schema/lists';
import { createCycleServices } from '../../../src/data/cycle/services';
import { createSp, type SpConnection } from '../../../src/data/sp';
import { createRepositories } from '../../../src/data/repository';
import { FollowupDashboard } from '../../../src/components/followup/FollowupDashboard';
import { FOLLOWUP } from '../../../src/core/i18n/followup';
import { SteeringTab } from '../../../src/components/steering/SteeringTab';
import { STEERING } from '../../../src/core/i18n/steering';
import { OUTBOX } from '../../../src/core/i18n/outbox';
import { createSteeringServices, defaultRoadmapPageUrl } from '../../../src/webparts/steering/createSteeringServices';
import type { WorkbenchConfig } from './config';
import { emulatorGraphClient } from './graph';
import { OutboxPage } from './outbox';
import type { PageKey } from './settings';

/** What a page may need besides the shell: the signed-in user, their connection to the site, the page's config. */
export interface WorkbenchPageContext {
  readonly connection: SpConnection;
  readonly user: { readonly email: string; readonly displayName: string };
  readonly config: WorkbenchConfig;
}

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
  /** The web part's name for the error boundary (default: the roadmap's). */
  readonly partName?: (lang: Lang) => string;
  readonly render: (context: WorkbenchPageContext) => React.ReactElement;
}

/** The yearly cycle's pages keep their services per connection (a new user gets new ones). */
function CyclePage(props: { readonly connection: SpConnection; readonly part: 'ideas' | 'cycle' }): React.ReactElement {
  const cycle = React.useMemo(() => createCycleServices(props.connection), [props.connection]);
  return props.part === 'ideas' ? <IdeasApp cycle={cycle} /> : <CycleArea cycle={cycle} />;
}

/**
 * The steering tab with the same services as the web part, made in the same place
 * (`createSteeringServices`); Graph is the real Graph client against the emulator as the signed-in user.
 */
function SteeringPage(props: WorkbenchPageContext): React.ReactElement {
  const { connection, user, config } = props;
  const steering = React.useMemo(() => {
    const origin = window.location.origin;
    const siteUrl = `${origin}${config.sitePath}`;
    return createSteeringServices(connection, {
      graph: emulatorGraphClient(origin, user.email),
      graphSettings: { steeringGroupId: config.steering?.groupId, channelId: config.steering?.channelId, sender: 'me' },
      siteUrl,
      roadmapPageUrl: defaultRoadmapPageUrl(siteUrl),
      teamsTab: config.steering ? { appId: config.steering.appId, entityId: 'digitiekartta-steering', channelId: config.steering.channelId } : undefined
    });
  }, [connection, user.email, config]);
  return <SteeringTab steering={steering} />;
}

/** The follow-up dashboard over the same four lists the web part reads (`FollowupWebPart`). */
function FollowupPage(props: { readonly connection: SpConnection }): React.ReactElement {
  const sources = React.useMemo(() => createRepositories(createSp(props.connection)), [props.connection]);
  return <FollowupDashboard sources={sources} />;
}

export const WORKBENCH_PAGES: readonly WorkbenchPage[] = [
  { key: 'roadmap', label: (lang) => WORKBENCH[lang].pageRoadmap, framed: true, render: () => <Roadmap /> },
  { key: 'ideas', label: (lang) => IDEAS.titles[lang], partName: (lang) => IDEAS.titles[lang], framed: true,
    render: ({ connection }) => <CyclePage connection={connection} part="ideas" /> },
  { key: 'cycle', label: (lang) => CYCLE[lang]['page.cycle'], partName: (lang) => CYCLE[lang]['page.cycle'], framed: true,
    render: ({ connection }) => <CyclePage connection={connection} part="cycle" /> },
  { key: 'steering', label: (lang) => STEERING[lang].partName, partName: (lang) => STEERING[lang].partName, framed: true,
    render: (context) => <SteeringPage {...context} /> },
  { key: 'followup', label: (lang) => FOLLOWUP[lang].partName, partName: (lang) => FOLLOWUP[lang].partName, framed: true,
    render: ({ connection }) => <FollowupPage connection={connection} /> },
  { key: 'outbox', label: (lang) => OUTBOX[lang].page, framed: false, render: () => <OutboxPage /> }
];
