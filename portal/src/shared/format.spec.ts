import { describe, expect, it } from 'vitest';
import { localDayOf, localDayStart } from './format';

describe('program-local days', () => {
  it('puts an instant near midnight UTC on its day in the time zone', () => {
    expect(localDayOf('2026-03-14T11:30:00.000Z', 'Pacific/Auckland')).toBe('2026-03-15');
    expect(localDayOf('2026-03-14T10:30:00.000Z', 'Pacific/Auckland')).toBe('2026-03-14');
    expect(localDayOf('2026-03-14T23:30:00.000Z', 'UTC')).toBe('2026-03-14');
    expect(localDayOf('2026-03-15T03:00:00.000Z', 'America/Los_Angeles')).toBe('2026-03-14');
  });

  it('finds the instant a day starts, across daylight-saving changes', () => {
    expect(localDayStart('2026-03-15', 0, 'Pacific/Auckland')).toBe('2026-03-14T11:00:00.000Z');
    expect(localDayStart('2026-03-15', 1, 'Pacific/Auckland')).toBe('2026-03-15T11:00:00.000Z');
    // Auckland leaves daylight time on 5 April 2026 at 03:00 (UTC+13 → UTC+12).
    expect(localDayStart('2026-04-05', 0, 'Pacific/Auckland')).toBe('2026-04-04T11:00:00.000Z');
    expect(localDayStart('2026-04-06', 0, 'Pacific/Auckland')).toBe('2026-04-05T12:00:00.000Z');
    expect(localDayStart('2026-03-08', 0, 'America/New_York')).toBe('2026-03-08T05:00:00.000Z');
    expect(localDayStart('2026-03-09', 0, 'America/New_York')).toBe('2026-03-09T04:00:00.000Z');
    expect(localDayStart('2026-01-01', 0, 'UTC')).toBe('2026-01-01T00:00:00.000Z');
  });
});
