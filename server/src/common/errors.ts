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
