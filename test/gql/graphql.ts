/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Who made a change */
export type AuditActorKind =
  /** An API key (its name is the label) */
  | 'API_KEY'
  /** A merchant team member (admin or viewer) signed in to the portal */
  | 'MERCHANT'
  /** A partner signed in to the portal */
  | 'PARTNER'
  /** The server itself (auto-approve job, email and webhook workers, seeding) */
  | 'SYSTEM';

/** Filters of the audit log; all given must match */
export type AuditFilterInput = {
  /** One action exactly, e.g. commission.approve (see auditActions) */
  action?: string | null | undefined;
  /** With actorKind: one team member (account id) or API key */
  actorId?: string | null | undefined;
  /** Only changes made by this kind of actor */
  actorKind?: AuditActorKind | null | undefined;
  /** Only changes of this entity (its id) */
  entityId?: string | null | undefined;
  /** Only changes of this kind of entity, e.g. Commission */
  entityType?: string | null | undefined;
  /** Recorded at or after */
  from?: string | null | undefined;
  /** Recorded before */
  to?: string | null | undefined;
};

/** Filters of a commission list; all given must match */
export type CommissionFilter = {
  /** ISO 4217 code, e.g. USD */
  currency?: string | null | undefined;
  /** Created at or after */
  from?: string | null | undefined;
  /** Recorded on or after this day of the program's time zone (YYYY-MM-DD) */
  fromDay?: string | null | undefined;
  /** SALE, REWARD or CLAWBACK only */
  kind?: CommissionKind | null | undefined;
  /** Amount at most (and in this currency) */
  maxAmount?: MoneyInput | null | undefined;
  /** Amount at least (and in this currency) */
  minAmount?: MoneyInput | null | undefined;
  /** The merchant's order id of the sale (its externalId), exactly */
  orderId?: string | null | undefined;
  /** One partner's (ignored for partners: they see their own) */
  partnerId?: string | null | undefined;
  /** Commissions on sales of this product */
  productId?: string | null | undefined;
  /** true: only PENDING commissions that can be approved now (holding period over; rewards are never held) */
  readyToApprove?: boolean | null | undefined;
  /** The sale's date (a reward's or clawback's: when it was recorded) at or after */
  saleDateFrom?: string | null | undefined;
  /** The sale's date (a reward's or clawback's: when it was recorded) before */
  saleDateTo?: string | null | undefined;
  /** The sale's date (see saleDateFrom) on or after this day of the program's time zone (YYYY-MM-DD) */
  saleFromDay?: string | null | undefined;
  /** Commissions of this sale */
  saleId?: string | null | undefined;
  /** The sale's date (see saleDateTo) on or before this day of the program's time zone (YYYY-MM-DD, included) */
  saleToDay?: string | null | undefined;
  /** Only this status */
  status?: CommissionStatus | null | undefined;
  /** Created before */
  to?: string | null | undefined;
  /** Recorded on or before this day of the program's time zone (YYYY-MM-DD, included) */
  toDay?: string | null | undefined;
};

/** Filters of paid commissions; all given must match */
export type CommissionHistoryFilter = {
  /** ISO 4217 code, e.g. USD */
  currency?: string | null | undefined;
  /** Paid at or after */
  from?: string | null | undefined;
  /** Ignored for partners: they see their own */
  partnerId?: string | null | undefined;
  /** Paid before */
  to?: string | null | undefined;
};

/** What a commission is for */
export type CommissionKind =
  /** Negative: takes back part of a paid commission after a refund */
  | 'CLAWBACK'
  /** A manual reward (one-time bonus) */
  | 'REWARD'
  /** Earned on a sale */
  | 'SALE';

/** A percentage (rateBps) or a flat amount (flatAmount) per sale */
export type CommissionRuleInput = {
  /** For FLAT: the amount per sale (integer minor units with its currency), positive */
  flatAmount?: MoneyInput | null | undefined;
  /** For PERCENT: basis points (1250 = 12.5 %) */
  rateBps?: number | null | undefined;
  /** PERCENT (give rateBps) or FLAT (give flatAmount) */
  type: CommissionRuleType;
};

