import type { CommandContext } from '../../server/cli/command';
import { followupChoice } from '../../server/cli/followupOptions';

const ctx = (now: string): CommandContext => ({ lang: 'en', json: false, out: () => undefined, err: () => undefined, env: {}, now: () => new Date(now) });

describe('report and publish options', () => {
  it('follow the current Helsinki year up to now by default', () => {
    // 31.12.2024 23:30 in UTC is already 1.1.2025 in Helsinki.
    expect(followupChoice({}, ctx('2024-12-31T23:30:00Z'))).toEqual({ year: 2025, asOf: new Date('2024-12-31T23:30:00Z') });
  });

  it('read a bare --as-of day as the end of that day in Helsinki, in summer and winter time', () => {
    expect(followupChoice({ 'as-of': '2025-06-15', year: '2025' }, ctx('2026-01-01T00:00:00Z')).asOf.toISOString()).toBe('2025-06-15T20:59:00.000Z');
    expect(followupChoice({ 'as-of': '2024-11-08' }, ctx('2026-01-01T00:00:00Z'))).toEqual({ year: 2024, asOf: new Date('2024-11-08T21:59:00.000Z') });
  });

  it('refuse what is not a year or a date', () => {
    expect(() => followupChoice({ year: '24' }, ctx('2025-01-01T00:00:00Z'))).toThrow('--year must be a year such as 2025, not "24"');
    expect(() => followupChoice({ 'as-of': 'yesterday' }, ctx('2025-01-01T00:00:00Z'))).toThrow('--as-of is not a date or an instant: yesterday');
  });
});
