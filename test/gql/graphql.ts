/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AuditActorKind =
  | 'API_KEY'
  | 'MERCHANT'
  | 'PARTNER'
  | 'SYSTEM';

export type AuditFilterInput = {
  action?: string | null | undefined;
  /** With actorKind: one team member (account id) or API key */
  actorId?: string | number | null | undefined;
  actorKind?: AuditActorKind | null | undefined;
  entityId?: string | null | undefined;
  entityType?: string | null | undefined;
  /** Recorded at or after */
  from?: string | null | undefined;
  /** Recorded before */
  to?: string | null | undefined;
};

export type CommissionFilter = {
  currency?: string | null | undefined;
  /** Created at or after */
  from?: string | null | undefined;
  kind?: CommissionKind | null | undefined;
  /** Amount at most (and in this currency) */
  maxAmount?: { amount: number | string; currency: string } | null | undefined;
  /** Amount at least (and in this currency) */
  minAmount?: { amount: number | string; currency: string } | null | undefined;
  /** The merchant's order id of the sale (its externalId), exactly */
  orderId?: string | null | undefined;
  partnerId?: string | number | null | undefined;
  productId?: string | number | null | undefined;
  /** true: only PENDING commissions that can be approved now (holding period over; rewards are never held) */
  readyToApprove?: boolean | null | undefined;
  /** The sale's date (a reward's or clawback's: when it was recorded) at or after */
  saleDateFrom?: string | null | undefined;
  /** The sale's date (a reward's or clawback's: when it was recorded) before */
  saleDateTo?: string | null | undefined;
  saleId?: string | number | null | undefined;
  status?: CommissionStatus | null | undefined;
  /** Created before */
  to?: string | null | undefined;
};

export type CommissionHistoryFilter = {
  currency?: string | null | undefined;
  /** Paid at or after */
  from?: string | null | undefined;
  /** Ignored for partners: they see their own */
  partnerId?: string | number | null | undefined;
  /** Paid before */
  to?: string | null | undefined;
};

export type CommissionKind =
  /** Negative: takes back part of a paid commission after a refund */
  | 'CLAWBACK'
  /** A manual reward (one-time bonus) */
  | 'REWARD'
  /** Earned on a sale */
  | 'SALE';

/** A percentage (rateBps) or a flat amount (flatAmount) per sale */
export type CommissionRuleInput = {
  flatAmount?: { amount: number | string; currency: string } | null | undefined;
  rateBps?: number | null | undefined;
  type: CommissionRuleType;
};

export type CommissionRuleType =
  | 'FLAT'
  | 'PERCENT';

/** Either explicit ids (at most 1,000) or every commission matching a filter (any number) */
export type CommissionSelection = {
  /** All matching commissions (the action's source state is implied) */
  filter?: CommissionFilter | null | undefined;
  ids?: Array<string | number> | null | undefined;
};

export type CommissionStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'PAID'
  | 'PENDING';

/** A one-time bonus for a partner, approved at once and paid with their next payment */
export type CreateManualRewardInput = {
  /** Positive */
  amount: { amount: number | string; currency: string };
  /** The same customer by { id } or by your { externalId } (or give customerId) */
  customer?: CustomerRef | null | undefined;
  /** One of the program's customers, to reconcile a backfilled reward (or give customer) */
  customerId?: string | number | null | undefined;
  description: string;
  partnerId: string | number;
};

/** Names a customer by exactly one of: Partnerbook's id, or your own external id */
export type CustomerRef =
  {   /** Your id for the customer, as sent with its sales and referrals (exact match) */
  externalId: string; id?: never; }
  |  { externalId?: never;   /** Partnerbook's id of the customer */
  id: string | number; };