/** How a commission is computed */
export type CommissionRuleType =
  /** A fixed amount per sale, in the sale's currency */
  | 'FLAT'
  /** A share of the sale amount, in basis points */
  | 'PERCENT';

/** Either explicit ids (at most 1,000) or every commission matching a filter (any number) */
export type CommissionSelection = {
  /** All matching commissions (the action's source state is implied) */
  filter?: CommissionFilter | null | undefined;
  /** These commissions (at most 1,000) */
  ids?: Array<string> | null | undefined;
};

/** Where a commission stands */
export type CommissionStatus =
  /** Approved: part of the partner's balance, paid with the next payment */
  | 'APPROVED'
  /** Cancelled with a reason: never paid (can be reinstated) */
  | 'CANCELLED'
  /** Paid by a payment (back to APPROVED if the payment is voided) */
  | 'PAID'
  /** Recorded, waiting for approval (and for the holding period to end) */
  | 'PENDING';

/** A one-time bonus for a partner, approved at once and paid with their next payment */
export type CreateManualRewardInput = {
  /** Positive */
  amount: MoneyInput;
  /** The same customer by { id } or by your { externalId } (or give customerId) */
  customer?: CustomerRef | null | undefined;
  /** One of the program's customers, to reconcile a backfilled reward (or give customer) */
  customerId?: string | null | undefined;
  /** Why the reward is given; visible to the partner */
  description: string;
  /** The partner rewarded */
  partnerId: string;
};

/** Names a customer by exactly one of: Partnerbook's id, or your own external id */
export type CustomerRef =
  {   /** Your id for the customer, as sent with its sales and referrals (exact match) */
  externalId: string; id?: never; }
  |  { externalId?: never;   /** Partnerbook's id of the customer */
  id: string; };

