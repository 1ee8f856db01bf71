import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { format } from '../../core/i18n/catalog';
import { COMMON } from '../../core/i18n/common';
import { ROADMAP } from '../../core/i18n/roadmap';
import { SHELL } from '../../core/i18n/shell';
import { actionState, pageLink, teamsDeepLink } from '../../core/roadmap/deepLink';
import { GROUP_KEYS, type GroupKey, type GroupedActions } from '../../core/roadmap/group';
import { actionPermissions, canCreateActions, canImportWorkbook } from '../../core/roadmap/permissions';
import type { ImportSummary } from '../../core/excel/report';
import { EMPTY_FILTER } from '../../core/roadmap/filter';
import { roadmapLayout } from '../../core/roadmap/layout';
import { ROADMAP_VIEWS, type RoadmapView } from '../../core/roadmap/url';
import type { RoadmapAction } from '../../core/schema';
import { ROADMAP_ACTIONS } from '../../core/schema/lists';
import { fieldByKey } from '../../core/schema/mapping';
import { Btn } from '../common/Btn';
import { ChoiceMenu } from '../common/ChoiceMenu';
import { copyToClipboard } from '../common/clipboard';
import { EmptyState } from '../common/EmptyState';
import { ErrorState } from '../common/ErrorState';
import { LoadingState } from '../common/LoadingState';
import { useElementWidth } from '../common/useElementWidth';
import { Notice } from '../common/Notice';
import { DEFAULT_WORKBOOK_PATH, ExcelExportButton, ExcelImportPanel, type IExcelCommandResult, type IExcelLibraryFile } from '../excel';
import { RoadmapFilters } from '../roadmapFilters/RoadmapFilters';
import { RoadmapCards } from '../roadmapCards/RoadmapCards';
import { RoadmapPrint } from '../roadmapPrint/RoadmapPrint';
import { RoadmapTable } from '../roadmapTable/RoadmapTable';
import { useApp } from '../shell/AppContext';
import { describeError } from '../shell/errors';
import type { IRoadmapProps } from './IRoadmapProps';
import { markFirstRender } from './perf';
import { useActionMutations } from './useActionMutations';
import { useRoadmap } from './useRoadmap';
import { useRoadmapData } from './useRoadmapData';

const RoadmapBoard = React.lazy(() => import(/* webpackChunkName: "roadmap-board" */ '../roadmapBoard/RoadmapBoard'));
const RoadmapTimeline = React.lazy(() => import(/* webpackChunkName: "roadmap-timeline" */ '../roadmapTimeline/RoadmapTimeline'));
const ActionPanel = React.lazy(() => import(/* webpackChunkName: "action-panel" */ '../actionPanel/ActionPanel'));

const classes = mergeStyleSets({
  root: {
    selectors: { '@media print': { selectors: { '.dt-noprint': { display: 'none !important' } } } }
  },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 8 },
  title: { margin: 0, fontSize: 20, fontWeight: 600 },
  tools: { display: 'flex', flexWrap: 'wrap', gap: 8 },
  viewBar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', justifyContent: 'space-between', gap: 8, marginBottom: 8 },
  count: { margin: '4px 0 8px' },
  countRow: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 16 },
  views: { display: 'flex', gap: 4, flexWrap: 'wrap' }
});

const VIEW_LABEL: Readonly<Record<RoadmapView, 'viewTable' | 'viewBoard' | 'viewTimeline'>> = { table: 'viewTable', board: 'viewBoard', timeline: 'viewTimeline' };
const GROUP_FIELD: Readonly<Record<Exclude<GroupKey, 'none'>, string>> = { goal: 'goal', level: 'level', director: 'responsibleDirector', status: 'status', year: 'roadmapYear' };

/**
 * The roadmap web part: filters (in the URL), a grouped table, a board by status, a timeline by quarter,
 * a detail panel with the edit form and status reports, a print layout. Everything but the table and the
 * filters is loaded on demand.
 */
