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
});

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const PAYOUT_REASONS_MATCH_RULES: Same<PaypalRulesReason, `${PayoutExclusionReason}`> = true;

export { PayoutExclusionReason };