/** Machine-readable error codes */
export type ErrorCode =
  /** Typed result: the invited address already has a login in this program */
  | 'ALREADY_MEMBER'
  /** Typed result: no application form at this address, or the program takes no applications now */
  | 'APPLICATIONS_CLOSED'
  /** HTTP 400 before GraphQL runs: unreadable JSON, no query, or a GET without the apollo-require-preflight header */
  | 'BAD_REQUEST'
  /** GraphQL error: an argument is invalid (format, range, malformed cursor, unknown reference kind); nothing changed */
  | 'BAD_USER_INPUT'
  /** Typed result: the approved balance is not the expected one; review and pay again */
  | 'BALANCE_CHANGED'
  /** Typed result: the amount's currency is not the sale's (or the filter's) */
  | 'CURRENCY_MISMATCH'
  /** Typed result: the refund id was already used for another sale or amount */
  | 'DUPLICATE_REFUND'
  /** Typed result: the address already has a login (one login per address) */
  | 'EMAIL_IN_USE'
  /** Typed result: only FAILED messages can be resent */
  | 'EMAIL_NOT_RESENDABLE'
  /** GraphQL error: the caller is signed in but their role or API key scope may not do this */
  | 'FORBIDDEN'
  /** The query is not valid GraphQL syntax */
  | 'GRAPHQL_PARSE_FAILED'
  /** The query does not match the schema (unknown field, wrong argument type) */
  | 'GRAPHQL_VALIDATION_FAILED'
  /** Typed result: the commission is still in the holding period and cannot be approved yet */
  | 'HOLDING_PERIOD_ACTIVE'
  /** Typed result: the idempotency key was already used for a different pay request */
  | 'IDEMPOTENCY_KEY_REUSED'
  /** An unexpected server failure (details are logged, not answered); safe to report */
  | 'INTERNAL_SERVER_ERROR'
  /** Typed result: the partner is not an application in a state that allows this */
  | 'INVALID_APPLICATION_STATE'
  /** Typed result: the commission's status does not allow the action */
  | 'INVALID_COMMISSION_STATE'
  /** Typed result: wrong email or password */
  | 'INVALID_CREDENTIALS'
  /** Typed result: the subject or body uses an unknown placeholder or is malformed */
  | 'INVALID_EMAIL_TEMPLATE'
  /** Typed result: an emailed link's token is unknown, used already or expired */
  | 'INVALID_TOKEN'
  /** Typed result: a two-factor or recovery code is wrong, used already or out of its time window; nothing changed */
  | 'INVALID_TWO_FACTOR_CODE'
  /** Typed result: the change would leave the program without an admin */
  | 'LAST_ADMIN'
  /** Typed result: a PayPal payment needs the partner's PayPal email */
  | 'MISSING_PAYPAL_EMAIL'
  /** Typed result: the balance is zero or less, or below the threshold */
  | 'NOT_ELIGIBLE'
  /** GraphQL error, or NotFoundError as data in a result union: nothing of the program has this id (or key, or SKU), or the caller may not see it */
  | 'NOT_FOUND'
  /** HTTP 422 from the PayPal payout download: no partner can be paid; paypalPayoutPlan says why */
  | 'NO_PAYABLE_PARTNERS'
  /** Typed result: the partner has no payout method set and is not paid until one is */
  | 'NO_PAYOUT_METHOD'
  /** Typed result: the selection names no partner to write to */
  | 'NO_RECIPIENTS'
  /** operationName names no operation of the document, or several operations need a name */
  | 'OPERATION_RESOLUTION_FAILURE'
  /** Typed result: a suspended partner can read but not change payout details */
  | 'PARTNER_SUSPENDED'
  /** HTTP 413 before GraphQL runs: the request body is over 1 MB */
  | 'PAYLOAD_TOO_LARGE'
  /** Typed result: the payment is already voided, or a commission it paid was clawed back */
  | 'PAYMENT_NOT_VOIDABLE'
  /** Typed result: the balance is beyond what one payment can record (2^63 − 1 minor units) */
  | 'PAYMENT_TOO_LARGE'
  /** An automatic persisted query's hash is not known yet: send the query text with it */
  | 'PERSISTED_QUERY_NOT_FOUND'
  /** Persisted queries are switched off */
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  /** HTTP 400: the query's estimated cost is over the limit; ask for fewer items or fields */
  | 'QUERY_TOO_COMPLEX'
  /** HTTP 429: the caller's query budget for the minute is spent; retry after Retry-After seconds */
  | 'RATE_LIMITED'
  /** Typed result: the refund is more than what remains refundable of the sale */
  | 'REFUND_EXCEEDS_SALE'
  /** Typed result: a webhook replay's time range matches too many events; replay a shorter range */
  | 'REPLAY_RANGE_TOO_LARGE'
  /** Typed result: a sale with this external id exists with different amount, currency, customer or product */
  | 'SALE_CONFLICT'
  /** Typed result: the sale is fully refunded, so its commission cannot be approved or reinstated */
  | 'SALE_FULLY_REFUNDED'
  /** HTTP 503: the database cannot serve the request now; retry after Retry-After (extensions.outcome says whether a change may have been saved) */
  | 'SERVICE_UNAVAILABLE'
  /** Typed result: starting a program is not allowed here now (SIGNUP setting) */
  | 'SIGNUP_CLOSED'
  /** Typed result: too many tries from this address; wait retryAfterSeconds */
  | 'TOO_MANY_ATTEMPTS'
  /** Typed result: two-factor sign-in is on already; turn it off first to enrol a new authenticator */
  | 'TWO_FACTOR_ALREADY_ENABLED'
  /** GraphQL error: the program requires two-factor sign-in for admins and this admin has not turned it on; only enrolment and own-account operations answer */
  | 'TWO_FACTOR_ENROLMENT_REQUIRED'
  /** Typed result: two-factor sign-in is not on (or no enrolment was started) for this login */
  | 'TWO_FACTOR_NOT_ENABLED'
  /** GraphQL error: no valid session token or API key (missing, expired, revoked) */
  | 'UNAUTHENTICATED'
  /** Typed result: the new password fails the policy (length, common, or built from the person's details) */
  | 'WEAK_PASSWORD';

/** The balance the merchant reviewed for one partner and currency; a different balance is not paid */
export type ExpectedBalanceInput = {
  /** As the API returned it (a digit string beyond 2^53 − 1) */
  balance: MoneyBalanceInput;
  /** The partner whose balance it is */
  partnerId: string;
};

/** Email and password of a merchant user or partner */
export type LoginInput = {
  /** The login's email */
  email: string;
  /** The password */
  password: string;
};

