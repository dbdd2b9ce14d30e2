import { type MoneyValue, formatMoney, toBalanceInput } from '../../shared/money';

/** Why a partner-currency balance will not be paid, as a sentence (never the raw reason code). */
export function payBlockSentence(item: { reason: string | null; balance: MoneyValue; threshold?: MoneyValue | null }): string {
  switch (item.reason) {
    case 'NOT_POSITIVE':
      return `Nothing due: the balance is ${formatMoney(item.balance)}.`;
    case 'BELOW_THRESHOLD':
      return item.threshold
        ? `Below the pay threshold of ${formatMoney(item.threshold)} (tick “Pay below the threshold” for a final payout).`
        : 'Below the pay threshold (tick “Pay below the threshold” for a final payout).';
    case 'NO_PAYOUT_METHOD':
      return 'No payout method: the partner sets one in their profile, or an admin sets it on the partner’s page.';
    case 'MISSING_PAYPAL_EMAIL':
      return 'Paid by PayPal, but no PayPal email is on file.';
    case 'TOO_LARGE':
      return 'Too large to record as one payment.';
    case 'NOT_FOUND':
      return 'Partner not found.';
    default:
      return 'Cannot be paid.';
  }
}

/** The balances a preview will pay, to send as expectedBalances: a balance that moves before the run is refused, never paid at another amount. */
export function expectedBalancesOf(groups: readonly { items: readonly { partnerId: string; balance: MoneyValue }[] }[]) {
  return groups.flatMap((g) => g.items.map((i) => ({ partnerId: i.partnerId, balance: toBalanceInput(i.balance) })));
}
