import { GraphQLError } from 'graphql';
import { Field, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { ErrorCode } from '@partnerbook/shared';

registerEnumType(ErrorCode, { name: 'ErrorCode', description: 'Machine-readable error codes' });

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
  @Field(() => ErrorCode)
  code: ErrorCode;

  @Field()
  message: string;
}

export function errorResult<T extends ErrorResult>(type: new () => T, message: string, extra: Partial<T> = {}): T {
  return Object.assign(new type(), { message }, extra);
}

@ObjectType({ implements: ErrorResult })
export class NotFoundResult extends ErrorResult {
  code = ErrorCode.NOT_FOUND;
}
