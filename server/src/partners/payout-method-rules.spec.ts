import { describe, expect, it } from 'vitest';
import { PaymentMethod } from '@partnerbook/shared';
import {
  PayoutDetails,
  PayoutDetailsInvalid,
  isAbaRoutingNumber,
  normaliseIban,
  normaliseRoutingCode,
  payoutBlock,
  payoutDetailsFor,
} from './payout-method-rules';

const none: PayoutDetails = {
  method: null,
  paypalEmail: null,
  bankAccountHolder: null,
  bankIban: null,
  bankAccountNumber: null,
  bankRoutingCode: null,
  payoutInstructions: null,
};

describe('IBAN', () => {
  it('accepts valid IBANs with spaces and lower case, normalised', () => {
    expect(normaliseIban('gb82 west 1234 5698 7654 32')).toBe('GB82WEST12345698765432');
    expect(normaliseIban('DE89 3704 0044 0532 0130 00')).toBe('DE89370400440532013000');
  });
  it('refuses a wrong checksum, a wrong length for the country and other forms', () => {
    expect(normaliseIban('GB82WEST12345698765433')).toBeNull();
    expect(normaliseIban('DE89370400440532013')).toBeNull();
    expect(normaliseIban('=HYPERLINK("x")')).toBeNull();
    expect(normaliseIban('')).toBeNull();
  });
});

describe('routing codes', () => {
  it('takes SWIFT/BIC, ABA (checksum) and sort codes', () => {
    expect(normaliseRoutingCode('deutdeff')).toBe('DEUTDEFF');
    expect(normaliseRoutingCode('DEUTDEFF500')).toBe('DEUTDEFF500');
    expect(isAbaRoutingNumber('021000021')).toBe(true);
    expect(isAbaRoutingNumber('021000022')).toBe(false);
    expect(normaliseRoutingCode('20-00-00')).toBe('200000');
    expect(normaliseRoutingCode('12345')).toBeNull();
  });
});

describe('payoutDetailsFor', () => {
  it('PAYPAL needs an address and clears bank details', () => {
    expect(() => payoutDetailsFor({ method: PaymentMethod.PAYPAL }, none)).toThrow(PayoutDetailsInvalid);
    const bank = { ...none, method: PaymentMethod.BANK_TRANSFER, bankAccountHolder: 'A', bankIban: 'DE89370400440532013000' };
    expect(payoutDetailsFor({ method: PaymentMethod.PAYPAL, paypalEmail: ' p@x.test ' }, bank)).toMatchObject({
      method: PaymentMethod.PAYPAL,
      paypalEmail: 'p@x.test',
      bankIban: null,
      bankAccountHolder: null,
    });
  });
  it('BANK_TRANSFER needs a holder and an IBAN, or an account number with a routing code — not both', () => {
    const bt = (bankTransfer: object) => payoutDetailsFor({ method: PaymentMethod.BANK_TRANSFER, bankTransfer }, none);
    expect(bt({ accountHolder: 'Ada', iban: 'DE89 3704 0044 0532 0130 00' }).bankIban).toBe('DE89370400440532013000');
    expect(bt({ accountHolder: 'Ada', accountNumber: '000123456789', routingCode: '021000021' })).toMatchObject({
      bankAccountNumber: '000123456789',
      bankRoutingCode: '021000021',
    });
    const field = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as PayoutDetailsInvalid).field;
      }
      return null;
    };
    expect(field(() => bt({ iban: 'DE89370400440532013000' }))).toBe('bankTransfer.accountHolder');
    expect(field(() => bt({ accountHolder: 'Ada', iban: 'DE00370400440532013000' }))).toBe('bankTransfer.iban');
    expect(field(() => bt({ accountHolder: 'Ada', accountNumber: '000123456789' }))).toBe('bankTransfer.iban');
    expect(field(() => bt({ accountHolder: 'Ada', accountNumber: '1234', routingCode: '021000022' }))).toBe('bankTransfer.routingCode');
    expect(field(() => bt({ accountHolder: 'Ada', iban: 'DE89370400440532013000', routingCode: 'DEUTDEFF' }))).toBe('bankTransfer.iban');
    expect(field(() => bt({ accountHolder: 'Ada\u0007', iban: 'DE89370400440532013000' }))).toBe('bankTransfer.accountHolder');
  });
  it('OTHER needs instructions of at most 500 characters', () => {
    expect(payoutDetailsFor({ method: PaymentMethod.OTHER, instructions: '  Cheque to\r\nour office  ' }, none).payoutInstructions).toBe(
      'Cheque to\nour office',
    );
    expect(() => payoutDetailsFor({ method: PaymentMethod.OTHER, instructions: ' ' }, none)).toThrow(PayoutDetailsInvalid);
    expect(() => payoutDetailsFor({ method: PaymentMethod.OTHER, instructions: 'x'.repeat(501) }, none)).toThrow(PayoutDetailsInvalid);
  });
  it('says why a partner cannot be paid', () => {
    expect(payoutBlock(none)).toBe('NO_PAYOUT_METHOD');
    expect(payoutBlock({ method: PaymentMethod.PAYPAL, paypalEmail: null })).toBe('MISSING_PAYPAL_EMAIL');
    expect(payoutBlock({ method: PaymentMethod.OTHER, paypalEmail: null })).toBeNull();
  });
});
