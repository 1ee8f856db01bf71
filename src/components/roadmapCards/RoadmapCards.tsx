import * as React from 'react';
import { mergeStyleSets, getTheme } from '@fluentui/react/lib/Styling';
import { useTheme } from '@fluentui/react/lib/Theme';
import { format } from '../../core/i18n/catalog';
import { ROADMAP } from '../../core/i18n/roadmap';
import { formatFieldValue, personLabel } from '../../core/roadmap/display';
import { cardsShown } from '../../core/roadmap/layout';
import type { RoadmapAction } from '../../core/schema';
import { ROADMAP_ACTIONS } from '../../core/schema/lists';
import { fieldByKey } from '../../core/schema/mapping';
import { Btn } from '../common/Btn';
import { openInPlace } from '../common/openInPlace';
import { TrafficLight } from '../common/TrafficLight';
import type { IRoadmapCardsProps } from './IRoadmapCardsProps';

const classes = mergeStyleSets({
  groupTitle: { margin: '12px 0 4px', fontSize: 14, fontWeight: 600 },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 8 },
  card: { borderWidth: 1, borderStyle: 'solid', borderRadius: 4, padding: '8px 12px', overflowWrap: 'anywhere' },
  top: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 8, fontSize: 13 },
  code: { fontWeight: 600 },
  title: { display: 'block', margin: '4px 0', fontSize: 15, fontWeight: 600 },
  facts: { display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '2px 8px', margin: 0, fontSize: 13, selectors: { dd: { margin: 0 } } },
  more: { marginTop: 12 },
  hidden: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }
});

const STATUS = fieldByKey(ROADMAP_ACTIONS, 'status');
const OWNER = fieldByKey(ROADMAP_ACTIONS, 'owner');
const LIGHT = fieldByKey(ROADMAP_ACTIONS, 'trafficLight');

/** One action as a card: code and light on top, the name as a link, then status and owner. */
function ActionCard(props: { readonly action: RoadmapAction } & Omit<IRoadmapCardsProps, 'grouped'>): React.ReactElement {
  const { action: a, lang, onOpen, linkTo } = props;
  const t = ROADMAP[lang];
  const theme = useTheme() ?? getTheme();
  return (
    <li className={classes.card} style={{ borderColor: theme.semanticColors.bodyDivider || theme.palette.neutralLight }} data-testid="action-card">
      <div className={classes.top}>
        <span className={classes.code} data-testid="card-code">{a.code ?? ''}</span>
        <span data-testid="card-light">
          <span className={classes.hidden}>{LIGHT.labels[lang]}: </span>
          <TrafficLight light={a.trafficLight} lang={lang} noneLabel={t.lightNone} />
        </span>
      </div>
      <a className={classes.title} href={linkTo(a)} onClick={openInPlace(() => onOpen(a))} style={{ color: theme.palette.themeDark }} data-testid="action-link">
        {a.title}
      </a>
      <dl className={classes.facts}>
        <dt>{STATUS.labels[lang]}</dt>
        <dd data-testid="card-status">{formatFieldValue(STATUS, a.status, lang) ?? t.notSet}</dd>
        <dt>{OWNER.labels[lang]}</dt>
        <dd data-testid="card-owner">{personLabel(a.owner) ?? t.notSet}</dd>
      </dl>
    </li>
  );
}

/**
 * The roadmap on a narrow screen: the table's actions as a list of cards keeping code, name, status,
 * light and owner, under the same group headings. Cards come in pages ("show more"), so a phone draws
 * forty cards rather than a thousand.
 */
export function RoadmapCards(props: IRoadmapCardsProps): React.ReactElement {
  const { grouped, lang } = props;
  const t = ROADMAP[lang];
  const [pages, setPages] = React.useState(0);
  const shown = cardsShown(grouped.items.length, pages);
  const sections = grouped.groups.length > 0
    ? grouped.groups.map((g) => ({ key: g.key || 'none', name: `${g.label ?? t.notSet} (${g.count})`, items: grouped.items.slice(g.startIndex, Math.min(g.startIndex + g.count, shown)) }))
    : [{ key: 'all', name: null, items: grouped.items.slice(0, shown) }];
  return (
    <div data-testid="roadmap-cards" className="dt-noprint">
      {sections.filter((s) => s.items.length > 0).map((s) => (
        <section key={s.key} aria-label={s.name ?? t.cardsLabel}>
          {s.name && <h3 className={classes.groupTitle}>{s.name}</h3>}
          <ul className={classes.list}>
            {s.items.map((a) => <ActionCard key={a.id} action={a} lang={lang} onOpen={props.onOpen} linkTo={props.linkTo} />)}
          </ul>
        </section>
      ))}
      {shown < grouped.items.length && (
        <Btn className={classes.more} onClick={() => setPages(pages + 1)} testId="cards-more">
          {format(t.showMore, { count: grouped.items.length - shown })}
        </Btn>
      )}
    </div>
  );
}
