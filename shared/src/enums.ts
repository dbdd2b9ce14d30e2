/** Enumerations shared by the API and the portal. Values equal the GraphQL enum values. */

export enum CommissionStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
  CANCELLED = 'CANCELLED',
}

export enum CommissionKind {
  SALE = 'SALE',
  REWARD = 'REWARD',
  CLAWBACK = 'CLAWBACK',
}

/** Which referrer of a customer a sale pays. */
export enum Attribution {
  FIRST = 'FIRST',
  LAST = 'LAST',
  BOTH = 'BOTH',
}

export enum CommissionRuleType {
  PERCENT = 'PERCENT',
  FLAT = 'FLAT',
}

export enum MerchantRole {
  ADMIN = 'ADMIN',
  VIEWER = 'VIEWER',
}

export enum PartnerStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
  /** Applied on the program's public application page; earns nothing and has no login until approved. */
  APPLIED = 'APPLIED',
  /** An application the merchant declined; earns nothing, has no login. */
  DECLINED = 'DECLINED',
}

/** Partners who may earn commissions and be paid (SUSPENDED ones keep what they earned but earn nothing new). */
export const EARNING_PARTNER_STATUSES: readonly PartnerStatus[] = [PartnerStatus.ACTIVE];

export enum ApiKeyScope {
  READ = 'READ',
  WRITE = 'WRITE',
}

export enum PaymentMethod {
  PAYPAL = 'PAYPAL',
  BANK_TRANSFER = 'BANK_TRANSFER',
  OTHER = 'OTHER',
}

/** How a customer came through a partner's referral. Only conversions move the last referrer. */
export enum ReferralEvent {
  CLICK = 'CLICK',
  OPT_IN = 'OPT_IN',
}

/** Why a partner is left out of the PayPal payout files (`PaypalPayoutExclusion.reason`). */
export enum PayoutExclusionReason {
  /** Below the payout threshold, or nothing approved to pay. */
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  NO_PAYPAL_EMAIL = 'NO_PAYPAL_EMAIL',
  INVALID_PAYPAL_EMAIL = 'INVALID_PAYPAL_EMAIL',
  /** PayPal does not pay out in this currency. */
  UNSUPPORTED_CURRENCY = 'UNSUPPORTED_CURRENCY',
  /** The partner's payout method is not PayPal (bank transfer or other): they are paid outside the PayPal file. */
  PAID_ANOTHER_WAY = 'PAID_ANOTHER_WAY',
}

/** Why a pay preview or pay run leaves one partner-currency balance unpaid. */
export enum PayBlockReason {
  /** Nothing due: the approved balance is zero or a debt. */
  NOT_POSITIVE = 'NOT_POSITIVE',
  /** Below the pay threshold (payable only with allowBelowThreshold). */
  BELOW_THRESHOLD = 'BELOW_THRESHOLD',
  NO_PAYOUT_METHOD = 'NO_PAYOUT_METHOD',
  MISSING_PAYPAL_EMAIL = 'MISSING_PAYPAL_EMAIL',
  TOO_LARGE = 'TOO_LARGE',
  /** Not a partner of the program. */
  NOT_FOUND = 'NOT_FOUND',
}
