import { describe, expect, it } from 'vitest';
import { periodRange } from './use-period';

describe('periodRange', () => {
  it('ends at the next full minute (nothing recorded until now is left out) and spans the period, with its bucket', () => {
    const now = new Date('2026-03-14T10:15:42.123Z');
    expect(periodRange('7D', now)).toEqual({ from: '2026-03-07T10:16:00.000Z', to: '2026-03-14T10:16:00.000Z', bucket: 'DAY' });
    expect(periodRange('12M', now)).toMatchObject({ from: '2025-03-14T10:16:00.000Z', bucket: 'MONTH' });
    expect(periodRange('13W', now).bucket).toBe('WEEK');
  });
});