/** A balance as the API returned it in a Money field, sent back unchanged: { amount, currency } where amount is a whole number of minor units, a JSON integer or, for any size, a string of decimal digits ("9109999999999089"). */
export type MoneyBalanceInput = {
  /** Exactly the amount the API returned (a digit string beyond 2^53 − 1) */
  amount: number | string;
  /** ISO 4217 code of the currency, e.g. "USD" */
  currency: string;
};

/** An amount of money as input, the same JSON as Money: { amount: 10050, currency: "USD" } is 100.50 USD. Only these two fields; amount is a JSON integer of minor units, at most 10000000000000 in absolute value. */
export type MoneyInput = {
  /** Whole number of the currency's minor units, e.g. 10050 for 100.50 USD */
  amount: number;
  /** ISO 4217 code of the currency, e.g. "USD" */
  currency: string;
};

/** The kind of thing a NotFoundError could not find */
export type NotFoundEntity =
  /** A commission, named by its id */
  | 'COMMISSION'
  /** A partner, named by its id or by its partner key */
  | 'PARTNER'
  /** A product, named by its SKU */
  | 'PRODUCT';

/** Forward paging as one input, the older form of the `first`/`after` arguments (which, when given, replace it): at most 100 items a page */
export type PageInput = {
  /** The endCursor of the previous page (or any edge cursor): the page starts right after that item. Absent: from the start */
  after?: string | null | undefined;
  /** Items on this page, 1 to 100 */
  first?: number;
};

/** Where a partner stands with the program */
export type PartnerStatus =
  /** Earns commissions and is paid */
  | 'ACTIVE'
  /** Applied on the public application page; waiting for an admin's decision */
  | 'APPLIED'
  /** Their application was declined */
  | 'DECLINED'
  /** Earns nothing new; what they earned before is still paid; can read, not change payout details */
  | 'SUSPENDED';

/** A pay request: which partners, idempotent by its key */
export type PayPartnersInput = {
  /** Pay partners below their threshold too (never a balance of zero or less) */
  allowBelowThreshold?: boolean;
  /** Pay only balances in this currency */
  currency?: string | null | undefined;
  /** The balances reviewed (from payPreview): a partner-currency whose balance differs is not paid (BalanceChangedError) */
  expectedBalances?: Array<ExpectedBalanceInput> | null | undefined;
  /** A unique key per intended pay request (e.g. a UUID made when the merchant opens the pay dialog). A retry with the same key and input returns the first result and pays nothing new */
  idempotencyKey: string;
  /**
   * One method recorded for every partner of the request (PayPal still needs their PayPal email); left out: each by their own
   * @deprecated Leave it out: each partner is paid by their own payout method (Partner.payoutMethod)
   */
  method?: PaymentMethod | null | undefined;
  /** A note recorded on each payment */
  note?: string | null | undefined;
  /** Your reference recorded on each payment (transaction or batch id) */
  reference?: string | null | undefined;
  /** Which partners to pay */
  selection: PayeeSelection;
};

/** Either explicit partners, or every partner with an eligible balance */
export type PayeeSelection = {
  /** Every eligible partner-currency balance at the time of the request (with allowBelowThreshold: every positive balance) */
  allEligible?: boolean | null | undefined;
  /** Each partner is paid in every currency they have a balance in (or only `currency`) */
  partnerIds?: Array<string> | null | undefined;
};

/** Filters of a payment list; all given must match */
export type PaymentFilter = {
  /** ISO 4217 code, e.g. USD */
  currency?: string | null | undefined;
  /** Recorded at or after */
  from?: string | null | undefined;
  /** Recorded on or after this day of the program's time zone (YYYY-MM-DD) */
  fromDay?: string | null | undefined;
  /** Only payments recorded with this method */
  method?: PaymentMethod | null | undefined;
  /** One partner's (ignored for partners: they see their own) */
  partnerId?: string | null | undefined;
  /** Recorded before */
  to?: string | null | undefined;
  /** Recorded on or before this day of the program's time zone (YYYY-MM-DD, included) */
  toDay?: string | null | undefined;
  /** true: only voided; false: only valid; unset: both */
  voided?: boolean | null | undefined;
};

