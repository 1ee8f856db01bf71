import * as React from 'react';
import { DetailsList, DetailsListLayoutMode, SelectionMode, ConstrainMode, type IColumn, type IGroup, type IDetailsGroupDividerProps } from '@fluentui/react/lib/DetailsList';
import { Link } from '@fluentui/react/lib/Link';
import { ROADMAP } from '../../core/i18n/roadmap';
import { formatFieldValue } from '../../core/roadmap/display';
import type { RoadmapAction } from '../../core/schema';
import { ROADMAP_ACTIONS } from '../../core/schema/lists';
import { fieldByKey } from '../../core/schema/mapping';
import { openInPlace } from '../common/openInPlace';
import { TrafficLight } from '../common/TrafficLight';
import { GroupHeaderRow } from './GroupHeaderRow';
import type { IRoadmapTableProps } from './IRoadmapTableProps';

type ShortHeader = 'columnGoal' | 'columnProgress' | 'columnYear';

/**
 * Widths fit the header (or its short form) in fi, sv and en at 14 px semibold: the longest of "Tavoite",
 * "Edistys", "Framsteg", "Vastuujohtaja", "Ansvarig direktör", "Ansvarsperson", "Liikennevalo". The short
 * forms stand for field names too long for a narrow column ("Tavoite tai kyvykkyys", "Edistyminen %",
 * "Tiekarttavuosi"); the full name is the header's accessible name and its hover text.
 */
const COLUMNS: readonly { key: string; min: number; max: number; short?: ShortHeader }[] = [
  { key: 'code', min: 64, max: 90 },
  { key: 'title', min: 200, max: 420 },
  { key: 'goal', min: 64, max: 80, short: 'columnGoal' },
  { key: 'level', min: 110, max: 220 },
  { key: 'responsibleDirector', min: 124, max: 220 },
  { key: 'owner', min: 110, max: 180 },
  { key: 'status', min: 80, max: 120 },
  { key: 'trafficLight', min: 90, max: 120 },
  { key: 'progress', min: 72, max: 90, short: 'columnProgress' },
  { key: 'roadmapYear', min: 48, max: 70, short: 'columnYear' }
];

const GROUP_PROPS = { showEmptyGroups: false, onRenderHeader: (p?: IDetailsGroupDividerProps) => (p ? <GroupHeaderRow {...p} /> : null) };
// Fluent fades every row in (400 ms): with 1 000 rows that is wasted work, it ignores reduced motion,
// and half-transparent text fails contrast checks while it runs.
const ROW_STYLES = { root: { animationName: 'none' } };

/**
 * The roadmap as a virtualised, grouped table (only the rows in view are in the DOM, so 1 000 actions
 * render as fast as 20). The title is a link to the action; Enter on a row opens it too.
 */
export function RoadmapTable(props: IRoadmapTableProps): React.ReactElement {
  const { lang, grouped, onOpen, linkTo } = props;
  const t = ROADMAP[lang];

  const columns = React.useMemo<IColumn[]>(
    () =>
      COLUMNS.map(({ key, min, max, short }) => {
        const field = fieldByKey(ROADMAP_ACTIONS, key);
        const full = field.labels[lang];
        const column: IColumn = {
          key, name: short ? t[short] : full, ariaLabel: full, fieldName: key, minWidth: min, maxWidth: max, isResizable: true, isMultiline: key === 'title',
          onRenderHeader: (header) => <span title={full}>{header?.column.name}</span>
        };
        if (key === 'title') {
          column.onRender = (a: RoadmapAction) => (
            <Link
              href={linkTo(a)}
              onClick={openInPlace(() => onOpen(a))}
              data-testid="action-link"
            >
              {a.title}
            </Link>
          );
        } else if (key === 'trafficLight') {
          column.onRender = (a: RoadmapAction) => <TrafficLight light={a.trafficLight} lang={lang} noneLabel={t.lightNone} />;
        } else if (key === 'goal') {
          column.onRender = (a: RoadmapAction) => <span title={formatFieldValue(field, a.goal, lang) ?? ''}>{a.goal}</span>;
        } else {
          column.onRender = (a: RoadmapAction) => formatFieldValue(field, (a as unknown as Record<string, unknown>)[key], lang) ?? '';
        }
        return column;
      }),
    [lang, t, onOpen, linkTo]
  );

  const groups = React.useMemo<IGroup[] | undefined>(
    () =>
      grouped.groups.length
        ? grouped.groups.map((g) => ({ key: g.key || 'none', name: g.label ?? t.notSet, startIndex: g.startIndex, count: g.count, level: 0 }))
        : undefined,
    [grouped, t]
  );

  return (
    <div data-testid="roadmap-table" className="dt-noprint">
      <DetailsList
        items={grouped.items}
        groups={groups}
        columns={columns}
        getKey={(a: RoadmapAction) => String(a.id)}
        setKey="actions"
        selectionMode={SelectionMode.none}
        layoutMode={DetailsListLayoutMode.justified}
        constrainMode={ConstrainMode.unconstrained}
        compact={true}
        ariaLabelForGrid={t.tableLabel}
        onItemInvoked={(a: RoadmapAction) => onOpen(a)}
        groupProps={GROUP_PROPS}
        onRenderRow={(rowProps, defaultRender) => (rowProps && defaultRender ? defaultRender({ ...rowProps, styles: ROW_STYLES }) : null)}
        onShouldVirtualize={() => grouped.items.length > 60}
      />
    </div>
  );
}
