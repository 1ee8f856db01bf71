import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { readCell, type CellResult } from '../../../src/core/excel/cells';
import { formatEuro } from '../../../src/core/i18n/format';
import { ROADMAP_ACTIONS, allFields, fieldByKey, type RoadmapAction } from '../../../src/core/schema';
import { canonicalValue } from '../../../src/core/excel/values';
import { exportRoadmapWorkbook, readWorkbookRows } from '../../../src/excel/roundtrip';
import { validRoadmapAction } from '../../support/roadmapActionArbitrary';
import { NOW, text } from './fixtures';

/**
 * Cost cells in the spellings people use in Finnish and Swedish: any amount, thousands grouped with
 * spaces or no-break spaces or not at all, a decimal comma, the euro as `€`, `e`, `eur` or `euroa`, a
 * per-year marker, words after the unit. And what we export reads back byte for byte.
 */

jest.setTimeout(120_000);

const annual = fieldByKey(ROADMAP_ACTIONS, 'annualCost');
const oneTime = fieldByKey(ROADMAP_ACTIONS, 'oneTimeCost');

const SPELLINGS = {
  fi: {
    units: ['€', 'e', 'eur', 'euroa', 'EUR', 'Eur', 'E'],
    perYear: ['/v', '/ v', '/vuosi', '/ vuosi', '/a', '/year', '/V'],
    words: ['kertainvestointi', 'hankerahoituksella', '(arvio)', 'sis. alv', 'investointi 2025']
  },
  sv: {
    units: ['€', 'e', 'eur', 'euroa', 'EUR', 'euro'],
    perYear: ['/år', '/ år', 'per år', '/a', '/year', 'Per år'],
    words: ['engångsinvestering', 'med projektfinansiering', '(uppskattning)', 'inkl. moms']
  }
} as const;

/** An amount in cents and how it is written: groups of three, a decimal comma or none. */
const amount = fc.record({
  cents: fc.oneof(fc.integer({ min: 0, max: 999_999_999 }), fc.integer({ min: 0, max: 99_999 }).map((e) => e * 100)),
  group: fc.constantFrom('', ' ', '\u00a0', '\u202f'),
  forceDecimals: fc.boolean()
}).map(({ cents, group, forceDecimals }) => {
  const whole = String(Math.floor(cents / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const fraction = cents % 100;
  const written = fraction !== 0 || forceDecimals ? `${whole},${String(fraction).padStart(2, '0')}` : whole;
  return { value: cents / 100, written };
});

const space = fc.constantFrom('', ' ', '\u00a0');

function spelling(lang: keyof typeof SPELLINGS) {
  const s = SPELLINGS[lang];
  return fc.record({
    amount, lang: fc.constant(lang), unit: fc.constantFrom(...s.units), beforeUnit: space,
    marker: fc.option(fc.constantFrom(...s.perYear), { nil: undefined }), beforeMarker: fc.constantFrom('', ' '),
    words: fc.option(fc.constantFrom(...s.words), { nil: undefined })
  }).map((x) => {
    // A word (`per år`) is parted from a written euro (`e`, `eur`) by a space, as anyone writes it.
    const before = /^per/i.test(x.marker ?? '') && x.unit !== '€' ? ' ' : x.beforeMarker;
    return { ...x, cell: `${x.amount.written}${x.beforeUnit}${x.unit}${x.marker ? `${before}${x.marker}` : ''}${x.words ? ` ${x.words}` : ''}` };
  });
}

const anySpelling = fc.oneof(spelling('fi'), spelling('sv'));

const okValue = (r: CellResult): number | undefined => (r.ok ? (r.value as number) : undefined);

describe('cost cells as people write them, in Finnish and Swedish', () => {
  it('the annual cost column reads the amount of every spelling, with or without a per-year marker', () => {
    fc.assert(fc.property(anySpelling, (s) => {
      const result = readCell(annual, text(s.cell));
      expect(okValue(result)).toBe(s.amount.value);
      expect(result.ok && result.leftOut?.text).toBe(s.words ?? undefined);
    }), { numRuns: 500 });
  });

  it('a one-time cost column reads the same amounts, and refuses a per-year marker, saying which', () => {
    fc.assert(fc.property(anySpelling, (s) => {
      const result = readCell(oneTime, text(s.cell));
      if (s.marker) expect(result).toEqual({ ok: false, problem: 'perYearNotAnnual', detail: s.marker });
      else expect(okValue(result)).toBe(s.amount.value);
    }), { numRuns: 500 });
  });

  it('words after the unit are handed back whole, never dropped', () => {
    fc.assert(fc.property(anySpelling.filter((s) => s.words !== undefined), (s) => {
      const result = readCell(annual, text(s.cell));
      expect(result).toEqual({ ok: true, value: s.amount.value, leftOut: { amount: expect.any(String), text: s.words } });
    }), { numRuns: 200 });
  });

  it('a cell with two amounts is refused, naming both, whatever separates or labels them', () => {
    const labels = fc.constantFrom(['a) ', 'b) '], ['', ' / '], ['', ' tai '], ['', ' eller '], ['1. ', '; 2. '], ['', ' + ']);
    fc.assert(fc.property(anySpelling, anySpelling, labels, (first, second, [label, between]) => {
      const one = `${first.amount.written}${first.beforeUnit}${first.unit}`;
      const two = `${second.amount.written}${second.beforeUnit}${second.unit}`;
      const cell = label === 'a) ' ? `a) ${one} b) ${two}` : `${label}${one}${between}${two}`;
      const result = readCell(oneTime, text(cell));
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problem).toBe('twoAmounts');
      expect(!result.ok && result.detail?.split(', ')).toHaveLength(2);
    }), { numRuns: 300 });
  });

  it('reads back any amount as the app itself writes euros (fi, sv), to the cent', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.constantFrom('fi' as const, 'sv' as const), (cents, lang) => {
      const written = formatEuro(cents / 100, lang, 2);
      expect(okValue(readCell(annual, text(written)))).toBe(cents / 100);
      expect(okValue(readCell(oneTime, text(written)))).toBe(cents / 100);
    }), { numRuns: 300 });
  });
});

