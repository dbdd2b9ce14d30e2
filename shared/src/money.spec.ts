import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_ABS_AMOUNT,
  MAX_STORED_AMOUNT,
  MoneyError,
  amountFromJson,
  amountToJson,
  compareMinorUnits,
  minorUnits,
  sumMinorUnits,
  applyBasisPoints,
  currencyExponent,
  divideRoundHalfAwayFromZero,
  formatMajorUnits,
  formatMoney,
  money,
  parseMajorUnits,
  prorate,
  splitInHalves,
  sumByCurrency,
} from './money';

const amount = fc.integer({ min: -MAX_ABS_AMOUNT, max: MAX_ABS_AMOUNT });
const currency = fc.constantFrom('USD', 'EUR', 'JPY', 'KWD', 'GBP', 'CLF');

describe('currency exponents', () => {
  it('follows ISO 4217 minor units', () => {
    expect(currencyExponent('USD')).toBe(2);
    expect(currencyExponent('JPY')).toBe(0);
    expect(currencyExponent('KWD')).toBe(3);
    expect(currencyExponent('CLF')).toBe(4);
  });
  it('rejects unknown and malformed codes', () => {
    for (const code of ['usd', 'XXX', 'US', '', 'DOLLAR']) expect(() => currencyExponent(code)).toThrow(MoneyError);
  });
});

describe('money()', () => {
  it('rejects fractional, unsafe and absurd amounts', () => {
    for (const bad of [1.5, Number.NaN, Infinity, MAX_ABS_AMOUNT + 1, -MAX_ABS_AMOUNT - 1, 2 ** 60]) {
      expect(() => money(bad, 'USD')).toThrow(MoneyError);
    }
  });
  it('never adds different currencies', () => {
    expect(sumByCurrency([money(1, 'USD'), money(2, 'EUR'), money(3, 'USD')])).toEqual([money(2, 'EUR'), money(4, 'USD')]);
  });
});

describe('rounding half away from zero', () => {
  it('rounds ties away from zero on both signs', () => {
    expect(divideRoundHalfAwayFromZero(5n, 10n)).toBe(1n);
    expect(divideRoundHalfAwayFromZero(-5n, 10n)).toBe(-1n);
    expect(divideRoundHalfAwayFromZero(4n, 10n)).toBe(0n);
    expect(divideRoundHalfAwayFromZero(-15n, 10n)).toBe(-2n);
    expect(applyBasisPoints(1005, 5000)).toBe(503); // 502.5 → 503
    expect(applyBasisPoints(-1005, 5000)).toBe(-503);
    expect(applyBasisPoints(333, 1250)).toBe(42); // 41.625 → 42
  });
  it('is within half a minor unit of the exact value (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 10_000 }), (value, bps) => {
        const result = applyBasisPoints(value, bps);
        const exactTimes10000 = BigInt(value) * BigInt(bps);
        const diff = BigInt(result) * 10_000n - exactTimes10000; // scaled error
        expect(diff <= 5_000n && diff > -5_000n).toBe(true); // ties go up (away from zero)
      }),
    );
  });
  it('is symmetric in sign (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 10_000 }), (value, bps) => {
        expect(applyBasisPoints(-value, bps)).toBe(-applyBasisPoints(value, bps) || 0);
      }),
    );
  });
});

describe('splitInHalves', () => {
  it('gives the odd minor unit to the last part', () => {
    expect(splitInHalves(101)).toEqual([50, 51]);
    expect(splitInHalves(100)).toEqual([50, 50]);
    expect(splitInHalves(1)).toEqual([0, 1]);
  });
  it('parts always sum to the whole and differ by at most one (property)', () => {
    fc.assert(
      fc.property(amount, (value) => {
        const [first, last] = splitInHalves(value);
        expect(first + last).toBe(value);
        expect(Math.abs(last - first)).toBeLessThanOrEqual(1);
        expect(Math.abs(last)).toBeGreaterThanOrEqual(Math.abs(first));
      }),
    );
  });
});

describe('prorate', () => {
  it('never exceeds the whole and is exact at the ends (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 1, max: 10 ** 9 }), fc.nat(), (value, whole, seed) => {
        const part = seed % (whole + 1);
        const share = prorate(value, part, whole);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(value);
        expect(prorate(value, 0, whole)).toBe(0);
        expect(prorate(value, whole, whole)).toBe(value);
      }),
    );
  });
});

