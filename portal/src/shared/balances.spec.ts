import { describe, expect, it } from 'vitest';
import { sumBalances } from './balances';

describe('sumBalances', () => {
  it('adds per status and currency and never mixes currencies', () => {
    const result = sumBalances([
      { status: 'APPROVED', count: 1, total: { amount: 100, currency: 'USD' } },
      { status: 'APPROVED', count: 2, total: { amount: -30, currency: 'USD' } },
      { status: 'APPROVED', count: 1, total: { amount: 500, currency: 'EUR' } },
      { status: 'PAID', count: 1, total: { amount: 7, currency: 'USD' } },
    ]);
    expect(result).toEqual([
      { status: 'APPROVED', count: 3, total: { amount: 70, currency: 'USD' } },
      { status: 'APPROVED', count: 1, total: { amount: 500, currency: 'EUR' } },
      { status: 'PAID', count: 1, total: { amount: 7, currency: 'USD' } },
    ]);
  });
});
