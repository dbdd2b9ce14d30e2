/**
 * Every error code the API can return, either as `extensions.code` of a GraphQL error
 * (thrown: not found, forbidden, bad input, limits; also in the JSON error body of a download
 * or of a request refused before GraphQL runs) or as the `code` of a typed `ErrorResult`
 * (expected business outcomes such as a commission in the wrong state). The server names codes
 * only through this enum, and test/api/error-codes.test.ts proves the schema's `ErrorCode`
 * enum holds every one of them, Apollo Server's own codes included.
 */
export enum ErrorCode {
  // Thrown (GraphQL errors)
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  /** The HTTP request itself is malformed (unreadable JSON, missing query, CSRF-prevention header missing); HTTP 400. */
  BAD_REQUEST = 'BAD_REQUEST',
  /** The request body is over the 1 MB limit; HTTP 413. */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The query is not valid GraphQL (Apollo Server). */
  GRAPHQL_PARSE_FAILED = 'GRAPHQL_PARSE_FAILED',
  /** The query does not match the schema (Apollo Server). */
  GRAPHQL_VALIDATION_FAILED = 'GRAPHQL_VALIDATION_FAILED',
  /** An automatic persisted query's hash is not known yet: send the query text with it (Apollo Server). */
  PERSISTED_QUERY_NOT_FOUND = 'PERSISTED_QUERY_NOT_FOUND',
  /** Persisted queries are switched off (Apollo Server). */
  PERSISTED_QUERY_NOT_SUPPORTED = 'PERSISTED_QUERY_NOT_SUPPORTED',
  /** `operationName` names no operation of the document, or several need a name (Apollo Server). */
  OPERATION_RESOLUTION_FAILURE = 'OPERATION_RESOLUTION_FAILURE',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /** The caller's query budget is spent for now (HTTP 429, Retry-After). */
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** The database cannot serve the request now (HTTP 503); `extensions.outcome` says whether a change may have been saved. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
  /** The program requires two-factor sign-in for admins and this admin has not turned it on: only enrolment (and own account) operations answer. */
  TWO_FACTOR_ENROLMENT_REQUIRED = 'TWO_FACTOR_ENROLMENT_REQUIRED',
  // Typed results
  INVALID_CREDENTIALS = 'INVALID_CREDENTIALS',
  TOO_MANY_ATTEMPTS = 'TOO_MANY_ATTEMPTS',
  INVALID_COMMISSION_STATE = 'INVALID_COMMISSION_STATE',
  HOLDING_PERIOD_ACTIVE = 'HOLDING_PERIOD_ACTIVE',
  SALE_FULLY_REFUNDED = 'SALE_FULLY_REFUNDED',
  CURRENCY_MISMATCH = 'CURRENCY_MISMATCH',
  REFUND_EXCEEDS_SALE = 'REFUND_EXCEEDS_SALE',
  DUPLICATE_REFUND = 'DUPLICATE_REFUND',
  SALE_CONFLICT = 'SALE_CONFLICT',
  NOT_ELIGIBLE = 'NOT_ELIGIBLE',
  MISSING_PAYPAL_EMAIL = 'MISSING_PAYPAL_EMAIL',
  /** The partner has no payout method set: they are not paid until they (or an admin) set one. */
  NO_PAYOUT_METHOD = 'NO_PAYOUT_METHOD',
  BALANCE_CHANGED = 'BALANCE_CHANGED',
  /** A balance beyond what one payment can record (2^63 − 1 minor units). */
  PAYMENT_TOO_LARGE = 'PAYMENT_TOO_LARGE',
  /** The PayPal payout download has no partner to pay (HTTP 422); the paypalPayoutPlan query lists who was left out and why. */
  NO_PAYABLE_PARTNERS = 'NO_PAYABLE_PARTNERS',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
  PAYMENT_NOT_VOIDABLE = 'PAYMENT_NOT_VOIDABLE',
  INVALID_EMAIL_TEMPLATE = 'INVALID_EMAIL_TEMPLATE',
  NO_RECIPIENTS = 'NO_RECIPIENTS',
  EMAIL_NOT_RESENDABLE = 'EMAIL_NOT_RESENDABLE',
  /** A new password fails the policy (length, common or built from the person's details). */
  WEAK_PASSWORD = 'WEAK_PASSWORD',
  /** An emailed link's token is unknown, used already or expired. */
  INVALID_TOKEN = 'INVALID_TOKEN',
  /** The invited address already has a login in this program. */
  ALREADY_MEMBER = 'ALREADY_MEMBER',
  /** The change would leave the program without an admin. */
  LAST_ADMIN = 'LAST_ADMIN',
  /** The address already has a login in another program (one login per address, for now). */
  EMAIL_IN_USE = 'EMAIL_IN_USE',
  /** Starting a program is not allowed here now (SIGNUP setting). */
  SIGNUP_CLOSED = 'SIGNUP_CLOSED',
  /** A suspended partner keeps reading what they earned but cannot change their payout details. */
  PARTNER_SUSPENDED = 'PARTNER_SUSPENDED',
  /** A two-factor code (or recovery code) is wrong, was used already or is out of its time window; nothing changed. */
  INVALID_TWO_FACTOR_CODE = 'INVALID_TWO_FACTOR_CODE',
  /** Two-factor sign-in is on already: turn it off first to enrol a new authenticator. */
  TWO_FACTOR_ALREADY_ENABLED = 'TWO_FACTOR_ALREADY_ENABLED',
  /** Two-factor sign-in is not on (or no enrolment was started) for this login. */
  TWO_FACTOR_NOT_ENABLED = 'TWO_FACTOR_NOT_ENABLED',
  /** No application form at this address, or the program does not take applications now. */
  APPLICATIONS_CLOSED = 'APPLICATIONS_CLOSED',
  /** The partner is not (or no longer) an application that can be approved or declined. */
  INVALID_APPLICATION_STATE = 'INVALID_APPLICATION_STATE',
  /** A webhook replay names more events than one replay may queue: choose a shorter time range. */
  REPLAY_RANGE_TOO_LARGE = 'REPLAY_RANGE_TOO_LARGE',
}
