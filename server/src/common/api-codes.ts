import { registerEnumType } from 'type-graphql';
import { PayoutExclusionReason } from '@partnerbook/shared';
import type { PayoutExclusionReason as PaypalRulesReason } from '../exports/paypal-file-rules';

/**
 * The "left out" reasons the API answers, declared as schema enums so clients can switch on them
 * (error codes are the `ErrorCode` enum, registered in errors.ts). A reason the rules produce that
 * the enum lacks, or the reverse, stops the build here.
 */
registerEnumType(PayoutExclusionReason, {
  name: 'PayoutExclusionReason',
  description: 'Why a partner is left out of the PayPal payout files',
  valuesConfig: {
    INVALID_PAYPAL_EMAIL: { description: 'The PayPal email on file is not a valid address' },
    NOT_ELIGIBLE: { description: 'The balance is zero or less, or below the threshold' },
    NO_PAYPAL_EMAIL: { description: 'No PayPal email on file' },
    PAID_ANOTHER_WAY: { description: "The partner's payout method is not PayPal" },
    UNSUPPORTED_CURRENCY: { description: "PayPal payouts do not support the balance's currency" },
  },
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const PAYOUT_REASONS_MATCH_RULES: Same<PaypalRulesReason, `${PayoutExclusionReason}`> = true;

export { PayoutExclusionReason };