describe('major units', () => {
  it('formats with exactly the currency decimals', () => {
    expect(formatMajorUnits(10050, 'USD')).toBe('100.50');
    expect(formatMajorUnits(-5, 'USD')).toBe('-0.05');
    expect(formatMajorUnits(1500, 'JPY')).toBe('1500');
    expect(formatMajorUnits(1234, 'KWD')).toBe('1.234');
    expect(formatMajorUnits(0, 'EUR')).toBe('0.00');
  });
  it('parses strictly', () => {
    expect(parseMajorUnits('100.5', 'USD')).toBe(10050);
    expect(parseMajorUnits('-3', 'EUR')).toBe(-300);
    expect(parseMajorUnits('12', 'JPY')).toBe(12);
    for (const bad of ['1.234', '1,000.00', '1e3', '', 'abc', '--1', '1.2.3'])
      expect(() => parseMajorUnits(bad, 'USD')).toThrow(MoneyError);
    expect(() => parseMajorUnits('1.5', 'JPY')).toThrow(/at most 0 decimals/);
  });
  it('round-trips every amount in every currency (property)', () => {
    fc.assert(
      fc.property(amount, currency, (value, code) => {
        expect(parseMajorUnits(formatMajorUnits(value, code), code)).toBe(value);
      }),
    );
  });
  it('formats for display with the currency symbol', () => {
    expect(formatMoney({ amount: 123450, currency: 'USD' })).toBe('$1,234.50');
    expect(formatMoney({ amount: 1500, currency: 'JPY' })).toBe('¥1,500');
  });
});

describe('sumByCurrency', () => {
  it('keeps currencies apart and loses nothing (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ amount: fc.integer({ min: -(10 ** 9), max: 10 ** 9 }), currency })), (items) => {
        const totals = sumByCurrency(items);
        expect(new Set(totals.map((t) => t.currency)).size).toBe(totals.length);
        for (const total of totals) {
          expect(total.amount).toBe(items.filter((i) => i.currency === total.currency).reduce((s, i) => s + i.amount, 0));
        }
      }),
    );
  });
});

describe('exact sums beyond 2^53 (property)', () => {
  const limitAmount = fc.oneof(
    fc.constantFrom(MAX_ABS_AMOUNT, -MAX_ABS_AMOUNT, MAX_ABS_AMOUNT - 1, 1, -1, 0),
    fc.integer({ min: -MAX_ABS_AMOUNT, max: MAX_ABS_AMOUNT }),
  );
  const anyExact = fc.bigInt({ min: -MAX_STORED_AMOUNT, max: MAX_STORED_AMOUNT }).map(minorUnits);

  it('sums any number of amounts at the limits exactly, as bigint arithmetic does', () => {
    fc.assert(
      fc.property(fc.array(limitAmount, { maxLength: 2000 }), (amounts) => {
        const expected = amounts.reduce((sum, a) => sum + BigInt(a), 0n);
        const sum = sumMinorUnits(amounts);
        expect(BigInt(sum)).toBe(expected);
        expect(sum).toBe(minorUnits(expected));
        const [perCurrency] = sumByCurrency(amounts.map((amount) => ({ amount, currency: 'USD' })));
        expect(BigInt(perCurrency?.amount ?? 0)).toBe(expected);
      }),
    );
  });

  it("reproduces the issue's case: 911 × 9,999,999,999,999 is 9,109,999,999,999,089, not the double 9,109,999,999,999,100", () => {
    const amounts = Array.from({ length: 911 }, () => 9_999_999_999_999);
    expect(amounts.reduce((a, b) => a + b, 0)).not.toBe(9109999999999089); // what a double gives
    expect(sumMinorUnits(amounts)).toBe(9_109_999_999_999_089n);
    expect(amountToJson(sumMinorUnits(amounts))).toBe('9109999999999089');
    expect(formatMajorUnits(sumMinorUnits(amounts), 'USD')).toBe('91099999999990.89');
  });

  it('has one representation per value: a number while safe, a bigint beyond; JSON round trips exactly', () => {
    fc.assert(
      fc.property(anyExact, (value) => {
        expect(typeof value === 'number').toBe(Number.isSafeInteger(Number(value)) && BigInt(Number(value)) === BigInt(value));
        const json = JSON.parse(JSON.stringify({ amount: amountToJson(value) })) as { amount: number | string };
        expect(amountFromJson(json.amount)).toBe(value);
        expect(minorUnits(String(value))).toBe(value);
        expect(compareMinorUnits(value, minorUnits(BigInt(value) + 1n))).toBe(-1);
      }),
    );
  });

  it('formats any exact amount in major units and parses it back to the same minor units', () => {
    fc.assert(
      fc.property(anyExact, currency, (value, code) => {
        const text = formatMajorUnits(value, code);
        const exponent = currencyExponent(code);
        const [whole, fraction = ''] = text.replace('-', '').split('.');
        expect(fraction.length).toBe(exponent);
        const back = BigInt(whole + fraction) * (text.startsWith('-') ? -1n : 1n);
        expect(back).toBe(BigInt(value));
      }),
    );
  });

  it('adds and subtracts money exactly across the 2^53 boundary', () => {
    fc.assert(
      fc.property(anyExact, limitAmount, (a, b) => {
        const [sum] = sumByCurrency([
          { amount: a, currency: 'EUR' },
          { amount: b, currency: 'EUR' },
        ]);
        expect(BigInt(sum.amount)).toBe(BigInt(a) + BigInt(b));
        expect(BigInt(sumByCurrency([sum, { amount: -b, currency: 'EUR' }])[0].amount)).toBe(BigInt(a));
      }),
    );
  });

  it('never turns a rounded double or a fraction into an amount', () => {
    for (const bad of [2 ** 53, 1.5, Number.NaN, '1.5', '1e3', '', ' ', '0x10', '01']) expect(() => minorUnits(bad)).toThrow(MoneyError);
  });
});