/** How a partner is paid (the money moves outside Partnerbook) */
export type PaymentMethod =
  /** Paid by bank transfer */
  | 'BANK_TRANSFER'
  /** Paid some other way (cheque, cash, manual) */
  | 'OTHER'
  /** Paid through PayPal (the partner needs a PayPal email) */
  | 'PAYPAL';

/** Filters of the pending payments; all given must match */
export type PendingPaymentFilterInput = {
  /** Only balances in this currency */
  currency?: string | null | undefined;
  /** Only partners whose balance reaches the threshold (and is above zero) */
  eligibleOnly?: boolean | null | undefined;
  /** Only these partners */
  partnerIds?: Array<string> | null | undefined;
};

/** A full or partial refund of a sale */
export type RefundSaleInput = {
  /** Amount refunded to the customer, in the sale's currency */
  amount: MoneyInput;
  /** The merchant's id for the refund; refunding with it again changes nothing */
  refundExternalId: string;
  /** The sale refunded: { id } or { externalId } (give this or saleId) */
  sale?: SaleRef | null | undefined;
  /**
   * The sale's id (older form of sale)
   * @deprecated Use sale: { id } (or sale: { externalId })
   */
  saleId?: string | null | undefined;
};

/** A sale as your shop reports it */
export type SaleInput = {
  /** What the customer paid; positive */
  amount: MoneyInput;
  /** The customer's email, if known */
  customerEmail?: string | null | undefined;
  /** The merchant's id for the customer */
  customerExternalId: string;
  /** The customer's name, if known */
  customerName?: string | null | undefined;
  /** The merchant's id for the sale; recording it again creates nothing new */
  externalId: string;
  /** When the sale happened; default now */
  occurredAt?: string | null | undefined;
  /** The partner key of the referral the purchase came through, if any */
  partnerKey?: string | null | undefined;
  /** The product's SKU (unknown: NotFoundError) */
  productSku: string;
};

/** Names a sale by exactly one of: Partnerbook's id, or your own external id */
export type SaleRef =
  {   /** Your id for the sale, as sent in recordSales (exact match) */
  externalId: string; id?: never; }
  |  { externalId?: never;   /** Partnerbook's id of the sale */
  id: string; };

/** Changes to a partner: absent fields stay as they are */
export type UpdatePartnerInput = {
  /** null removes the override */
  commissionOverride?: CommissionRuleInput | null | undefined;
  /** Their email (login and where the program writes) */
  email?: string | null | undefined;
  /** The partner */
  id: string;
  /** Their name */
  name?: string | null | undefined;
  /** Replaces their per-currency pay thresholds (integer minor units with currency); empty removes them */
  payThresholdOverrides?: Array<MoneyInput> | null | undefined;
  /** null clears it */
  paypalEmail?: string | null | undefined;
  /** ACTIVE or SUSPENDED */
  status?: PartnerStatus | null | undefined;
};

/** An enum describing what kind of type a given `__Type` is. */
export type __TypeKind =
  /** Indicates this type is a scalar. */
  | 'SCALAR'
  /** Indicates this type is an object. `fields` and `interfaces` are valid fields. */
  | 'OBJECT'
  /** Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields. */
  | 'INTERFACE'
  /** Indicates this type is a union. `possibleTypes` is a valid field. */
  | 'UNION'
  /** Indicates this type is an enum. `enumValues` is a valid field. */
  | 'ENUM'
  /** Indicates this type is an input object. `inputFields` is a valid field. */
  | 'INPUT_OBJECT'
  /** Indicates this type is a list. `ofType` is a valid field. */
  | 'LIST'
  /** Indicates this type is a non-null. `ofType` is a valid field. */
  | 'NON_NULL';

export type MoneyShapeIntrospectionQueryVariables = Exact<{ [key: string]: never; }>;


export type MoneyShapeIntrospectionQuery = { money: { kind: __TypeKind, description: string | null, fields: Array<{ name: string, description: string | null, type: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null } | null } }> | null } | null, moneyInput: { kind: __TypeKind, inputFields: Array<{ name: string, type: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null } | null } }> | null } | null, balanceInput: { kind: __TypeKind, inputFields: Array<{ name: string, type: { kind: __TypeKind, name: string | null, ofType: { kind: __TypeKind, name: string | null } | null } }> | null } | null, minorUnits: { kind: __TypeKind, description: string | null } | null };