/** Machine-readable error codes */
export type ErrorCode =
  | 'ALREADY_MEMBER'
  | 'APPLICATIONS_CLOSED'
  | 'BAD_REQUEST'
  | 'BAD_USER_INPUT'
  | 'BALANCE_CHANGED'
  | 'CURRENCY_MISMATCH'
  | 'DUPLICATE_REFUND'
  | 'EMAIL_IN_USE'
  | 'EMAIL_NOT_RESENDABLE'
  | 'FORBIDDEN'
  | 'GRAPHQL_PARSE_FAILED'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'HOLDING_PERIOD_ACTIVE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'INTERNAL_SERVER_ERROR'
  | 'INVALID_APPLICATION_STATE'
  | 'INVALID_COMMISSION_STATE'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_EMAIL_TEMPLATE'
  | 'INVALID_TOKEN'
  | 'INVALID_TWO_FACTOR_CODE'
  | 'LAST_ADMIN'
  | 'MISSING_PAYPAL_EMAIL'
  | 'NOT_ELIGIBLE'
  | 'NOT_FOUND'
  | 'NO_PAYABLE_PARTNERS'
  | 'NO_PAYOUT_METHOD'
  | 'NO_RECIPIENTS'
  | 'OPERATION_RESOLUTION_FAILURE'
  | 'PARTNER_SUSPENDED'
  | 'PAYLOAD_TOO_LARGE'
  | 'PAYMENT_NOT_VOIDABLE'
  | 'PAYMENT_TOO_LARGE'
  | 'PERSISTED_QUERY_NOT_FOUND'
  | 'PERSISTED_QUERY_NOT_SUPPORTED'
  | 'QUERY_TOO_COMPLEX'
  | 'RATE_LIMITED'
  | 'REFUND_EXCEEDS_SALE'
  | 'REPLAY_RANGE_TOO_LARGE'
  | 'SALE_CONFLICT'
  | 'SALE_FULLY_REFUNDED'
  | 'SERVICE_UNAVAILABLE'
  | 'SIGNUP_CLOSED'
  | 'TOO_MANY_ATTEMPTS'
  | 'TWO_FACTOR_ALREADY_ENABLED'
  | 'TWO_FACTOR_ENROLMENT_REQUIRED'
  | 'TWO_FACTOR_NOT_ENABLED'
  | 'UNAUTHENTICATED'
  | 'WEAK_PASSWORD';

/** The balance the merchant reviewed for one partner and currency; a different balance is not paid */
export type ExpectedBalanceInput = {
  /** As the API returned it (a digit string beyond 2^53 − 1) */
  balance: { amount: number | string; currency: string };
  partnerId: string | number;
};

export type LoginInput = {
  email: string;
  password: string;
};

/** The kind of thing a NotFoundError could not find */
export type NotFoundEntity =
  /** A commission, named by its id */
  | 'COMMISSION'
  /** A partner, named by its id or by its partner key */
  | 'PARTNER'
  /** A product, named by its SKU */
  | 'PRODUCT';

/** Cursor paging: at most 100 items a page */
export type PageInput = {
  /** The endCursor of the previous page */
  after?: string | null | undefined;
  first?: number;
};

export type PartnerStatus =
  | 'ACTIVE'
  | 'APPLIED'
  | 'DECLINED'
  | 'SUSPENDED';

export type PayPartnersInput = {
  /** Pay partners below their threshold too (never a balance of zero or less) */
  allowBelowThreshold?: boolean;
  /** Pay only balances in this currency */
  currency?: string | null | undefined;
  expectedBalances?: Array<ExpectedBalanceInput> | null | undefined;
  /** A unique key per intended pay request (e.g. a UUID made when the merchant opens the pay dialog). A retry with the same key and input returns the first result and pays nothing new */
  idempotencyKey: string;
  /**
   * One method recorded for every partner of the request (PayPal still needs their PayPal email); left out: each by their own
   * @deprecated Leave it out: each partner is paid by their own payout method (Partner.payoutMethod)
   */
  method?: PaymentMethod | null | undefined;
  note?: string | null | undefined;
  reference?: string | null | undefined;
  selection: PayeeSelection;
};

/** Either explicit partners, or every partner with an eligible balance */
export type PayeeSelection = {
  /** Every eligible partner-currency balance at the time of the request (with allowBelowThreshold: every positive balance) */
  allEligible?: boolean | null | undefined;
  /** Each partner is paid in every currency they have a balance in (or only `currency`) */
  partnerIds?: Array<string | number> | null | undefined;
};

