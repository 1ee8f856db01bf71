import type { SteeringMeetingFields } from '../../src/core/schema';
import { MEETING_DAYS, dayLabel, meetingEnd, meetingStart } from './calendar';
import type { ActionSeed } from './seed';
import type { PlannedReport } from './stories';

/**
 * SAMPLE DATA — the steering group's meetings with agendas and, once held, decisions. The minutes are in
 * Finnish (the titles are bilingual). Items specific to a meeting follow the yearly cycle: the roadmap's
 * follow-up at every meeting, the metrics each February, the next roadmap prepared in the autumn.
 */

interface Special {
  readonly agenda: readonly string[];
  readonly decisions?: readonly string[];
}

const SPECIAL: Readonly<Record<string, Special>> = {
  '2024-02-09': {
    agenda: ['Digitiekartan 2024 seurannan käynnistäminen: vastuuhenkilöt ja raportointikäytäntö'],
    decisions: ['Vastuuhenkilöt raportoivat toimenpiteidensä tilanteen ennen jokaista kokousta. Kustannuksia seurataan kirjanpidon koodilla 1111 Digiohjelma2024.']
  },
  '2024-09-13': {
    agenda: ['Digitiekartan 2025 valmistelu: ehdotusten käsittely'],
    decisions: ['Digitiekartan 2025 ehdotukset käsiteltiin; esitys valmistellaan marraskuun kokoukseen.']
  },
  '2024-11-08': {
    agenda: [
      'Digiohjelman ja -tiekartan 2024 seuranta sekä Digitiekartan 2025 hyväksyntä:',
      '  a) Digiohjelman seuranta – mittarit',
      '  b) Digitiekartan 2024 seuranta: käynnistetyt projektit ja niiden edistyminen',
      '  c) Digitiekartan 2024 seuranta: valmistuneiden projektien vaikutukset ja kustannukset',
      '  d) Digitiekartta 2025: projektit sekä arvioidut vaikutukset ja kustannukset',
      '  e) Ehdotus kaupungin ict-menoiksi talousarvioon 2025'
    ],
    decisions: [
      'Digitiekartta 2025 (26 toimenpidettä) hyväksyttiin esitettäväksi kaupunginhallitukselle.',
      'Merkittiin tiedoksi digitiekartan 2024 valmistuneet projektit, niiden vaikutukset ja kustannukset sekä ehdotus kaupungin ict-menoiksi (TA25: digitaalinen perusta 6 M€, TORI 800 t€, TOSI 500 t€, data ja analytiikka 150 t€; digiohjelma 2025 arviolta 500 t€).'
    ]
  },
  '2025-02-07': { agenda: ['Digiohjelman mittarit 2024'], decisions: ['Merkittiin tiedoksi digiohjelman mittarit vuodelta 2024.'] },
  '2025-09-12': {
    agenda: ['Digitiekartan 2026 ehdotusten priorisointi'],
    decisions: ['Digitiekartan 2026 ehdotuksista 20 priorisoitiin jatkovalmisteluun; loput käsitellään marraskuussa.']
  },
  '2025-11-07': {
    agenda: ['Digitiekartan 2025 seuranta ja Digitiekartta 2026 kaupunginhallitukselle'],
    decisions: ['Digitiekartta 2026 (28 toimenpidettä, joista 13 uuden lainsäädännön edellyttämiä) hyväksyttiin esitettäväksi kaupunginhallitukselle.']
  },
  '2026-02-06': { agenda: ['Digiohjelman mittarit 2025'], decisions: ['Merkittiin tiedoksi digiohjelman mittarit vuodelta 2025.'] },
  '2026-09-11': { agenda: ['Digiohjelman 2024–2026 loppuarvioinnin valmistelu'], decisions: ['Loppuarvio valmistellaan joulukuun kokoukseen.'] },
  '2026-11-06': { agenda: ['Seuraavan digiohjelman valmistelun käynnistäminen'] }
};

function agendaOf(index: number): string {
  const special = SPECIAL[MEETING_DAYS[index]]?.agenda ?? [];
  const next = index + 1 < MEETING_DAYS.length ? dayLabel(MEETING_DAYS[index + 1]) : null;
  const items = [
    'Kokouksen avaus ja edellisen kokouksen muistion hyväksyminen',
    'Digitiekartan seuranta: liikennevalot ja päätöstä vaativat asiat',
    ...special,
    'Muut asiat',
    next ? `Seuraava kokous ${next}` : 'Kokouksen päättäminen'
  ];
  let n = 0;
  // Sub-items (indented) keep their letters; main items are numbered.
  return items.map((item) => (item.startsWith('  ') ? item : `${++n}. ${item}`)).join('\n');
}

function decisionsOf(index: number, seeds: readonly ActionSeed[], reports: ReadonlyMap<string, readonly PlannedReport[]>): string {
  const lines: string[] = [...(SPECIAL[MEETING_DAYS[index]]?.decisions ?? [])];
  const forMeeting = seeds.flatMap((s) => (reports.get(s.code) ?? []).filter((r) => r.meeting === index).map((r) => ({ seed: s, report: r })));
  for (const seed of seeds) {
    for (const t of seed.story.troubles ?? []) if (t.at === index && t.outcome) lines.push(`${seed.code} ${seed.title}: ${t.outcome}`);
  }
  const completed = forMeeting.filter((x) => x.report.completes).map((x) => x.seed.code);
  if (completed.length > 0) lines.push(`Merkittiin valmistuneiksi: ${completed.join(', ')}.`);
  if (forMeeting.length > 0) {
    const count = (light: string) => forMeeting.filter((x) => x.report.update.overallLight === light).length;
    lines.push(`Käsiteltiin ${forMeeting.length} tilannepäivitystä: vihreitä ${count('green')}, keltaisia ${count('yellow')}, punaisia ${count('red')}.`);
  }
  return lines.join('\n');
}

export function sampleMeetings(now: Date, seeds: readonly ActionSeed[], reports: ReadonlyMap<string, readonly PlannedReport[]>): SteeringMeetingFields[] {
  return MEETING_DAYS.map((day, index) => {
    const held = meetingEnd(index).getTime() <= now.getTime();
    return {
      title: `Digijohtoryhmä – Digiledningsgruppen ${dayLabel(day)}`,
      startsAt: meetingStart(index).toISOString(),
      endsAt: meetingEnd(index).toISOString(),
      state: held ? 'held' : 'scheduled',
      agenda: agendaOf(index),
      minutesUrl: held ? `/sites/digiohjelma/Shared Documents/Digijohtoryhma/Muistio-${day}.pdf` : null,
      decisions: held ? decisionsOf(index, seeds, reports) : null,
      calendarEventId: null,
      snapshot: null,
      snapshotAt: null
    };
  });
}
