import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bucketCount, bucketStart, MAX_BUCKETS, OverviewBucket, resolveRange } from './overview-rules';

const d = (iso: string) => new Date(iso);

describe('overview ranges', () => {
  it('truncates to the UTC day, Monday-started week and month', () => {
    const t = d('2024-03-14T23:59:59.999Z'); // a Thursday
    expect(bucketStart(t, OverviewBucket.DAY).toISOString()).toBe('2024-03-14T00:00:00.000Z');
    expect(bucketStart(t, OverviewBucket.WEEK).toISOString()).toBe('2024-03-11T00:00:00.000Z');
    expect(bucketStart(d('2024-03-10T12:00:00Z'), OverviewBucket.WEEK).toISOString()).toBe('2024-03-04T00:00:00.000Z');
    expect(bucketStart(t, OverviewBucket.MONTH).toISOString()).toBe('2024-03-01T00:00:00.000Z');
  });

  it('counts the buckets touched by a half-open range', () => {
    expect(bucketCount(d('2024-01-01T00:00:00Z'), d('2024-01-02T00:00:00Z'), OverviewBucket.DAY)).toBe(1);
    expect(bucketCount(d('2024-01-01T12:00:00Z'), d('2024-01-03T00:00:01Z'), OverviewBucket.DAY)).toBe(3);
    expect(bucketCount(d('2023-11-15T00:00:00Z'), d('2024-02-01T00:00:00Z'), OverviewBucket.MONTH)).toBe(3);
    expect(bucketCount(d('2024-03-11T00:00:00Z'), d('2024-03-25T00:00:00Z'), OverviewBucket.WEEK)).toBe(2);
  });

  it('applies defaults and rejects reversed, empty, out-of-era and oversized ranges', () => {
    const now = d('2024-06-15T10:00:00Z');
    const ok = resolveRange({ bucket: OverviewBucket.DAY }, now);
    expect(ok).toMatchObject({ ok: true, to: now, buckets: 31 });
    expect(resolveRange({ from: now, to: now, bucket: OverviewBucket.DAY }, now).ok).toBe(false);
    expect(resolveRange({ from: d('2024-07-01T00:00:00Z'), to: now, bucket: OverviewBucket.DAY }, now).ok).toBe(false);
    expect(resolveRange({ from: d('1900-01-01T00:00:00Z'), to: now, bucket: OverviewBucket.MONTH }, now).ok).toBe(false);
    expect(resolveRange({ from: d('2020-01-01T00:00:00Z'), to: now, bucket: OverviewBucket.DAY }, now).ok).toBe(false);
    expect(resolveRange({ from: d('2020-01-01T00:00:00Z'), to: now, bucket: OverviewBucket.MONTH }, now).ok).toBe(true);
  });

  it('never lets a request through with more buckets than the maximum', () => {
    const bucket = fc.constantFrom(OverviewBucket.DAY, OverviewBucket.WEEK, OverviewBucket.MONTH);
    const time = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) });
    fc.assert(
      fc.property(bucket, time, time, (b, x, y) => {
        const result = resolveRange({ from: new Date(Math.min(x, y)), to: new Date(Math.max(x, y)), bucket: b }, new Date());
        if (x === y) return !result.ok;
        if (result.ok) return result.buckets >= 1 && result.buckets <= MAX_BUCKETS[b];
        return bucketCount(new Date(Math.min(x, y)), new Date(Math.max(x, y)), b) > MAX_BUCKETS[b];
      }),
    );
  });
});
