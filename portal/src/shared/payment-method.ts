export type PayMethod = 'PAYPAL' | 'BANK_TRANSFER' | 'OTHER';

/** How a payment was made or a partner is paid, in words: the one label per method on every page. */
export const METHOD_LABELS: Record<PayMethod, string> = {
  PAYPAL: 'PayPal',
  BANK_TRANSFER: 'Bank transfer',
  OTHER: 'Other',
};

export const PAY_METHODS = Object.keys(METHOD_LABELS) as PayMethod[];

export function methodLabel(method: PayMethod | null | undefined): string {
  return method ? METHOD_LABELS[method] : 'Not set';
}
