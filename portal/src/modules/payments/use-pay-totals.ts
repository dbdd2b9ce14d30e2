import { type MoneyValue, formatMoney, minorUnitsOf, toApiAmount } from '../../shared/money';

export interface PendingRow {
  partnerId: string;
  currency: string;
  balance: MoneyValue;
  eligible: boolean;
}

/**
 * What a pay run will pay, per currency, for the rows about to be paid: only eligible balances
 * (or every positive one when paying below threshold), summed in minor units per currency.
 */
export function payTotals(
  rows: readonly PendingRow[],
  allowBelowThreshold = false,
): { currency: string; amount: number | string; partners: number }[] {
  // Summed as bigint: many balances together may pass 2^53.
  const totals = new Map<string, { currency: string; amount: bigint; partners: number }>();
  for (const row of rows) {
    const payable = minorUnitsOf(row.balance) > 0n && (row.eligible || allowBelowThreshold);
    if (!payable) continue;
    const entry = totals.get(row.currency) ?? { currency: row.currency, amount: 0n, partners: 0 };
    entry.amount += minorUnitsOf(row.balance);
    entry.partners += 1;
    totals.set(row.currency, entry);
  }
  return [...totals.values()]
    .sort((a, b) => a.currency.localeCompare(b.currency))
    .map((t) => ({ currency: t.currency, amount: toApiAmount(t.amount), partners: t.partners }));
}

export interface PayAnswerSummary {
  replayed: boolean;
  paidNowCount: number;
  paidEarlierCount: number;
  paidNowTotals: readonly MoneyValue[];
  paidEarlierTotals: readonly MoneyValue[];
}

const amounts = (totals: readonly MoneyValue[]) => totals.map((t) => formatMoney(t)).join(' · ');
const partners = (n: number) => `${n} payment${n === 1 ? '' : 's'}`;

/**
 * The pay confirmation: what this call paid and what earlier calls with the same idempotency key
 * had already paid, both shown — money moves outside Partnerbook, so "nothing new" must be true.
 */
export function payConfirmationTitle(answer: PayAnswerSummary): string {
  const earlier =
    answer.paidEarlierCount > 0
      ? `already paid earlier by this same request (not paid again): ${amounts(answer.paidEarlierTotals)} (${partners(answer.paidEarlierCount)})`
      : '';
  if (answer.replayed) return `Pay (already recorded: nothing new paid)${earlier ? ` — ${earlier}` : ''}`;
  const now =
    answer.paidNowCount > 0 ? `paid now: ${amounts(answer.paidNowTotals)} (${partners(answer.paidNowCount)})` : 'nothing paid now';
  return `Pay — ${now}${earlier ? ` · ${earlier}` : ''}`;
}