export type MoneyShapeRewardMutationVariables = Exact<{
  input: CreateManualRewardInput;
}>;


export type MoneyShapeRewardMutation = { createManualReward: { id: string, amount: { amount: number | string, currency: string } } };

export type MoneyShapeBalanceQueryVariables = Exact<{
  filter: PendingPaymentFilterInput;
}>;


export type MoneyShapeBalanceQuery = { pendingPayments: { nodes: Array<{ partnerId: string, balance: { amount: number | string, currency: string } }> } };

export type PaymentsUpdatePartnerMutationVariables = Exact<{
  input: UpdatePartnerInput;
}>;


export type PaymentsUpdatePartnerMutation = { updatePartner: { id: string } };

export type PaymentsPaymentDetailQueryVariables = Exact<{
  id: string;
}>;


export type PaymentsPaymentDetailQuery = { payment: { id: string, partnerId: string, method: PaymentMethod, reference: string | null, note: string | null, createdBy: string | null, createdAt: string, voided: boolean, voidedAt: string | null, voidedBy: string | null, voidReason: string | null, commissionCount: number, idempotencyKey: string | null, partner: { id: string }, commissions: { totalCount: number, nodes: Array<{ id: string, status: CommissionStatus, payment: { id: string } | null }> }, amount: { amount: number | string, currency: string } } };

export type PaymentsAuditQueryVariables = Exact<{
  f?: AuditFilterInput | null | undefined;
}>;


export type PaymentsAuditQuery = { auditLog: { nodes: Array<{ action: string, entityId: string }> } };

export type PaymentsRewardMutationVariables = Exact<{
  input: CreateManualRewardInput;
}>;


export type PaymentsRewardMutation = { createManualReward: { id: string } };

export type PaymentsVoidedQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentsVoidedQuery = { payments: { totalCount: number, nodes: Array<{ id: string }> } };

export type PaymentsHistoryQueryVariables = Exact<{
  f?: CommissionHistoryFilter | null | undefined;
  p?: PageInput | null | undefined;
}>;


export type PaymentsHistoryQuery = { commissionHistory: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, partnerId: string, status: CommissionStatus, amount: { amount: number | string, currency: string }, payment: { id: string, method: PaymentMethod, amount: { amount: number | string, currency: string } } | null }> } };

export type PaymentsMineQueryVariables = Exact<{
  f?: PaymentFilter | null | undefined;
}>;


export type PaymentsMineQuery = { myPayments: { totalCount: number, nodes: Array<{ id: string, partnerId: string, amount: { amount: number | string, currency: string } }> } };

export type PaymentsListQueryVariables = Exact<{
  f?: PaymentFilter | null | undefined;
}>;


export type PaymentsListQuery = { payments: { totalCount: number, nodes: Array<{ id: string, partnerId: string }> } };

export type PaymentsPaymentViewQueryVariables = Exact<{
  id: string;
}>;


export type PaymentsPaymentViewQuery = { payment: { id: string, createdBy: string | null, idempotencyKey: string | null, voidedBy: string | null, amount: { amount: number | string, currency: string } } };

export type PaymentsMePaidQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentsMePaidQuery = { me: { partner: { payments: { totalCount: number }, commissions: { nodes: Array<{ payment: { id: string } | null }> } } | null } };

export type PaymentsMyCommissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type PaymentsMyCommissionsQuery = { myCommissions: { nodes: Array<{ id: string, payableAt: string, status: CommissionStatus }> } };

export type FixtureLoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type FixtureLoginMutation = { login:
    | { __typename: 'AuthSession', token: string }
    | { __typename: 'InvalidCredentialsError', code: ErrorCode, message: string }
    | { __typename: 'TooManyAttemptsError', code: ErrorCode, message: string }
    | { __typename: 'TwoFactorChallenge' }
   };

export type FixtureRecordSalesMutationVariables = Exact<{
  sales: Array<SaleInput> | SaleInput;
}>;


