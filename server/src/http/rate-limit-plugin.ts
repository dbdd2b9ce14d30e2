import { ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '@partnerbook/shared';
import { GraphQLContext } from '../common/graphql-context';
import { CostRateLimiter, RateLimitDecision, rateLimitHeaders } from './rate-limit';
import { QueryCostEstimator, QueryTooComplexError } from './query-limits';
import { CallerConcurrency } from './caller-concurrency';
import { BACKGROUND_REQUEST_COST, ForegroundRequests, ResolverSlots } from './resolver-slots';

/** Every request costs this much on top of its fields: the HTTP round trip and the token lookup. */
export const REQUEST_BASE_COST = 25;
/** What a request refused before it could be priced (unparsable, invalid, too complex) still costs. */
export const REFUSED_REQUEST_COST = 10;

export class RateLimitedError extends GraphQLError {
  constructor(
    decision: Pick<RateLimitDecision, 'limit' | 'windowSeconds' | 'retryAfterSeconds'>,
    message = `Rate limit exceeded: this caller's budget of ${decision.limit} per ${decision.windowSeconds} s is spent; retry in ${decision.retryAfterSeconds} s`,
  ) {
    super(message, {
      extensions: {
        code: ErrorCode.RATE_LIMITED,
        retryAfterSeconds: decision.retryAfterSeconds,
        http: { status: 429, headers: new HeaderMap([['retry-after', String(decision.retryAfterSeconds)]]) },
      },
    });
  }
}

/** The body of a 429 answered outside Apollo (the gate, exports). */
export function rateLimitedBody(decision: RateLimitDecision) {
  const error = new RateLimitedError(decision);
  return { message: error.message, extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: decision.retryAfterSeconds } };
}

/**
 * What a read's measured database time costs: a query that ran longer than its price said pays the
 * difference afterwards (see queryCostPlugin).
 */
export interface MeasuredTimePricing {
  /** Points per second of database time (RATE_LIMIT_POINTS_PER_DATABASE_SECOND); 0 charges estimates only. */
  pointsPerDatabaseSecond: number;
  /** A monotonic clock in milliseconds (tests drive their own). */
  stopwatch?: () => number;
}

/** The points a query still owes once it has run: its measured database time priced, less what it paid. */
export function measuredSurcharge(paidPoints: number, databaseMs: number, pointsPerDatabaseSecond: number): number {
  return Math.max(0, Math.ceil((databaseMs * pointsPerDatabaseSecond) / 1000) - paidPoints);
}

/**
 * Prices each operation (cached per document and variables), refuses it when it is too complex,
 * then spends its price from the caller's budget: over budget it is a 429 with Retry-After and
 * `RATE_LIMITED`. Then it waits for room in the caller's in-flight allowance (caller-concurrency.ts):
 * no room in time, or too many already waiting, is the same 429. Every answer carries the
 * RateLimit-* headers.
 *
 * The price is an estimate from the document's shape; what a read really costs shows in how long
 * its statements ran, which depends on the data (two years of a large program's days) and on the
 * machine. So once a query has been answered, the time its SQL-running resolvers took is priced
 * too and, where that is more than it paid, the difference is charged, into debt if need be: a
 * caller whose reads are slower than their price refuses itself until it has paid for them, on a
 * slow machine as on a fast one. Mutations are not surcharged: a payment run over 10,000 partners
 * is slow by nature and is the merchant's business, not an attack on it.
 */
