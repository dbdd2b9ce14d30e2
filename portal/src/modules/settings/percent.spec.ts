import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatBpsAsPercent, parsePercentToBps } from './percent';

describe('parsePercentToBps', () => {
  it('turns typed percentages into basis points without floats', () => {
    expect(parsePercentToBps('12.5')).toEqual({ ok: true, bps: 1250 });
    expect(parsePercentToBps('7')).toEqual({ ok: true, bps: 700 });
    expect(parsePercentToBps('0.25')).toEqual({ ok: true, bps: 25 });
    expect(parsePercentToBps(' 33.33 %')).toEqual({ ok: true, bps: 3333 });
    expect(parsePercentToBps('100')).toEqual({ ok: true, bps: 10_000 });
    expect(parsePercentToBps('0,5')).toEqual({ ok: true, bps: 50 });
  });

  it('rejects what is not a percentage between 0 and 100 with at most two decimals', () => {
    for (const bad of ['', 'abc', '12.345', '-5', '100.01', '1e2', '12.']) expect(parsePercentToBps(bad).ok, bad).toBe(false);
  });

  it('round-trips every basis point value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (bps) => {
        const parsed = parsePercentToBps(formatBpsAsPercent(bps));
        return parsed.ok && parsed.bps === bps;
      }),
    );
  });
});