describe('what we export', () => {
  it('reads back byte-stable: export → import → export again gives the same workbook parts', async () => {
    const withCosts = fc.array(validRoadmapAction, { minLength: 1, maxLength: 5 }).chain((list) =>
      fc.tuple(...list.map(() => fc.record({
        one: fc.option(fc.integer({ min: 0, max: 99_999_999 }).map((c) => c / 100), { nil: null }),
        annual: fc.option(fc.integer({ min: 0, max: 99_999_999 }).map((c) => c / 100), { nil: null })
      }))).map((costs) => list.map((fields, i) => ({
        ...fields, code: `DT25-${String(i + 1).padStart(2, '0')}`, oneTimeCost: costs[i].one, annualCost: costs[i].annual, id: i + 1, etag: `"${i + 1}"`
      }) as RoadmapAction)))
      // As SharePoint holds them after an import: text and own choice values trimmed (the import's canonical form).
      .map((list) => list.map((a) => Object.fromEntries(Object.entries(a).map(([key, v]) => {
        const field = allFields(ROADMAP_ACTIONS).find((f) => f.key === key);
        return [key, field && (field.kind === 'text' || field.kind === 'note' || field.kind === 'choice') ? canonicalValue(field, v) : v];
      })) as unknown as RoadmapAction));
    await fc.assert(fc.asyncProperty(withCosts, fc.constantFrom('fi' as const, 'sv' as const), async (items, lang) => {
      const first = await exportRoadmapWorkbook(items, { lang, now: NOW });
      const read = await readWorkbookRows(first, { lang });
      if (!read.ok) throw new Error(read.message);
      expect(read.rows.errors).toEqual([]);
      expect(read.rows.warnings).toEqual([]);
      // The actions as the import sees them: every value from the file.
      const imported = items.map((item) => ({ ...item, ...read.rows.rows.find((r) => r.id === item.id)?.values }) as RoadmapAction);
      expect(imported.map((a) => [a.oneTimeCost, a.annualCost])).toEqual(items.map((a) => [a.oneTimeCost, a.annualCost]));
      const second = await exportRoadmapWorkbook(imported, { lang, now: NOW });
      const parts = (bytes: Uint8Array): Record<string, string> =>
        Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, Buffer.from(data).toString('base64')]));
      expect(parts(second)).toEqual(parts(first));
    }), { numRuns: 15 });
  });
});