export type PaymentFilter = {
  currency?: string | null | undefined;
  /** Recorded at or after */
  from?: string | null | undefined;
  method?: PaymentMethod | null | undefined;
  partnerId?: string | number | null | undefined;
  /** Recorded before */
  to?: string | null | undefined;
  /** true: only voided; false: only valid; unset: both */
  voided?: boolean | null | undefined;
};

export type PaymentMethod =
  /** Paid by bank transfer */
  | 'BANK_TRANSFER'
  /** Paid some other way (cheque, cash, manual) */
  | 'OTHER'
  /** Paid through PayPal (the partner needs a PayPal email) */
  | 'PAYPAL';

export type PendingPaymentFilterInput = {
  currency?: string | null | undefined;
  /** Only partners whose balance reaches the threshold (and is above zero) */
  eligibleOnly?: boolean | null | undefined;
  partnerIds?: Array<string | number> | null | undefined;
};

export type RefundSaleInput = {
  /** Amount refunded to the customer, in the sale's currency */
  amount: { amount: number | string; currency: string };
  /** The merchant's id for the refund; refunding with it again changes nothing */
  refundExternalId: string;
  /** The sale refunded: { id } or { externalId } (give this or saleId) */
  sale?: SaleRef | null | undefined;
  /** @deprecated Use sale: { id } (or sale: { externalId }) */
  saleId?: string | number | null | undefined;
};

export type SaleInput = {
  /** What the customer paid; positive */
  amount: { amount: number | string; currency: string };
  customerEmail?: string | null | undefined;
  /** The merchant's id for the customer */
  customerExternalId: string;
  customerName?: string | null | undefined;
  /** The merchant's id for the sale; recording it again creates nothing new */
  externalId: string;
  /** When the sale happened; default now */
  occurredAt?: string | null | undefined;
  /** The partner key of the referral the purchase came through, if any */
  partnerKey?: string | null | undefined;
  productSku: string;
};

/** Names a sale by exactly one of: Partnerbook's id, or your own external id */
export type SaleRef =
  {   /** Your id for the sale, as sent in recordSales (exact match) */
  externalId: string; id?: never; }
  |  { externalId?: never;   /** Partnerbook's id of the sale */
  id: string | number; };

export type UpdatePartnerInput = {
  /** null removes the override */
  commissionOverride?: CommissionRuleInput | null | undefined;
  email?: string | null | undefined;
  id: string | number;
  name?: string | null | undefined;
  payThresholdOverrides?: Array<{ amount: number | string; currency: string }> | null | undefined;
  /** null clears it */
  paypalEmail?: string | null | undefined;
  status?: PartnerStatus | null | undefined;
};

export type PaymentsUpdatePartnerMutationVariables = Exact<{
  input: UpdatePartnerInput;
}>;


export type PaymentsUpdatePartnerMutation = { updatePartner: { id: string } };

export type PaymentsPaymentDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentsPaymentDetailQuery = { payment: { id: string, partnerId: string, amount: { amount: number | string; currency: string }, method: PaymentMethod, reference: string | null, note: string | null, createdBy: string | null, createdAt: string, voided: boolean, voidedAt: string | null, voidedBy: string | null, voidReason: string | null, commissionCount: number, idempotencyKey: string | null, partner: { id: string }, commissions: { totalCount: number, nodes: Array<{ id: string, status: CommissionStatus, payment: { id: string } | null }> } } };

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


export type PaymentsHistoryQuery = { commissionHistory: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, partnerId: string, status: CommissionStatus, amount: { amount: number | string; currency: string }, payment: { id: string, method: PaymentMethod, amount: { amount: number | string; currency: string } } | null }> } };

export type PaymentsMineQueryVariables = Exact<{
  f?: PaymentFilter | null | undefined;
}>;


