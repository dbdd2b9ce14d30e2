/** The payout-method form a partner (profile) and an admin (partner page) fill in, and its API input. */
export type PayoutMethodChoice = '' | 'PAYPAL' | 'BANK_TRANSFER' | 'OTHER';

export interface PayoutForm {
  method: PayoutMethodChoice;
  paypalEmail: string;
  accountHolder: string;
  /** IBAN, or an account number with a routing code. */
  bankKind: 'IBAN' | 'ACCOUNT';
  iban: string;
  accountNumber: string;
  routingCode: string;
  instructions: string;
}

export interface PartnerPayoutDetails {
  payoutMethod?: 'PAYPAL' | 'BANK_TRANSFER' | 'OTHER' | null;
  paypalEmail?: string | null;
  payoutInstructions?: string | null;
  bankTransfer?: { accountHolder: string; iban?: string | null; accountNumber?: string | null; routingCode?: string | null } | null;
}

export const MAX_INSTRUCTIONS = 500;

export function payoutFormOf(partner: PartnerPayoutDetails | null | undefined): PayoutForm {
  const bank = partner?.bankTransfer;
  return {
    method: partner?.payoutMethod ?? '',
    paypalEmail: partner?.paypalEmail ?? '',
    accountHolder: bank?.accountHolder ?? '',
    bankKind: bank && !bank.iban && bank.accountNumber ? 'ACCOUNT' : 'IBAN',
    iban: bank?.iban ?? '',
    accountNumber: bank?.accountNumber ?? '',
    routingCode: bank?.routingCode ?? '',
    instructions: partner?.payoutInstructions ?? '',
  };
}

const orNull = (value: string) => value.trim() || null;

/** The method and only its own details, trimmed (the server checks them: IBAN checksum, routing codes, lengths). */
export function payoutInput(form: PayoutForm) {
  switch (form.method) {
    case 'PAYPAL':
      return { method: 'PAYPAL' as const, paypalEmail: orNull(form.paypalEmail) };
    case 'BANK_TRANSFER':
      return {
        method: 'BANK_TRANSFER' as const,
        bankTransfer:
          form.bankKind === 'IBAN'
            ? { accountHolder: orNull(form.accountHolder), iban: orNull(form.iban), accountNumber: null, routingCode: null }
            : {
                accountHolder: orNull(form.accountHolder),
                iban: null,
                accountNumber: orNull(form.accountNumber),
                routingCode: orNull(form.routingCode),
              },
      };
    case 'OTHER':
      return { method: 'OTHER' as const, instructions: orNull(form.instructions) };
    default:
      return { method: null };
  }
}

/** One line for lists: how a partner is paid, account numbers shortened. */
export function payoutSummary(partner: PartnerPayoutDetails | null | undefined): string {
  switch (partner?.payoutMethod) {
    case 'PAYPAL':
      return `PayPal: ${partner.paypalEmail ?? 'no email'}`;
    case 'BANK_TRANSFER': {
      const account = partner.bankTransfer?.iban ?? partner.bankTransfer?.accountNumber ?? '';
      return `Bank transfer: ${partner.bankTransfer?.accountHolder ?? ''}, account ending ${account.slice(-4)}`;
    }
    case 'OTHER':
      return `Other: ${partner.payoutInstructions ?? ''}`;
    default:
      return 'No payout method set: cannot be paid';
  }
}
