import { GraphQLError } from 'graphql';
import { Field, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode } from '@partnerbook/shared';

registerEnumType(ErrorCode, {
  name: 'ErrorCode',
  description: 'Machine-readable error codes',
  valuesConfig: {
    ALREADY_MEMBER: { description: 'Typed result: the invited address already has a login in this program' },
    APPLICATIONS_CLOSED: { description: 'Typed result: no application form at this address, or the program takes no applications now' },
    BAD_REQUEST: {
      description: 'HTTP 400 before GraphQL runs: unreadable JSON, no query, or a GET without the apollo-require-preflight header',
    },
    BAD_USER_INPUT: {
      description: 'GraphQL error: an argument is invalid (format, range, malformed cursor, unknown reference kind); nothing changed',
    },
    BALANCE_CHANGED: { description: 'Typed result: the approved balance is not the expected one; review and pay again' },
    CURRENCY_MISMATCH: { description: "Typed result: the amount's currency is not the sale's (or the filter's)" },
    DUPLICATE_REFUND: { description: 'Typed result: the refund id was already used for another sale or amount' },
    EMAIL_IN_USE: { description: 'Typed result: the address already has a login (one login per address)' },
    EMAIL_NOT_RESENDABLE: { description: 'Typed result: only FAILED messages can be resent' },
    FORBIDDEN: { description: 'GraphQL error: the caller is signed in but their role or API key scope may not do this' },
    GRAPHQL_PARSE_FAILED: { description: 'The query is not valid GraphQL syntax' },
    GRAPHQL_VALIDATION_FAILED: { description: 'The query does not match the schema (unknown field, wrong argument type)' },
    HOLDING_PERIOD_ACTIVE: { description: 'Typed result: the commission is still in the holding period and cannot be approved yet' },
    IDEMPOTENCY_KEY_REUSED: { description: 'Typed result: the idempotency key was already used for a different pay request' },
    INTERNAL_SERVER_ERROR: { description: 'An unexpected server failure (details are logged, not answered); safe to report' },
    INVALID_APPLICATION_STATE: { description: 'Typed result: the partner is not an application in a state that allows this' },
    INVALID_COMMISSION_STATE: { description: "Typed result: the commission's status does not allow the action" },
    INVALID_CREDENTIALS: { description: 'Typed result: wrong email or password' },
    INVALID_EMAIL_TEMPLATE: { description: 'Typed result: the subject or body uses an unknown placeholder or is malformed' },
    INVALID_TOKEN: { description: "Typed result: an emailed link's token is unknown, used already or expired" },
    INVALID_TWO_FACTOR_CODE: {
      description: 'Typed result: a two-factor or recovery code is wrong, used already or out of its time window; nothing changed',
    },
    LAST_ADMIN: { description: 'Typed result: the change would leave the program without an admin' },
    MISSING_PAYPAL_EMAIL: { description: "Typed result: a PayPal payment needs the partner's PayPal email" },
    NOT_ELIGIBLE: { description: 'Typed result: the balance is zero or less, or below the threshold' },
    NOT_FOUND: {
      description:
        'GraphQL error, or NotFoundError as data in a result union: nothing of the program has this id (or key, or SKU), or the caller may not see it',
    },
    NO_PAYABLE_PARTNERS: { description: 'HTTP 422 from the PayPal payout download: no partner can be paid; paypalPayoutPlan says why' },
    NO_PAYOUT_METHOD: { description: 'Typed result: the partner has no payout method set and is not paid until one is' },
    NO_RECIPIENTS: { description: 'Typed result: the selection names no partner to write to' },
    OPERATION_RESOLUTION_FAILURE: { description: 'operationName names no operation of the document, or several operations need a name' },
    PARTNER_SUSPENDED: { description: 'Typed result: a suspended partner can read but not change payout details' },
    PAYLOAD_TOO_LARGE: { description: 'HTTP 413 before GraphQL runs: the request body is over 1 MB' },
    PAYMENT_NOT_VOIDABLE: { description: 'Typed result: the payment is already voided, or a commission it paid was clawed back' },
    PAYMENT_TOO_LARGE: { description: 'Typed result: the balance is beyond what one payment can record (2^63 − 1 minor units)' },
    PERSISTED_QUERY_NOT_FOUND: { description: "An automatic persisted query's hash is not known yet: send the query text with it" },
    PERSISTED_QUERY_NOT_SUPPORTED: { description: 'Persisted queries are switched off' },
    QUERY_TOO_COMPLEX: { description: "HTTP 400: the query's estimated cost is over the limit; ask for fewer items or fields" },
    RATE_LIMITED: { description: "HTTP 429: the caller's query budget for the minute is spent; retry after Retry-After seconds" },
    REFUND_EXCEEDS_SALE: { description: 'Typed result: the refund is more than what remains refundable of the sale' },
    REPLAY_RANGE_TOO_LARGE: { description: "Typed result: a webhook replay's time range matches too many events; replay a shorter range" },
    SALE_CONFLICT: {
      description: 'Typed result: a sale with this external id exists with different amount, currency, customer or product',
    },
    SALE_FULLY_REFUNDED: { description: 'Typed result: the sale is fully refunded, so its commission cannot be approved or reinstated' },
    SERVICE_UNAVAILABLE: {
      description:
        'HTTP 503: the database cannot serve the request now; retry after Retry-After (extensions.outcome says whether a change may have been saved)',
    },
    SIGNUP_CLOSED: { description: 'Typed result: starting a program is not allowed here now (SIGNUP setting)' },
    TOO_MANY_ATTEMPTS: { description: 'Typed result: too many tries from this address; wait retryAfterSeconds' },
    TWO_FACTOR_ALREADY_ENABLED: {
      description: 'Typed result: two-factor sign-in is on already; turn it off first to enrol a new authenticator',
    },
    TWO_FACTOR_ENROLMENT_REQUIRED: {
      description:
        'GraphQL error: the program requires two-factor sign-in for admins and this admin has not turned it on; only enrolment and own-account operations answer',
    },
    TWO_FACTOR_NOT_ENABLED: { description: 'Typed result: two-factor sign-in is not on (or no enrolment was started) for this login' },
    UNAUTHENTICATED: { description: 'GraphQL error: no valid session token or API key (missing, expired, revoked)' },
    WEAK_PASSWORD: { description: "Typed result: the new password fails the policy (length, common, or built from the person's details)" },
  },
});

