import { PaymentMethod } from '@partnerbook/shared';

/** A partner's payout details, as stored (one method's fields set, the others null). */
export interface PayoutDetails {
  method: PaymentMethod | null;
  paypalEmail: string | null;
  bankAccountHolder: string | null;
  bankIban: string | null;
  bankAccountNumber: string | null;
  bankRoutingCode: string | null;
  payoutInstructions: string | null;
}

export const MAX_ACCOUNT_HOLDER_LENGTH = 200;
export const MAX_PAYOUT_INSTRUCTIONS_LENGTH = 500;

/** A field of the payout details that is not acceptable, and why (a sentence for the person typing it). */
export class PayoutDetailsInvalid extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

const EMAIL = /^[^\s@",;<>()[\]\\]+@[^\s@",;<>()[\]\\]+\.[^\s@",;<>()[\]\\]+$/;
/** C0/C1 controls and line/paragraph separators: never inside a stored detail. */
const CONTROL = /[\p{Cc}\u2028\u2029]/u;

/** IBAN lengths per country (ISO 13616 registry); an unknown country is checked for 15–34 characters. */
const IBAN_LENGTHS: Record<string, number> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MR: 27,
  MT: 31,
  MU: 30,
  NL: 18,
  NO: 15,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  SA: 24,
  SC: 31,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
};

/** An IBAN without spaces, upper case; null when its form, length for the country or ISO 7064 mod-97 checksum is wrong. */
export function normaliseIban(raw: string): string | null {
  const iban = raw.replace(/[\s-]/g, '').toUpperCase();
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$/.test(iban)) return null;
  const expected = IBAN_LENGTHS[iban.slice(0, 2)];
  if (expected !== undefined ? iban.length !== expected : iban.length < 15 || iban.length > 34) return null;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const ch of rearranged) {
    const digits = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of digits) remainder = (remainder * 10 + Number(d)) % 97;
  }
  return remainder === 1 ? iban : null;
}

/** A US ABA routing number: 9 digits whose weighted sum (3, 7, 1) is a multiple of 10. */
export function isAbaRoutingNumber(code: string): boolean {
  if (!/^[0-9]{9}$/.test(code)) return false;
  const d = [...code].map(Number);
  return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 === 0;
}

/** A SWIFT/BIC code: bank (4 letters), country (2 letters), location (2), optional branch (3). */
export function isSwiftCode(code: string): boolean {
  return /^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/.test(code);
}

/** The routing code without spaces or dashes, upper case: a SWIFT/BIC, an ABA routing number, or a 6-digit UK sort code; else null. */
export function normaliseRoutingCode(raw: string): string | null {
  const code = raw.replace(/[\s-]/g, '').toUpperCase();
  if (isSwiftCode(code) || isAbaRoutingNumber(code) || /^[0-9]{6}$/.test(code)) return code;
  return null;
}

/** A domestic account number: 4–34 digits or letters (spaces and dashes dropped). */
export function normaliseAccountNumber(raw: string): string | null {
  const number = raw.replace(/[\s-]/g, '').toUpperCase();
  return /^[0-9A-Z]{4,34}$/.test(number) && /[0-9]/.test(number) ? number : null;
}

/** The text one person typed: trimmed, inner runs of spaces collapsed, no control characters; null when empty. */
function text(raw: string | null | undefined, field: string, max: number, multiline = false): string | null {
  if (raw === null || raw === undefined) return null;
  let value = multiline
    ? raw
        .replace(/\r\n?/g, '\n')
        .replace(/[ \t]+/g, ' ')
        .replace(/\n{3,}/g, '\n\n')
        .trim()
    : raw.trim();
  if (!multiline) value = value.replace(/\s+/g, ' ');
  if (value === '') return null;
  const withoutNewlines = multiline ? value.replace(/\n/g, '') : value;
  if (CONTROL.test(withoutNewlines)) throw new PayoutDetailsInvalid(field, 'It contains control characters');
  if ([...value].length > max) throw new PayoutDetailsInvalid(field, `At most ${max} characters`);
  return value;
}

export interface PayoutDetailsInput {
  method?: PaymentMethod | null;
  paypalEmail?: string | null;
  bankTransfer?: { accountHolder?: string | null; iban?: string | null; accountNumber?: string | null; routingCode?: string | null } | null;
  instructions?: string | null;
}

/** A PayPal address as stored (trimmed), or null when empty; throws when not a usable address. */
export function normalisePaypalEmail(raw: string | null | undefined): string | null {
  const email = raw?.trim() || null;
  if (email !== null && (email.length > 127 || !EMAIL.test(email) || CONTROL.test(email))) {
    throw new PayoutDetailsInvalid('paypalEmail', `"${email.slice(0, 80)}" is not an email address PayPal can pay`);
  }
  return email;
}

/**
 * The stored details for a chosen method, checked: PAYPAL needs an address; BANK_TRANSFER the
 * account holder and an IBAN (checksum), or an account number with a routing/SWIFT code; OTHER
 * the instructions (≤ 500 characters). The other methods' fields are kept except the bank ones of
 * another method (the PayPal address stays: it is where PayPal notices go).
 */
