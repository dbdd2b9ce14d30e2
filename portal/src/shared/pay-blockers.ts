import { formatMoney, type MoneyValue } from './money';

export type PayBlockerCode = 'NO_PAYOUT_DETAILS' | 'BELOW_THRESHOLD' | 'NEGATIVE_BALANCE';

/** Why a partner's balance is not paid, in a sentence for the merchant. */
export function blockerForMerchant(code: string, balance: MoneyValue, threshold: MoneyValue): string {
  switch (code) {
    case 'NO_PAYOUT_DETAILS':
      return 'No payout method (or a PayPal method without an email) to pay them by';
    case 'BELOW_THRESHOLD':
      return `Below their threshold: ${formatMoney(balance)} of ${formatMoney(threshold)}`;
    case 'NEGATIVE_BALANCE':
      return `They owe ${formatMoney({ ...balance, amount: String(-BigInt(balance.amount)) })} from clawbacks`;
    default:
      return 'Cannot be paid now';
  }
}

/** Why the partner is not paid yet, in a sentence for the partner themselves. */
export function blockerForPartner(code: string, balance: MoneyValue, threshold: MoneyValue): string {
  switch (code) {
    case 'NO_PAYOUT_DETAILS':
      return 'Choose how you are paid (PayPal, bank transfer or other) in your profile so that you can be paid.';
    case 'BELOW_THRESHOLD': {
      const missing = BigInt(threshold.amount) - BigInt(balance.amount);
      return missing > 0n
        ? `You are paid once your approved balance reaches ${formatMoney(threshold)}: ${formatMoney({ ...balance, amount: String(missing) })} to go.`
        : 'Nothing is approved for payment yet.';
    }
    case 'NEGATIVE_BALANCE':
      return 'Your balance is below zero: see why below.';
    default:
      return 'You cannot be paid now.';
  }
}
