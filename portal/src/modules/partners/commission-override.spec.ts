import { describe, expect, it } from 'vitest';
import { describeRule, parsePercentBps } from './commission-override';

describe('commission override', () => {
  it('parses percentages to basis points exactly', () => {
    expect(parsePercentBps('12.5')).toEqual({ ok: true, bps: 1250 });
    expect(parsePercentBps(' 7 % ')).toEqual({ ok: true, bps: 700 });
    expect(parsePercentBps('0,05')).toEqual({ ok: true, bps: 5 });
    expect(parsePercentBps('100')).toEqual({ ok: true, bps: 10_000 });
    expect(parsePercentBps('100.01').ok).toBe(false);
    expect(parsePercentBps('-1').ok).toBe(false);
    expect(parsePercentBps('1.234').ok).toBe(false);
    expect(parsePercentBps('abc').ok).toBe(false);
  });
  it('describes a rule in words', () => {
    expect(describeRule(null)).toBe('None: the product rules apply');
    expect(describeRule({ type: 'PERCENT', rateBps: 1250 })).toBe('12.5 % of each sale');
    expect(describeRule({ type: 'PERCENT', rateBps: 705 })).toBe('7.05 % of each sale');
    expect(describeRule({ type: 'PERCENT', rateBps: 1500 })).toBe('15 % of each sale');
    expect(describeRule({ type: 'FLAT', flatAmount: { amount: 500, currency: 'USD' } })).toBe('$5.00 per sale');
  });
});