export type PaymentsMineQuery = { myPayments: { totalCount: number, nodes: Array<{ id: string, partnerId: string, amount: { amount: number | string; currency: string } }> } };

export type PaymentsListQueryVariables = Exact<{
  f?: PaymentFilter | null | undefined;
}>;


export type PaymentsListQuery = { payments: { totalCount: number, nodes: Array<{ id: string, partnerId: string }> } };

export type PaymentsPaymentViewQueryVariables = Exact<{
  id: string | number;
}>;


export type PaymentsPaymentViewQuery = { payment: { id: string, amount: { amount: number | string; currency: string }, createdBy: string | null, idempotencyKey: string | null, voidedBy: string | null } };

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
        | { __typename: 'SaleRecorded', created: boolean, sale: { id: string, amount: { amount: number | string; currency: string }, refunded: { amount: number | string; currency: string } }, commissions: Array<{ id: string, partnerId: string, amount: { amount: number | string; currency: string }, status: CommissionStatus, kind: CommissionKind, payableAt: string }> }
       }> } };

export type PaymentFieldsFragment = { id: string, partnerId: string, amount: { amount: number | string; currency: string }, method: PaymentMethod, reference: string | null, note: string | null, createdBy: string | null, createdAt: string, voided: boolean, voidedAt: string | null, voidedBy: string | null, voidReason: string | null, commissionCount: number, idempotencyKey: string | null };

export type PayMutationVariables = Exact<{
  input: PayPartnersInput;
}>;


export type PayMutation = { payPartners:
    | { __typename: 'IdempotencyKeyReusedError', code: ErrorCode, message: string }
    | { __typename: 'PayPartnersPayload', paidCount: number, failedCount: number, paidTotals: Array<{ amount: number | string; currency: string }>, replayed: boolean, items: Array<{ partnerId: string, currency: string, result:
          | { __typename: 'BalanceChangedError', expected: { amount: number | string; currency: string }, actual: { amount: number | string; currency: string }, code: ErrorCode, message: string }
          | { __typename: 'MissingPaypalEmailError', code: ErrorCode, message: string }
          | { __typename: 'NoPayoutMethodError', code: ErrorCode, message: string }
          | { __typename: 'NotEligibleError', balance: { amount: number | string; currency: string }, threshold: { amount: number | string; currency: string }, code: ErrorCode, message: string }
          | { __typename: 'NotFoundError', entity: NotFoundEntity, reference: string, code: ErrorCode, message: string }
          | { __typename: 'PaymentRecorded', payment: { id: string, partnerId: string, amount: { amount: number | string; currency: string }, method: PaymentMethod, reference: string | null, note: string | null, createdBy: string | null, createdAt: string, voided: boolean, voidedAt: string | null, voidedBy: string | null, voidReason: string | null, commissionCount: number, idempotencyKey: string | null } }
          | { __typename: 'PaymentTooLargeError', code: ErrorCode, message: string }
         }> }
   };

export type PendingQueryVariables = Exact<{
  filter?: PendingPaymentFilterInput | null | undefined;
  page?: PageInput | null | undefined;
}>;


export type PendingQuery = { pendingPayments: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, totals: Array<{ currency: string, balance: { amount: number | string; currency: string }, partnerCount: number, eligibleBalance: { amount: number | string; currency: string }, eligibleCount: number }>, nodes: Array<{ partnerId: string, currency: string, balance: { amount: number | string; currency: string }, commissionCount: number, threshold: { amount: number | string; currency: string }, eligible: boolean, paypalEmail: string | null, partner: { id: string, name: string } }> } };

export type VoidMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type VoidMutation = { voidPayment:
    | { __typename: 'Payment', id: string, partnerId: string, amount: { amount: number | string; currency: string }, method: PaymentMethod, reference: string | null, note: string | null, createdBy: string | null, createdAt: string, voided: boolean, voidedAt: string | null, voidedBy: string | null, voidReason: string | null, commissionCount: number, idempotencyKey: string | null }
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
    | { __typename: 'RefundRecorded', clawbacks: Array<{ id: string, amount: { amount: number | string; currency: string }, status: CommissionStatus }>, adjustedCommissions: Array<{ id: string, amount: { amount: number | string; currency: string }, status: CommissionStatus }> }
   };