export function Roadmap(props: IRoadmapProps): React.ReactElement {
  const { lang, host, announce } = useApp();
  const t = ROADMAP[lang];
  const app = useApp();
  const data = useRoadmapData(app.services, props.initialLoad);
  const model = useRoadmap(data);
  const mutations = useActionMutations(data);
  const [creating, setCreating] = React.useState(false);
  const [printing, setPrinting] = usePrinting();
  const [importing, setImporting] = React.useState(false);
  const { state, filtered } = model;
  // The web part's own width decides (a narrow page column is as narrow as a phone).
  const [rootRef, width] = useElementWidth<HTMLDivElement>();
  const narrow = roadmapLayout(width) === 'narrow';

  React.useEffect(() => {
    if (data.status === 'ready') markFirstRender(data.actions.length);
  }, [data.status, data.actions.length]);

  // Result counts are announced after each filter change (not on every render).
  const countText = format(t.resultCount, { shown: filtered.length, total: data.actions.length });
  const firstCount = React.useRef(true);
  React.useEffect(() => {
    if (data.status !== 'ready') return;
    if (firstCount.current) {
      firstCount.current = false;
      return;
    }
    announce(countText);
  }, [filtered.length, state.filter]);


  const linkTo = React.useCallback((a: RoadmapAction) => model.shareLink(actionState(a.code ?? '')), [model]);
  const onOpen = React.useCallback((a: RoadmapAction) => a.code && model.openAction(a.code), [model]);
  const takenCodes = React.useMemo(() => data.actions.map((a) => a.code), [data.actions]);
  const codeOf = React.useCallback((id: number) => data.actions.find((a) => a.id === id)?.code ?? null, [data.actions]);

  // On a page the address bar already holds the view; in Teams it does not, so the link is a deep link.
  const shareView = (): void => {
    const link = model.shareLink({ ...state, action: null, report: false });
    copyToClipboard(link)
      .then((ok) => mutations.setNotice({ kind: 'info', text: ok ? t.linkCopied : format(t.linkShown, { url: link }) }))
      .catch(() => undefined);
  };

  // The Excel round trip (loaded on demand): everyone exports the years in view; those who may change
  // actions import (an owner only their own: src/core/excel/rights.ts); the programme's workbook in the
  // site library is written by the steering group only.
  const libraryPath = props.excelLibraryPath ?? DEFAULT_WORKBOOK_PATH;
  const site = app.services.site;
  const library = React.useMemo<IExcelLibraryFile | undefined>(() => (site && libraryPath ? { sp: site, path: libraryPath } : undefined), [site, libraryPath]);
  const editsAll = !!data.rights?.canEditAllActions;
  const canImport = data.status === 'ready' && canImportWorkbook(data.rights, data.actions);
  const { setNotice } = mutations;
  const onExcelResult = React.useCallback((r: IExcelCommandResult) => setNotice({ kind: r.kind, text: r.text }), [setNotice]);
  const { reload } = data;
  const onExcelApplied = React.useCallback((s: ImportSummary) => {
    reload();
    setNotice({ kind: 'success', text: format(t.excelImported, { created: s.created, updated: s.updated, deleted: s.deleted }) });
  }, [reload, setNotice, t]);

  const header = (
    <div className={`${classes.header} dt-noprint`}>
      <h2 className={classes.title}>{props.title || t.heading}</h2>
      <div className={classes.tools}>
        {canCreateActions(data.rights) && (
          <Btn primary={true} onClick={() => setCreating(true)} testId="new-action">{t.newAction}</Btn>
        )}
        {data.status === 'ready' && (
          <React.Suspense fallback={<Btn disabled={true}>{t.exportToExcel}</Btn>}>
            <ExcelExportButton repositories={app.services} lang={lang} years={state.filter.years} library={editsAll ? library : undefined}
              onResult={onExcelResult} now={app.services.now} testId="excel-export" />
          </React.Suspense>
        )}
        {canImport && (
          <Btn onClick={() => setImporting(true)} aria-haspopup="dialog" testId="excel-import">{t.importFromExcel}</Btn>
        )}
        <Btn onClick={shareView} disabled={data.status !== 'ready'} testId="share-view">{host.kind === 'teams' ? t.copyTeamsLink : t.copyLink}</Btn>
        <Btn onClick={() => setPrinting(new Date())} disabled={data.status !== 'ready'} testId="print">{t.print}</Btn>
        <Btn onClick={data.reload} disabled={data.status === 'loading' || data.refreshing} testId="refresh">{t.refresh}</Btn>
      </div>
    </div>
  );

  if (data.status === 'loading') {
    return (
      <div className={classes.root} data-testid="roadmap" ref={rootRef}>
        {header}
        <LoadingState label={t.loadingActions} />
      </div>
    );
  }
  if (data.status === 'error') {
    return (
      <div className={classes.root} data-testid="roadmap" ref={rootRef}>
        {header}
        <ErrorState message={describeError(data.error, lang)} onRetry={data.reload} retryLabel={COMMON[lang].retry} />
      </div>
    );
  }


  const selected = model.selected;
  const panelOpen = creating || !!selected;
  const steering = !!data.rights?.isSteeringMember || !!data.rights?.canEditAllActions;

  return (
    <div className={classes.root} data-testid="roadmap" aria-busy={data.refreshing} ref={rootRef} data-layout={narrow ? 'narrow' : 'wide'}>
      {header}
      <Notice notice={mutations.notice} onDismiss={() => mutations.setNotice(null)} dismissLabel={SHELL[lang].dismiss} />
      {model.selectedMissing && (
        <Notice notice={{ kind: 'warning', text: format(t.actionNotFound, { code: state.action ?? '' }) }} onDismiss={model.closeAction} dismissLabel={SHELL[lang].dismiss} />
      )}
      <RoadmapFilters
        lang={lang}
        filter={state.filter}
        onChange={model.setFilter}
        years={model.years}
        directors={model.directors}
        canFilterMine={!!data.rights?.email}
        collapsed={narrow}
      />
      <ViewBar view={state.view} groupBy={state.groupBy} onView={model.setView} onGroupBy={model.setGroupBy} />
      <div className={`${classes.countRow} dt-noprint`}>
        <p className={classes.count} data-testid="result-count">
          {countText}
        </p>
        {data.refreshing && <LoadingState label={t.refreshing} size="small" />}
        {data.rights && !data.rights.canEditAllActions && !data.rights.canReport && <p className={classes.count}>{t.readOnly}</p>}
      </div>
      <ActionsView view={state.view} narrow={narrow} total={data.actions.length} filtered={filtered} grouped={model.grouped}
        onOpen={onOpen} linkTo={linkTo} onClearFilters={() => model.setFilter(EMPTY_FILTER)} />
      {printing && <RoadmapPrint lang={lang} actions={model.grouped.items.length === filtered.length ? model.grouped.items : filtered} filter={state.filter} printedAt={printing} />}
      {importing && (
        <React.Suspense fallback={<LoadingState label={t.loadingView} />}>
          <ExcelImportPanel repositories={app.services} lang={lang} rights={data.rights} isOpen={true} onDismiss={() => setImporting(false)}
            onApplied={onExcelApplied} library={library} now={app.services.now} />
        </React.Suspense>
      )}
      {panelOpen && (
        <React.Suspense fallback={null}>
          <ActionPanel
            lang={lang}
            action={creating ? null : selected}
            creating={creating}
            report={state.report}
            permissions={selected ? actionPermissions(data.rights, selected) : { canEdit: false, canReport: false }}
            steering={steering}
            mutations={mutations}
            codeOf={codeOf}
            takenCodes={takenCodes}
            links={{
              page: selected && host.kind === 'sharepoint' ? pageLink(host.pageUrl, actionState(selected.code ?? '')) : undefined,
              teams: selected && host.teamsTab ? teamsDeepLink(host.teamsTab, actionState(selected.code ?? '')) : undefined
            }}
            onReportChange={(open) => selected?.code && model.openAction(selected.code, open)}
            onCreated={(a) => {
              setCreating(false);
              if (a.code) model.openAction(a.code);
            }}
            onClose={() => {
              setCreating(false);
              model.closeAction();
            }}
          />
        </React.Suspense>
      )}
    </div>
  );
}

