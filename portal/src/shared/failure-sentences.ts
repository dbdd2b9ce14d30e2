import { formatDate, formatMoney, type MoneyValue } from './money';

/** A typed failure of one item of a bulk action or payout, as the API answers it (ErrorResult and its extra fields). */
export interface ItemFailure {
  __typename?: string;
  code?: string;
  message?: string;
  payableAt?: string | null;
  currentStatus?: string | null;
  balance?: MoneyValue | null;
  threshold?: MoneyValue | null;
}

const STATUS_WORDS: Record<string, string> = {
  PENDING: 'pending',
  APPROVED: 'approved',
  PAID: 'paid',
  CANCELLED: 'cancelled',
};

/** A commission status in words ("PENDING" → "pending"); unknown values pass through in lower case. */
export function statusInWords(status: string): string {
  return STATUS_WORDS[status] ?? status.toLowerCase().replace(/_/g, ' ');
}

/**
 * One sentence a person can act on, for a failed item: never a raw code or timestamp. Codes without
 * a sentence here fall back to the server's message, which is written for people too.
 */
export function describeFailure(failure: ItemFailure): string {
  switch (failure.code) {
    case 'HOLDING_PERIOD_ACTIVE':
      return failure.payableAt
        ? `Still in its holding period: it can be approved from ${formatDate(failure.payableAt)}.`
        : 'Still in its holding period: it cannot be approved yet.';
    case 'INVALID_COMMISSION_STATE':
      return failure.currentStatus
        ? `It is ${statusInWords(failure.currentStatus)} now, so this does not apply (someone may have acted on it already).`
        : 'Its status does not allow this any more (someone may have acted on it already).';
    case 'SALE_FULLY_REFUNDED':
      return 'The sale was fully refunded: there is nothing to reinstate.';
    case 'NOT_FOUND':
      return 'Not found: it was removed or belongs to another program.';
    case 'MISSING_PAYPAL_EMAIL':
      return 'No PayPal email on file: ask the partner to add one in their profile, or pay by bank transfer.';
    case 'NO_PAYOUT_METHOD':
      return 'No payout method: the partner sets one in their profile, or an admin sets it on the partner’s page.';
    case 'NOT_ELIGIBLE':
      return failure.balance && failure.threshold
        ? `Not due yet: the balance of ${formatMoney(failure.balance)} is below the pay threshold of ${formatMoney(failure.threshold)}.`
        : 'Not due yet: the balance is below the pay threshold.';
    case 'BALANCE_CHANGED':
      return 'The balance changed after you reviewed it: reload the list and confirm again.';
    case 'PARTNER_SUSPENDED':
      return 'The partner is suspended.';
    case 'INVALID_APPLICATION_STATE':
      return 'This is not an open application any more (someone may have approved or declined it already): reload the list.';
    case 'PAYMENT_TOO_LARGE':
      return 'Too large to record as one payment: split it.';
    default:
      return failure.message?.trim() || 'It failed; try again.';
  }
}
