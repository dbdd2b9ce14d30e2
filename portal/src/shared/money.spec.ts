import { describe, expect, it } from 'vitest';
import { formatMoneyList, parseAmountInput } from './money';

describe('parseAmountInput', () => {
  it('turns major units into integer minor units per currency, never through a float', () => {
    expect(parseAmountInput('100.50', 'USD')).toEqual({ ok: true, money: { amount: 10050, currency: 'USD' } });
    expect(parseAmountInput('0.29', 'USD')).toEqual({ ok: true, money: { amount: 29, currency: 'USD' } });
    expect(parseAmountInput('1500', 'JPY')).toEqual({ ok: true, money: { amount: 1500, currency: 'JPY' } });
    expect(parseAmountInput('1.234', 'KWD')).toEqual({ ok: true, money: { amount: 1234, currency: 'KWD' } });
  });

  it('explains what is wrong instead of guessing', () => {
    expect(parseAmountInput('', 'USD')).toMatchObject({ ok: false, error: 'Enter an amount' });
    expect(parseAmountInput('1.001', 'USD')).toMatchObject({ ok: false });
    expect(parseAmountInput('1,000', 'USD')).toMatchObject({ ok: false });
    expect(parseAmountInput('1e3', 'USD')).toMatchObject({ ok: false });
    expect(parseAmountInput('10', 'usd!')).toMatchObject({ ok: false, error: expect.stringContaining('ISO currency') });
  });
});

describe('formatMoneyList', () => {
  it('shows each currency on its own, never a sum across currencies', () => {
    expect(
      formatMoneyList([
        { amount: 10050, currency: 'USD' },
        { amount: 700, currency: 'EUR' },
      ]),
    ).toBe('$100.50 · €7.00');
    expect(formatMoneyList([])).toBe('—');
  });
});