/** Thrown errors: the request cannot be served (not found, forbidden, bad input). */
export class NotFoundError extends GraphQLError {
  constructor(entity: string, id: string) {
    super(`${entity} "${id}" was not found`, { extensions: { code: ErrorCode.NOT_FOUND, entity, id } });
  }
}

export class ForbiddenError extends GraphQLError {
  constructor(message = 'You are not allowed to do this') {
    super(message, { extensions: { code: ErrorCode.FORBIDDEN } });
  }
}

export class UnauthenticatedError extends GraphQLError {
  constructor(message = 'Sign in, or send an API key, to use this') {
    super(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });
  }
}

/** The program requires two-factor sign-in for admins: this admin's session only enrols until it is on. */
export class TwoFactorEnrolmentRequiredError extends GraphQLError {
  constructor(message = 'This program requires two-factor sign-in for admins: turn it on under "Your account" first') {
    super(message, { extensions: { code: ErrorCode.TWO_FACTOR_ENROLMENT_REQUIRED } });
  }
}

export class BadInputError extends GraphQLError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...details } });
  }
}

/**
 * The database cannot serve the request now (unreachable, connection lost, too slow, locked).
 * HTTP 503 with Retry-After. For a change, `outcome: UNKNOWN` tells the client that part or all of
 * it may have been saved; the message says how to find out safely.
 */
export class ServiceUnavailableError extends GraphQLError {
  constructor(message: string, outcome: 'UNKNOWN' | 'NOT_SAVED' | null, retryAfterSeconds = 5) {
    super(message, {
      extensions: {
        code: ErrorCode.SERVICE_UNAVAILABLE,
        ...(outcome ? { outcome } : {}),
        http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) },
      },
    });
  }
}

/** Expected business outcomes are returned, not thrown: every such type implements ErrorResult. */
@InterfaceType({ description: 'An expected business failure, returned as data' })
export abstract class ErrorResult {
  @Field(() => ErrorCode, { description: 'Machine-readable reason: switch on it (always the code of this error type)' })
  code: ErrorCode;

  @Field({ description: 'Human-readable explanation in English; may change, do not parse it' })
  message: string;
}

export function errorResult<T extends ErrorResult>(type: new () => T, message: string, extra: Partial<T> = {}): T {
  return Object.assign(new type(), { message }, extra);
}

/** What a NotFoundError names: the kind of thing the request referred to. */
export enum NotFoundEntity {
  COMMISSION = 'COMMISSION',
  PARTNER = 'PARTNER',
  PRODUCT = 'PRODUCT',
}

registerEnumType(NotFoundEntity, {
  name: 'NotFoundEntity',
  description: 'The kind of thing a NotFoundError could not find',
  valuesConfig: {
    COMMISSION: { description: 'A commission, named by its id' },
    PARTNER: { description: 'A partner, named by its id or by its partner key' },
    PRODUCT: { description: 'A product, named by its SKU' },
  },
});

/**
 * The one spelling of "not found" returned as data (inside a result union, when one item of a batch
 * names something unknown). A whole request naming something unknown throws NotFoundError instead
 * (extensions.code NOT_FOUND); both use the code NOT_FOUND.
 */
@ObjectType('NotFoundError', {
  implements: ErrorResult,
  description: 'Something the request named does not exist in this program (or is not yours to see): code NOT_FOUND',
})
export class NotFoundErrorResult extends ErrorResult {
  code = ErrorCode.NOT_FOUND;

  @Field(() => NotFoundEntity, { description: 'What kind of thing was named' })
  entity: NotFoundEntity;

  @Field({ description: 'The reference exactly as the request gave it: an id, a partner key or a SKU' })
  reference: string;
}

/** A NotFoundError result for `reference` (as the caller wrote it). */
export function notFoundResult(entity: NotFoundEntity, reference: string, message: string): NotFoundErrorResult {
  return errorResult(NotFoundErrorResult, message, { entity, reference });
}