export type FixtureRecordSalesMutation = { recordSales: { results: Array<{ externalId: string, result:
        | { __typename: 'CurrencyMismatchError', code: ErrorCode, message: string }
        | { __typename: 'NotFoundError', entity: NotFoundEntity, reference: string, code: ErrorCode, message: string }
        | { __typename: 'SaleConflictError', code: ErrorCode, message: string }
        | { __typename: 'SaleRecorded', created: boolean, sale: { id: string, amount: { amount: number | string, currency: string }, refunded: { amount: number | string, currency: string } }, commissions: Array<{ id: string, partnerId: string, status: CommissionStatus, kind: CommissionKind, payableAt: string, amount: { amount: number | string, currency: string } }> }
       }> } };

export type PaymentFieldsFragment = { id: string, partnerId: string, method: PaymentMethod, reference: string | null, note: string | null, createdBy: string | null, createdAt: string, voided: boolean, voidedAt: string | null, voidedBy: string | null, voidReason: string | null, commissionCount: number, idempotencyKey: string | null, amount: { amount: number | string, currency: string } };

export type PayMutationVariables = Exact<{
  input: PayPartnersInput;
}>;


export type PayMutation = { payPartners:
    | { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string }
    | { __typename: 'PayPartnersPayload', paidCount: number, failedCount: number, replayed: boolean, paidTotals: Array<{ amount: number | string, currency: string }>, items: Array<{ partnerId: string, currency: string, result:
          | { __typename: 'BalanceChangedError', code: ErrorCode, message: string, expected: { amount: number | string, currency: string }, actual: { amount: number | string, currency: string } }
          | { __typename: 'MissingPaypalEmailError', code: ErrorCode, message: string }
          | { __typename: 'NoPayoutMethodError', code: ErrorCode, message: string }
          | { __typename: 'NotEligibleError', code: ErrorCode, message: string, balance: { amount: number | string, currency: string }, threshold: { amount: number | string, currency: string } }
          | { __typename: 'NotFoundError', entity: NotFoundEntity, reference: string, code: ErrorCode, message: string }
          | { __typename: 'PaymentRecorded', payment: { id: string, partnerId: string, method: PaymentMethod, reference: string | null, note: string | null, createdBy: string | null, createdAt: string, voided: boolean, voidedAt: string | null, voidedBy: string | null, voidReason: string | null, commissionCount: number, idempotencyKey: string | null, amount: { amount: number | string, currency: string } } }
          | { __typename: 'PaymentTooLargeError', code: ErrorCode, message: string }
         }> }
   };

export type PendingQueryVariables = Exact<{
  filter?: PendingPaymentFilterInput | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type PendingQuery = { pendingPayments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, totals: Array<{ currency: string, partnerCount: number, eligibleCount: number, balance: { amount: number | string, currency: string }, eligibleBalance: { amount: number | string, currency: string } }>, nodes: Array<{ partnerId: string, currency: string, commissionCount: number, eligible: boolean, paypalEmail: string | null, balance: { amount: number | string, currency: string }, threshold: { amount: number | string, currency: string }, partner: { id: string, name: string } }> } };

export type VoidMutationVariables = Exact<{
  id: string;
  reason: string;
}>;


export type VoidMutation = { voidPayment:
    | { __typename: 'Payment', id: string, partnerId: string, method: PaymentMethod, reference: string | null, note: string | null, createdBy: string | null, createdAt: string, voided: boolean, voidedAt: string | null, voidedBy: string | null, voidReason: string | null, commissionCount: number, idempotencyKey: string | null, amount: { amount: number | string, currency: string } }
    | { __typename: 'PaymentNotVoidableError', code: ErrorCode, message: string }
   };

export type ApproveMutationVariables = Exact<{
  selection: CommissionSelection;
}>;


export type ApproveMutation = { approveCommissions: { succeeded: number, failed: number, items: Array<{ commissionId: string, result:
        | { __typename: 'Commission' }
        | { __typename: 'HoldingPeriodActiveError', code: ErrorCode, message: string }
        | { __typename: 'InvalidCommissionStateError', code: ErrorCode, message: string }
        | { __typename: 'NotFoundError', code: ErrorCode, message: string }
        | { __typename: 'SaleFullyRefundedError', code: ErrorCode, message: string }
       }> } };