export const PaymentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"voided"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"commissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]} as unknown as DocumentNode<PaymentFieldsFragment, unknown>;
export const PaymentsUpdatePartnerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentsUpdatePartner"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePartnerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePartner"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PaymentsUpdatePartnerMutation, PaymentsUpdatePartnerMutationVariables>;
export const PaymentsPaymentDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsPaymentDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"voided"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"commissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]} as unknown as DocumentNode<PaymentsPaymentDetailQuery, PaymentsPaymentDetailQueryVariables>;
export const PaymentsAuditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsAudit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsAuditQuery, PaymentsAuditQueryVariables>;
export const PaymentsRewardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PaymentsReward"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateManualRewardInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createManualReward"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PaymentsRewardMutation, PaymentsRewardMutationVariables>;
export const PaymentsVoidedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsVoided"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"voided"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsVoidedQuery, PaymentsVoidedQueryVariables>;
export const PaymentsHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionHistoryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"p"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commissionHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"p"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsHistoryQuery, PaymentsHistoryQueryVariables>;
export const PaymentsMineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsMine"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsMineQuery, PaymentsMineQueryVariables>;
export const PaymentsListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"f"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"f"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsListQuery, PaymentsListQueryVariables>;
export const PaymentsPaymentViewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsPaymentView"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}},{"kind":"Field","name":{"kind":"Name","value":"voidedBy"}}]}}]}}]} as unknown as DocumentNode<PaymentsPaymentViewQuery, PaymentsPaymentViewQueryVariables>;
export const PaymentsMePaidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsMePaid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PAID"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsMePaidQuery, PaymentsMePaidQueryVariables>;
export const PaymentsMyCommissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PaymentsMyCommissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myCommissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"payableAt"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PaymentsMyCommissionsQuery, PaymentsMyCommissionsQueryVariables>;
export const FixtureLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuthSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FixtureLoginMutation, FixtureLoginMutationVariables>;
export const FixtureRecordSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FixtureRecordSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sales"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sales"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sales"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaleRecorded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"sale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"refunded"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"payableAt"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FixtureRecordSalesMutation, FixtureRecordSalesMutationVariables>;
export const PayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Pay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PayPartnersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payPartners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PayPartnersPayload"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidCount"}},{"kind":"Field","name":{"kind":"Name","value":"failedCount"}},{"kind":"Field","name":{"kind":"Name","value":"paidTotals"}},{"kind":"Field","name":{"kind":"Name","value":"replayed"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PaymentRecorded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotEligibleError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"BalanceChangedError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expected"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotFoundError"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"voided"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"commissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]} as unknown as DocumentNode<PayMutation, PayMutationVariables>;
export const PendingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Pending"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PendingPaymentFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pendingPayments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"partnerCount"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleBalance"}},{"kind":"Field","name":{"kind":"Name","value":"eligibleCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}},{"kind":"Field","name":{"kind":"Name","value":"commissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}},{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"paypalEmail"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PendingQuery, PendingQueryVariables>;
export const VoidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Void"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"voidPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PaymentFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PaymentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Payment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"partnerId"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"voided"}},{"kind":"Field","name":{"kind":"Name","value":"voidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"voidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"voidReason"}},{"kind":"Field","name":{"kind":"Name","value":"commissionCount"}},{"kind":"Field","name":{"kind":"Name","value":"idempotencyKey"}}]}}]} as unknown as DocumentNode<VoidMutation, VoidMutationVariables>;
export const ApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Approve"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"selection"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CommissionSelection"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveCommissions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"selection"},"value":{"kind":"Variable","name":{"kind":"Name","value":"selection"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"succeeded"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commissionId"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApproveMutation, ApproveMutationVariables>;
export const RefundDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Refund"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RefundSaleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refundSale"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RefundRecorded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clawbacks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adjustedCommissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RefundMutation, RefundMutationVariables>;