import * as React from 'react';
import { format } from '../../core/i18n/catalog';
import { COMMON } from '../../core/i18n/common';
import { STEERING } from '../../core/i18n/steering';
import { LANGUAGE_CHOICES } from '../../core/schema/choices';
import { nextMeeting } from '../../core/steering/overview';
import { helsinkiDay } from '../../core/time/helsinki';
import { Btn } from '../common/Btn';
import { Notice, type INotice } from '../common/Notice';
import { useApp } from '../shell/AppContext';
import { describeFailure, run } from './format';
import { steeringClasses as classes } from './styles';
import type { ISteeringServices } from './types';
import type { ISteeringData } from './useSteeringData';

export interface IDeckPanelProps {
  readonly data: ISteeringData;
  readonly steering: ISteeringServices;
}

/**
 * The meeting deck (PowerPoint) for the next meeting, from the follow-up's one aggregation: the same
 * numbers as the dashboard and the CLI's `report`. The deck code and pptxgenjs load only on the click.
 */
export function DeckPanel(props: IDeckPanelProps): React.ReactElement {
  const { data, steering } = props;
  const { lang, services, announce } = useApp();
  const t = STEERING[lang];
  const now = services.now();
  const thisYear = Number(helsinkiDay(now).slice(0, 4));
  const [year, setYear] = React.useState(thisYear);
  const [deckLang, setDeckLang] = React.useState<'fi' | 'sv'>(lang === 'sv' ? 'sv' : 'fi');
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<INotice | null>(null);
  const meeting = nextMeeting(data.meetings, now);

  const download = async (): Promise<void> => {
    setBusy(true);
    setNotice(null);
    try {
      const { downloadSteeringDeck } = await import(/* webpackChunkName: "steering-deck" */ '../../report/steeringDeck');
      const file = await downloadSteeringDeck(steering.followup, { year, lang: deckLang, now, ...(meeting ? { meetingDay: helsinkiDay(meeting.startsAt) } : {}) });
      const text = format(t.deckDone, { file });
      setNotice({ kind: 'success', text });
      announce(text);
    } catch (error) {
      console.error('[Digitiekartta] deck', error);
      setNotice({ kind: 'error', text: format(t.deckFailed, { reason: describeFailure(error, lang) }) });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="dt-deck-heading" className={classes.root} data-testid="deck-panel">
      <h3 id="dt-deck-heading" className={classes.h3}>{t.deckHeading}</h3>
      <p className={classes.muted}>{t.deckIntro}</p>
      <div className={classes.row}>
        <label className={classes.field}>
          {t.deckYear}
          <select className={classes.input} value={year} onChange={(e) => setYear(Number(e.target.value))} data-testid="deck-year">
            {[thisYear - 2, thisYear - 1, thisYear, thisYear + 1].map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </label>
        <label className={classes.field}>
          {t.deckLang}
          <select className={classes.input} value={deckLang} onChange={(e) => setDeckLang(e.target.value === 'sv' ? 'sv' : 'fi')} data-testid="deck-lang">
            {(['fi', 'sv'] as const).map((l) => <option key={l} value={l}>{LANGUAGE_CHOICES.find((c) => c.code === l)?.labels[lang] ?? l}</option>)}
          </select>
        </label>
        <Btn primary onClick={() => run(download())} disabled={busy} aria-busy={busy} testId="deck-button">{busy ? t.deckBuilding : t.deckDownload}</Btn>
      </div>
      <Notice notice={notice} onDismiss={() => setNotice(null)} dismissLabel={COMMON[lang].close} />
    </section>
  );
}