export function payoutDetailsFor(input: PayoutDetailsInput & { method: PaymentMethod | null }, current: PayoutDetails): PayoutDetails {
  const next: PayoutDetails = { ...current, method: input.method };
  if (input.paypalEmail !== undefined) next.paypalEmail = normalisePaypalEmail(input.paypalEmail);
  if (input.instructions !== undefined) {
    next.payoutInstructions = text(input.instructions, 'instructions', MAX_PAYOUT_INSTRUCTIONS_LENGTH, true);
  }
  if (input.bankTransfer !== undefined) {
    const bank = input.bankTransfer;
    next.bankAccountHolder = text(bank?.accountHolder, 'bankTransfer.accountHolder', MAX_ACCOUNT_HOLDER_LENGTH);
    const iban = text(bank?.iban, 'bankTransfer.iban', 64);
    const accountNumber = text(bank?.accountNumber, 'bankTransfer.accountNumber', 64);
    const routing = text(bank?.routingCode, 'bankTransfer.routingCode', 64);
    next.bankIban = iban === null ? null : normaliseIban(iban);
    if (iban !== null && next.bankIban === null) {
      throw new PayoutDetailsInvalid('bankTransfer.iban', 'This IBAN is not valid: check the country code, its length and every character');
    }
    next.bankAccountNumber = accountNumber === null ? null : normaliseAccountNumber(accountNumber);
    if (accountNumber !== null && next.bankAccountNumber === null) {
      throw new PayoutDetailsInvalid('bankTransfer.accountNumber', 'An account number is 4 to 34 digits or letters');
    }
    next.bankRoutingCode = routing === null ? null : normaliseRoutingCode(routing);
    if (routing !== null && next.bankRoutingCode === null) {
      throw new PayoutDetailsInvalid(
        'bankTransfer.routingCode',
        'Give a SWIFT/BIC code (8 or 11 characters), a 9-digit ABA routing number or a 6-digit sort code',
      );
    }
    if (next.bankIban && (next.bankAccountNumber || next.bankRoutingCode)) {
      throw new PayoutDetailsInvalid('bankTransfer.iban', 'Give either an IBAN or an account number with a routing code, not both');
    }
  }
  switch (next.method) {
    case PaymentMethod.PAYPAL:
      if (!next.paypalEmail) throw new PayoutDetailsInvalid('paypalEmail', 'PayPal needs the email address of the PayPal account');
      next.bankAccountHolder = next.bankIban = next.bankAccountNumber = next.bankRoutingCode = null;
      next.payoutInstructions = null;
      break;
    case PaymentMethod.BANK_TRANSFER:
      if (!next.bankAccountHolder) throw new PayoutDetailsInvalid('bankTransfer.accountHolder', 'Give the name of the account holder');
      if (!next.bankIban && !(next.bankAccountNumber && next.bankRoutingCode)) {
        throw new PayoutDetailsInvalid('bankTransfer.iban', 'Give an IBAN, or an account number with its routing or SWIFT code');
      }
      next.payoutInstructions = null;
      break;
    case PaymentMethod.OTHER:
      if (!next.payoutInstructions) throw new PayoutDetailsInvalid('instructions', 'Say how you want to be paid');
      next.bankAccountHolder = next.bankIban = next.bankAccountNumber = next.bankRoutingCode = null;
      break;
    default:
      next.bankAccountHolder = next.bankIban = next.bankAccountNumber = next.bankRoutingCode = null;
      next.payoutInstructions = null;
  }
  return next;
}

/** Why a partner cannot be paid by their own method, or null when they can. */
export type PayoutBlock = 'NO_PAYOUT_METHOD' | 'MISSING_PAYPAL_EMAIL';

export function payoutBlock(details: Pick<PayoutDetails, 'method' | 'paypalEmail'>): PayoutBlock | null {
  if (!details.method) return 'NO_PAYOUT_METHOD';
  if (details.method === PaymentMethod.PAYPAL && !details.paypalEmail) return 'MISSING_PAYPAL_EMAIL';
  return null;
}

/** The last four characters of an account identifier, for emails and lists ("•••• 3000"). */
export function maskAccount(value: string | null): string | null {
  return value ? `•••• ${value.slice(-4)}` : null;
}

/** One line describing where a partner is paid, for notices (account numbers masked). */
export function describePayoutDetails(details: PayoutDetails): string {
  switch (details.method) {
    case PaymentMethod.PAYPAL:
      return `PayPal (${details.paypalEmail ?? 'no address'})`;
    case PaymentMethod.BANK_TRANSFER:
      return `bank transfer to ${details.bankAccountHolder ?? '(no holder)'}, account ${maskAccount(details.bankIban ?? details.bankAccountNumber)}`;
    case PaymentMethod.OTHER:
      return 'another way (your instructions)';
    default:
      return '(none)';
  }
}