export function queryCostPlugin(
  estimator: QueryCostEstimator,
  limiter: CostRateLimiter,
  concurrency?: CallerConcurrency,
  foreground = new ForegroundRequests(),
  measuredTime: MeasuredTimePricing = { pointsPerDatabaseSecond: 0 },
): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, queryHash, contextValue }) {
          const cost = estimator.estimate(document, queryHash, request.operationName, request.variables);
          if (cost > estimator.maxComplexity) throw new QueryTooComplexError(cost, estimator.maxComplexity);
          const { caller, requestKey } = contextValue;
          const price = REQUEST_BASE_COST + cost;
          const decision = await limiter.take(caller.key, caller.anonymous, price, requestKey);
          contextValue.rateLimit = decision;
          contextValue.paidPoints = price;
          if (!decision.allowed) throw new RateLimitedError(decision);
          // Heavy requests run in the background (one SQL resolver and one statement at a time, after the foreground ones).
          contextValue.slots = ResolverSlots.forCost(price, foreground, measuredTime.stopwatch);
          contextValue.ctx.statementGate = contextValue.slots.statementGate;
          if (concurrency) {
            const admission = await concurrency.admit(caller.key, price);
            if (!admission.admitted) {
              throw new RateLimitedError(
                { ...decision, retryAfterSeconds: admission.retryAfterSeconds },
                admission.reason === 'queue-full'
                  ? `Too many requests at once from this caller; retry in ${admission.retryAfterSeconds} s`
                  : `This caller's earlier requests are still running; retry in ${admission.retryAfterSeconds} s`,
              );
            }
            contextValue.releaseConcurrency = admission.release;
            // Its turn came after the caller's earlier requests ran: if they ran longer than their
            // price and left the budget in debt, this one is refused instead of running.
            if (admission.waitedMs > 0 && measuredTime.pointsPerDatabaseSecond > 0) {
              const settled = await limiter.take(caller.key, caller.anonymous, 0, requestKey);
              if (!settled.allowed) {
                contextValue.rateLimit = settled;
                throw new RateLimitedError(
                  settled,
                  `This caller's earlier requests ran longer than their price and spent its budget; retry in ${settled.retryAfterSeconds} s`,
                );
              }
            }
          }
          if (price < BACKGROUND_REQUEST_COST) contextValue.leaveForeground = foreground.enter();
        },
        async willSendResponse({ response, contextValue, operation }) {
          contextValue.releaseConcurrency?.();
          contextValue.leaveForeground?.();
          let decision = contextValue.rateLimit;
          if (decision?.allowed && operation?.operation === 'query' && measuredTime.pointsPerDatabaseSecond > 0) {
            const { caller, requestKey, paidPoints = 0, slots } = contextValue;
            const owed = measuredSurcharge(paidPoints, slots.busyMs, measuredTime.pointsPerDatabaseSecond);
            if (owed > 0) {
              contextValue.surcharge = owed; // before the await: the request log reads it in the same round of hooks
              decision = await limiter.charge(caller.key, caller.anonymous, owed, requestKey);
              contextValue.rateLimit = decision;
            }
          }
          if (!decision) {
            const { caller, requestKey } = contextValue;
            decision = await limiter.take(caller.key, caller.anonymous, REFUSED_REQUEST_COST, requestKey);
            contextValue.rateLimit = decision;
            if (!decision.allowed) {
              response.http.status = 429;
              response.body = { kind: 'single', singleResult: { errors: [rateLimitedBody(decision)] } };
            }
          }
          for (const [name, value] of rateLimitHeaders(decision)) response.http.headers.set(name.toLowerCase(), value);
        },
      };
    },
  };
}

/** How long a caller that keeps sending while refused waits for each 429 (at most its Retry-After). */
export const REFUSAL_DELAY_MS = 1_000;

/**
 * In front of the GraphQL endpoint: a caller this process has just refused is answered 429
 * again before its body is parsed or its token looked up, until the refusal lapses. The answer
 * comes after a pause (at most the Retry-After it would have waited anyway): a client that
 * ignores Retry-After and loops cannot make the server spend its time answering refusals.
 */
export function refusedCallerGate(limiter: CostRateLimiter, requestKeyOf: (req: Request) => string, delayMs = REFUSAL_DELAY_MS) {
  return (req: Request, res: Response, next: NextFunction) => {
    const requestKey = requestKeyOf(req);
    res.locals.requestKey = requestKey;
    const refusal = limiter.refusalFor(requestKey);
    if (!refusal) return next();
    const answer = () => {
      if (res.destroyed || res.headersSent) return;
      for (const [name, value] of rateLimitHeaders({ ...refusal, allowed: false, remaining: 0 })) res.setHeader(name, value);
      res.status(429).json({ errors: [rateLimitedBody(refusal)] });
    };
    const pause = Math.min(delayMs, refusal.retryAfterSeconds * 1000);
    if (pause <= 0) return answer();
    const timer = setTimeout(answer, pause);
    res.once('close', () => clearTimeout(timer));
  };
}
