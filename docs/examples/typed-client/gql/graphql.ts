/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type CommissionStatus =
  | 'APPROVED'
  | 'CANCELLED'
  | 'PAID'
  | 'PENDING';

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

export type RecordSalesMutationVariables = Exact<{
  sales: Array<SaleInput> | SaleInput;
}>;


export type RecordSalesMutation = { recordSales: { results: Array<{ externalId: string, result:
        | { __typename: 'CurrencyMismatchError', code: ErrorCode, message: string }
        | { __typename: 'NotFoundError', code: ErrorCode, message: string }
        | { __typename: 'SaleConflictError', code: ErrorCode, message: string }
        | { __typename: 'SaleRecorded', created: boolean, sale: { id: string, externalId: string }, commissions: Array<{ id: string, status: CommissionStatus, amount: { amount: number | string; currency: string }, partner: { name: string } }> }
       }> } };

export type CatchUpQueryVariables = Exact<{
  after?: string | null | undefined;
  types?: Array<string> | string | null | undefined;
}>;


export type CatchUpQuery = { events: { nodes: Array<{ sequence: string, type: string, entityType: string, entityId: string }>, pageInfo: { hasNextPage: boolean, endCursor: string } } };


export const RecordSalesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordSales"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sales"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaleInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordSales"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sales"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sales"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"externalId"}},{"kind":"Field","name":{"kind":"Name","value":"result"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SaleRecorded"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"sale"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"externalId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"commissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"partner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ErrorResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordSalesMutation, RecordSalesMutationVariables>;
export const CatchUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CatchUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"500"}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<CatchUpQuery, CatchUpQueryVariables>;