export type RefundMutationVariables = Exact<{
  input: RefundSaleInput;
}>;


export type RefundMutation = { refundSale:
    | { __typename: 'CurrencyMismatchError', code: ErrorCode, message: string }
    | { __typename: 'DuplicateRefundError', code: ErrorCode, message: string }
    | { __typename: 'RefundExceedsSaleError', code: ErrorCode, message: string }
    | { __typename: 'RefundRecorded', clawbacks: Array<{ id: string, status: CommissionStatus, amount: { amount: number | string, currency: string } }>, adjustedCommissions: Array<{ id: string, status: CommissionStatus, amount: { amount: number | string, currency: string } }> }
   };

export const PaymentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"voided"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"commissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]} as unknown as DocumentNode<PaymentFieldsFragment, unknown>;
export const MoneyShapeIntrospectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoneyShapeIntrospection"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"money"},"name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"Money","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"fields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"moneyInput"},"name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"MoneyInput","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inputFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"balanceInput"},"name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"MoneyBalanceInput","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"inputFields"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"ofType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"minorUnits"},"name":{"kind":"Name","value":"__type"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"StringValue","value":"MinorUnits","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<MoneyShapeIntrospectionQuery, MoneyShapeIntrospectionQueryVariables>;
export const MoneyShapeRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoneyShapeReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateManualRewardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createManualReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]} as unknown as DocumentNode<MoneyShapeRewardMutation, MoneyShapeRewardMutationVariables>;
export const MoneyShapeBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MoneyShapeBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PendingPaymentFilterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingPayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MoneyShapeBalanceQuery, MoneyShapeBalanceQueryVariables>;
export const PaymentsUpdatePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentsUpdatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PaymentsUpdatePartnerMutation, PaymentsUpdatePartnerMutationVariables>;
export const PaymentsPaymentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsPaymentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"voided"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"commissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]} as unknown as DocumentNode<PaymentsPaymentDetailQuery, PaymentsPaymentDetailQueryVariables>;
export const PaymentsAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsAuditQuery, PaymentsAuditQueryVariables>;
export const PaymentsRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentsReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateManualRewardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createManualReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PaymentsRewardMutation, PaymentsRewardMutationVariables>;
export const PaymentsVoidedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsVoided"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"voided"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsVoidedQuery, PaymentsVoidedQueryVariables>;
export const PaymentsHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionHistoryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commissionHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsHistoryQuery, PaymentsHistoryQueryVariables>;
export const PaymentsMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsMineQuery, PaymentsMineQueryVariables>;
export const PaymentsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsListQuery, PaymentsListQueryVariables>;
export const PaymentsPaymentViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsPaymentView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"voidedBy"}}]}}]}}]} as unknown as DocumentNode<PaymentsPaymentViewQuery, PaymentsPaymentViewQueryVariables>;
export const PaymentsMePaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsMePaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PAID"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsMePaidQuery, PaymentsMePaidQueryVariables>;
export const PaymentsMyCommissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsMyCommissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCommissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payableAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsMyCommissionsQuery, PaymentsMyCommissionsQueryVariables>;
export const FixtureLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureLoginMutation, FixtureLoginMutationVariables>;
export const FixtureRecordSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureRecordSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sales"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sales"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sales"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaleRecorded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"sale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refunded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"payableAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FixtureRecordSalesMutation, FixtureRecordSalesMutationVariables>;
export const PayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Pay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayPartnersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayPartnersPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"paidTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRecorded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotEligibleError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"threshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceChangedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actual"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"voided"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"commissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]} as unknown as DocumentNode<PayMutation, PayMutationVariables>;
export const PendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PendingPaymentFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingPayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partnerCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleBalance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"paypalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingQuery, PendingQueryVariables>;
export const VoidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Void"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UUID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"voided"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"commissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]} as unknown as DocumentNode<VoidMutation, VoidMutationVariables>;
export const ApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Approve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selection"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionSelection"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCommissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commissionId"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApproveMutation, ApproveMutationVariables>;
export const RefundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Refund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundSaleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundRecorded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clawbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustedCommissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefundMutation, RefundMutationVariables>;