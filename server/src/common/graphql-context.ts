import { WebhookUrlPolicy } from '../webhooks/webhook-address-rules';
import { RequestContext } from './request-context';
import { Clock } from './clock';
import { LoginThrottle } from '../auth/login-throttle';
import { ActorProfile } from '../auth/request-actor';
import { RateLimitDecision } from '../http/rate-limit';
import { ResolverSlots } from '../http/resolver-slots';
import type { Loaders } from '../http/loaders';
import type { SignupMode } from '../signup/signup-rules';
import type { TwoFactorKeyring } from '../two-factor/secret-box';

/** Whose budget a request spends: the account behind a session, the API key, or the address of an anonymous caller. */
export interface Caller {
  key: string;
  anonymous: boolean;
}

export interface GraphQLContext {
  ctx: RequestContext;
  loaders: Loaders;
  /** The bearer token of the request, for logout. */
  token: string | null;
  /** The caller's address (behind TRUST_PROXY's proxies), for sign-in throttling. */
  clientAddress: string;
  /** The caller's User-Agent header, kept with a new session so its owner can recognise it. */
  userAgent: string | null;
  /** "Now" for token expiry: the system clock, or the test's. */
  clock: Clock;
  loginThrottle: LoginThrottle;
  /** The keys two-factor secrets are sealed with at rest. */
  twoFactorKeys: TwoFactorKeyring;
  /** The signed-in actor's name, program and partner, read with the actor: `me` needs no query of its own. */
  actorProfile: ActorProfile | null;
  caller: Caller;
  /** The token's hash or the address: what a refusal is remembered by until it lapses. */
  requestKey: string;
  /** This request's spend of the caller's budget, once decided (for the RateLimit-* headers). */
  rateLimit?: RateLimitDecision;
  /** The points this request paid to be admitted (its base cost and estimate). */
  paidPoints?: number;
  /** What it was charged afterwards for running longer than that (a query's measured database time). */
  surcharge?: number;
  /** How many of its SQL-running resolvers may run at once. */
  slots: ResolverSlots;
  /** Who may start a program (SIGNUP). */
  signupMode: SignupMode;
  /** What webhook URLs may name (production, WEBHOOK_ALLOW_PRIVATE). */
  webhookUrlPolicy: WebhookUrlPolicy;
  /** Gives back this request's share of the caller's in-flight allowance (caller-concurrency.ts), once answered. */
  releaseConcurrency?: () => void;
  /** Counts this request out of the foreground requests in flight (resolver-slots.ts), once answered. */
  leaveForeground?: () => void;
  /** Set while the request reads from the hot standby: moves it to the primary if the standby fails (read-routing-plugin.ts). */
  standbyRead?: { fallBack(error: unknown): void };
}
