import fc from 'fast-check';
import { TZDate } from '@date-fns/tz';
import { lightFormat } from 'date-fns';
import { helsinkiDay, helsinkiTime, PROGRAMME_TIME_ZONE } from '../../../src/core/time/helsinki';

/** The reference: a time-zone date per value, as the library formats it. */
const reference = (ms: number, pattern: string): string => lightFormat(new TZDate(ms, PROGRAMME_TIME_ZONE), pattern);

describe('Helsinki days and times of an instant', () => {
  it('agree with @date-fns/tz for any instant from 1970 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }), (ms) => {
        expect(helsinkiDay(new Date(ms))).toBe(reference(ms, 'yyyy-MM-dd'));
        expect(helsinkiTime(new Date(ms).toISOString())).toBe(reference(ms, 'HH:mm'));
      }),
      { numRuns: 5000 }
    );
  });

  it('turn at the daylight-saving changes, minute by minute', () => {
    // Spring 2025: 03:00 EET became 04:00 EEST at 01:00 UTC; autumn: 04:00 EEST became 03:00 EET at 01:00 UTC.
    for (const change of [Date.UTC(2025, 2, 30, 1), Date.UTC(2025, 9, 26, 1)]) {
      for (let ms = change - 90 * 60_000; ms <= change + 90 * 60_000; ms += 60_000) {
        expect([helsinkiDay(new Date(ms)), helsinkiTime(new Date(ms))]).toEqual([reference(ms, 'yyyy-MM-dd'), reference(ms, 'HH:mm')]);
      }
    }
    expect(helsinkiTime('2025-03-30T00:59:00Z')).toBe('02:59');
    expect(helsinkiTime('2025-03-30T01:00:00Z')).toBe('04:00');
    expect(helsinkiTime('2025-10-26T00:59:00Z')).toBe('03:59');
    expect(helsinkiTime('2025-10-26T01:00:00Z')).toBe('03:00');
  });

  it('cross midnight and the year end in Helsinki, not in UTC', () => {
    expect(helsinkiDay('2025-12-31T21:59:59Z')).toBe('2025-12-31');
    expect(helsinkiDay('2025-12-31T22:00:00Z')).toBe('2026-01-01');
    expect(helsinkiDay('2025-06-30T20:59:00Z')).toBe('2025-06-30');
    expect(helsinkiDay('2025-06-30T21:00:00Z')).toBe('2025-07-01');
  });

  it('refuse a value that is no instant, as before', () => {
    expect(() => helsinkiDay('not a date')).toThrow(RangeError);
  });
});
