/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** An amount of money as input, the same JSON as Money: { amount: 10050, currency: "USD" } is 100.50 USD. Only these two fields; amount is a JSON integer of minor units, at most 10000000000000 in absolute value. */
export type MoneyInput = {
  /** Whole number of the currency's minor units, e.g. 10050 for 100.50 USD */
  amount: number;
  /** ISO 4217 code of the currency, e.g. "USD" */
  currency: string;
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

export type RecordSalesMutationVariables = Exact<{
  sales: Array<SaleInput> | SaleInput;
}>;


export type RecordSalesMutation = { recordSales: { results: Array<{ externalId: string, result:
        | { __typename: 'CurrencyMismatchError', code: ErrorCode, message: string }
        | { __typename: 'NotFoundError', code: ErrorCode, message: string }
        | { __typename: 'SaleConflictError', code: ErrorCode, message: string }
        | { __typename: 'SaleRecorded', created: boolean, sale: { id: string, externalId: string }, commissions: Array<{ id: string, status: CommissionStatus, amount: { amount: number | string, currency: string }, partner: { name: string } }> }
       }> } };

export type CatchUpQueryVariables = Exact<{
  after?: string | null | undefined;
  types?: Array<string> | string | null | undefined;
}>;


export type CatchUpQuery = { events: { nodes: Array<{ sequence: string, type: string, entityType: string, entityId: string }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };


export const RecordSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sales"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sales"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sales"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaleRecorded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"sale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordSalesMutation, RecordSalesMutationVariables>;
export const CatchUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatchUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CatchUpQuery, CatchUpQueryVariables>;