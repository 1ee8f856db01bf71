import * as React from 'react';
import { Pivot, PivotItem } from '@fluentui/react/lib/Pivot';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import { ROADMAP_ACTIONS, fieldByKey } from '../../core/schema';
import { nextRoadmapYear } from '../../core/cycle';
import { COMMON } from '../../core/i18n/common';
import { ErrorState, LoadingState } from '../common';
import { describeError, useApp } from '../shell';
import { CarryOverPanel } from './CarryOverPanel';
import { IdeaTriage } from './IdeaTriage';
import { ProposalsPanel } from './ProposalsPanel';
import { cycleText } from './text';
import type { ICycleServices } from './types';
import { useLoad } from './useLoad';

export interface ICycleAreaProps {
  readonly cycle: ICycleServices;
}

/**
 * The yearly cycle in the steering group's tab: idea triage, next year's proposals and the board's
 * approval, and the carry-over. Mounted inside the shell (language, rights, clock from `useApp`).
 */
export function CycleArea(props: ICycleAreaProps): React.ReactElement {
  const { lang, services, announce } = useApp();
  const rights = useLoad(() => services.readRights(), [services]);
  const [chosenYear, setChosenYear] = React.useState<number | null>(null);
  if (rights.loading && !rights.data) return <LoadingState label={COMMON[lang].loading} />;
  if (!rights.data) return <ErrorState message={describeError(rights.error, lang)} onRetry={rights.reload} retryLabel={COMMON[lang].retry} />;
  const now = services.now();
  const upcoming = nextRoadmapYear(now);
  // The roadmap being prepared: next year by default; the current one stays at hand (e.g. in January).
  const year = chosenYear ?? upcoming;
  const actor = rights.data;
  return (
    <div data-testid="cycle-area">
      <Dropdown
        label={fieldByKey(ROADMAP_ACTIONS, 'roadmapYear').labels[lang]}
        options={[upcoming - 1, upcoming, upcoming + 1].map((y) => ({ key: y, text: String(y) }))}
        selectedKey={year}
        onChange={(_, o) => setChosenYear(typeof o?.key === 'number' ? o.key : null)}
        styles={{ root: { maxWidth: 160 } }}
        data-testid="cycle-year"
      />
      <Pivot headersOnly={false} overflowBehavior="menu">
        <PivotItem headerText={cycleText(lang, 'tab.ideas')} itemKey="ideas">
          <IdeaTriage lang={lang} cycle={props.cycle} actor={actor} now={now} announce={announce} />
        </PivotItem>
        <PivotItem headerText={cycleText(lang, 'tab.proposals')} itemKey="proposals">
          <ProposalsPanel lang={lang} cycle={props.cycle} actor={actor} year={year} announce={announce} />
        </PivotItem>
        <PivotItem headerText={cycleText(lang, 'tab.carryOver')} itemKey="carry">
          <CarryOverPanel lang={lang} cycle={props.cycle} actor={actor} fromYear={year - 1} announce={announce} />
        </PivotItem>
      </Pivot>
    </div>
  );
}