/** Printing from the browser menu prints the same full table as the Print button. */
function usePrinting(): [Date | null, React.Dispatch<React.SetStateAction<Date | null>>] {
  const [printing, setPrinting] = React.useState<Date | null>(null);
  React.useEffect(() => {
    const before = (): void => setPrinting((p) => p ?? new Date());
    const after = (): void => setPrinting(null);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  React.useEffect(() => {
    if (!printing) return undefined;
    const timer = window.setTimeout(() => window.print(), 0);
    return () => window.clearTimeout(timer);
  }, [printing]);
  return [printing, setPrinting];
}

interface IActionsViewProps {
  readonly view: RoadmapView;
  readonly narrow: boolean;
  /** How many actions there are before filtering. */
  readonly total: number;
  readonly filtered: readonly RoadmapAction[];
  readonly grouped: GroupedActions;
  readonly onOpen: (action: RoadmapAction) => void;
  readonly linkTo: (action: RoadmapAction) => string;
  readonly onClearFilters: () => void;
}

/** The actions in the chosen view: the table (cards when narrow), the board or the timeline, or why there are none. */
function ActionsView(props: IActionsViewProps): React.ReactElement {
  const { filtered, grouped, onOpen, linkTo } = props;
  const { lang } = useApp();
  const t = ROADMAP[lang];
  const viewFallback = <LoadingState label={t.loadingView} />;
  if (props.total === 0) return <EmptyState message={t.emptyNone} />;
  if (filtered.length === 0) return <EmptyState message={t.emptyFiltered} action={<Btn onClick={props.onClearFilters}>{t.clearAll}</Btn>} />;
  if (props.view === 'board') {
    return (
      <React.Suspense fallback={viewFallback}>
        <RoadmapBoard lang={lang} actions={filtered} onOpen={onOpen} linkTo={linkTo} />
      </React.Suspense>
    );
  }
  if (props.view === 'timeline') {
    return (
      <React.Suspense fallback={viewFallback}>
        <RoadmapTimeline lang={lang} actions={filtered} onOpen={onOpen} linkTo={linkTo} />
      </React.Suspense>
    );
  }
  if (props.narrow) return <RoadmapCards lang={lang} grouped={grouped} onOpen={onOpen} linkTo={linkTo} />;
  return <RoadmapTable lang={lang} grouped={grouped} onOpen={onOpen} linkTo={linkTo} />;
}

interface IViewBarProps {
  readonly view: RoadmapView;
  readonly groupBy: GroupKey;
  readonly onView: (view: RoadmapView) => void;
  readonly onGroupBy: (groupBy: GroupKey) => void;
}

/** The view switch (table, board, timeline) and, for the table, the grouping. */
function ViewBar(props: IViewBarProps): React.ReactElement {
  const { lang } = useApp();
  const t = ROADMAP[lang];
  return (
    <div className={`${classes.viewBar} dt-noprint`}>
      <div role="group" aria-label={t.viewsLabel} className={classes.views} data-testid="view-switch">
        {ROADMAP_VIEWS.map((v) => (
          <Btn key={v} pressed={props.view === v} onClick={() => props.onView(v)} testId={`view-${v}`}>
            {t[VIEW_LABEL[v]]}
          </Btn>
        ))}
      </div>
      {props.view === 'table' && (
        <ChoiceMenu
          id="dt-group-by"
          label={t.groupBy}
          multiple={false}
          placeholder={t.groupNone}
          selectedKeys={[props.groupBy]}
          options={GROUP_KEYS.map((g) => ({ key: g, text: g === 'none' ? t.groupNone : fieldByKey(ROADMAP_ACTIONS, GROUP_FIELD[g]).labels[lang] }))}
          onChange={(keys) => keys[0] && props.onGroupBy(keys[0] as GroupKey)}
          testId="group-by"
        />
      )}
    </div>
  );
}
